import XCTest
@testable import VraagbaakKit

final class TermCacheTests: XCTestCase {
    private struct Term: Equatable {
        var term: String
        var range: Range<Int>
    }

    /// Text that exercises each step of the chain: case, diacritics (composed and decomposed),
    /// apostrophe-s, hyphens, digits, non-Latin scripts, a lone combining mark, emoji, words at
    /// and over the length limit, and repeats (cache hits).
    private let text = """
        Benzo's en MDMA-sessies: GEÏNTERESSEERD in ademhalingsdepressie, paniekaanvallen, \
        vóór géén financiële ideeën, cafe\u{301}s, coöperatie, gevallen, ingewikkeld, 0,5 mg CYP3A4! \
        Straße ΣΊΣΥΦΟΣ Москва 東京 😀 \u{07EC} ĲSSELMEER ijsselmeer İstanbul \
        \(String(repeating: "a", count: WordScanner.maximumWordLength)) \
        \(String(repeating: "b", count: WordScanner.maximumWordLength + 1)) \
        \(String(repeating: "ö", count: 32)) \
        benzo's Benzo BENZO paniekaanvallen Paniekaanval gevallen 112 0800 x.
        """

    private func analyzerTerms(_ text: String) -> [Term] {
        var text = text
        var terms: [Term] = []
        text.withUTF8 { bytes in
            DutchAnalyzer().forEachTerm(in: bytes) { term, range in
                terms.append(Term(term: term, range: range))
                return true
            }
        }
        return terms
    }

    private func cachedTerms(_ text: String, cache: TermCache) -> [Term] {
        var text = text
        var terms: [Term] = []
        text.withUTF8 { bytes in
            cache.forEachTerm(in: bytes) { term, range in
                terms.append(Term(term: String(decoding: term, as: UTF8.self), range: range))
                return true
            }
        }
        return terms
    }

    func testGivesTheAnalyzersTermsAndOffsets() {
        let expected = analyzerTerms(text)
        XCTAssertGreaterThan(expected.count, 30)
        let cache = TermCache()
        // The first pass fills the cache, the second answers from it.
        XCTAssertEqual(cachedTerms(text, cache: cache), expected)
        XCTAssertEqual(cachedTerms(text, cache: cache), expected)
    }

    func testATinyCacheThatEmptiesItselfGivesTheSameTerms() {
        let expected = analyzerTerms(text)
        for capacity in [1, 2, 3, 7] {
            let cache = TermCache(capacity: capacity)
            XCTAssertEqual(cachedTerms(text, cache: cache), expected, "capacity \(capacity)")
            XCTAssertEqual(cachedTerms(text, cache: cache), expected, "capacity \(capacity)")
        }
    }

    func testManyDistinctWordsOverflowingTheCache() {
        // More words than the cache holds, and words whose hashes collide in a small table.
        let words = (0..<3000).map { "woord\($0)en geval\($0)len Ärger\($0)" }.joined(separator: " ")
        let expected = analyzerTerms(words)
        let cache = TermCache(capacity: 1000)
        XCTAssertEqual(cachedTerms(words, cache: cache), expected)
        XCTAssertEqual(cachedTerms(words, cache: cache), expected)
    }

    func testStopsWhenTheBodySaysSo() {
        var text = "een twee drie"
        var seen = 0
        text.withUTF8 { bytes in
            TermCache().forEachTerm(in: bytes) { _, _ in
                seen += 1
                return seen < 2
            }
        }
        XCTAssertEqual(seen, 2)
    }
}
