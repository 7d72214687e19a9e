import Foundation
import XCTest
@testable import VraagbaakKit

final class KnowledgePlainTextTests: XCTestCase {
    func parse(_ text: String, source: String = "tekst.txt") throws -> Document {
        let (document, warnings) = KnowledgeFolder.parse(bytes: Array(text.utf8), source: source)
        XCTAssertEqual(warnings, [])
        return try XCTUnwrap(document)
    }

    func texts(_ document: Document, _ section: Int) -> [String] {
        document.sections[section].paragraphs.map { document.text(of: $0) }
    }

    func testFrontMatterGivesTitleKindDateAndIsNoParagraph() throws {
        let text = """
        ---
        title: "Over slaap: een \\"gids\\""
        kind: article
        date: '2024-01-31'
        source: https://example.org/slaap
        ---
        Slaap is belangrijk voor iedereen.
        """
        let document = try parse(text)
        XCTAssertEqual(document.title, "Over slaap: een \"gids\"")
        XCTAssertEqual(document.kind, .article)
        XCTAssertEqual(document.date, "2024-01-31")
        XCTAssertEqual(document.sections.count, 1)
        XCTAssertEqual(texts(document, 0), ["Slaap is belangrijk voor iedereen."])
        XCTAssertEqual(document.sections[0].paragraphs[0].lines, 7...7, "front matter lines still count")
    }

    func testTitleFallsBackToFirstLineWhichHeadsTheFirstSection() throws {
        let document = try parse("\n\nClonazepam en slaap\n\nClonazepam werkt kalmerend. Het helpt soms bij slapeloosheid.\n")
        XCTAssertEqual(document.title, "Clonazepam en slaap")
        XCTAssertEqual(document.sections.map(\.heading), ["Clonazepam en slaap"])
        XCTAssertEqual(texts(document, 0), ["Clonazepam werkt kalmerend. Het helpt soms bij slapeloosheid."])
    }

    func testLongFirstLineIsTextAndAShortenedTitle() throws {
        let first = "Dit is een lange eerste zin die gewoon tekst is en geen titel, want hij eindigt met een punt en loopt maar door."
        let document = try parse(first + "\n\nTweede alinea.")
        XCTAssertTrue(document.title.hasSuffix("…"))
        XCTAssertTrue(first.hasPrefix(String(document.title.dropLast())))
        XCTAssertEqual(texts(document, 0), [first, "Tweede alinea."])
        XCTAssertNil(document.sections[0].heading)
    }

