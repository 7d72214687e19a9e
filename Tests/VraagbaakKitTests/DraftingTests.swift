import XCTest
@testable import VraagbaakKit

final class DraftingTests: XCTestCase {
    static let post = """
        Hoi allemaal,

        Ik gebruik sinds een paar maanden clonazepam (rivotril) voor mijn paniekaanvallen, meestal 's avonds een halve tablet. Over twee weken heb ik een MDMA-sessie gepland en nu twijfel ik of dat wel samen kan.

        Moet ik eerst stoppen met de clonazepam, en zo ja hoe lang van tevoren? Ik las ergens dat je niet zomaar mag stoppen.

        En nog een vraagje: ik drink in het weekend soms een paar biertjes, is dat een probleem met clonazepam?

        Alvast bedankt voor jullie reacties!
        """

    func testFindsDirectAndIndirectQuestionsInOrder() {
        let questions = PostSplitter.questions(in: Self.post).map(\.text)
        XCTAssertEqual(questions, [
            "Over twee weken heb ik een MDMA-sessie gepland en nu twijfel ik of dat wel samen kan.",
            "Moet ik eerst stoppen met de clonazepam, en zo ja hoe lang van tevoren?",
            "ik drink in het weekend soms een paar biertjes, is dat een probleem met clonazepam?",
        ])
    }

    func testAPostWithWindowsLineEndsSplitsTheSame() {
        let windows = Self.post.replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertEqual(PostSplitter.questions(in: windows).map(\.text), PostSplitter.questions(in: Self.post).map(\.text))
    }

    func testAQuestionKeepsWhatCameBefore() {
        let first = PostSplitter.questions(in: Self.post)[0]
        XCTAssertTrue(first.paragraphContext.contains("clonazepam (rivotril)"))
    }

    func testAPostWithoutAQuestionMarkIsOneQuestion() {
        XCTAssertEqual(PostSplitter.questions(in: "clonazepam en alcohol\n").map(\.text), ["clonazepam en alcohol"])
        XCTAssertEqual(PostSplitter.questions(in: "  \n").count, 0)
    }

    func testALateColonIsNoLeadIn() {
        XCTAssertEqual(PostSplitter.withoutLeadIn("Wat doet clonazepam bij mij als ik er drie neem: is dat veel?"),
                       "Wat doet clonazepam bij mij als ik er drie neem: is dat veel?")
        XCTAssertEqual(PostSplitter.withoutLeadIn("Vraagje: is dat veel of niet?"), "is dat veel of niet?")
    }

    func testTheSeedPostIsDraftedWithSourcesThatMatchItsQuotes() throws {
        let folder = try makeTemporaryFolder()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let base = try KnowledgeBase(knowledge: repository.appendingPathComponent("Knowledge"),
                                     indexURL: folder.url.appendingPathComponent("index.sqlite"))
        _ = try base.refresh()
        let draft = try Drafter(answerer: Answerer(index: base.index, prompts: .builtIn)).draft(Self.post)
        XCTAssertEqual(draft.items.count, 3)
        XCTAssertTrue(draft.items[0].answer.answered, "the combination question borrows clonazepam from its paragraph")
        XCTAssertTrue(draft.items[0].searched.contains("clonazepam"), draft.items[0].searched)
        XCTAssertTrue(draft.answered)

        let markdown = try ReplyRenderer(prompts: .builtIn).render(draft, as: .markdown)
        XCTAssertTrue(markdown.hasPrefix("Hoi! Bedankt voor je vragen."))
        XCTAssertTrue(markdown.contains("**Moet ik eerst stoppen met de clonazepam, en zo ja hoe lang van tevoren?**"))
        XCTAssertTrue(markdown.contains("**Bronnen**\n\n1. "))
        // Every "bron N" in the text has an entry N in the list.
        let cited = Set(markdown.components(separatedBy: "(bron ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) })
        let listed = Set(markdown.split(separator: "\n").compactMap { line in
            line.firstIndex(of: ".").flatMap { Int(line[..<$0]) } })
        XCTAssertFalse(cited.isEmpty)
        XCTAssertEqual(cited, listed)

        // "met de rivo": the question puts its one substance beside another, the xtc of its paragraph.
        let festival = try Drafter(answerer: Answerer(index: base.index, prompts: .builtIn)).draft(
            "Ik slik rivotril voor mn angst. Zaterdag nemen mijn vrienden xtc. Kan ik een pilletje nemen of is dat link met de rivo?")
        XCTAssertTrue(festival.items[0].searched.hasSuffix("(mdma)"), festival.items[0].searched)
        XCTAssertTrue(festival.answered)
        let sideEffects = try Drafter(answerer: Answerer(index: base.index, prompts: .builtIn)).draft(
            "Ik gebruik ook paracetamol. Wat zijn de bijwerkingen van rivotril?")
        XCTAssertEqual(sideEffects.items[0].searched, "Wat zijn de bijwerkingen van rivotril?", "no combination asked")

        let bbcode = try ReplyRenderer(prompts: .builtIn).render(draft, as: .bbcode)
        XCTAssertEqual(bbcode.components(separatedBy: "[quote]").count, bbcode.components(separatedBy: "[/quote]").count)
        XCTAssertTrue(bbcode.contains("[list=1]\n[*]"))
        XCTAssertTrue(bbcode.hasSuffix("[i]\(BuiltInPrompts.disclaimer)[/i]"))
    }
}
