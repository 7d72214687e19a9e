import Foundation
import XCTest
@testable import VraagbaakKit

/// A real folder under the temporary directory, removed afterwards.
final class KnowledgeTestDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("vraagbaak-knowledge-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var folder: KnowledgeFolder { KnowledgeFolder(root: url) }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    func makeFolder(_ relativePath: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(relativePath), withIntermediateDirectories: true)
    }

    /// A symbolic link at `relativePath` with the literal destination `destination`.
    func link(_ relativePath: String, to destination: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: destination)
    }

    /// Writes one file, then scans and loads it through `KnowledgeFolder` as the app does.
    func load(_ relativePath: String, bytes: [UInt8]) throws -> (document: Document?, warnings: [LoadWarning]) {
        try write(relativePath, bytes: bytes)
        let (files, scanWarnings) = try folder.scan()
        XCTAssertEqual(scanWarnings, [])
        let file = try XCTUnwrap(files.first { $0.relativePath == relativePath })
        return folder.load(file)
    }

    func load(_ relativePath: String, _ text: String) throws -> (document: Document?, warnings: [LoadWarning]) {
        try load(relativePath, bytes: Array(text.utf8))
    }
}

/// Checks, against the bytes of the file itself, that every passage is a verbatim piece of it
/// at `passage.range` (the file is UTF-8 without BOM) and that its line range is right.
func assertPassagesMatchFile(_ passages: [Passage], file: URL, line: UInt = #line) throws {
    let bytes = [UInt8](try Data(contentsOf: file))
    func lineNumber(at offset: Int) -> Int {
        var number = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A { number += 1 }
            else if bytes[index] == 0x0D, index + 1 >= bytes.count || bytes[index + 1] != 0x0A { number += 1 }
            index += 1
        }
        return number
    }
    XCTAssertFalse(passages.isEmpty, line: line)
    for passage in passages {
        XCTAssertEqual(String(decoding: bytes[passage.range], as: UTF8.self), passage.text,
                       "passage \(passage.ordinal) is not the file's text at its range", line: line)
        XCTAssertEqual(lineNumber(at: passage.range.lowerBound), passage.lines.lowerBound, "first line of passage \(passage.ordinal)", line: line)
        XCTAssertEqual(lineNumber(at: passage.range.upperBound - 1), passage.lines.upperBound, "last line of passage \(passage.ordinal)", line: line)
    }
}

final class KnowledgeFolderTests: XCTestCase {
    func testScanListsReadableFilesRecursivelySortedWithSizeAndTime() throws {
        let directory = try KnowledgeTestDirectory()
        try directory.write("b.txt", "tekst")
        try directory.write("a/diep/c.md", "# Kop\n\nTekst.")
        try directory.write("a/pagina.HTML", "<p>Hallo</p>")
        try directory.write("a/oud.htm", "<p>Hallo</p>")
        try directory.write("notities.markdown", "tekst")
        try directory.write("plaatje.png", "geen tekst")
        try directory.write("geen-extensie", "tekst")
        let (files, warnings) = try directory.folder.scan()
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(files.map(\.relativePath), ["a/diep/c.md", "a/oud.htm", "a/pagina.HTML", "b.txt", "notities.markdown"])
        let b = try XCTUnwrap(files.first { $0.relativePath == "b.txt" })
        XCTAssertEqual(b.size, 5)
        XCTAssertEqual(b.url.lastPathComponent, "b.txt")
        let attributes = try FileManager.default.attributesOfItem(atPath: b.url.path)
        let modified = try XCTUnwrap(attributes[.modificationDate] as? Date)
        XCTAssertEqual(Double(b.modificationTime) / 1e9, modified.timeIntervalSince1970, accuracy: 0.001)
    }

    func testHiddenFilesAndFoldersAreSkipped() throws {
        let directory = try KnowledgeTestDirectory()
        try directory.write("zichtbaar.txt", "tekst")
        try directory.write(".verborgen.txt", "tekst")
        try directory.write(".git/HEAD.txt", "tekst")
        try directory.write("map/.DS_Store.md", "tekst")
        let (files, warnings) = try directory.folder.scan()
        XCTAssertEqual(files.map(\.relativePath), ["zichtbaar.txt"])
        XCTAssertEqual(warnings, [])
    }