    func testUnknownKindWarns() throws {
        let (document, warnings) = KnowledgeFolder.parse(bytes: Array("---\nkind: blog\n---\nTekst.".utf8), source: "x.txt")
        XCTAssertEqual(document?.kind, .article)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].message.contains("blog"))
    }

    func testDashesWithoutKeyValuesAreNoFrontMatter() throws {
        let document = try parse("---\nDit is gewoon tekst tussen strepen.\n---\nEn meer tekst.")
        XCTAssertEqual(document.title, "Dit is gewoon tekst tussen strepen.")
        XCTAssertEqual(texts(document, 0), ["---\nDit is gewoon tekst tussen strepen.\n---\nEn meer tekst."])
    }

    func testHeadingsAreDetectedHeuristically() throws {
        let text = """
        Medicijnen en alcohol

        Laatste update: 13 juni, 2022

        Dit artikel gaat over medicijnen. Het is algemeen bedoeld.

        Wat zijn de risico's?

        Alcohol versterkt de werking van veel middelen. Wees voorzichtig.

        Let op het volgende:

        • Drink geen alcohol.
        • Vraag je arts.

        Tot slot

        Kort
        Nog een regel

        Bronnen
        """
        let document = try parse(text)
        XCTAssertEqual(document.sections.map(\.heading), ["Medicijnen en alcohol", "Wat zijn de risico's?", "Tot slot"])
        XCTAssertEqual(texts(document, 0), ["Laatste update: 13 juni, 2022", "Dit artikel gaat over medicijnen. Het is algemeen bedoeld."])
        // A line ending in ":" is no heading, nor is a list; a last short line has no paragraph after it.
        XCTAssertEqual(texts(document, 1), [
            "Alcohol versterkt de werking van veel middelen. Wees voorzichtig.",
            "Let op het volgende:",
            "• Drink geen alcohol.\n• Vraag je arts.",
        ])
        XCTAssertEqual(texts(document, 2), ["Kort\nNog een regel", "Bronnen"])
    }

    func testTwoHeadingCandidatesInARowAreNotHeadings() throws {
        let document = try parse("Titel van de tekst\n\nEerste korte regel\n\nTweede korte regel\n\nEen echte alinea met tekst.")
        XCTAssertEqual(document.sections.map(\.heading), ["Titel van de tekst", "Tweede korte regel"])
        XCTAssertEqual(texts(document, 0), ["Eerste korte regel"])
    }

    func testATXHeadingsInPlainText() throws {
        let document = try parse("Inleiding die lang genoeg is om tekst te zijn, met een komma, en een punt.\n# Deel een\nTekst een.\n\n## Deel twee ##\nTekst twee.")
        XCTAssertEqual(document.sections.map(\.heading), [nil, "Deel een", "Deel twee"])
        XCTAssertEqual(texts(document, 2), ["Tekst twee."])
        XCTAssertEqual(document.sections[2].paragraphs[0].lines, 6...6)
    }

    func testForumInPlainTextUsesOnlyMarkedHeadingsForPosts() throws {
        let text = """
        ---
        kind: forum
        title: Vraag over slaap
        ---
        Vraag over slaap

        # Vraag
        Hoe slaap ik beter?

        Korte regel

        Een alinea in de vraag.

        # Antwoord
        Ga op tijd naar bed.
        """
        let document = try parse(text)
        XCTAssertEqual(document.kind, .forum)
        // The title line heads the thread header, which is no post.
        XCTAssertEqual(document.sections.map(\.heading), ["Vraag over slaap", "Vraag", "Antwoord"])
        XCTAssertEqual(document.sections.map(\.isPost), [false, true, true])
        XCTAssertEqual(document.posts.count, 2)
        XCTAssertEqual(texts(document, 1), ["Hoe slaap ik beter?", "Korte regel", "Een alinea in de vraag."])
    }

    func testHeadingCandidateRules() {
        XCTAssertTrue(PlainTextParser.isHeadingCandidate("Clonazepam werkingsmechanisme", relaxed: false))
        XCTAssertTrue(PlainTextParser.isHeadingCandidate("Onder welke omstandigheden wordt dit middel voorgeschreven?", relaxed: false))
        XCTAssertFalse(PlainTextParser.isHeadingCandidate("Laatste update: 13 juni, 2022", relaxed: false))
        XCTAssertFalse(PlainTextParser.isHeadingCandidate("Daarom is het volgende van belang:", relaxed: false))
        XCTAssertFalse(PlainTextParser.isHeadingCandidate("kleine letter aan het begin", relaxed: false))
        XCTAssertFalse(PlainTextParser.isHeadingCandidate("• Een opsomming", relaxed: false))
        XCTAssertFalse(PlainTextParser.isHeadingCandidate("1. Een genummerd punt", relaxed: false))
        XCTAssertFalse(PlainTextParser.isHeadingCandidate("Zie https://example.org", relaxed: false))
        XCTAssertFalse(PlainTextParser.isHeadingCandidate("Stop. Nu meteen", relaxed: false))
        XCTAssertFalse(PlainTextParser.isHeadingCandidate(String(repeating: "Woord ", count: 13), relaxed: false))
    }

    /// The ASCII fast path of `isHeadingCandidate` must decide exactly as the Character path.
    func testASCIIHeadingCandidateMatchesCharacterPath() {
        let tricky = [
            "", "A", "Ab", "ab", "1.", "1. Item", "12) Punt", "12345. Vijf cijfers", "a) Optie", "A. Optie",
            "a.b", "- Streep", "-Streep", "* Ster", "+ Plus", "> Citaat", "Zie www.example.org", "WWW.example.org",
            "Www.x", "http://x", "Stop. Nu", "Waarom? Daarom", "Ja! Nee", "Klaar.", "Label:", "Lijst;", "Komma,",
            "Versie: 7", "Versie 7: nu", "Tijd:\t12", "\"Citaat\" kop", "Tab\tgescheiden\twoorden",
            "Twee  spaties", "Eind ", " Begin", "9 levens", String(repeating: "Woord ", count: 12) + "x",
            String(repeating: "x", count: 90), String(repeating: "x", count: 91), String(repeating: "x", count: 150),
            "Tekst opmaken", "Kies Opmaak - Cel", "1)", "a)", "ab)", "1.x", "1.\tTab",
        ]
        var generator = SplitMix(seed: 5)
        let pieces = ["A", "b", "Z", "z", "1", "0", " ", "\t", ".", ":", ";", ",", "?", "!", ")", "(", "-", "*", "+",
                      ">", "\"", "/", "w", "W", "Kop", "tekst", "://", "www.", ". ", "? ", "! ", "12", "a)"]
        var lines = tricky
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 16)
            lines.append((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for line in lines {
            for relaxed in [false, true] {
                let bytes = Array(line.utf8)
                let fast = bytes.withUnsafeBufferPointer { buffer -> Bool? in
                    ASCIIHeadingCandidate.applies(to: buffer) ? ASCIIHeadingCandidate.test(buffer, relaxed: relaxed) : nil
                }
                XCTAssertEqual(fast, PlainTextParser.isHeadingCandidateOfCharacters(line, relaxed: relaxed),
                               "\(line.debugDescription), relaxed: \(relaxed)")
                XCTAssertEqual(bytes.withUnsafeBufferPointer(ASCIIHeadingCandidate.isListItem),
                               PlainTextParser.isListItem(line), line.debugDescription)
            }
        }
    }
}

/// A small seeded generator, so the random lines are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
