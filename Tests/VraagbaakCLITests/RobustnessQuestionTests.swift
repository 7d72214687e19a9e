import Foundation
import XCTest

/// A scratch folder for robustness tests, world-readable so an unprivileged user can use it too.
final class RobustnessFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-robust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        chmod(url.path, 0o755)
    }

    deinit { Self.remove(url) }

    /// Removes the folder even where a test took its permissions away.
    static func remove(_ url: URL) {
        _ = Process.launch("/bin/chmod", ["-R", "u+rwX", url.path])
        try? FileManager.default.removeItem(at: url)
    }

    @discardableResult
    func write(_ bytes: [UInt8], to relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    @discardableResult
    func write(_ text: String, to relativePath: String) throws -> URL {
        try write(Array(text.utf8), to: relativePath)
    }

    func path(_ relativePath: String) -> String { url.appendingPathComponent(relativePath).path }

    /// Two small documents, enough to answer from.
    func writeSmallKnowledge(at folder: String = "kennis") throws {
        try write("# Clonazepam\n\nClonazepam is een benzodiazepine tegen angst. Combineer het niet met alcohol.\n",
                  to: "\(folder)/clonazepam.md")
        try write("MDMA\n\nMDMA stimuleert de afgifte van serotonine. De halfwaardetijd is ongeveer acht uur.\n",
                  to: "\(folder)/mdma.txt")
    }
}

