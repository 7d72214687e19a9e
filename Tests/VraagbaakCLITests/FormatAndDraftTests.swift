import Foundation
import XCTest

final class FormatAndDraftTests: XCTestCase {
    private var scratch: URL!
    private var indexPath: String { scratch.appendingPathComponent("index.sqlite").path }
    private let runner = CommandRunner()
    private let forumPost = """
        Hoi allemaal,

        Ik gebruik clonazepam (rivotril) voor paniekaanvallen. Over twee weken heb ik een MDMA-sessie gepland en nu twijfel ik of dat wel samen kan.

        En nog een vraagje: ik drink in het weekend soms een paar biertjes, is dat een probleem met clonazepam?

        Alvast bedankt!
        """

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    func testAskFormats() throws {
        let question = "Is clonazepam een benzodiazepine?"
        let markdown = try runner.run(["ask", "--index", indexPath, "--format", "markdown", question])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.contains("> **1.** "), markdown.stdout)
        let bbcode = try runner.run(["ask", "--index", indexPath, "--format", "bbcode", question])
        XCTAssertTrue(bbcode.stdout.contains("[quote][b]1.[/b] "), bbcode.stdout)
        let json = try runner.run(["ask", "--index", indexPath, "--format", "json", question])
        let short = try runner.run(["ask", "--index", indexPath, "--json", question])
        let long = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? NSDictionary
        XCTAssertNotNil(long)
        XCTAssertEqual(long, try JSONSerialization.jsonObject(with: Data(short.stdout.utf8)) as? NSDictionary)
        let text = try runner.run(["ask", "--index", indexPath, question], environment: ["NO_COLOR": "1"])
        XCTAssertFalse(text.stdout.contains("\u{1B}["), "no colour in a pipe")
        XCTAssertTrue(text.stdout.hasPrefix("Uit de kennisbank:"))
    }

    func testAskRejectsContradictoryFormats() throws {
        let result = try runner.run(["ask", "--index", indexPath, "--json", "--format", "markdown", "vraag"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("spreken elkaar tegen"), result.stderr)
        let explain = try runner.run(["ask", "--index", indexPath, "--explain", "--format", "bbcode", "vraag"])
        XCTAssertEqual(explain.status, 64)
    }

    func testAskExplainShowsTheRanking() throws {
        let result = try runner.run(["ask", "--index", indexPath, "--explain", "kan je clonazepam combineren met MDMA?"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Uitleg bij de rangschikking"))
        XCTAssertTrue(result.stdout.contains("Passages, best eerst"))
        XCTAssertTrue(result.stdout.contains("\n  1  "), result.stdout)
        XCTAssertTrue(result.stdout.contains("dekking 1.00"), result.stdout)
        XCTAssertTrue(result.stdout.contains("→ citaat 1"))
    }

    func testDraftAForumPostAsBBCodeFromAFile() throws {
        let file = scratch.appendingPathComponent("bericht.txt")
        try forumPost.write(to: file, atomically: true, encoding: .utf8)
        let result = try runner.run(["draft", "--index", indexPath, "--file", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let reply = result.stdout
        XCTAssertTrue(reply.hasPrefix("Hoi! Bedankt voor je vragen."), reply)
        XCTAssertTrue(reply.contains("[b]Over twee weken heb ik een MDMA-sessie gepland en nu twijfel ik of dat wel samen kan.[/b]"))
        XCTAssertTrue(reply.contains("[b]ik drink in het weekend soms een paar biertjes, is dat een probleem met clonazepam?[/b]"))
        XCTAssertGreaterThan(reply.components(separatedBy: "[quote]").count, 2)
        XCTAssertTrue(reply.contains("[b]Bronnen[/b]\n[list=1]\n[*]"))
        XCTAssertTrue(reply.contains("[i]Let op: dit zijn letterlijke citaten"))
        // The file's name as the post would be answered as a question: say what to do instead.
        let named = try runner.run(["draft", "--index", indexPath, file.path])
        XCTAssertEqual(named.status, 64, named.stdout)
        XCTAssertTrue(named.stderr.contains("is een bestand; lees het met --file"), named.stderr)
    }

    func testDraftFromStandardInputAsMarkdownAndJSON() throws {
        let markdown = try runner.run(["draft", "--index", indexPath, "--format", "markdown"], stdin: Data(forumPost.utf8))
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.contains("**Bronnen**"))
        XCTAssertTrue(markdown.stdout.contains("\n> "))
        let json = try runner.run(["draft", "--index", indexPath, "--format", "json", "-"], stdin: Data(forumPost.utf8))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["answered"] as? Bool, true)
        let questions = try XCTUnwrap(object["questions"] as? [[String: Any]])
        XCTAssertEqual(questions.count, 2)
        XCTAssertEqual(Set(questions[0].keys), ["question", "answered", "quotes", "disclaimer", "emergency"])
    }

    func testDraftWithoutAnswerExitsOne() throws {
        let result = try runner.run(["draft", "--index", indexPath, "wat is de hoofdstad van Frankrijk?"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("Hierover staat niets in de kennisbank"))
    }

    func testTheReplReadsOneQuestionPerLineFromAPipe() throws {
        let questions = "kan je clonazepam combineren met MDMA?\nen met alcohol?\n:bronnen\n"
        let result = try runner.run(["repl", "--index", indexPath], stdin: Data(questions.utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("» kan je clonazepam combineren met MDMA?"))
        XCTAssertTrue(result.stdout.contains("» en met alcohol?"))
        XCTAssertTrue(result.stdout.contains("Bronnen van het laatste antwoord:"))
        XCTAssertFalse(result.stdout.contains("vraag> "), "no prompt in a pipe")
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour in a pipe")
        // With no subcommand the REPL is the default.
        let bare = try runner.run(["--index", indexPath], stdin: Data("Is clonazepam een benzodiazepine?\n".utf8))
        XCTAssertTrue(bare.stdout.contains("» Is clonazepam een benzodiazepine?"), bare.stdout + bare.stderr)
    }
}
