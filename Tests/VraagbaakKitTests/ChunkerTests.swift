import Foundation
import XCTest
@testable import VraagbaakKit

final class ChunkerTests: XCTestCase {
    func load(_ directory: KnowledgeTestDirectory, _ name: String, _ text: String) throws -> (Document, URL) {
        let url = try directory.write(name, text)
        let (files, _) = try directory.folder.scan()
        let file = try XCTUnwrap(files.first { $0.relativePath == name })
        return (try XCTUnwrap(directory.folder.load(file).document), url)
    }

    func sentence(_ index: Int) -> String {
        "Zin \(index) beschrijft hoe clonazepam werkt en waarom de dosis ertoe doet."
    }

    func testParagraphsAreGroupedUpToTheTargetWithinASection() throws {
        let directory = try KnowledgeTestDirectory()
        let paragraphs = (0..<6).map { index in (0..<3).map { sentence(index * 3 + $0) }.joined(separator: " ") }
        let text = "# Een\n\n" + paragraphs[0..<4].joined(separator: "\n\n") + "\n\n# Twee\n\n" + paragraphs[4...].joined(separator: "\n\n") + "\n"
        let (document, url) = try load(directory, "groepen.md", text)
        let passages = Chunker(targetLength: 500, maximumLength: 1000).passages(of: document)
        // Each paragraph is about 230 characters: two fit within 500, three do not.
        XCTAssertEqual(passages.map(\.section), ["Een", "Een", "Twee"])
        XCTAssertEqual(passages.map(\.ordinal), [0, 1, 2])
        XCTAssertEqual(passages[0].text, paragraphs[0] + "\n\n" + paragraphs[1])
        XCTAssertEqual(passages[2].text, paragraphs[4] + "\n\n" + paragraphs[5])
        XCTAssertEqual(passages.map(\.lines), [3...5, 7...9, 13...15])
        try assertPassagesMatchFile(passages, file: url)
    }

    func testNoPassageCrossesASectionOrPost() throws {
        let directory = try KnowledgeTestDirectory()
        let text = "---\nkind: forum\n---\nKop van de draad.\n\n## Vraag\nKort?\n\n## Antwoord 1\nJa.\n\n## Antwoord 2\nNee.\n"
        let (document, url) = try load(directory, "draad.md", text)
        let passages = Chunker().passages(of: document)
        XCTAssertEqual(passages.map(\.text), ["Kop van de draad.", "Kort?", "Ja.", "Nee."])
        XCTAssertEqual(passages.map(\.section), [nil, "Vraag", "Antwoord 1", "Antwoord 2"])
        XCTAssertEqual(passages.map(\.lines), [4...4, 7...7, 10...10, 13...13])
        XCTAssertEqual(passages.map(\.isOpeningPost), [false, true, false, false], "the thread's header is no post")
        try assertPassagesMatchFile(passages, file: url)
    }

    func testLongParagraphIsSplitAtSentenceEndsWithCorrectLines() throws {
        let directory = try KnowledgeTestDirectory()
        // One paragraph of 30 sentences, two per line, with abbreviations that are no sentence ends.
        var lines: [String] = []
        for index in stride(from: 0, to: 30, by: 2) {
            lines.append(sentence(index) + " Dit geldt o.a. voor dr. Jansen, bijv. bij 2 mg. per dag en " + "\(index + 1) keer.")
        }
        let paragraph = lines.joined(separator: "\n")
        let (document, url) = try load(directory, "lang.txt", "Titel van de tekst\n\n" + paragraph + "\n")
        let chunker = Chunker(targetLength: 400, maximumLength: 800)
        let passages = chunker.passages(of: document)
        XCTAssertGreaterThan(passages.count, 3)
        for passage in passages {
            XCTAssertLessThanOrEqual(passage.text.unicodeScalars.count, 800)
            XCTAssertTrue(passage.text.hasPrefix("Zin ") || passage.text.hasPrefix("Dit geldt"), passage.text)
            XCTAssertTrue(passage.text.hasSuffix("keer.") || passage.text.hasSuffix("ertoe doet."), passage.text)
            XCTAssertFalse(passage.text.hasPrefix("Jansen") || passage.text.hasPrefix("per dag"))
        }
        // Together the passages cover every sentence, in order.
        XCTAssertEqual(passages.map(\.text).joined(separator: " ").replacingOccurrences(of: "\n", with: " "),
                       paragraph.replacingOccurrences(of: "\n", with: " "))
        try assertPassagesMatchFile(passages, file: url)
    }

