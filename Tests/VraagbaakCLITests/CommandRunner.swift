import Foundation
import XCTest

/// Runs the built `vraagbaak` executable as a user would, capturing its output and exit status.
struct CommandRunner {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable SwiftPM built beside this test bundle.
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("vraagbaak")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("vraagbaak")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    var workingDirectory = repository

    /// Longer than any command in the tests takes, even on a slow, loaded machine.
    static let timeout: TimeInterval = 600

    func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let input = Pipe()
        let result = try launch(Self.executable, arguments, standardInput: input,
                                environment: ProcessInfo.processInfo.environment.merging(environment) { $1 }) {
            if let stdin { input.fileHandleForWriting.write(stdin) }
            try input.fileHandleForWriting.close()
        }
        return result
    }

    /// Starts `executable`, lets `afterStart` feed it, and collects its output and exit status.
    func launch(
        _ executable: URL, _ arguments: [String], standardInput: Any, environment: [String: String]? = nil,
        afterStart: () throws -> Void = {}
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        // A hung command fails its test instead of hanging the whole run.
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.timeout, execute: watchdog)
        defer { watchdog.cancel() }
        try afterStart()
        // Read both pipes concurrently so a full pipe never blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self))
    }
}
