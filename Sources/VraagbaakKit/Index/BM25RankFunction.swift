import Foundation
import GRDB
import GRDBSQLite

/// The FTS5 auxiliary function `vraagbaak_bm25`: FTS5's own `bm25(passage_fts, 2.0, 1.0)`, to the
/// bit, except that each phrase's idf comes from the caller instead of from a walk over the
/// phrase's whole doclist, that the phrases before `firstPhrase` are not scored, and that rows
/// that cannot be among the `limit` best are not scored at all.
///
///     SELECT rowid, vraagbaak_bm25(passage_fts, :firstPhrase, :idfs, :limit, :known) AS rank FROM passage_fts
///     WHERE passage_fts MATCH '("a") AND ("a" OR "b" OR "c")' ORDER BY rank LIMIT :limit
///
/// - `firstPhrase`: phrases `0..<firstPhrase` only filter rows (``MaxScorePruning`` puts its
///   candidate filter in front of the whole query); the rest are scored, as `bm25()` would score
///   the same expression on its own.
/// - `idfs`: one idf per scored phrase, as ``encode(idfs:)`` packs them. A NaN asks for FTS5's
///   count, made as `bm25()` makes it (the `term` table knows single terms, not phrases).
/// - `limit`: once `limit` rows are scored, a row whose score could not reach the lowest of the
///   best `limit` so far (taking its length as 0) gets rank 0, after every scored row, without
///   reading its length: the `ORDER BY rank LIMIT` above never keeps it, so only the rows kept,
///   their scores and their order matter, and they are exact.
/// - `known`: a score that `limit` of the matching rows are known to reach (0 if none is known):
///   rows that cannot reach it are skipped from the first row on.
///
/// `bm25()` counts every phrase's rows on each query; on a large index that walk costs as much
/// as the search itself. Reading a row's length (`xColumnSize`, a look-up in `passage_fts_docsize`)
/// is the largest cost per row after that.
enum BM25RankFunction {
    static let name = "vraagbaak_bm25"
    /// `bm25(passage_fts, 2.0, 1.0)`: the heading (document title and section) counts double.
    static let headingWeight = 2.0
    static let bodyWeight = 1.0
    static let k1 = 1.2
    static let b = 0.75

    static func register(in db: Database) {
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, rank, nil)
    }

    /// FTS5's idf for a phrase found in `rows` of `total` rows (the same float operations).
    static func idf(rows: Int, total: Int) -> Double {
        let idf = log((Double(total - rows) + 0.5) / (Double(rows) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// The `idfs` argument: the doubles' bits, little-endian.
    static func encode(idfs: [Double]) -> Data {
        var data = Data(capacity: idfs.count * 8)
        for idf in idfs {
            withUnsafeBytes(of: idf.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }
}

/// What one query's rows share: the idfs, the average row length, a buffer for frequencies,
/// and the best scores so far.
private final class QueryStatistics {
    let firstPhrase: Int32
    let idfs: [Double]
    var frequencies: [Double]
    let averageLength: Double
    /// A score that `limit` matching rows reach: rows below it cannot be among the best.
    let knownThreshold: Double
    var best: BestScores
    /// The last row scored: rows come in rowid order, each once; if not, no row is skipped.
    var lastRow = Int64.min
    var rowsInOrder = true

    init(firstPhrase: Int32, idfs: [Double], averageLength: Double, limit: Int, knownThreshold: Double) {
        self.firstPhrase = firstPhrase
        self.idfs = idfs
        frequencies = Array(repeating: 0, count: idfs.count)
        self.averageLength = averageLength
        self.knownThreshold = knownThreshold
        best = BestScores(capacity: limit)
    }
}

private func rank(
    api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?,
    valueCount: Int32, values: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api = api?.pointee else { return }
    let statistics: QueryStatistics
    if let stored = api.xGetAuxdata(fts, 0) {
        statistics = Unmanaged<QueryStatistics>.fromOpaque(stored).takeUnretainedValue()
    } else {
        do {
            statistics = try makeStatistics(api: api, fts: fts, valueCount: valueCount, values: values)
        } catch {
            sqlite3_result_error_code(context, (error as? RankError)?.code ?? SQLITE_ERROR)
            return
        }
        let retained = Unmanaged.passRetained(statistics).toOpaque()
        let code = api.xSetAuxdata(fts, retained) { Unmanaged<QueryStatistics>.fromOpaque($0!).release() }
        guard code == SQLITE_OK else {
            sqlite3_result_error_code(context, code)
            return
        }
    }

    // Each instance of a scored phrase adds its column's weight (as bm25() sums xInst).
    let headingWeight = BM25RankFunction.headingWeight, bodyWeight = BM25RankFunction.bodyWeight
    for index in statistics.frequencies.indices {
        var frequency = 0.0
        var iterator = Fts5PhraseIter()
        var column: Int32 = 0, offset: Int32 = 0
        let code = api.xPhraseFirst(fts, statistics.firstPhrase + Int32(index), &iterator, &column, &offset)
        guard code == SQLITE_OK else {
            sqlite3_result_error_code(context, code)
            return
        }
        while column >= 0 {
            frequency += column == 0 ? headingWeight : bodyWeight
            api.xPhraseNext(fts, &iterator, &column, &offset)
        }
        statistics.frequencies[index] = frequency
    }
    let k1 = BM25RankFunction.k1, b = BM25RankFunction.b
    let row = api.xRowid(fts)
    statistics.rowsInOrder = statistics.rowsInOrder && row > statistics.lastRow
    statistics.lastRow = row
    let threshold = max(statistics.knownThreshold, statistics.rowsInOrder ? statistics.best.lowest ?? 0 : 0)
    if threshold > 0 {
        // The score with the length at its least: a bound above the score (raised for rounding).
        var bound = 0.0
        for (idf, frequency) in zip(statistics.idfs, statistics.frequencies) {
            bound += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b)))
        }
        if bound * (1 + MaxScorePruning.rounding) < threshold {
            sqlite3_result_double(context, 0)
            return
        }
    }
    var tokens: Int32 = 0
    let code = api.xColumnSize(fts, -1, &tokens)
    guard code == SQLITE_OK else {
        sqlite3_result_error_code(context, code)
        return
    }
    let length = Double(tokens)
    var score = 0.0
    for (idf, frequency) in zip(statistics.idfs, statistics.frequencies) {
        score += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / statistics.averageLength)))
    }
    if statistics.rowsInOrder { statistics.best.insert(score) }
    sqlite3_result_double(context, -1.0 * score)
}

