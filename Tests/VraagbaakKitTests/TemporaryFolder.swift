import Foundation
import XCTest

/// A folder in the system's temporary directory, removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("vraagbaak-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` to `relativePath`, creating folders on the way.
    @discardableResult
    func write(_ text: String, to relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relativePath))
    }
}

extension XCTestCase {
    /// A temporary folder removed when the current test ends. XCTest keeps every test-case instance,
    /// and so a folder held in a stored property, alive until the process exits: `deinit` alone
    /// would leave one folder per test behind in the temporary directory.
    func makeTemporaryFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        addTeardownBlock { [url = folder.url] in try? FileManager.default.removeItem(at: url) }
        return folder
    }
}
