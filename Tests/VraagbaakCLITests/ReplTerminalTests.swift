import Foundation
import XCTest

/// The REPL driven in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen.
final class ReplTerminalTests: XCTestCase {
    private var scratch: URL!
    private var session = ""

    private static var tmux: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        session = "vraagbaak-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    }

    override func tearDownWithError() throws {
        if let tmux = Self.tmux { _ = try? run(tmux, ["kill-server"]) }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Runs tmux on this test's own server (`-L`), so a user's tmux is never touched and every run
    /// starts a server of its own, as on a fresh CI machine.
    ///
    /// The first command starts that server, which lives on after the command exits. Foundation's
    /// `Process` learns that a child exited when a socket it hands every child is closed, so a
    /// server that inherited it would keep `waitUntilExit()` waiting forever (this hung CI). The
    /// command therefore runs through a shell that closes every descriptor above stderr first.
    @discardableResult
    private func run(_ tmux: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let closeInherited = #"for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done; exec "$@""#
        process.arguments = ["-c", closeInherited, "tmux", tmux, "-L", session] + arguments
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private func screen(_ tmux: String) throws -> String {
        try run(tmux, ["capture-pane", "-p", "-J", "-S", "-500", "-t", session])
    }

    /// Waits until the screen holds `text` `count` times (the prompt comes back after each answer).
    private func waitFor(_ text: String, count: Int = 1, _ tmux: String, timeout: TimeInterval = 60) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(tmux)
            if last.components(separatedBy: text).count - 1 >= count { return last }
            Thread.sleep(forTimeInterval: 0.2)
        }
        XCTFail("'\(text)' did not appear \(count)× on the screen:\n\(last)")
        return last
    }

    func testQuestionFollowUpSourcesAndExitInARealTerminal() throws {
        guard let tmux = Self.tmux else {
            throw XCTSkip("tmux is niet geïnstalleerd: de REPL-test in een echte terminal wordt overgeslagen (.ci/run installeert tmux).")
        }
        let index = scratch.appendingPathComponent("index.sqlite").path
        let history = scratch.appendingPathComponent("history").path
        let command = "cd '\(CommandRunner.repository.path)' && env -u NO_COLOR LANG=C.UTF-8 TERM=xterm-256color "
            + "VRAAGBAAK_HISTORY='\(history)' '\(CommandRunner.executable.path)' --index '\(index)'; sleep 5"
        try run(tmux, ["new-session", "-d", "-s", session, "-x", "100", "-y", "50", command])

        _ = try waitFor("vraag>", tmux)
        try run(tmux, ["send-keys", "-t", session, "-l", "kan je clonazepam combineren met MDMA?"])
        try run(tmux, ["send-keys", "-t", session, "Enter"])
        var text = try waitFor("vraag>", count: 2, tmux)
        XCTAssertTrue(text.contains("[1] “"), text)
        XCTAssertTrue(text.contains("Let op: dit zijn letterlijke citaten"), text)

        try run(tmux, ["send-keys", "-t", session, "-l", "en met alcohol?"])
        try run(tmux, ["send-keys", "-t", session, "Enter"])
        text = try waitFor("vraag>", count: 3, tmux)
        let followUp = text.range(of: "vraag> en met alcohol?").map { String(text[$0.upperBound...]) } ?? ""
        XCTAssertTrue(followUp.lowercased().contains("alcohol"), followUp)
        XCTAssertTrue(followUp.lowercased().contains("clonazepam") || followUp.lowercased().contains("benzodiazepine"), followUp)

        // Ctrl-C abandons the line being typed, not the session.
        try run(tmux, ["send-keys", "-t", session, "-l", "halve zin"])
        try run(tmux, ["send-keys", "-t", session, "C-c"])
        _ = try waitFor("vraag>", count: 4, tmux)

        try run(tmux, ["send-keys", "-t", session, "-l", ":bronnen"])
        try run(tmux, ["send-keys", "-t", session, "Enter"])
        text = try waitFor("vraag>", count: 5, tmux)
        XCTAssertTrue(text.contains("Bronnen van het laatste antwoord:"), text)
        XCTAssertTrue(text.contains("bestand: "), text)
        XCTAssertFalse(text.contains("» halve zin"), "the abandoned line was not answered")

        try run(tmux, ["send-keys", "-t", session, "-l", ":exit"])
        try run(tmux, ["send-keys", "-t", session, "Enter"])
        // The history file is rewritten after every line: wait until it holds the last one.
        var remembered = ""
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !remembered.contains(":exit") {
            Thread.sleep(forTimeInterval: 0.2)
            remembered = (try? String(contentsOfFile: history, encoding: .utf8)) ?? ""
        }
        XCTAssertTrue(remembered.contains("alcohol"), "the history file keeps the questions: \(remembered)")
        XCTAssertFalse(remembered.contains("halve"), "an abandoned line is not remembered")
        print("--- REPL screen ---\n\(try screen(tmux))")
    }
}