extension Process {
    /// Runs a tool and waits; its exit status.
    @discardableResult
    static func launch(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

extension XCTestCase {
    /// A folder removed when the current test ends (XCTest keeps test-case instances, and so a
    /// folder in a stored property, alive until the process exits).
    func makeRobustnessFolder() throws -> RobustnessFolder {
        let folder = try RobustnessFolder()
        addTeardownBlock { [url = folder.url] in RobustnessFolder.remove(url) }
        return folder
    }
}

/// Hostile questions: each ends in an answer, "no answer" or a Dutch message, never a crash or
/// an SQL error, and nothing the user typed reaches the terminal as a control sequence.
final class RobustnessQuestionTests: XCTestCase {
    private var folder: RobustnessFolder!
    private var runner: CommandRunner!
    private var options: [String] { ["--knowledge", folder.path("kennis"), "--index", folder.path("index/kennis.sqlite")] }

    override func setUpWithError() throws {
        folder = try makeRobustnessFolder()
        try folder.writeSmallKnowledge()
        runner = CommandRunner(workingDirectory: folder.url)
        XCTAssertEqual(try runner.run(["index"] + options).status, 0)
    }

    private func assertNoInternals(_ result: CommandRunner.Result, _ question: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue([0, 1].contains(result.status), "\(question.debugDescription): status \(result.status), \(result.stderr)", file: file, line: line)
        for leak in ["SQLite", "SQL error", "fts5", "syntax error", "database is locked", "Fatal error", "malformed"] {
            XCTAssertFalse((result.stdout + result.stderr).localizedCaseInsensitiveContains(leak),
                           "\(question.debugDescription) leaked \(leak): \(result.stderr)", file: file, line: line)
        }
    }

    func testFTSSyntaxAndSQLTextAreJustWords() throws {
        let questions = [
            "\"", "\"\"\"", "NEAR(", "NEAR(clonazepam alcohol, 2)", "AND OR NOT", "clonazepam AND", "NOT mdma",
            "body:x", "heading:clonazepam", "*", "mdma*", "^", "^mdma", "{a b}:", "{heading body}: mdma",
            "((clonazepam", "mdma))", "(", ")", "+ : , . -", "'; DROP TABLE passage; --", "1 OR 1=1",
            "SELECT * FROM document", "\u{1}mdma", "\u{1}\"x", "\\", "%_", "mdma\u{0}clonazepam",
        ]
        for question in questions {
            assertNoInternals(try runner.run(["ask"] + options + [question]), question)
            assertNoInternals(try runner.run(["search"] + options + [question]), question)
            assertNoInternals(try runner.run(["ask", "--json"] + options + [question]), question)
        }
        // Syntax around real words still finds them.
        XCTAssertEqual(try runner.run(["search"] + options + ["NEAR(clonazepam*"]).status, 0)
    }

    func testEmojiRightToLeftMarksAndInvalidUTF8() throws {
        for question in ["💊 mdma 🧪", "\u{200F}مرحبا mdma\u{200E}", "\u{202E}mdma\u{202C}", "ｍｄｍａ", "e\u{301}e\u{301}n"] {
            assertNoInternals(try runner.run(["ask"] + options + [question]), question)
        }
        let invalid: [UInt8] = Array("mdma ".utf8) + [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80] + Array(" halfwaardetijd".utf8)
        let result = try runner.run(["ask"] + options + ["-"], stdin: Data(invalid))
        assertNoInternals(result, "invalid UTF-8")
        XCTAssertEqual(result.status, 0, "the valid words are still answered")
    }

    func testEmptyQuestionIsAClearMessage() throws {
        for arguments in [[""], ["   "], ["\n\t"]] {
            let result = try runner.run(["ask"] + options + arguments)
            XCTAssertEqual(result.status, 2)
            XCTAssertTrue(result.stderr.contains("Geen vraag gesteld"), result.stderr)
        }
        let fromStdin = try runner.run(["search"] + options + ["-"], stdin: Data())
        XCTAssertEqual(fromStdin.status, 2)
        XCTAssertTrue(fromStdin.stderr.contains("Geen vraag gesteld"))
    }

    func testMegabyteQuestionIsRefusedQuickly() throws {
        // From a file, not a pipe: vraagbaak stops reading early, and a pipe would then break.
        let huge = try folder.write(String(repeating: "mdma clonazepam angst ", count: 50_000), to: "vraag.txt") // 1.1 MB
        let start = Date()
        for command in ["ask", "search"] {
            let result = try runner.runTool(CommandRunner.executable.path, [command] + options + ["-"], stdinFile: huge.path)
            XCTAssertEqual(result.status, 2)
            XCTAssertTrue(result.stderr.contains("De vraag is te lang"), result.stderr)
            XCTAssertLessThan(result.stderr.count, 500, "the question is not echoed back")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        let argument = try runner.run(["ask"] + options + [String(repeating: "woord ", count: 20_000)])
        XCTAssertEqual(argument.status, 2)
        XCTAssertTrue(argument.stderr.contains("De vraag is te lang"))
        let longest = String(repeating: "a", count: 9_990) + " mdma"
        assertNoInternals(try runner.run(["search"] + options + [longest]), "10 000 characters")
    }

    func testControlCharactersAreNeverEchoedRaw() throws {
        let question = "\u{1B}[31mrood\u{1B}]0;titel\u{07}\u{8}\u{9B}2J\r\u{202E}tekst"
        for command in ["search", "ask"] {
            let result = try runner.run([command] + options + [question])
            assertNoInternals(result, question)
            for raw in ["\u{1B}", "\u{07}", "\u{8}", "\u{9B}", "\r", "\u{202E}"] {
                XCTAssertFalse(result.stdout.contains(raw), "\(command) stdout holds \(raw.debugDescription)")
                XCTAssertFalse(result.stderr.contains(raw), "\(command) stderr holds \(raw.debugDescription)")
            }
        }
        let search = try runner.run(["search"] + options + [question])
        XCTAssertTrue(search.stdout.contains("\\u{1B}[31mrood"), search.stdout)

        // A file name with an escape sequence, in a warning.
        try folder.write([0, 1, 2, 3], to: "kennis/\u{1B}[2Jwis.txt")
        let index = try runner.run(["index"] + options)
        XCTAssertEqual(index.status, 0)
        XCTAssertFalse(index.stderr.contains("\u{1B}"))
        XCTAssertTrue(index.stderr.contains("\\u{1B}[2Jwis.txt"), index.stderr)
    }
}
