/// One analyzed word: where it stands in the text and what it becomes.
public struct AnalyzedToken: Sendable, Equatable, Codable {
    /// The word as written.
    public var token: String
    /// Lowercased and NFC-composed.
    public var normalized: String
    /// The indexed term: the Snowball Dutch stem with diacritics folded away.
    public var term: String
    /// UTF-8 byte offsets into the analyzed text.
    public var start: Int
    public var end: Int
    /// Position among the words of the text (0-based).
    public var position: Int
}

/// The Dutch analysis chain that index and queries share:
/// words (``WordScanner``) → lowercase and NFC (``TermNormalizer``) → Snowball Dutch stem
/// (``DutchStemmer``) → diacritics folded.
///
///     let analyzer = DutchAnalyzer()
///     analyzer.analyze("Benzo's en paniekaanvallen").map(\.term)  // ["benzo", "en", "paniekaanval"]
///
/// Dutch word frequencies are steep, so each word's term is remembered: most words of a large text
/// are analyzed once. An analyzer is not thread-safe; give each thread (each SQLite connection) its own.
public final class DutchAnalyzer {
    private let stemmer = DutchStemmer()
    private var terms: [String: String] = [:]
    private let cacheLimit: Int

    public init(cacheLimit: Int = 200_000) {
        self.cacheLimit = cacheLimit
    }

    /// Every word of `text` with its analysis, for display and for query building.
    public func analyze(_ text: String) -> [AnalyzedToken] {
        var tokens: [AnalyzedToken] = []
        var text = text
        text.withUTF8 { bytes in
            forEachTerm(in: bytes) { term, range in
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                tokens.append(AnalyzedToken(
                    token: String(decoding: word, as: UTF8.self),
                    normalized: TermNormalizer.normalize(word),
                    term: term, start: range.lowerBound, end: range.upperBound,
                    position: tokens.count))
                return true
            }
        }
        return tokens
    }

    /// The index's hot path: calls `body` with each word's term and byte range; stops when it returns false.
    public func forEachTerm(in text: UnsafeBufferPointer<UInt8>, _ body: (String, Range<Int>) -> Bool) {
        WordScanner.forEachWord(in: text) { range in
            let term = term(of: UnsafeBufferPointer(rebasing: text[range]))
            // A lone combining mark folds away to nothing: no word to index.
            return term.isEmpty || body(term, range)
        }
    }

    /// The term of one word given as UTF-8 bytes.
    public func term(of word: UnsafeBufferPointer<UInt8>) -> String {
        let key = String(decoding: word, as: UTF8.self)
        if let known = terms[key] { return known }
        let term = uncachedTerm(of: word)
        if terms.count >= cacheLimit { terms.removeAll(keepingCapacity: true) }
        terms[key] = term
        return term
    }

    /// The term of one word, computed afresh (for ``TermCache``, which remembers terms as bytes).
    func uncachedTerm(of word: UnsafeBufferPointer<UInt8>) -> String {
        Self.computeTerm(TermNormalizer.normalize(word), stemmer: stemmer)
    }

    /// The term of a word that is already normalized.
    public func term(ofNormalized word: String) -> String {
        Self.computeTerm(word, stemmer: stemmer)
    }

    private static func computeTerm(_ normalized: String, stemmer: DutchStemmer) -> String {
        if normalized.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return normalized }
        return TermNormalizer.foldDiacritics(stemmer.stem(adverbialGenitives[normalized] ?? normalized))
    }

    /// The times of day and seasons Dutch says with an old genitive ("'s nachts", "'s avonds", also
    /// written "snachts"), as their noun: "zweet me 's nachts kapot" speaks of the night. Snowball
    /// keeps "nachts" and cuts "ochtends" to "ocht", so neither would meet "nacht" or "ochtend".
    private static let adverbialGenitives: [String: String] = {
        let nouns = ["nacht", "ochtend", "morgen", "middag", "avond", "zomer", "winter"]
        var table: [String: String] = [:]
        for noun in nouns {
            table[noun + "s"] = noun
            table["s" + noun + "s"] = noun
        }
        return table
    }()
}
