/// The lines of a UTF-8 text, and the small byte-level helpers the parsers share.
///
/// A line ends at "\n", "\r\n" (one break, not two) or a lone "\r"; the terminator is not
/// part of the line. Line numbers are 1-based, so they match an editor and `sed -n`.
///
/// ```swift
/// let lines = TextLines.split(Array("a\r\nb\n".utf8))
/// // [Line(start: 0, end: 1, number: 1), Line(start: 3, end: 4, number: 2)]
/// ```
enum TextLines {
    struct Line: Sendable, Equatable {
        /// Byte offset of the first byte of the line.
        var start: Int
        /// Byte offset just past the line's content (before its terminator).
        var end: Int
        /// 1-based line number.
        var number: Int
    }

    /// Splits `bytes[from...]` into lines; the first line gets `firstNumber`.
    /// A final terminator does not start another (empty) line.
    static func split(_ bytes: [UInt8], from: Int = 0, firstNumber: Int = 1) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        var start = from, index = from, number = firstNumber
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(Line(start: start, end: index, number: number))
                number += 1
                if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                start = index
            } else {
                index += 1
            }
        }
        if start < count { lines.append(Line(start: start, end: count, number: number)) }
        return lines
    }

    /// Whitespace for the purpose of blank lines and trimming: Unicode white space, the
    /// no-break spaces, zero-width space and the byte-order mark.
    static func isBlank(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Decodes the scalar starting at `index` of valid UTF-8; returns its value and length.
    @inline(__always)
    static func scalar(in bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (b0, 1) }
        func next(_ k: Int) -> UInt32 { index + k < bytes.count ? UInt32(bytes[index + k]) & 0x3F : 0 }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | next(1), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
        return ((b0 & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }

    /// The start of the scalar that ends just before `index`.
    @inline(__always)
    static func scalarStart(in bytes: [UInt8], before index: Int) -> Int {
        var position = index - 1
        while position > 0, bytes[position] & 0xC0 == 0x80 { position -= 1 }
        return position
    }

    /// `range` without leading and trailing whitespace (empty, at its start, when all blank).
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        while lower < range.upperBound {
            let (value, length) = scalar(in: bytes, at: lower)
            guard isBlank(value) else { break }
            lower += length
        }
        var upper = range.upperBound
        while upper > lower {
            let start = scalarStart(in: bytes, before: upper)
            guard isBlank(scalar(in: bytes, at: start).value) else { break }
            upper = start
        }
        return lower..<upper
    }

    static func isBlankLine(_ bytes: [UInt8], _ line: Line) -> Bool {
        trimmed(bytes, line.start..<line.end).isEmpty
    }

    /// The number of Unicode scalars in `range` (what lengths are measured in).
    static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// True when the range holds at least one letter (any script).
    static func containsLetter(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { return true }
                index += 1
            } else {
                let (value, length) = scalar(in: bytes, at: index)
                if let s = Unicode.Scalar(value), s.properties.isAlphabetic { return true }
                index += length
            }
        }
        return false
    }
}
