import Foundation
import XCTest
@testable import VraagbaakKit

final class KnowledgeMarkdownTests: XCTestCase {
    func parse(_ text: String) throws -> Document {
        let (document, warnings) = KnowledgeFolder.parse(bytes: Array(text.utf8), source: "tekst.md")
        XCTAssertEqual(warnings, [])
        return try XCTUnwrap(document)
    }

    func texts(_ document: Document, _ section: Int) -> [String] {
        document.sections[section].paragraphs.map { document.text(of: $0) }
    }

    func testTitleFromFirstLevelOneHeadingAndSectionsFromHeadings() throws {
        let text = """
        Een inleiding **vet** voor de kop.

        # Slapen
        Tekst over *slaap*.

        ## Tips
        - Ga op tijd naar bed.
        - Geen schermen.

        Tweede alinea.
        """
        let document = try parse(text)
        XCTAssertEqual(document.title, "Slapen")
        XCTAssertEqual(document.kind, .article)
        XCTAssertEqual(document.sections.map(\.heading), [nil, "Slapen", "Tips"])
        XCTAssertEqual(texts(document, 0), ["Een inleiding **vet** voor de kop."], "markup stays verbatim")
        XCTAssertEqual(texts(document, 2), ["- Ga op tijd naar bed.\n- Geen schermen.", "Tweede alinea."])
        XCTAssertEqual(document.sections[2].paragraphs.map(\.lines), [7...8, 10...10])
    }

    func testFrontMatterTitleWinsAndFallbackIsFirstLine() throws {
        XCTAssertEqual(try parse("---\ntitle: Eigen titel\n---\n# Kop\n\nTekst.").title, "Eigen titel")
        XCTAssertEqual(try parse("Eerste regel\n\n## Kop twee\n\nTekst.").title, "Eerste regel")
        XCTAssertEqual(try parse("## Alleen een kop twee\n\nTekst.").title, "Alleen een kop twee")
    }

    func testForumThreadPostsAreSeparateSections() throws {
        let text = """
        ---
        title: Clonazepam met MDMA
        kind: forum
        ---
        Clonazepam met MDMA
        Meldingen

        ## Bericht 1 — topic starter
        Kan je Clonazepam combineren met MDMA?

        ## Antwoord 1
        Dat wordt afgeraden.

        Tweede alinea van antwoord 1.

        ## Antwoord 2
        Het hangt af van de dosis.
        """
        let document = try parse(text)
        XCTAssertEqual(document.kind, .forum)
        XCTAssertEqual(document.sections.map(\.isPost), [false, true, true, true])
        XCTAssertEqual(document.posts.map(\.heading), ["Bericht 1 — topic starter", "Antwoord 1", "Antwoord 2"])
        XCTAssertEqual(texts(document, 0), ["Clonazepam met MDMA\nMeldingen"])
        XCTAssertEqual(texts(document, 2), ["Dat wordt afgeraden.", "Tweede alinea van antwoord 1."])
        let passages = Chunker().passages(of: document)
        XCTAssertEqual(passages.map(\.section), [nil, "Bericht 1 — topic starter", "Antwoord 1", "Antwoord 2"])
        XCTAssertEqual(passages.map(\.isPost), [false, true, true, true])
        XCTAssertEqual(passages[2].text, "Dat wordt afgeraden.\n\nTweede alinea van antwoord 1.")
        XCTAssertEqual(passages[2].lines, 12...14)
    }

    func testFencedCodeIsOneParagraphAndHidesHeadings() throws {
        let text = "# Script\n\n```bash\n# geen kop\n\necho hallo\n```\nNa de code."
        let document = try parse(text)
        XCTAssertEqual(document.sections.map(\.heading), ["Script"])
        XCTAssertEqual(texts(document, 0), ["```bash\n# geen kop\n\necho hallo\n```", "Na de code."])
    }

    func testSetextHeadingsAndRulesAndHashtags() throws {
        let text = "Dosering\n========\n\nNeem er één.\n\n---\n\n#geen-kop maar tekst\n\nBijwerkingen\n---\nMisselijkheid."
        let document = try parse(text)
        XCTAssertEqual(document.title, "Dosering")
        XCTAssertEqual(document.sections.map(\.heading), ["Dosering", "Bijwerkingen"])
        XCTAssertEqual(texts(document, 0), ["Neem er één.", "#geen-kop maar tekst"], "a rule is no paragraph")
        XCTAssertEqual(texts(document, 1), ["Misselijkheid."])
    }

    func testEmptyHashLineIsDropped() throws {
        let document = try parse("# Kop\n#\nTekst.")
        XCTAssertEqual(document.sections.map(\.heading), ["Kop"])
        XCTAssertEqual(texts(document, 0), ["Tekst."])
    }
}
