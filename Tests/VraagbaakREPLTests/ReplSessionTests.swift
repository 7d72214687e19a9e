import Foundation
import XCTest
import VraagbaakKit
@testable import VraagbaakREPL

final class ReplInputTests: XCTestCase {
    func testQuestionsCommandsAndAliases() {
        XCTAssertEqual(ReplInput("  en met alcohol? "), .question("en met alcohol?"))
        XCTAssertEqual(ReplInput(""), .empty)
        XCTAssertEqual(ReplInput(":bronnen"), .command(.sources))
        XCTAssertEqual(ReplInput(":sources"), .command(.sources))
        XCTAssertEqual(ReplInput(":MEER"), .command(.more))
        XCTAssertEqual(ReplInput(":toon 2"), .command(.show(2)))
        XCTAssertEqual(ReplInput(":show 12"), .command(.show(12)))
        XCTAssertEqual(ReplInput(":nieuw"), .command(.new))
        XCTAssertEqual(ReplInput(":quit"), .command(.exit))
        XCTAssertEqual(ReplInput(":help"), .command(.help))
    }

    func testMistakesGetADutchMessage() {
        guard case .invalid(let unknown) = ReplInput(":weg") else { return XCTFail() }
        XCTAssertTrue(unknown.contains("Onbekend commando ':weg'"))
        guard case .invalid(let noNumber) = ReplInput(":toon twee") else { return XCTFail() }
        XCTAssertTrue(noNumber.contains(":toon N"))
        guard case .invalid = ReplInput(":bronnen 3") else { return XCTFail() }
    }
}

final class ReplSessionTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var scratch: URL!
    private var output: [String] = []
    private var session: ReplSession!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-repl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let base = try KnowledgeBase(knowledge: Self.repository.appendingPathComponent("Knowledge"),
                                     indexURL: scratch.appendingPathComponent("index.sqlite"))
        _ = try base.refresh()
        let answerer = Answerer(index: base.index, prompts: .builtIn)
        session = ReplSession(conversation: Conversation(answerer: answerer), prompts: .builtIn,
                              knowledgeFolder: base.knowledgeURL) { [unowned self] in output.append($0) }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func take() -> String {
        defer { output = [] }
        return output.joined(separator: "\n")
    }

    func testCommandsBeforeAnyQuestionSayWhatToDo() {
        session.handle(":bronnen")
        XCTAssertTrue(take().contains("stel eerst een vraag"))
        session.handle(":toon 1")
        XCTAssertTrue(take().contains("stel eerst een vraag"))
        session.handle(":meer")
        XCTAssertTrue(take().contains("stel eerst een vraag"))
    }

    func testAnswerThenSourcesMoreAndShow() throws {
        XCTAssertTrue(session.handle("kan je clonazepam combineren met MDMA?"))
        let answer = take()
        XCTAssertTrue(answer.contains("[1] “"), answer)
        XCTAssertTrue(answer.contains(BuiltInPrompts.disclaimer))
        XCTAssertEqual(session.shown.count, 3)

        session.handle(":bronnen")
        let sources = take()
        XCTAssertTrue(sources.contains("[3] "), sources)
        XCTAssertTrue(sources.contains(Self.repository.appendingPathComponent("Knowledge").path), sources)

        session.handle(":meer")
        let more = take()
        XCTAssertTrue(more.contains("[4] “"), more)
        XCTAssertFalse(more.contains("[1] “"))
        XCTAssertEqual(session.shown.count, 6)

        session.handle(":toon 2")
        let shown = take()
        let quote = session.shown[1]
        XCTAssertTrue(shown.contains(quote.text), shown)
        XCTAssertTrue(shown.contains("▶ "), "the quoted passage is marked")

        session.handle(":toon 99")
        XCTAssertTrue(take().contains("Kies een citaat van 1 tot 6"))
    }

    func testNewForgetsTheConversationAndExitEnds() {
        session.handle("kan je clonazepam combineren met MDMA?")
        _ = take()
        XCTAssertEqual(session.conversation.answers.count, 1)
        session.handle(":nieuw")
        XCTAssertTrue(take().contains("Nieuw gesprek"))
        XCTAssertEqual(session.conversation.answers.count, 0)
        XCTAssertTrue(session.shown.isEmpty)
        XCTAssertFalse(session.handle(":exit"))
    }

    func testRunReadsUntilTheEndAndRemembersLines() {
        final class Script: LineReader {
            var lines: [LineReadResult]
            var remembered: [String] = []
            init(_ lines: [LineReadResult]) { self.lines = lines }
            var isInteractive: Bool { true }
            func readLine(prompt: String) -> LineReadResult { lines.isEmpty ? .end : lines.removeFirst() }
            func remember(_ line: String) { remembered.append(line) }
        }
        let script = Script([.line("Is clonazepam een benzodiazepine?"), .interrupted, .line(""), .line(":exit"),
                             .line("nooit gelezen")])
        session.run(reader: script)
        XCTAssertEqual(script.remembered, ["Is clonazepam een benzodiazepine?", ":exit"])
        XCTAssertEqual(script.lines, [.line("nooit gelezen")], ":exit ends the session")
        XCTAssertTrue(take().contains("Typ :help"))
    }
}
