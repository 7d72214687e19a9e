import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The in-process scale benchmark behind `vraagbaak bench` (issue 5): index from scratch, then
/// question latency, refresh times and index size, all on one knowledge folder.
///
///     let benchmark = ScaleBenchmark(knowledge: folder, indexURL: scratchIndex, queries: questions)
///     let report = try benchmark.run { Terminal.note($0) }
///     print(report.indexing.textMBPerSecond, report.search.p50, report.search.p99)
///
/// The index file at `indexURL` is **removed** first: indexing is always measured from scratch.
/// One file of the folder is changed and then restored, to time a refresh after one change.
///
/// Throughput counts two sizes: `fileBytes` (the files as read; for `.txt` that is the text) and
/// `textBytes` (the UTF-8 bytes of the passage bodies stored in the index, that is the text after
/// loading, HTML stripped). Peak memory is `getrusage`'s `ru_maxrss`, the process's high-water mark.
public struct ScaleBenchmark {
    public var knowledge: URL
    public var indexURL: URL
    public var queries: [String]
    public var lexicon: Lexicon
    /// Untimed questions before each timed pass (warms SQLite's page cache and the analyzer's term cache).
    public var warmUp = 10
    /// No-change refreshes timed; the report gives their median.
    public var noChangeRuns = 5

    public init(knowledge: URL, indexURL: URL, queries: [String], lexicon: Lexicon = .builtIn) {
        self.knowledge = knowledge
        self.indexURL = indexURL
        self.queries = queries
        self.lexicon = lexicon
    }

    // MARK: - Report

    public struct Report: Codable, Sendable {
        public var knowledge: String
        public var indexing: Indexing
        /// `Answerer.rank`: understand, plan (vocabulary look-ups), FTS5 search, re-rank.
        public var search: Latency
        /// `Answerer.answer`: the above plus quote extraction and diversification.
        public var answer: Latency
        public var answered: Int
        public var refresh: Refresh
        public var size: Size
        /// The process's peak RSS at the end of the run (MB).
        public var peakRSSMBTotal: Double
    }

    public struct Indexing: Codable, Sendable {
        public var files: Int
        public var documents: Int
        public var passages: Int
        public var fileBytes: Int64
        public var textBytes: Int64
        public var seconds: Double
        /// `fileBytes` / `seconds`, in MB (10^6 bytes) per second.
        public var fileMBPerSecond: Double
        /// `textBytes` / `seconds`.
        public var textMBPerSecond: Double
        /// Peak RSS when indexing was done (nothing else ran before it), MB.
        public var peakRSSMB: Double
        /// RSS high-water mark before indexing started (process start, opening), MB.
        public var startRSSMB: Double
    }

    public struct Latency: Codable, Sendable {
        public var count: Int
        /// Milliseconds.
        public var p50: Double
        public var p90: Double
        public var p99: Double
        public var max: Double
        public var mean: Double

        init(_ samples: [Double]) {
            let sorted = samples.sorted()
            count = sorted.count
            func quantile(_ q: Double) -> Double {
                guard !sorted.isEmpty else { return 0 }
                // nearest rank
                let rank = Int((q * Double(sorted.count)).rounded(.up))
                return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
            }
            p50 = quantile(0.50)
            p90 = quantile(0.90)
            p99 = quantile(0.99)
            max = sorted.last ?? 0
            mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        }
    }

    public struct Refresh: Codable, Sendable {
        /// `KnowledgeFolder.scan()` alone (the directory walk), median, ms.
        public var scanMs: Double
        /// A refresh that finds nothing changed, median of ``ScaleBenchmark/noChangeRuns``, ms.
        public var noChangeMs: Double
        public var noChangeSamplesMs: [Double]
        /// One file's content changed (text added), then restored: each refresh re-indexes one file, ms.
        public var oneChangedMs: [Double]
        /// One file touched (new modification time, same content): read and hashed, not re-indexed, ms.
        public var oneTouchedMs: Double
        public var changedFile: String
    }

    public struct Size: Codable, Sendable {
        /// The index file plus its WAL after a checkpoint, bytes.
        public var indexBytes: Int64
        public var indexPerFileByte: Double
        public var indexPerTextByte: Double
    }

    // MARK: - Running