private struct RankError: Error {
    var code: Int32
}

/// Reads the arguments, the index's totals, and counts the phrases whose idf was left open.
private func makeStatistics(
    api: Fts5ExtensionApi, fts: OpaquePointer?, valueCount: Int32, values: UnsafeMutablePointer<OpaquePointer?>?
) throws -> QueryStatistics {
    guard valueCount == 4, let values else { throw RankError(code: SQLITE_MISUSE) }
    let firstPhrase = sqlite3_value_int(values[0])
    let limit = Int(sqlite3_value_int64(values[2]))
    let knownThreshold = sqlite3_value_double(values[3])
    let phraseCount = api.xPhraseCount(fts)
    let byteCount = Int(sqlite3_value_bytes(values[1]))
    guard firstPhrase >= 0, limit > 0, byteCount % 8 == 0, Int(firstPhrase) + byteCount / 8 == Int(phraseCount) else {
        throw RankError(code: SQLITE_MISUSE)
    }
    var idfs: [Double] = []
    if byteCount > 0, let blob = sqlite3_value_blob(values[1]) {
        idfs = (0..<byteCount / 8).map { index in
            Double(bitPattern: UInt64(littleEndian: blob.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
        }
    }
    var rowCount: Int64 = 0, tokenCount: Int64 = 0
    var code = api.xRowCount(fts, &rowCount)
    if code == SQLITE_OK { code = api.xColumnTotalSize(fts, -1, &tokenCount) }
    guard code == SQLITE_OK else { throw RankError(code: code) }
    for index in idfs.indices where idfs[index].isNaN {
        var rows: Int64 = 0
        code = api.xQueryPhrase(fts, firstPhrase + Int32(index), &rows) { _, _, counter in
            counter!.assumingMemoryBound(to: Int64.self).pointee += 1
            return SQLITE_OK
        }
        guard code == SQLITE_OK else { throw RankError(code: code) }
        idfs[index] = BM25RankFunction.idf(rows: Int(rows), total: Int(rowCount))
    }
    return QueryStatistics(firstPhrase: firstPhrase, idfs: idfs,
                           averageLength: Double(tokenCount) / Double(rowCount), limit: limit,
                           knownThreshold: knownThreshold)
}

/// The `capacity` highest scores seen, in a min-heap: the lowest of them is at the root.
struct BestScores {
    let capacity: Int
    private var heap: [Double] = []

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(capacity)
    }

    /// The lowest of the best scores, once there are `capacity` of them.
    var lowest: Double? { heap.count == capacity ? heap[0] : nil }

    mutating func insert(_ score: Double) {
        if heap.count < capacity {
            heap.append(score)
            var child = heap.count - 1
            while child > 0, heap[(child - 1) / 2] > heap[child] {
                heap.swapAt(child, (child - 1) / 2)
                child = (child - 1) / 2
            }
        } else if score > heap[0] {
            heap[0] = score
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < heap.count, heap[left] < heap[smallest] { smallest = left }
                if right < heap.count, heap[right] < heap[smallest] { smallest = right }
                if smallest == parent { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }
}
