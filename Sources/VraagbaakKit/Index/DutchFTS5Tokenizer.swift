import GRDB
import GRDBSQLite

/// The FTS5 tokenizer `vraagbaak_dutch`: runs ``DutchAnalyzer`` over documents and queries alike,
/// so a question's words meet the index's terms after the very same analysis.
///
///     db.add(tokenizer: DutchFTS5Tokenizer.self)
///     // CREATE VIRTUAL TABLE … USING fts5(body, tokenize='vraagbaak_dutch')
///
/// Offsets handed to FTS5 are byte offsets into the original text, so `highlight()` and friends
/// point at the words as written. Terms come from a ``TermCache``: indexing asks for the same
/// words over and over, and FTS5 wants bytes anyway.
final class DutchFTS5Tokenizer: FTS5CustomTokenizer {
    static let name = "vraagbaak_dutch"

    private let terms = TermCache()

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let text = UnsafeRawPointer(pText).withMemoryRebound(to: UInt8.self, capacity: Int(nText)) {
            UnsafeBufferPointer(start: $0, count: Int(nText))
        }
        if tokenization.contains(.query), text.first == FTSQuery.rawTermMarker.asciiValue {
            return emitRawTerms(text, context: context, tokenCallback: tokenCallback)
        }
        var code = SQLITE_OK
        terms.forEachTerm(in: text) { term, range in
            code = term.withMemoryRebound(to: CChar.self) { chars in
                tokenCallback(context, 0, chars.baseAddress, CInt(chars.count),
                              CInt(range.lowerBound), CInt(range.upperBound))
            }
            return code == SQLITE_OK
        }
        return code
    }

    /// A query string of ready index terms (see ``FTSQuery``): each space-separated word is a term.
    private func emitRawTerms(
        _ text: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?, tokenCallback: FTS5TokenCallback
    ) -> CInt {
        var start = 1
        for end in 1...text.count where end == text.count || text[end] == 0x20 {
            if end > start {
                let code = UnsafeRawPointer(text.baseAddress! + start).withMemoryRebound(to: CChar.self, capacity: end - start) {
                    tokenCallback(context, 0, $0, CInt(end - start), CInt(start), CInt(end))
                }
                guard code == SQLITE_OK else { return code }
            }
            start = end + 1
        }
        return SQLITE_OK
    }
}
