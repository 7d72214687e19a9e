/// `PlainTextParser.isHeadingCandidate` for a line of printable ASCII (and tabs), on its bytes.
///
///     ASCIIHeadingCandidate.test(Array("Tekst opmaken".utf8), relaxed: false)  // true
///
/// Most lines are ASCII, and the Character tests of the general path (grapheme breaking,
/// Unicode properties, Foundation's search) were a tenth of indexing. In printable ASCII every
/// byte is one Character, so each test becomes a byte test with the same outcome;
/// `KnowledgePlainTextTests` compares both paths on tricky and random lines.
enum ASCIIHeadingCandidate {
    /// Whether the fast path applies: printable ASCII and tabs only.
    static func applies(to bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }
    }

    static func test(_ bytes: UnsafeBufferPointer<UInt8>, relaxed: Bool) -> Bool {
        let count = bytes.count
        guard count >= 2, count <= PlainTextParser.maximumHeadingLength(relaxed: relaxed) else { return false }
        let first = bytes[0], last = bytes[count - 1]
        if last == 0x2E || last == 0x3A || last == 0x3B || last == 0x2C { return false }  // . : ; ,
        if relaxed {
            guard isLetter(first) || isDigit(first) || first == 0x22 else { return false }
        } else {
            guard (first >= 0x41 && first <= 0x5A) || isDigit(first) else { return false }
        }
        guard words(bytes) <= (relaxed ? 20 : 12) else { return false }
        if isListItem(bytes) { return false }
        if contains(bytes, "://") || startsWithWWW(bytes) { return false }
        if contains(bytes, ". ") || contains(bytes, "? ") || contains(bytes, "! ") { return false }
        if let colon = bytes.firstIndex(of: 0x3A), bytes[colon...].contains(where: isDigit) { return false }
        return true
    }

    /// `PlainTextParser.isListItem` on ASCII: a bullet (`-`, `*`, `+`, `>`), or up to four
    /// digits or one letter, then `.` or `)` and a space or the end.
    static func isListItem(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first == 0x2D || first == 0x2A || first == 0x2B || first == 0x3E { return true }
        var index = 0
        while index < bytes.count, isDigit(bytes[index]), index < 4 { index += 1 }
        if index == 0, isLetter(first), bytes.count > 1 { index = 1 }
        guard index > 0, index < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x29 else { return false }
        return index + 1 == bytes.count || isBlank(bytes[index + 1])
    }

    /// Runs of non-blank bytes.
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 0
        var inWord = false
        for byte in bytes {
            let blank = isBlank(byte)
            if !blank, !inWord { words += 1 }
            inWord = !blank
        }
        return words
    }

    private static func startsWithWWW(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 4 && bytes[0] | 0x20 == 0x77 && bytes[1] | 0x20 == 0x77 && bytes[2] | 0x20 == 0x77
            && bytes[3] == 0x2E
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        bytes.contains(bytes: UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// Space and tab: the only white space in printable ASCII.
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
