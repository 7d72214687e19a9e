/// MaxScore pruning (Turtle and Flood, 1995) for the best rows of an OR query by bm25, exact:
/// the same rows, scores and order as scoring every matching row.
///
/// A row's bm25 is the sum of what each matching alternative adds, and an alternative adds less
/// than its maximum, (k1 + 1) × idf per phrase. Once some `limit` rows are known to score at least
/// θ, rows that match only alternatives whose maxima sum below θ cannot be among the best: only
/// the *essential* alternatives (the rarest, with the highest maxima) need to find candidates, and
/// the common words are then only looked up in those rows instead of being scored in every row
/// that holds them. θ comes from a first search over the rarest alternatives.
///
///     let pruning = MaxScorePruning(query: query, frequencies: df, passages: count)
///     var count = pruning.probeCount(rows: 100)         // search units[..<count], θ = 100th score
///     count = pruning.essentialCount(threshold: θ)      // search again if this is larger
struct MaxScorePruning {
    struct Unit {
        var alternative: FTSQuery.Alternative
        /// More than the alternative can add to a row's score.
        var maximumScore: Double
        /// The rows it matches, to choose the probe: known for a single term, else taken as 0
        /// (the parts of a compound or the words of a phrase are seldom found together).
        var estimatedRows: Int
    }

    /// The query's alternatives, highest maximum first.
    let units: [Unit]
    /// The idf of each phrase of the query, in order, NaN where FTS5 must count the rows itself.
    let idfs: [Double]

    /// Slack for rounding in the sums of floats: bounds are raised by it, never lowered.
    static let rounding = 1e-9

    /// `frequencies`: the number of passages holding each term; `passages`: the number of passages.
    init(query: FTSQuery, frequencies: [String: Int], passages: Int) {
        let phraseMaximum = BM25RankFunction.k1 + 1
        func idf(_ phrase: [String]) -> Double {
            // FTS5 counts a phrase of several terms itself; the stored counts are per term.
            guard phrase.count == 1, let rows = frequencies[phrase[0]] else { return .nan }
            return BM25RankFunction.idf(rows: rows, total: passages)
        }
        idfs = query.alternatives.flatMap { $0.phrases.map(idf) }
        units = query.alternatives.map { alternative in
            let phraseIDFs = alternative.phrases.map(idf)
            let maximum = phraseIDFs.contains(where: \.isNaN) ? .infinity
                : phraseIDFs.reduce(0) { $0 + $1 * phraseMaximum } * (1 + Self.rounding)
            let rows = alternative.terms.count == 1 ? frequencies[alternative.terms[0]] ?? 0 : 0
            return Unit(alternative: alternative, maximumScore: maximum, estimatedRows: rows)
        }
        .enumerated()
        .sorted { a, b in
            // Highest maximum first; among equals the rarer, then the query's order.
            (a.element.maximumScore, -a.element.estimatedRows, -a.offset)
                > (b.element.maximumScore, -b.element.estimatedRows, -b.offset)
        }
        .map(\.element)
    }

    /// How many leading units to search: the first `searched` and enough more that these likely
    /// match `rows` more rows.
    func probeCount(rows wanted: Int, after searched: Int = 0) -> Int {
        var rows = 0
        for index in searched..<units.count {
            rows += units[index].estimatedRows
            if rows >= wanted { return index + 1 }
        }
        return units.count
    }

    /// How many leading units a row must match to score `threshold` or more: the units after
    /// them add less than `threshold` together. With no threshold (0), all of them.
    func essentialCount(threshold: Double) -> Int {
        var sum = 0.0
        var count = units.count
        while count > 0, sum + units[count - 1].maximumScore < threshold {
            sum += units[count - 1].maximumScore
            count -= 1
        }
        return count
    }
}
