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

    /// A Dutch message for `error`. SQLite errors never reach the user raw: damage marks the
    /// index for a rebuild on the next run, a lock held by another program says so.
    static func describe(_ error: Error) -> String {
        if KnowledgeIndex.isDamage(error) {
            let index = KnowledgeOptions.lastOpenedIndex
            if let index { KnowledgeIndex.markDamaged(at: index) }
            return VraagbaakError.indexDamaged(index?.path ?? "index").description
        }
        if KnowledgeIndex.isBusy(error) {
            return VraagbaakError.indexBusy(KnowledgeOptions.lastOpenedIndex?.path ?? "index").description
        }
        return switch error {
        case let error as VraagbaakError: error.description
        case let error as CocoaError where error.isFileError: fileMessage(error)
        case let error as CustomStringConvertible: error.description
        default: error.localizedDescription
        }
    }

    /// A file that could not be read or written (a question file, a --features file, a query
    /// list), in Dutch: Foundation's own message is English and names its error domain.
    static func fileMessage(_ error: CocoaError) -> String {
        let file = error.filePath ?? error.url?.path ?? "?"
        let reason = switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: "bestaat niet (of de map waarin het moet staan niet)"
        case .fileReadNoPermission, .fileWriteNoPermission: "geen toegang"
        case .fileWriteOutOfSpace: "de schijf is vol"
        case .fileWriteVolumeReadOnly: "de schijf is alleen-lezen"
        case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: "is geen leesbare tekst"
        default: error.code.rawValue < CocoaError.Code.fileWriteUnknown.rawValue ? "kan niet worden gelezen (is het een map?)"
            : "kan niet worden geschreven"
        }
        return "bestand '\(file)': \(reason)."
    }
}

/// Reads the question argument; `-` means standard input (invalid UTF-8 is replaced, not fatal).
enum QuestionInput {
    /// The longest question answered, in characters. Longer text is refused with a message:
    /// analysing and planning a question costs time per word, and no real question is this long.
    static let maximumLength = 10_000

    static func read(_ argument: [String]) throws -> String {
        let text: String
        if argument == ["-"] {
            text = String(decoding: readStandardInput(), as: UTF8.self)
        } else {
            text = argument.joined(separator: " ")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw VraagbaakError.emptyQuestion }
        // Counted in Unicode scalars: at most four UTF-8 bytes each, so a cut-off stdin is always too long.
        if trimmed.utf8.count > maximumLength {
            let count = trimmed.unicodeScalars.count
            guard count <= maximumLength else { throw VraagbaakError.questionTooLong(count, maximumLength) }
        }
        return trimmed
    }

    /// Standard input up to a little more than the longest question can take (four bytes per
    /// character), so an endless stream (`vraagbaak ask - < /dev/zero`) cannot exhaust memory.
    private static func readStandardInput() -> Data {
        let limit = maximumLength * 4 + 1
        var data = Data()
        while data.count < limit {
            let chunk = FileHandle.standardInput.readData(ofLength: limit - data.count)
            if chunk.isEmpty { break }
            data.append(chunk)
        }
        return data
    }
}