    func testSymbolicLinkLoopIsNotFollowed() throws {
        let directory = try KnowledgeTestDirectory()
        try directory.write("map/a.txt", "tekst")
        try directory.link("map/terug", to: "..")
        try directory.link("map/zelf", to: ".")
        let (files, warnings) = try directory.folder.scan()
        XCTAssertEqual(files.map(\.relativePath), ["map/a.txt"])
        XCTAssertEqual(Set(warnings.map(\.source)), ["map/terug", "map/zelf"])
        XCTAssertTrue(warnings.allSatisfy { $0.message.contains("lus") }, "\(warnings)")
    }

    func testSymbolicLinkOutOfTheRootIsNotFollowed() throws {
        let outside = try KnowledgeTestDirectory()
        try outside.write("geheim.txt", "buiten")
        try outside.write("map/ook-geheim.txt", "buiten")
        let directory = try KnowledgeTestDirectory()
        try directory.write("binnen.txt", "binnen")
        try directory.link("naar-buiten", to: outside.url.path + "/map")
        try directory.link("bestand-buiten.txt", to: outside.url.path + "/geheim.txt")
        let (files, warnings) = try directory.folder.scan()
        XCTAssertEqual(files.map(\.relativePath), ["binnen.txt"])
        XCTAssertEqual(warnings.map(\.source).sorted(), ["bestand-buiten.txt", "naar-buiten"])
        XCTAssertTrue(warnings.allSatisfy { $0.message.contains("buiten de kennismap") })
    }

    func testSymbolicLinkInsideTheRootIsFollowedOnce() throws {
        let directory = try KnowledgeTestDirectory()
        try directory.write("docs/a.txt", "tekst")
        try directory.write(".archief/b.txt", "tekst")     // hidden, only reachable by the link
        try directory.link("archief", to: ".archief")       // followed
        try directory.link("alias", to: "docs")             // same folder again: not listed twice
        try directory.link("ook-a.txt", to: "docs/a.txt")  // same file again: listed once
        try directory.link("verwijzing.md", to: ".archief/b.txt")
        let (files, warnings) = try directory.folder.scan()
        // b.txt is reachable as archief/b.txt and as verwijzing.md: the folder link wins over the file link.
        XCTAssertEqual(files.map(\.relativePath), ["archief/b.txt", "docs/a.txt"])
        XCTAssertEqual(warnings.map(\.source), ["alias"])
        XCTAssertTrue(warnings[0].message.contains("al gelezen"))
        let document = try XCTUnwrap(directory.folder.load(files[0]).document)
        XCTAssertEqual(document.source, "archief/b.txt")
    }

    func testDanglingLinkGivesWarning() throws {
        let directory = try KnowledgeTestDirectory()
        try directory.write("a.txt", "tekst")
        try directory.link("weg.txt", to: "bestaat-niet.txt")
        let (files, warnings) = try directory.folder.scan()
        XCTAssertEqual(files.map(\.relativePath), ["a.txt"])
        XCTAssertEqual(warnings.map(\.source), ["weg.txt"])
    }

    func testMissingRootThrowsADutchError() throws {
        let folder = KnowledgeFolder(root: URL(fileURLWithPath: "/bestaat/niet/kennis"))
        XCTAssertThrowsError(try folder.scan()) { error in
            XCTAssertEqual(error as? KnowledgeError, .rootMissing(path: "/bestaat/niet/kennis"))
            XCTAssertEqual("\(error)", "Kennismap niet gevonden: /bestaat/niet/kennis")
            XCTAssertEqual(error.localizedDescription, "Kennismap niet gevonden: /bestaat/niet/kennis")
        }
    }

    func testRootThatIsAFileThrows() throws {
        let directory = try KnowledgeTestDirectory()
        let file = try directory.write("a.txt", "tekst")
        XCTAssertThrowsError(try KnowledgeFolder(root: file).scan()) { error in
            XCTAssertEqual(error as? KnowledgeError, .rootNotAFolder(path: file.path))
        }
    }

