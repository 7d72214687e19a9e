import Foundation
import XCTest

/// The index under kill -9, concurrent use, damage and read-only places, with real processes.
final class RobustnessIndexTests: XCTestCase {
    private var folder: RobustnessFolder!
    private var runner: CommandRunner!
    private let fileCount = 300
    private var indexPath: String { folder.path("index/kennis.sqlite") }
    private var options: [String] { ["--knowledge", folder.path("kennis"), "--index", indexPath] }

    override func setUpWithError() throws {
        folder = try makeRobustnessFolder()
        runner = CommandRunner(workingDirectory: folder.url)
    }

    /// Version 1: one passage per file ("versie een"); version 2: three sections ("versie twee").
    private func writeKnowledge(version: Int) throws {
        for number in 0..<fileCount {
            var text = "# Document \(number)\n\n"
            let sections = version == 1 ? 1 : 3
            for section in 0..<sections {
                if version == 2 { text += "## Deel \(section)\n\n" }
                text += "Dit is versie \(version == 1 ? "een" : "twee") van document \(number). "
                text += String(repeating: "Slaap, angst en dosering van benzodiazepine bij volwassenen. ", count: 6) + "\n\n"
            }
            try folder.write(text, to: "kennis/map\(number % 10)/doc\(number).md")
        }
    }