    public func run(log: (String) -> Void = { _ in }) throws -> Report {
        for suffix in ["", "-wal", "-shm", ".damaged"] {
            try? FileManager.default.removeItem(atPath: indexURL.path + suffix)
        }
        let startRSS = Self.peakRSSMB()

        log("indexeren van \(knowledge.path) …")
        var clock = Stopwatch()
        let base = try KnowledgeBase(knowledge: knowledge, indexURL: indexURL)
        let summary = try base.refresh()
        let indexSeconds = clock.lap() / 1000
        let indexRSS = Self.peakRSSMB()

        let (documents, passages, fileBytes, textBytes) = try base.index.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0,
             try Int64.fetchOne(db, sql: "SELECT total(size) FROM document") ?? 0,
             try Int64.fetchOne(db, sql: "SELECT total(length(CAST(body AS BLOB))) FROM passage") ?? 0)
        }
        let indexing = Indexing(
            files: summary.added + summary.skipped, documents: documents, passages: passages,
            fileBytes: fileBytes, textBytes: textBytes, seconds: indexSeconds,
            fileMBPerSecond: Double(fileBytes) / 1e6 / indexSeconds,
            textMBPerSecond: Double(textBytes) / 1e6 / indexSeconds,
            peakRSSMB: indexRSS, startRSSMB: startRSS)
        log(String(format: "%d documenten, %d passages, %.1f MB tekst in %.2f s", documents, passages,
                   Double(textBytes) / 1e6, indexSeconds))

        log("\(queries.count) vragen (zoeken, dan antwoorden) …")
        let answerer = Answerer(index: base.index, prompts: .builtIn, lexicon: lexicon)
        for question in queries.prefix(warmUp) { _ = try answerer.rank(answerer.understand(question)) }
        var searchSamples: [Double] = []
        for question in queries {
            clock.reset()
            _ = try answerer.rank(answerer.understand(question))
            searchSamples.append(clock.lap())
        }
        for question in queries.prefix(warmUp) { _ = try answerer.answer(question) }
        var answerSamples: [Double] = []
        var answered = 0
        for question in queries {
            clock.reset()
            let answer = try answerer.answer(question)
            answerSamples.append(clock.lap())
            if answer.answered { answered += 1 }
        }

        log("verversen …")
        let refresh = try measureRefresh(base)

        let indexBytes = try checkpointedSize(base.index)
        let size = Size(indexBytes: indexBytes,
                        indexPerFileByte: Double(indexBytes) / Double(max(fileBytes, 1)),
                        indexPerTextByte: Double(indexBytes) / Double(max(textBytes, 1)))
        return Report(knowledge: knowledge.path, indexing: indexing, search: Latency(searchSamples),
                      answer: Latency(answerSamples), answered: answered, refresh: refresh, size: size,
                      peakRSSMBTotal: Self.peakRSSMB())
    }

    private func measureRefresh(_ base: KnowledgeBase) throws -> Refresh {
        var clock = Stopwatch()
        var scans: [Double] = []
        for _ in 0..<noChangeRuns {
            clock.reset()
            _ = try base.folder.scan()
            scans.append(clock.lap())
        }
        var noChange: [Double] = []
        for _ in 0..<noChangeRuns {
            clock.reset()
            let summary = try base.refresh()
            noChange.append(clock.lap())
            guard !summary.didChange else { throw BenchmarkError("een verversing zonder wijziging vond wijzigingen") }
        }

        // One file, from the middle of the folder's order: changed, touched, restored.
        let files = try base.folder.scan().files
        guard !files.isEmpty else { throw BenchmarkError("geen bestanden") }
        let file = files[files.count / 2]
        let original = try Data(contentsOf: URL(fileURLWithPath: file.path))
        var changedText = String(decoding: original, as: UTF8.self)
        let addition = "Deze zin is toegevoegd door vraagbaak bench om een gewijzigd bestand te meten."
        if let body = changedText.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            changedText.insert(contentsOf: "<p>\(addition)</p>\n", at: body.lowerBound)
        } else {
            changedText += "\n\n\(addition)\n"
        }
        var changed: [Double] = []
        var touched = 0.0
        do {
            defer { try? original.write(to: URL(fileURLWithPath: file.path)) }
            try Data(changedText.utf8).write(to: URL(fileURLWithPath: file.path))
            clock.reset()
            let afterChange = try base.refresh()
            changed.append(clock.lap())
            guard afterChange.changed == 1 else { throw BenchmarkError("de wijziging in \(file.relativePath) werd niet gezien") }

            try Self.touch(file.path)
            clock.reset()
            let afterTouch = try base.refresh()
            touched = clock.lap()
            guard !afterTouch.didChange else { throw BenchmarkError("een aangeraakt bestand werd opnieuw geïndexeerd") }
        }
        clock.reset()
        let afterRestore = try base.refresh()
        changed.append(clock.lap())
        guard afterRestore.changed == 1 else { throw BenchmarkError("het herstel van \(file.relativePath) werd niet gezien") }

        return Refresh(scanMs: Self.median(scans), noChangeMs: Self.median(noChange), noChangeSamplesMs: noChange,
                       oneChangedMs: changed, oneTouchedMs: touched, changedFile: file.relativePath)
    }

    /// Main file plus WAL after a (truncating) checkpoint: the size the index takes on disk.
    private func checkpointedSize(_ index: KnowledgeIndex) throws -> Int64 {
        try index.database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        var total: Int64 = 0
        for suffix in ["", "-wal"] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: indexURL.path + suffix)
            total += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        }
        return total
    }

    // MARK: - Helpers

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2]
            : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The process's peak resident set size so far, in MB.
    public static func peakRSSMB() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        #if canImport(Darwin)
        return Double(usage.ru_maxrss) / 1e6  // bytes
        #else
        return Double(usage.ru_maxrss) * 1024 / 1e6  // kilobytes
        #endif
    }

    /// Sets the file's modification time to now, content unchanged.
    private static func touch(_ path: String) throws {
        guard utimes(path, nil) == 0 else { throw BenchmarkError("kan \(path) niet aanraken") }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = "bench: " + description }
}

/// Monotonic milliseconds between laps.
struct Stopwatch {
    private var start = ContinuousClock.now

    mutating func reset() { start = ContinuousClock.now }

    /// Milliseconds since the last reset (or lap), and starts a new lap.
    mutating func lap() -> Double {
        let now = ContinuousClock.now
        let elapsed = now - start
        start = now
        let (seconds, attoseconds) = elapsed.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
