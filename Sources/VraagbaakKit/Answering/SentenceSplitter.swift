/// Splits text into sentences, as ranges of the text itself, so that quotes stay verbatim.
///
///     SentenceSplitter.sentences(in: "Het werkt snel. Zie bijv. de bijsluiter.\n • Niet stoppen.")
///     // ["Het werkt snel.", "Zie bijv. de bijsluiter.", "• Niet stoppen."]
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by a space and
/// a capital, a digit or a bullet; not after a known abbreviation or an initial. A line break ends a
/// sentence too, unless the line was hard-wrapped mid-sentence (no closing punctuation, and the next
/// line goes on in lowercase).
public enum SentenceSplitter {
    public static func sentences(in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        func close(at end: String.Index) {
            if let trimmed = trimmed(start..<end, in: text) { result.append(trimmed) }
            start = end
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isNewline {
                if !continuesAfterLineBreak(text, lineBreak: index, from: start) { close(at: next) }
            } else if character == "." || character == "!" || character == "?" {
                var end = next
                while end < text.endIndex, closers.contains(text[end]) { end = text.index(after: end) }
                if endsSentence(text, punctuation: index, after: end, from: start) {
                    close(at: end)
                    index = end
                    continue
                }
            }
            index = next
        }
        close(at: text.endIndex)
        return result
    }

    private static let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]"]
    private static let bullets: Set<Character> = ["•", "-", "–", "—", "*", "·", "\"", "“", "„", "‘", "'", "(", "["]

    /// Abbreviations after which a period does not end a sentence (lowercased, without the final period).
    private static let abbreviations: Set<String> = [
        "bijv", "bv", "o.a", "oa", "e.d", "ed", "enz", "etc", "d.w.z", "dwz", "m.b.t", "mbt", "i.p.v", "ipv",
        "evt", "ca", "nr", "dr", "drs", "ir", "mr", "prof", "dhr", "mevr", "mw", "st", "resp", "incl",
        "excl", "vgl", "zgn", "z.g", "al", "vs", "fig", "blz", "p", "pp", "jl", "a.s", "t.a.v", "tav",
        "max", "min", "gem", "afb", "hfst", "o.b.v", "obv",
    ]

    private static func endsSentence(
        _ text: String, punctuation: String.Index, after end: String.Index, from start: String.Index
    ) -> Bool {
        guard end < text.endIndex else { return true }
        guard text[end] == " " || text[end] == "\t" || text[end].isNewline else { return false }
        var lookahead = end
        while lookahead < text.endIndex, text[lookahead] == " " || text[lookahead] == "\t" {
            lookahead = text.index(after: lookahead)
        }
        guard lookahead < text.endIndex else { return true }
        let following = text[lookahead]
        guard following.isUppercase || following.isNumber || following.isNewline || bullets.contains(following) else {
            return false
        }
        guard text[punctuation] == "." else { return true }
        if isListNumber(before: punctuation, in: text) { return false }
        let word = wordBefore(punctuation, in: text, notBefore: start)
        if abbreviations.contains(word.lowercased()) { return false }
        if word.count == 1, word.first?.isUppercase == true { return false }  // an initial: "J. Smith"
        return true
    }

    /// Whether the period at `index` closes a numbered list item's number ("  3. De Drugs
    /// Infolijn …"): one to three digits that open their line.
    private static func isListNumber(before index: String.Index, in text: String) -> Bool {
        var begin = index
        var digits = 0
        while begin > text.startIndex, text[text.index(before: begin)].isASCII, text[text.index(before: begin)].isNumber {
            begin = text.index(before: begin)
            digits += 1
        }
        guard (1...3).contains(digits) else { return false }
        while begin > text.startIndex, text[text.index(before: begin)] == " " || text[text.index(before: begin)] == "\t" {
            begin = text.index(before: begin)
        }
        return begin == text.startIndex || text[text.index(before: begin)].isNewline
    }

    /// The word (letters and inner periods) that ends right before `index`.
    private static func wordBefore(_ index: String.Index, in text: String, notBefore start: String.Index) -> String {
        var begin = index
        while begin > start {
            let previous = text.index(before: begin)
            guard text[previous].isLetter || text[previous] == "." else { break }
            begin = previous
        }
        return String(text[begin..<index])
    }

    /// Whether the sentence goes on past this line break: a hard-wrapped line.
    private static func continuesAfterLineBreak(_ text: String, lineBreak: String.Index, from start: String.Index) -> Bool {
        var before = lineBreak
        while before > start {
            let previous = text.index(before: before)
            guard text[previous] == " " || text[previous] == "\t" || text[previous] == "\r" else { break }
            before = previous
        }
        guard before > start else { return false }
        let last = text[text.index(before: before)]
        if ".!?:;".contains(last) || closers.contains(last) { return false }
        let next = text.index(after: lineBreak)
        guard next < text.endIndex else { return false }
        return text[next].isLowercase
    }

    private static func trimmed(_ range: Range<String.Index>, in text: String) -> Range<String.Index>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        return lower < upper ? lower..<upper : nil
    }
}
