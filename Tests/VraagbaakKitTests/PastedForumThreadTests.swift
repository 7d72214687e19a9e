import Foundation
import XCTest
@testable import VraagbaakKit

/// A forum thread copied from its web page: its posts, without the page's furniture.
final class PastedForumThreadTests: XCTestCase {
    private let page = """
        Valeriaan en alcohol, kan dat?
        \u{A0}
        Meldingen
        Alles wissen
        3 Berichten
        12 Bekeken
        0
        Topic starter
        slaaploos_sam
        (@slaaploos_sam)
        Geplaatst: 02/11/2026 01:48

        Ik neem valeriaan om te slapen. Mag ik er een biertje bij?

        Onderwerp trefwoorden
        valeriaan alcohol
        2 antwoorden
        0

        kruidenvrouw
        (@kruidenvrouw)
        Geplaatst: 02/11/2026 02:11

        Valeriaan en alcohol maken je allebei slaperig.

        Doe het liever niet.

        4

        Apotheker_An
        (@apotheker_an)
        Geplaatst: 02/11/2026 09:15

        Samen versterken ze elkaar.
        """

    private func parse(_ text: String, source: String) throws -> Document {
        let (document, warnings) = KnowledgeFolder.parse(bytes: Array(text.utf8), source: source)
        XCTAssertEqual(warnings, [])
        return try XCTUnwrap(document)
    }

    func testAPastedPageIsAThreadOfPostsWithoutItsFurniture() throws {
        for source in ["forum/valeriaan.txt", "forum/valeriaan.md"] {
            let document = try parse(page, source: source)
            XCTAssertEqual(document.kind, .forum, source)
            XCTAssertEqual(document.title, "Valeriaan en alcohol, kan dat?", source)
            XCTAssertEqual(document.posts.map(\.heading), ["Bericht 1", "Bericht 2", "Bericht 3"], source)
            XCTAssertEqual(document.posts.map { $0.paragraphs.map(document.text(of:)) }, [
                ["Ik neem valeriaan om te slapen. Mag ik er een biertje bij?"],
                ["Valeriaan en alcohol maken je allebei slaperig.", "Doe het liever niet."],
                ["Samen versterken ze elkaar."],
            ], source)
            XCTAssertEqual(document.sections.count, document.posts.count + 1, source)
            XCTAssertEqual(document.sections.first?.heading, "Valeriaan en alcohol, kan dat?", source)
            XCTAssertEqual(document.sections.first?.paragraphs, [], "the title heads the thread; nothing else is outside a post (\(source))")
        }
    }

    func testACounterOverTheNextPostersNameEndsAPost() throws {
        let document = try parse("""
            Valeriaan en alcohol, kan dat?
            2 Berichten
            Topic starter

            Mag ik valeriaan met een biertje nemen?

            Onderwerp trefwoorden
            1 antwoorden
            3
            kruidenvrouw

            Liever niet: ze maken je allebei slaperig.
            """, source: "forum/valeriaan.md")
        XCTAssertEqual(document.posts.map { $0.paragraphs.map(document.text(of:)) },
                       [["Mag ik valeriaan met een biertje nemen?"], ["Liever niet: ze maken je allebei slaperig."]])
    }

    func testAPostsCounterRightUnderItsTextLosesNoText() throws {
        let tight = page.replacingOccurrences(of: "Doe het liever niet.\n\n4\n", with: "Doe het liever niet.\n4\n")
        let document = try parse(tight, source: "forum/valeriaan.txt")
        XCTAssertEqual(document.posts.map { $0.paragraphs.map(document.text(of:)) }, [
            ["Ik neem valeriaan om te slapen. Mag ik er een biertje bij?"],
            ["Valeriaan en alcohol maken je allebei slaperig.", "Doe het liever niet.\n4"],
            ["Samen versterken ze elkaar."],
        ])
    }

    func testTheOpeningQuestionsFirstReplyAnswersFirst() throws {
        let folder = try makeTemporaryFolder()
        try folder.write(page, to: "kennis/forum/valeriaan.txt")
        let answer = try folder.indexedAnswerer().answer("mag ik een biertje bij mijn valeriaan?")
        let firstReply = try XCTUnwrap(answer.ranking.first { $0.passage.section == "Bericht 2" })
        XCTAssertGreaterThan(firstReply.features.firstReply, 0, "the opening question is the thread's question")
    }

    func testAThreadWrittenOutOpensEachPostWithItsWriter() throws {
        let document = try parse("""
            # Valeriaan en alcohol, kan dat?

            **slaaploos_sam** schreef:
            Mag ik valeriaan met een biertje nemen?

            **kruidenvrouw** schreef:
            Liever niet: ze maken je allebei slaperig.
            Drink dan water.
            **Apotheker_An** schreef:
            Samen versterken ze elkaar.
            """, source: "forum/valeriaan.md")
        XCTAssertEqual(document.kind, .forum)
        XCTAssertEqual(document.title, "Valeriaan en alcohol, kan dat?")
        XCTAssertEqual(document.posts.map(\.heading), ["**slaaploos_sam** schreef:", "**kruidenvrouw** schreef:", "**Apotheker_An** schreef:"])
        XCTAssertEqual(document.posts.map { $0.paragraphs.map(document.text(of:)) }, [
            ["Mag ik valeriaan met een biertje nemen?"],
            ["Liever niet: ze maken je allebei slaperig.\nDrink dan water."],
            ["Samen versterken ze elkaar."],
        ])
        XCTAssertEqual(Chunker().passages(of: document).map(\.isOpeningPost), [true, false, false])
    }

    func testOneWriterQuotedInAnArticleMakesNoThread() throws {
        let document = try parse("Slaap\n\nDe apotheker schreef:\nValeriaan helpt soms.\n", source: "artikelen/slaap.txt")
        XCTAssertEqual(document.kind, .article)
    }

    func testFrontMatterSaysWhatKindOfTextItIs() throws {
        let document = try parse("---\nkind: article\n---\n" + page, source: "forum/valeriaan.txt")
        XCTAssertEqual(document.kind, .article)
        XCTAssertTrue(document.sections.flatMap(\.paragraphs).map(document.text(of:)).contains { $0.hasPrefix("Meldingen") })
    }

    func testAnArticleWithACounterLineStaysAnArticle() throws {
        let document = try parse("Slaap\n\nValeriaan helpt soms.\n\n2\n\nMelatonine ook.\n", source: "artikelen/slaap.txt")
        XCTAssertEqual(document.kind, .article)
        XCTAssertEqual(document.posts, [])
    }
}
