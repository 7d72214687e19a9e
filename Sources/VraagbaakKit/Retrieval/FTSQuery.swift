/// An FTS5 MATCH expression built from index terms only: user text never reaches MATCH syntax.
///
///     FTSQuery(groups: [[.phrase(["clonazepam"]), .phrase(["rivotril"])], [.phrase(["mdma"])]])
///         .matchExpression  // ("\u{1}clonazepam" OR "\u{1}rivotril") OR "\u{1}mdma"
///
/// Each group is one concept of the question with its alternatives; a question matches a passage
/// when any group does (bm25 and the re-ranker decide how well). Terms are already analyzed, so
/// each string starts with ``rawTermMarker``: the tokenizer passes such strings through unchanged
/// instead of stemming the stems again (Snowball is not idempotent).
public struct FTSQuery: Sendable, Equatable {
    public enum Alternative: Sendable, Equatable, Hashable {
        /// Terms next to each other, in order (one term is the common case).
        case phrase([String])
        /// Terms anywhere in the passage: the parts of a split compound.
        case allOf([String])

        var terms: [String] {
            switch self {
            case .phrase(let terms), .allOf(let terms): terms
            }
        }

        /// The phrases FTS5 sees in this alternative, in order: one phrase, or one per part.
        var phrases: [[String]] {
            switch self {
            case .phrase(let terms): [terms]
            case .allOf(let terms): terms.map { [$0] }
            }
        }
    }

    /// Marks a query string whose words are index terms, not text to analyze.
    public static let rawTermMarker: Character = "\u{1}"

    public var groups: [[Alternative]]

    public init(groups: [[Alternative]]) {
        self.groups = groups.map { group in
            var seen = Set<Alternative>()
            return group.filter { alternative in
                !alternative.terms.isEmpty && alternative.terms.allSatisfy(Self.isSafeTerm) && seen.insert(alternative).inserted
            }
        }.filter { !$0.isEmpty }
    }

    /// One group per term.
    public init(terms: [String]) {
        self.init(groups: terms.map { [.phrase([$0])] })
    }

    /// The MATCH expression, or nil when there is nothing to search for.
    public var matchExpression: String? {
        guard !groups.isEmpty else { return nil }
        return groups.map { group in
            let alternatives = group.map(Self.render)
            return alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
        }.joined(separator: " OR ")
    }

    /// Every alternative of every group, in the order of ``matchExpression`` (and of its phrases).
    var alternatives: [Alternative] { groups.flatMap { $0 } }

    /// An expression for the rows that match any of `alternatives` (each once), and the number
    /// of phrases it holds.
    static func anyOf(_ alternatives: [Alternative]) -> (expression: String, phraseCount: Int) {
        var seen = Set<Alternative>()
        let distinct = alternatives.filter { seen.insert($0).inserted }
        return (distinct.map(render).joined(separator: " OR "), distinct.reduce(0) { $0 + $1.phrases.count })
    }

    private static func render(_ alternative: Alternative) -> String {
        switch alternative {
        case .phrase(let terms):
            return quoted(terms.joined(separator: " "))
        case .allOf(let terms):
            return terms.count == 1 ? quoted(terms[0]) : "(" + terms.map(quoted).joined(separator: " AND ") + ")"
        }
    }

    private static func quoted(_ terms: String) -> String {
        "\"\(rawTermMarker)\(terms)\""
    }

    /// Only terms made of word characters may be quoted: no quote, no operator, no column filter.
    private static func isSafeTerm(_ term: String) -> Bool {
        !term.isEmpty && term.unicodeScalars.allSatisfy(WordScanner.isWordScalar)
    }
}
