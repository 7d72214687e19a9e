/// Splits text into sentences, as ranges of the text itself, so that quotes stay verbatim. One
/// splitter for everything that reads sentences: the chunker cutting an overlong paragraph, the
/// ranker and the quotes, the drafter.
///
///     SentenceSplitter.sentences(in: "Het werkt snel. Zie bijv. de bijsluiter.\n • Niet stoppen.")
///     // ["Het werkt snel.", "Zie bijv. de bijsluiter.", "• Niet stoppen."]
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any more of them, and any closing quotes or
/// brackets) followed by white space and then a capital, a digit, an opening quote or bracket, a
/// bullet, or the end of the line; not after an abbreviation (`bijv.`, `o.a.`, `dr.`, a single
/// letter as in initials, …) nor after the number of a numbered list item (`1.`). A line break ends
/// a sentence too, unless the line was hard-wrapped mid-sentence (no closing punctuation, and the
/// next line goes on in lowercase). Missing a sentence end only makes a sentence longer.
public enum SentenceSplitter {
    public static func sentences(in text: String) -> [Range<String.Index>] {
        let bytes = Array(text.utf8)
        let utf8 = text.utf8
        return sentences(in: bytes, 0..<bytes.count).map { range in
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return lower..<utf8.index(lower, offsetBy: range.count)
        }
    }

    /// The sentences of `range` of UTF-8 `bytes`: trimmed, in order, covering all its non-blank text.
    static func sentences(in bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        let end = range.upperBound
        func cut(at pieceEnd: Int) {
            let piece = TextLines.trimmed(bytes, start..<pieceEnd)
            if !piece.isEmpty { pieces.append(piece) }
            start = pieceEnd
        }
        var index = start
        while index < end {
            let byte = bytes[index]
            if isLineBreak(bytes, at: index, end: end) {
                if !continuesAfterLineBreak(bytes, lineBreak: index, from: start, end: end) { cut(at: index + 1) }
                index += 1
                continue
            }
            guard let terminator = terminatorLength(bytes, at: index, end: end) else {
                index += 1
                continue
            }
            var after = index + terminator
            while after < end, let more = terminatorLength(bytes, at: after, end: end) { after += more }
            while after < end, let closer = closerLength(bytes, at: after, end: end) { after += closer }
            if endsSentence(bytes, after: after, end: end),
               !(byte == UInt8(ascii: ".") && (isAbbreviation(bytes, before: index, start: start) || isListNumber(bytes, before: index, start: start))) {
                cut(at: after)
            }
            index = after
        }
        cut(at: end)
        return pieces
    }

    /// Abbreviations after which a period does not end a sentence (lowercased, without the final
    /// period). A word with a period inside ("o.a", "d.w.z") is one too.
    static let abbreviations: Set<String> = [
        "bijv", "bv", "bvb", "oa", "ed", "eds", "enz", "etc", "dwz", "mbt", "ipv", "evt", "ca", "nr", "dr", "drs",
        "ir", "ing", "mr", "prof", "dhr", "mevr", "mw", "st", "resp", "incl", "excl", "vgl", "zgn", "al", "vs",
        "fig", "blz", "pag", "p", "pp", "jl", "tav", "max", "min", "gem", "afb", "hfst", "obv", "ong", "ongev",
        "tel", "art", "nl", "mln", "mld", "jr", "sr", "inc", "ltd", "co",
        "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
    ]

