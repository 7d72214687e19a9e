/// An FTS5 MATCH expression built from analyzed words only: user text never reaches MATCH syntax.
///
///     FTSQuery(words: ["clonazepam", "mdma"]).matchExpression  // "clonazepam" OR "mdma"
///
/// Each word is a normalized word from ``WordScanner`` (letters and digits only), quoted as an
/// FTS5 string; the table's tokenizer then stems it exactly as it stemmed the documents.
/// Alternatives for one concept (synonyms, compound parts) form a group: `("rivotril" OR "clonazepam")`.
public struct FTSQuery: Sendable, Equatable {
    /// Each group is one concept of the question, with its alternative spellings.
    public var groups: [[String]]

    public init(groups: [[String]]) {
        self.groups = groups.map { $0.filter(Self.isSafeWord) }.filter { !$0.isEmpty }
    }

    public init(words: [String]) {
        self.init(groups: words.map { [$0] })
    }

    /// The MATCH expression, or nil when there is nothing to search for.
    public var matchExpression: String? {
        guard !groups.isEmpty else { return nil }
        return groups.map { group in
            let alternatives = group.map { "\"\($0)\"" }
            return alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
        }.joined(separator: " OR ")
    }

    /// Only words made of word characters may be quoted: no quote, no operator, no column filter.
    private static func isSafeWord(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy(WordScanner.isWordScalar)
    }
}