    func testUnreadableFolderAndFileGiveWarningsNotErrors() throws {
        try XCTSkipIf(getuid() == 0, "als root zijn alle mappen leesbaar")
        let directory = try KnowledgeTestDirectory()
        try directory.write("ok.txt", "tekst")
        try directory.write("dicht/a.txt", "tekst")
        let closedFile = try directory.write("geheim.txt", "tekst")
        chmod(directory.url.appendingPathComponent("dicht").path, 0)
        chmod(closedFile.path, 0)
        defer { chmod(directory.url.appendingPathComponent("dicht").path, 0o755) }
        let (files, warnings) = try directory.folder.scan()
        XCTAssertEqual(files.map(\.relativePath), ["geheim.txt", "ok.txt"])
        XCTAssertEqual(warnings.map(\.source), ["dicht"])
        let (document, loadWarnings) = directory.folder.load(files[0])
        XCTAssertNil(document)
        XCTAssertEqual(loadWarnings.map(\.source), ["geheim.txt"])
    }

    func testLoadOfVanishedFileWarns() throws {
        let directory = try KnowledgeTestDirectory()
        let url = try directory.write("a.txt", "tekst")
        let (files, _) = try directory.folder.scan()
        try FileManager.default.removeItem(at: url)
        let (document, warnings) = directory.folder.load(files[0])
        XCTAssertNil(document)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].message.contains("kan niet gelezen worden"), warnings[0].message)
    }

    func testScanOfManyFilesIsFast() throws {
        let directory = try KnowledgeTestDirectory()
        let count = 10_000
        for folder in 0..<40 {
            let path = directory.url.appendingPathComponent("map\(folder)")
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
            for index in 0..<(count / 40) {
                let name = path.appendingPathComponent("bestand\(index).\(index % 5 == 0 ? "jpg" : "txt")").path
                XCTAssertTrue(FileManager.default.createFile(atPath: name, contents: nil))
            }
        }
        let start = Date()
        let (files, warnings) = try directory.folder.scan()
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(files.count, count * 4 / 5)
        XCTAssertEqual(warnings, [])
        // Tens of milliseconds in a release build; generous for a debug build on a busy machine.
        XCTAssertLessThan(elapsed, 1.5, "scan of \(count) files took \(elapsed) s")
    }

    func testScanOfAWideTreeListsEveryFileOnceInPathOrderWithItsPath() throws {
        let directory = try KnowledgeTestDirectory()
        // Names whose order depends on "/" against "-", "." and " ", in many folders (read in parallel).
        var expected: [String] = []
        for folder in ["a", "a-b", "a b", "a.d", "é", "e\u{301}z", "z"] {
            for sub in ["", "a/", "a.b/", "a-b/"] {
                for name in ["a.txt", "a-b.md", "a.b.htm", "B.TXT", "ä.md"] {
                    expected.append(folder + "/" + sub + name)
                    try directory.write(folder + "/" + sub + name, "tekst")
                }
            }
        }
        try directory.write("a.txt", "tekst")
        try directory.write("a0.txt", "tekst")
        expected += ["a.txt", "a0.txt"]
        // A hard link: listed once, under the smaller path.
        XCTAssertEqual(link(directory.url.appendingPathComponent("z/a.txt").path,
                            directory.url.appendingPathComponent("a/hard.txt").path), 0)
        expected.removeAll { $0 == "z/a.txt" }
        expected.append("a/hard.txt")
        // A linked folder (hidden, so read only through the link) and a linked file: followed,
        // the file once under its own name.
        try directory.write(".verborgen/x.txt", "tekst")
        try directory.write(".verborgen/sub/y.md", "tekst")
        try directory.link("z/naar-verborgen", to: "../.verborgen")
        try directory.link("z/b-link.md", to: "../a0.txt")
        expected += ["z/naar-verborgen/x.txt", "z/naar-verborgen/sub/y.md"]
        let (files, warnings) = try directory.folder.scan()
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(files.map(\.relativePath), expected.sorted())
        for file in files {
            XCTAssertEqual(file.path, directory.url.path + "/" + file.relativePath)
        }
    }

    func testLoadAllReturnsDocumentsAndWarnings() throws {
        let directory = try KnowledgeTestDirectory()
        try directory.write("a.txt", "Tekst over iets.")
        try directory.write("leeg.md", "")
        let (documents, warnings) = try directory.folder.loadAll()
        XCTAssertEqual(documents.map(\.source), ["a.txt"])
        XCTAssertEqual(warnings, [LoadWarning(source: "leeg.md", message: "leeg bestand; overgeslagen")])
        XCTAssertEqual(warnings[0].description, "leeg.md: leeg bestand; overgeslagen")
    }
}
