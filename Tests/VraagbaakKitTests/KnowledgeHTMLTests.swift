import Foundation
import XCTest
@testable import VraagbaakKit

final class KnowledgeHTMLTests: XCTestCase {
    func parse(_ html: String, warnings expected: [String] = []) throws -> Document {
        let (document, warnings) = KnowledgeFolder.parse(bytes: Array(html.utf8), source: "pagina.html")
        XCTAssertEqual(warnings.map(\.message), expected)
        return try XCTUnwrap(document)
    }

    func texts(_ document: Document, _ section: Int) -> [String] {
        document.sections[section].paragraphs.map { document.text(of: $0) }
    }

    func testTitleSectionsEntitiesAndSkippedContent() throws {
        let html = """
        <!DOCTYPE html>
        <html><head>
        <title>Clonazepam &amp; MDMA</title>
        <style>p { color: red; }</style>
        <script>var x = "<p>geen tekst</p>";</script>
        </head>
        <body>
        <!-- een opmerking <p>ook geen tekst</p> -->
        <h1>Over   clonazepam</h1>
        <p>Clonazepam is een
           benzodiazepine&nbsp;met een lange halfwaardetijd&hellip;</p>
        <p>Ge&iuml;nteresseerd? Pati&euml;nten &eacute;n artsen: &lt;lees&gt; &quot;dit&quot; &#233;&#xE9; &oacute;&#8212;klaar.</p>
        <h2>Bijwerkingen</h2>
        <ul><li>Slaperigheid</li><li>Duizeligheid<br>en vallen</li></ul>
        <script type="text/javascript">document.write("<h2>nep</h2>")</script>
        <table><tr><td>Dosis</td><td>0,5 mg</td></tr></table>
        </body></html>
        """
        let document = try parse(html)
        XCTAssertEqual(document.title, "Clonazepam & MDMA")
        XCTAssertEqual(document.sections.map(\.heading), ["Over clonazepam", "Bijwerkingen"])
        XCTAssertEqual(texts(document, 0), [
            "Clonazepam is een benzodiazepine met een lange halfwaardetijd…",
            "Geïnteresseerd? Patiënten én artsen: <lees> \"dit\" éé ó—klaar.",
        ])
        XCTAssertEqual(texts(document, 1), ["Slaperigheid", "Duizeligheid", "en vallen", "Dosis 0,5 mg"])
        XCTAssertEqual(document.sections[0].paragraphs.map(\.lines), [10...11, 12...12])
        XCTAssertEqual(document.sections[1].paragraphs.map(\.lines), [14...14, 14...14, 14...14, 16...16])
        XCTAssertFalse(document.body.contains("geen tekst"))
        XCTAssertFalse(document.body.contains("nep"))
        XCTAssertFalse(document.body.contains("color"))
        for passage in Chunker().passages(of: document) {
            XCTAssertTrue(document.body.contains(passage.text))
        }
    }

    func testTitleFallsBackToFirstH1ThenFileName() throws {
        XCTAssertEqual(try parse("<h2>Twee</h2><h1>Een &amp; ander</h1><p>Tekst.</p>").title, "Een & ander")
        XCTAssertEqual(try parse("<p>Alleen tekst.</p>").title, "pagina")
    }

    func testBrokenMarkupIsTolerated() throws {
        let html = """
        <html><body>
        <p>Als 3 < 5 en a<b dan <i>schuin
        <p>Ongesloten <b>vet <span class="x>Tekst met een losse quote.
        <h2>Kop zonder einde
        <p>Daarna gewone tekst &onbekend; &amp en &#99999999; klaar.
        <div>Laatste <!-- nooit gesloten commentaar
        <p>verdwijnt</p>
        """
        let document = try parse(html)
        XCTAssertEqual(document.sections.map(\.heading), [nil, "Kop zonder einde"])
        // "<b dan <i>" is one (odd) tag, as in a browser; "< 5" is text.
        XCTAssertEqual(texts(document, 0), ["Als 3 < 5 en aschuin", "Ongesloten vet Tekst met een losse quote."])
        XCTAssertEqual(texts(document, 1), ["Daarna gewone tekst &onbekend; & en \u{FFFD} klaar.", "Laatste"])
        XCTAssertEqual(document.sections[1].paragraphs.map(\.lines), [5...5, 6...6])
    }

    func testUnclosedTagAtTheEndIsText() throws {
        let document = try parse("<p>Tekst met een <open eind zonder sluitteken")
        XCTAssertEqual(texts(document, 0), ["Tekst met een <open eind zonder sluitteken"])
    }

    func testForumMetaMakesHeadingsPosts() throws {
        let html = """
        <html><head><meta name="kind" content="forum"><meta name="date" content="2024-05-01"><title>Draad</title></head>
        <body><p>Koptekst van het forum.</p>
        <h3>Vraag</h3><p>Mag dit samen?</p>
        <h3>Antwoord</h3><p>Liever niet.</p></body></html>
        """
        let document = try parse(html)
        XCTAssertEqual(document.kind, .forum)
        XCTAssertEqual(document.date, "2024-05-01")
        XCTAssertEqual(document.sections.map(\.isPost), [false, true, true])
        XCTAssertEqual(document.posts.map(\.heading), ["Vraag", "Antwoord"])
    }

    func testParagraphSpanningLinesKeepsLinesForPieces() throws {
        var html = "<html><body>\n<p>\n"
        for index in 0..<40 { html += "Zin nummer \(index) gaat over de werking van clonazepam in het lichaam.\n" }
        html += "</p></body></html>"
        let document = try parse(html)
        XCTAssertEqual(document.sections[0].paragraphs[0].lines, 3...42)
        let passages = Chunker(targetLength: 300, maximumLength: 600).passages(of: document)
        XCTAssertGreaterThan(passages.count, 4)
        XCTAssertEqual(passages.first?.lines.lowerBound, 3)
        XCTAssertEqual(passages.last?.lines.upperBound, 42)
        for (previous, next) in zip(passages, passages.dropFirst()) {
            XCTAssertEqual(previous.lines.upperBound + 1, next.lines.lowerBound)
            XCTAssertTrue(next.text.hasPrefix("Zin nummer \(next.lines.lowerBound - 3) "), next.text)
        }
    }

    func testPathologicalMarkupStaysLinear() throws {
        // Many "<a" without ">" and many unclosed quotes: must not go quadratic.
        let html = String(repeating: "<a href=\"x ", count: 100_000) + String(repeating: "tekst <b ", count: 100_000) + "<p>einde</p>"
        let start = Date()
        let (document, _) = KnowledgeFolder.parse(bytes: Array(html.utf8), source: "raar.html")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        XCTAssertNotNil(document)
    }
}