    func testSentenceLongerThanMaximumStaysWhole() throws {
        let long = "Deze zin is erg lang " + String(repeating: "en gaat maar door ", count: 100) + "tot hier."
        let text = "Titel\n\nKorte zin. " + long + " Nog een korte zin."
        let (document, _) = KnowledgeFolder.parse(bytes: Array(text.utf8), source: "x.txt")
        let passages = Chunker(targetLength: 200, maximumLength: 400).passages(of: try XCTUnwrap(document))
        XCTAssertEqual(passages.map(\.text), ["Korte zin.", long, "Nog een korte zin."])
    }

    func testLongListIsSplitBetweenItems() throws {
        let items = (0..<12).map { " • Bron \($0): Jansen J. Een studie. Tijdschrift. 2020;1(2):3-4. doi: 10.1000/\($0). PMID: 1234\($0)." }
        let text = "Titel\n\n" + items.joined(separator: "\n")
        let (document, _) = KnowledgeFolder.parse(bytes: Array(text.utf8), source: "x.txt")
        let passages = Chunker(targetLength: 300, maximumLength: 600).passages(of: try XCTUnwrap(document))
        XCTAssertGreaterThan(passages.count, 1)
        for passage in passages {
            XCTAssertTrue(passage.text.hasPrefix("• Bron "), passage.text)
            XCTAssertTrue(passage.text.hasSuffix("."), passage.text)
        }
        XCTAssertEqual(passages.map { $0.lines.count }.reduce(0, +), 12)
    }

    func testShortLabelStartsAPassageAndShortLeadInJoinsTheNext() throws {
        let long = (0..<8).map(sentence).joined(separator: " ")   // ~600 characters
        let text = "# Kop\n\n\(long)\n\nTussenkop zonder punt\n\n\(long)\n\nLet op:\n\n\(long)\n"
        let (document, _) = KnowledgeFolder.parse(bytes: Array(text.utf8), source: "x.md")
        let passages = Chunker().passages(of: try XCTUnwrap(document))
        XCTAssertEqual(passages.map(\.text), [long, "Tussenkop zonder punt\n\n" + long, "Let op:\n\n" + long])
    }

    func testAPassageEndingInAColonCarriesTheShortUnitItAnnounces() throws {
        let directory = try KnowledgeTestDirectory()
        let long = (0..<8).map(sentence).joined(separator: " ")   // ~600 characters
        let longer = (0..<12).map(sentence).joined(separator: " ")   // ~900 characters
        let text = "# Kop\n\n\(long)\n\nGeef de opdracht:\n\nmake deb-pkg\n\n\(long)\n\n\(long) Volg deze stappen:\n\n\(longer)\n\n"
            + "Tot slot:\n\n# Andere kop\n\nkorte regel\n"
        let (document, url) = try load(directory, "opdracht.md", text)
        let passages = Chunker().passages(of: document)
        try assertPassagesMatchFile(passages, file: url)
        XCTAssertEqual(passages.map(\.text).prefix(3), [long, "Geef de opdracht:", "make deb-pkg\n\n" + long])
        // The command opens a passage of its own (a short line without a sentence end) and is the announcer's continuation.
        XCTAssertEqual(passages[1].continuation, Passage.Continuation(text: "\n\nmake deb-pkg", lastLine: 7))
        XCTAssertTrue(text.contains(passages[1].text + (passages[1].continuation?.text ?? "")))
        // Not a unit too long to quote, and not across a section.
        let announcers = passages.filter { $0.text.hasSuffix(":") }
        XCTAssertEqual(announcers.map { $0.text.split(separator: " ").suffix(2).joined(separator: " ") },
                       ["de opdracht:", "deze stappen:", "doet.\n\nTot slot:"])
        XCTAssertEqual(announcers.map { $0.continuation == nil }, [false, true, true])
    }
}
