import Foundation

/// The scripting contract of `ask --json`: one object, stable field names.
///
///     {"question": "...", "answered": true, "quotes": [{"text": "...", "source": "...", "title": "...",
///      "section": "...", "lines": [12, 14]}], "disclaimer": "...", "emergency": null}
public struct AnswerJSON: Encodable {
    public var answer: Answer

    public init(_ answer: Answer) {
        self.answer = answer
    }

    private enum Keys: String, CodingKey {
        case question, answered, quotes, disclaimer, emergency
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(answer.question, forKey: .question)
        try container.encode(answer.answered, forKey: .answered)
        try container.encode(answer.quotes.map(QuoteJSON.init), forKey: .quotes)
        try container.encode(answer.disclaimer, forKey: .disclaimer)
        try container.encode(answer.emergency, forKey: .emergency)
    }
}

/// One quote in JSON: `{"text", "source", "title", "section", "lines": [first, last]}`.
struct QuoteJSON: Encodable {
    var quote: Quote

    private enum Keys: String, CodingKey {
        case text, source, title, section, lines
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(quote.text, forKey: .text)
        try container.encode(quote.source, forKey: .source)
        try container.encode(quote.title, forKey: .title)
        try container.encode(quote.section, forKey: .section)
        try container.encode([quote.lines.lowerBound, quote.lines.upperBound], forKey: .lines)
    }
}

/// The scripting contract of `search --json`.
///
///     {"query": "...", "results": [{"rank": 1, "source": "...", "title": "...", "section": "...",
///      "lines": [first, last], "text": "...", "score": 1.23}]}
public struct SearchJSON: Encodable {
    public var query: String
    public var hits: [SearchHit]

    public init(query: String, hits: [SearchHit]) {
        self.query = query
        self.hits = hits
    }

    private enum Keys: String, CodingKey {
        case query, results
    }

    private struct Result: Encodable {
        var rank: Int
        var source: String
        var title: String
        var section: String?
        var lines: [Int]
        var text: String
        var score: Double

        private enum Keys: String, CodingKey {
            case rank, source, title, section, lines, text, score
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(rank, forKey: .rank)
            try container.encode(source, forKey: .source)
            try container.encode(title, forKey: .title)
            try container.encode(section, forKey: .section)
            try container.encode(lines, forKey: .lines)
            try container.encode(text, forKey: .text)
            try container.encode((score * 1000).rounded() / 1000, forKey: .score)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(query, forKey: .query)
        try container.encode(hits.enumerated().map { offset, hit in
            Result(rank: offset + 1, source: hit.passage.source, title: hit.passage.title,
                   section: hit.passage.citedSection, lines: [hit.passage.lines.lowerBound, hit.passage.lines.upperBound],
                   text: hit.passage.text, score: hit.score)
        }, forKey: .results)
    }
}

/// Encodes one value as a single line of JSON, non-ASCII kept readable, keys sorted (so the
/// same answer prints the same bytes every run: scripts can diff and cache it).
public enum JSONLine {
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