    /// Documents and passages per `index --check` (which changes nothing), after asserting it passed.
    private func checkedCounts(file: StaticString = #filePath, line: UInt = #line) throws -> (documents: Int, passages: Int) {
        let result = try runner.run(["index", "--check"] + options)
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stdout.contains("Index in orde."), result.stdout, file: file, line: line)
        let numbers = result.stdout.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return (numbers.first ?? -1, numbers.dropFirst().first ?? -1)
    }

    private func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.standardOutput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: folder.path("started.err"), contents: nil)
        process.standardError = FileHandle(forWritingAtPath: folder.path("started.err"))
        try process.run()
        return process
    }

    /// What the last process from ``start(_:)`` wrote on stderr, for failure messages.
    private var startedErrors: String {
        (try? String(contentsOfFile: folder.path("started.err"), encoding: .utf8)) ?? ""
    }

    func testKillDashNineDuringIndexingLeavesTheOldOrTheNewIndex() throws {
        try writeKnowledge(version: 1)
        // Killed during the very first index: an empty index or a full one, and the next run finishes it.
        let first = try start(["index"] + options)
        usleep(300_000)
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let afterFirst = try checkedCounts()
        XCTAssertTrue([0, fileCount].contains(afterFirst.documents), "\(afterFirst)")
        let started = Date()
        XCTAssertEqual(try runner.run(["index"] + options).status, 0)
        let fullIndexTime = Date().timeIntervalSince(started) // version 2 has three times the text
        XCTAssertEqual(try checkedCounts().passages, fileCount)

        try writeKnowledge(version: 2)
        var generator = SystemRandomNumberGenerator()
        var outcomes: [Int] = []
        for _ in 0..<3 {
            let process = try start(["index"] + options)
            usleep(UInt32(max(fullIndexTime, 0.2) * 1_000_000 * Double.random(in: 0.2...1.5, using: &generator)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let counts = try checkedCounts()
            XCTAssertEqual(counts.documents, fileCount)
            XCTAssertTrue([fileCount, 3 * fileCount].contains(counts.passages), "half-written index: \(counts)")
            outcomes.append(counts.passages)
            if counts.passages == 3 * fileCount { break }
        }
        // The next question refreshes what was left and answers.
        let answer = try runner.run(["search", "--json"] + options + ["versie twee document 7"])
        XCTAssertEqual(answer.status, 0, answer.stderr)
        XCTAssertEqual(try checkedCounts().passages, 3 * fileCount)
        print("kill -9 outcomes (passages after each kill): \(outcomes)")
    }

    func testQuestionsWhileAnotherProcessIndexesAreConsistentAndNeverLocked() throws {
        try writeKnowledge(version: 1)
        XCTAssertEqual(try runner.run(["index"] + options).status, 0)
        try writeKnowledge(version: 2)
        let indexer = try start(["index"] + options)
        var sawBusyNote = false
        for _ in 0..<4 {
            let result = try runner.run(["search", "--json", "--limit", "50"] + options + ["versie document"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertFalse(result.stderr.contains("locked"), result.stderr)
            XCTAssertFalse(result.stderr.contains("opnieuw opgebouwd"), result.stderr)
            sawBusyNote = sawBusyNote || result.stderr.contains("door een ander proces bijgewerkt")
            let hasOne = result.stdout.contains("versie een"), hasTwo = result.stdout.contains("versie twee")
            XCTAssertTrue(hasOne != hasTwo, "answers from one consistent index, not a mix")
        }
        indexer.waitUntilExit()
        XCTAssertEqual(indexer.terminationStatus, 0, startedErrors)
        XCTAssertEqual(try checkedCounts().passages, 3 * fileCount)
        if !sawBusyNote { print("the indexer finished before a question came in; busy note not seen") }
    }

    func testDamagedTruncatedAndOldIndexesAreRebuiltWithAMessage() throws {
        try folder.writeSmallKnowledge()
        XCTAssertEqual(try runner.run(["index"] + options).status, 0)
        let good = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        XCTAssertGreaterThan(good.count, 8192)

        let damaged: [(String, Data)] = [
            ("garbage", Data(repeating: 0x42, count: good.count)),
            ("truncated to half", good.prefix(good.count / 2)),
            ("truncated to a few pages", good.prefix(4096 * 3)),
            ("header only", good.prefix(50)),
            ("older version", { var data = good; data[60...63] = Data([0, 0, 0, 0]); return data }()),
        ]
        for (what, bytes) in damaged {
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: indexPath + suffix) }
            try bytes.write(to: URL(fileURLWithPath: indexPath))
            let result = try runner.run(["search"] + options + ["halfwaardetijd"])
            XCTAssertEqual(result.status, 0, "\(what): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("opnieuw opgebouwd"), "\(what): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("mdma.txt"), what)
        }
    }

    // MARK: Places that cannot be written

    /// Runs vraagbaak as an unprivileged user (root passes every permission check).
    private func runUnprivileged(_ arguments: [String]) throws -> CommandRunner.Result {
        if getuid() != 0 { return try runner.run(arguments) }
        return try CommandRunner(workingDirectory: folder.url).runTool(
            "/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", CommandRunner.executable.path] + arguments)
    }

    private func skipUnlessUnprivilegedRunsWork() throws {
        guard getuid() == 0 else { return }
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                          "als root slaagt elke schrijfpoging en setpriv ontbreekt om als 'nobody' te draaien")
        let probe = try CommandRunner(workingDirectory: folder.url).runTool(
            "/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", CommandRunner.executable.path, "--version"])
        try XCTSkipUnless(probe.status == 0, "het programma is niet uit te voeren als 'nobody': \(probe.stderr)")
    }

    func testReadOnlyIndexAnswersWithAWarningAndMissingOneIsAClearError() throws {
        try skipUnlessUnprivilegedRunsWork()
        try folder.writeSmallKnowledge()
        XCTAssertEqual(try runner.run(["index"] + options).status, 0)
        chmod(folder.path("index"), 0o555) // and owned by root: 'nobody' cannot write it either way
        chmod(indexPath, 0o444)
        try folder.write("Nieuw\n\nMelatonine helpt bij het inslapen.\n", to: "kennis/nieuw.txt")

        let answer = try runUnprivileged(["search"] + options + ["halfwaardetijd"])
        XCTAssertEqual(answer.status, 0, answer.stderr)
        XCTAssertTrue(answer.stderr.contains("kan niet worden bijgewerkt"), answer.stderr)
        XCTAssertTrue(answer.stdout.contains("mdma.txt"))
        let ask = try runUnprivileged(["ask"] + options + ["wat is de halfwaardetijd van mdma?"])
        XCTAssertEqual(ask.status, 0, ask.stderr)

        // No index yet, and nowhere to write one (the default place beside a read-only parent).
        chmod(folder.url.path, 0o555)
        let missing = try runUnprivileged(["search", "--knowledge", folder.path("kennis"), "halfwaardetijd"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("Kan de index niet schrijven"), missing.stderr)
        let elsewhere = try runUnprivileged(["search", "--knowledge", folder.path("kennis"),
                                             "--index", folder.path("index/nieuw.sqlite"), "halfwaardetijd"])
        XCTAssertEqual(elsewhere.status, 2)
        XCTAssertTrue(elsewhere.stderr.contains("Kan de index niet schrijven"), elsewhere.stderr)
        chmod(folder.url.path, 0o755)
    }

    func testUnreadableFilesAreSkippedWithAWarningThatNamesThem() throws {
        try skipUnlessUnprivilegedRunsWork()
        try folder.writeSmallKnowledge()
        try folder.write("Geheim\n\nNiet voor iedereen.\n", to: "kennis/geheim.txt")
        try folder.write("Dicht\n\nOok niet.\n", to: "kennis/dicht/binnen.txt")
        chmod(folder.path("kennis/geheim.txt"), 0o600)
        chmod(folder.path("kennis/dicht"), 0o700)
        try FileManager.default.createDirectory(atPath: folder.path("schrijfbaar"), withIntermediateDirectories: true)
        chmod(folder.path("schrijfbaar"), 0o777)
        let result = try runUnprivileged(["index", "--knowledge", folder.path("kennis"), "--index", folder.path("schrijfbaar/i.sqlite")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("geheim.txt: kan niet gelezen worden (geen toegang)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("dicht: map kan niet gelezen worden"), result.stderr)
        XCTAssertTrue(result.stderr.contains("2 documenten"), result.stderr)
    }
}

extension CommandRunner {
    /// Runs another program (e.g. `setpriv` in front of vraagbaak) the way ``run(_:stdin:environment:)`` runs vraagbaak.
    func runTool(_ tool: String, _ arguments: [String], stdinFile: String? = nil) throws -> Result {
        try launch(URL(fileURLWithPath: tool), arguments,
                   standardInput: stdinFile.flatMap { FileHandle(forReadingAtPath: $0) } ?? FileHandle.nullDevice)
    }
}
