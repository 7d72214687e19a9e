import Foundation
import XCTest
@testable import VraagbaakKit

final class DutchStemmerTests: XCTestCase {
    private let stemmer = DutchStemmer()

    // MARK: Agreement with the Snowball reference (snowballstemmer 3.1.1)

    /// A committed sample that reaches every branch of the reference
    /// implementation: hand-picked words, a coverage-driven selection, all
    /// one- and two-letter words and a seeded random sample of the vocabulary.
    func testSampleFixtureAgreesWithSnowball() throws {
        let url = try XCTUnwrap(
            Bundle.module.url(
                forResource: "snowball-dutch-sample", withExtension: "tsv", subdirectory: "Fixtures"),
            "missing fixture Fixtures/snowball-dutch-sample.tsv")
        let pairs = try Self.loadPairs(from: url)
        XCTAssertGreaterThan(pairs.count, 2_500)
        assertAgreement(pairs, source: "snowball-dutch-sample.tsv")
    }

    /// The full reference vocabulary, when the shared data sits beside the checkout.
    func testFullReferenceVocabularyAgreesWithSnowball() throws {
        let repo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // VraagbaakKitTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // the checkout
        let url = repo.deletingLastPathComponent()
            .appendingPathComponent("shared/analysis/snowball-dutch-vocabulary.tsv")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("reference vocabulary not found at \(url.path)")
        }
        let pairs = try Self.loadPairs(from: url)
        XCTAssertGreaterThan(pairs.count, 300_000)
        assertAgreement(pairs, source: url.lastPathComponent)
    }

    // MARK: Characteristic words (expected stems taken from snowballstemmer 3.1.1)

    func testPluralsAndVowelLengthening() {
        assertStems([
            "lopen": "loop", "katten": "kat", "huizen": "huis", "boeken": "boek",
            "wolven": "wolf", "leraren": "leraar", "kinderen": "kinder", "geven": "geef",
            "ijzeren": "ijzeer",
        ])
    }

    func testDiminutives() {
        assertStems([
            "boompje": "boom", "meisje": "meis", "tuintje": "tuin", "koninkje": "koon",
            "zachtjes": "zacht",
        ])
    }

    func testDerivationalSuffixes() {
        assertStems([
            "universiteit": "univers", "naties": "natie", "filosofie": "filosoof",
            "vergadering": "vergader", "nieuwsgierigheid": "nieuwsgier",
            "vriendelijkheden": "vriendelijk", "traditioneel": "traditie",
            "positieve": "positief", "ijzig": "ijs",
        ])
    }

    func testGePrefixAndInfix() {
        assertStems([
            "gezegd": "zeg", "gemaakt": "maak", "gekocht": "kocht", "gegeven": "geef",
            "opgelost": "oplos", "ingewikkeld": "inwikkel", "aangekomen": "aankoom",
            "gevoeligheden": "voel",
        ])
    }

    /// Exceptions the algorithm adds to keep unrelated words apart.
    func testLexicalExceptions() {
        assertStems([
            "schilderij": "schilder", "schild": "schild",  // not conflated
            "innen": "inn", "geïnd": "inn", "innig": "innig", "in": "in",
            "geënt": "ent",
            "geeft": "geef", "gevallen": "geval", "gevaren": "gevaar",
            "gevalideerd": "valideer",
        ])
    }

    func testDiacriticsApostrophesAndShortWords() {
        assertStems([
            "cafés": "café", "ideeën": "ideeën", "financiële": "financieel",
            "geëerd": "eer", "overgeërfd": "overerf", "coöperatie": "coöpereer",
            "auto's": "auto", "baby'tje": "baby",
            "": "", "a": "a", "e": "e", "ge": "ge", "ijs": "ijs", "pass": "pas",
        ])
    }

    func testScalarEntryPointMatchesStringEntryPoint() {
        for word in ["gevoeligheden", "financiële", "lopen", "a", ""] {
            var scalars = Array(word.unicodeScalars)
            stemmer.stem(scalars: &scalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            XCTAssertEqual(String(view), stemmer.stem(word), word)
        }
    }

    // MARK: Helpers

    private func assertStems(
        _ expected: KeyValuePairs<String, String>, file: StaticString = #filePath, line: UInt = #line
    ) {
        for (word, stem) in expected {
            XCTAssertEqual(stemmer.stem(word), stem, "stem of \"\(word)\"", file: file, line: line)
        }
    }

    private func assertAgreement(
        _ pairs: [(word: String, stem: String)], source: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        var disagreements: [String] = []
        var count = 0
        for (word, expected) in pairs {
            let actual = stemmer.stem(word)
            guard actual != expected else { continue }
            count += 1
            if disagreements.count < 20 {
                disagreements.append("\(word): expected \(expected), got \(actual)")
            }
        }
        if count > 0 {
            XCTFail(
                "\(count) of \(pairs.count) stems disagree with \(source); first ones:\n"
                    + disagreements.joined(separator: "\n"),
                file: file, line: line)
        }
    }

    /// Reads `word<TAB>stem` lines; empty lines and lines starting with `#` are skipped.
    private static func loadPairs(from url: URL) throws -> [(word: String, stem: String)] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var pairs: [(word: String, stem: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
            }
            pairs.append((String(fields[0]), String(fields[1])))
        }
        return pairs
    }
}
