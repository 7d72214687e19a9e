import ArgumentParser
import Foundation
import VraagbaakKit

/// The exit statuses scripts rely on.
enum ExitStatus {
    static let found = ExitCode(0)
    static let nothingFound = ExitCode(1)
    static let failure = ExitCode(2)

    /// Runs a command body; any error becomes a Dutch message on stderr and exit status 2.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Terminal.note("vraagbaak: \(describe(error))")
            throw failure
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let error as VraagbaakError: error.description
        case let error as CustomStringConvertible: error.description
        default: error.localizedDescription
        }
    }
}

/// Reads the question argument; `-` means standard input (invalid UTF-8 is replaced, not fatal).
enum QuestionInput {
    static func read(_ argument: [String]) throws -> String {
        let text: String
        if argument == ["-"] {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = argument.joined(separator: " ")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw VraagbaakError.emptyQuestion }
        return trimmed
    }
}
