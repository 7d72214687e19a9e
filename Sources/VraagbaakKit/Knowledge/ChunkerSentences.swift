extension Chunker {
    /// Where the sentences of a paragraph end, for cutting paragraphs that are too long.
    ///
    /// ```swift
    /// let bytes = Array("Neem dit o.a. bij pijn. Stop daarna.".utf8)
    /// Chunker.Sentences.split(bytes, 0..<bytes.count)   // ["Neem dit o.a. bij pijn.", "Stop daarna."]
    /// ```
    ///
    /// A sentence ends after `.`, `!`, `?` or `…` (with any closing quotes or brackets) that
    /// is followed by whitespace and then a capital, a digit, an opening quote or bracket or a
    /// bullet. Not after an abbreviation (`bijv.`, `o.a.`, `dr.`, `et al.`, a single letter as
    /// in initials, …) nor after the number of a numbered list item (`1.`). A line break
    /// followed by a bullet or a numbered item also ends one. Missing a sentence end only
    /// makes a piece longer; a cut is never made inside a sentence on purpose.
    enum Sentences {
        static let abbreviations: Set<String> = [
            "bijv", "bv", "bvb", "ca", "dr", "drs", "mr", "prof", "ir", "ing", "mevr", "dhr", "mw", "st", "vs",
            "etc", "enz", "resp", "jl", "nr", "blz", "pag", "al", "fig", "zgn", "evt", "incl", "excl",
            "ong", "ongev", "vgl", "afb", "tel", "art", "nl", "mln", "mld", "jr", "sr", "inc", "ltd", "co", "ed", "eds",
            "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
        ]

        /// The sentences of `range` (trimmed, in order, covering all its non-blank text).
        static func split(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
            var pieces: [Range<Int>] = []
            var start = range.lowerBound
            let end = range.upperBound
            var index = start
            func cut(at pieceEnd: Int, next: Int) {
                let piece = TextLines.trimmed(bytes, start..<pieceEnd)
                if !piece.isEmpty { pieces.append(piece) }
                start = next
            }
            while index < end {
                let byte = bytes[index]
                let terminatorLength: Int
                if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                    terminatorLength = 1
                } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 {
                    terminatorLength = 3 // …
                } else if byte == 0x0A || byte == 0x0D {
                    var next = index + 1
                    next = skipBlanks(bytes, from: next, end: end)
                    if next < end, next > start, startsListItem(bytes, at: next, end: end) {
                        cut(at: index, next: next)
                        index = next
                    } else {
                        index += 1
                    }
                    continue
                } else {
                    index += 1
                    continue
                }
                var after = index + terminatorLength
                while after < end, bytes[after] == 0x2E || bytes[after] == 0x21 || bytes[after] == 0x3F { after += 1 }
                while after < end, let closer = closerLength(bytes, at: after, end: end) { after += closer }
                let next = skipBlanks(bytes, from: after, end: end)
                if next > after, next < end, startsSentence(bytes, at: next, end: end),
                   !(byte == 0x2E && (isAbbreviation(bytes, before: index, start: start) || isListNumber(bytes, before: index, start: start))) {
                    cut(at: after, next: next)
                    index = next
                } else {
                    index = after
                }
            }
            cut(at: end, next: end)
            return pieces
        }

        /// The list items of `range`: it is cut before every line that starts with a bullet
        /// or a number (`• `, `- `, `1. `, `2) `); text without such lines is one item.
        static func listItems(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
            var items: [Range<Int>] = []
            var start = range.lowerBound
            var index = range.lowerBound
            while index < range.upperBound {
                if bytes[index] == 0x0A || bytes[index] == 0x0D {
                    let next = skipBlanks(bytes, from: index + 1, end: range.upperBound)
                    if next < range.upperBound, startsListItem(bytes, at: next, end: range.upperBound) {
                        let item = TextLines.trimmed(bytes, start..<index)
                        if !item.isEmpty { items.append(item) }
                        start = next
                        index = next
                        continue
                    }
                }
                index += 1
            }
            let last = TextLines.trimmed(bytes, start..<range.upperBound)
            if !last.isEmpty { items.append(last) }
            return items
        }

        /// Whether the text of `range` introduces what follows: it ends in `:` or has no
        /// sentence end at all (a label, a sub-heading).
        static func introduces(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
            guard !range.isEmpty else { return false }
            return bytes[range.upperBound - 1] == 0x3A || !endsSentence(bytes, range)
        }

        /// Whether the text of `range` ends like a sentence: `.`, `!`, `?`, `…`, `:` or `;`,
        /// possibly followed by closing quotes or brackets.
        static func endsSentence(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
            var position = range.upperBound
            while position > range.lowerBound {
                let start = TextLines.scalarStart(in: bytes, before: position)
                let value = TextLines.scalar(in: bytes, at: start).value
                switch value {
                case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB:
                    position = start
                    continue
                case 0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B:
                    return true
                default:
                    return false
                }
            }
            return false
        }

        private static func skipBlanks(_ bytes: [UInt8], from: Int, end: Int) -> Int {
            var position = from
            while position < end {
                let (value, length) = TextLines.scalar(in: bytes, at: position)
                guard TextLines.isBlank(value) else { break }
                position += length
            }
            return position
        }

        /// Closing quote or bracket: " ' ) ] ” ’ » (returns its length in bytes).
        private static func closerLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
            switch bytes[index] {
            case 0x22, 0x27, 0x29, 0x5D: return 1
            case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99):
                return 3
            case 0xC2 where index + 1 < end && bytes[index + 1] == 0xBB: return 2
            default: return nil
            }
        }

        private static func startsSentence(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
            let (value, _) = TextLines.scalar(in: bytes, at: index)
            guard let scalar = Unicode.Scalar(value) else { return false }
            if scalar.properties.isUppercase || scalar.properties.numericType != nil { return true }
            switch value {
            case 0x22, 0x27, 0x28, 0x5B, 0x201C, 0x2018, 0x201E, 0xAB, 0xBF, 0xA1: return true
            default: return startsListItem(bytes, at: index, end: end)
            }
        }

        /// A bullet (• · ▪ - * – —) followed by a space, or a number with `.` or `)` and a space.
        private static func startsListItem(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
            let (value, length) = TextLines.scalar(in: bytes, at: index)
            switch value {
            case 0x2022, 0xB7, 0x25AA, 0x2D, 0x2A, 0x2013, 0x2014, 0x25CF, 0x25E6:
                return index + length < end && (bytes[index + length] == 0x20 || bytes[index + length] == 0x09)
            default:
                var position = index
                while position < end, position - index < 4, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
                guard position > index, position + 1 < end, bytes[position] == 0x2E || bytes[position] == 0x29 else { return false }
                return bytes[position + 1] == 0x20 || bytes[position + 1] == 0x09
            }
        }

        /// The word before the period at `index` is an abbreviation: listed, a single letter,
        /// or dotted like `o.a` / `d.w.z`.
        private static func isAbbreviation(_ bytes: [UInt8], before index: Int, start: Int) -> Bool {
            var position = index
            var hasDot = false
            while position > start {
                let byte = bytes[position - 1]
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if isLetter { position -= 1 } else if byte == 0x2E { hasDot = true; position -= 1 } else { break }
            }
            // A non-ASCII letter just before the word: part of a longer word, not an abbreviation.
            if position > start, bytes[position - 1] >= 0x80 { return false }
            let word = String(decoding: bytes[position..<index], as: UTF8.self).lowercased()
            if word.isEmpty { return false }
            if hasDot { return true }
            return word.count == 1 || abbreviations.contains(word)
        }

        /// The period follows a number that starts its line: a numbered list item (`1. Neem…`).
        private static func isListNumber(_ bytes: [UInt8], before index: Int, start: Int) -> Bool {
            var position = index
            while position > start, bytes[position - 1] >= 0x30, bytes[position - 1] <= 0x39 { position -= 1 }
            guard position < index else { return false }
            while position > start, bytes[position - 1] == 0x20 || bytes[position - 1] == 0x09 { position -= 1 }
            return position == start || bytes[position - 1] == 0x0A || bytes[position - 1] == 0x0D
        }
    }
}
