extension Chunker {
    /// How a long paragraph is read for cutting: its list items, and whether a piece introduces
    /// what follows. Its sentences are ``SentenceSplitter``'s.
    enum Paragraphs {
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
                if SentenceSplitter.closers.contains(value) {
                    position = start
                    continue
                }
                return SentenceSplitter.closingPunctuation.contains(value)
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

        /// A bullet (``SentenceSplitter/bullets``) followed by a space, or a number with `.` or `)` and a space.
        private static func startsListItem(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
            let (value, length) = TextLines.scalar(in: bytes, at: index)
            if SentenceSplitter.bullets.contains(value) {
                return index + length < end && (bytes[index + length] == 0x20 || bytes[index + length] == 0x09)
            }
            var position = index
            while position < end, position - index < 4, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
            guard position > index, position + 1 < end, bytes[position] == 0x2E || bytes[position] == 0x29 else { return false }
            return bytes[position + 1] == 0x20 || bytes[position + 1] == 0x09
        }
    }
}