    /// A line feed, or a carriage return not followed by one (a "\r\n" ends its line at the "\n").
    private static func isLineBreak(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
        bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == end || bytes[index + 1] != 0x0A))
    }

    /// `.`, `!`, `?` (1 byte) or `…` (3 bytes) at `index`.
    private static func terminatorLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return 1
        case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6: return 3
        default: return nil
        }
    }

    /// Closing quotes and brackets: " ' ) ] ” ’ ».
    static let closers: Set<UInt32> = [0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB]
    /// What closes a sentence or a line that leads into the next: . ! ? … : ;
    static let closingPunctuation: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B]
    /// Bullets that open a list item: • · ▪ - * – — ● ◦.
    static let bullets: Set<UInt32> = [0x2022, 0xB7, 0x25AA, 0x2D, 0x2A, 0x2013, 0x2014, 0x25CF, 0x25E6]

    /// The length in bytes of the closing quote or bracket (``closers``) at `index`, if one is there.
    private static func closerLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        let (value, length) = TextLines.scalar(in: bytes, at: index)
        return index + length <= end && closers.contains(value) ? length : nil
    }

    /// Whether the text after a sentence's punctuation opens a new one: white space, then the end
    /// of the line or text, or a capital, a digit, an opening quote or bracket, or a bullet.
    private static func endsSentence(_ bytes: [UInt8], after: Int, end: Int) -> Bool {
        guard after < end else { return true }
        guard [0x20, 0x09, 0x0A, 0x0D].contains(bytes[after]) else { return false }
        var next = after
        while next < end, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        guard next < end, bytes[next] != 0x0A, bytes[next] != 0x0D else { return true }
        let (value, _) = TextLines.scalar(in: bytes, at: next)
        guard let scalar = Unicode.Scalar(value) else { return false }
        if scalar.properties.isUppercase || scalar.properties.numericType != nil { return true }
        return openers.contains(value)
    }

    /// What may open a sentence besides a capital or a digit: quotes, brackets, ¿ ¡ and ``bullets``.
    private static let openers: Set<UInt32> = bullets.union([0x22, 0x27, 0x28, 0x5B, 0x201C, 0x2018, 0x201E, 0xAB, 0xBF, 0xA1])

    /// Whether the word before the period at `index` is an abbreviation: listed, a single letter,
    /// or with a period inside (`o.a`, `d.w.z`). A word that ends a longer word with letters
    /// outside ASCII before it is none.
    private static func isAbbreviation(_ bytes: [UInt8], before index: Int, start: Int) -> Bool {
        var position = index
        var hasPeriod = false
        while position > start {
            let byte = bytes[position - 1]
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                position -= 1
            } else if byte == UInt8(ascii: "."), position - 1 > start, (bytes[position - 2] | 0x20) >= 0x61 && (bytes[position - 2] | 0x20) <= 0x7A {
                hasPeriod = true
                position -= 1
            } else {
                break
            }
        }
        if position > start, bytes[position - 1] >= 0x80 { return false }
        let word = String(decoding: bytes[position..<index], as: UTF8.self).lowercased()
        guard !word.isEmpty else { return false }
        return hasPeriod || word.count == 1 || abbreviations.contains(word)
    }

    /// Whether the period at `index` closes a numbered list item's number ("  3. De Drugs
    /// Infolijn …"): one to three digits that open their line.
    private static func isListNumber(_ bytes: [UInt8], before index: Int, start: Int) -> Bool {
        var position = index
        while position > start, bytes[position - 1] >= 0x30, bytes[position - 1] <= 0x39 { position -= 1 }
        guard (1...3).contains(index - position) else { return false }
        while position > start, bytes[position - 1] == 0x20 || bytes[position - 1] == 0x09 { position -= 1 }
        return position == start || bytes[position - 1] == 0x0A || bytes[position - 1] == 0x0D
    }

    /// Whether the sentence goes on past the line break at `lineBreak`: a hard-wrapped line, which
    /// ends without closing punctuation while the next line goes on in lowercase.
    private static func continuesAfterLineBreak(_ bytes: [UInt8], lineBreak: Int, from start: Int, end: Int) -> Bool {
        var before = lineBreak
        while before > start, [0x20, 0x09, 0x0D].contains(bytes[before - 1]) { before -= 1 }
        guard before > start else { return false }
        let last = TextLines.scalar(in: bytes, at: TextLines.scalarStart(in: bytes, before: before)).value
        if closingPunctuation.contains(last) || closers.contains(last) { return false }
        let next = lineBreak + 1
        guard next < end else { return false }
        return Unicode.Scalar(TextLines.scalar(in: bytes, at: next).value)?.properties.isLowercase ?? false
    }
}
