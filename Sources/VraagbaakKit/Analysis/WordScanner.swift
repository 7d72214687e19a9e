/// Finds the words in UTF-8 text: runs of letters, digits and combining marks, with their byte offsets.
///
///     WordScanner.forEachWord(in: Array("Benzo's en MDMA-sessies".utf8)) { range in ... }
///     // "Benzo" (0..<5), "en", "MDMA", "sessies"
///
/// Everything else separates words. An apostrophe-s after a word is a Dutch plural or genitive
/// ("benzo's", "MDMA’s") and is dropped, so the word keeps its own form.
/// Words longer than ``maximumWordLength`` bytes are skipped: they are never words a person asks for,
/// and they would only cost the stemmer time.
public enum WordScanner {
    public static let maximumWordLength = 64

    /// Calls `body` with the byte range of each word; stops early when `body` returns false.
    @inlinable
    public static func forEachWord(
        in text: UnsafeBufferPointer<UInt8>,
        _ body: (Range<Int>) -> Bool
    ) {
        let count = text.count
        var index = 0
        while index < count {
            // Skip separators.
            var (isWord, width) = classify(text, at: index)
            while index < count && !isWord {
                index += width
                if index < count { (isWord, width) = classify(text, at: index) }
            }
            guard index < count else { return }
            let start = index
            while index < count {
                let (isWordByte, width) = classify(text, at: index)
                guard isWordByte else { break }
                index += width
            }
            let end = index
            if index < count, let skip = apostropheSuffixLength(text, at: index) {
                index += skip
            }
            if end - start <= maximumWordLength, !body(start..<end) { return }
        }
    }

    /// Whether the character at `index` belongs to a word, and its width in bytes.
    @inlinable
    static func classify(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let byte = text[index]
        if byte < 0x80 {
            let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            return (isWord, 1)
        }
        guard let (scalar, width) = decodeScalar(text, at: index) else { return (false, 1) }
        return (isWordScalar(scalar), width)
    }

    @usableFromInline
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
             .decimalNumber, .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    /// Decodes one scalar from well-formed UTF-8; nil for a malformed sequence.
    @usableFromInline
    static func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = text[index]
        let width: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: width = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: width = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: width = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + width <= text.count else { return nil }
        for offset in 1..<width {
            let next = text[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }

    /// The length of an apostrophe-s ("'s", "’s") that ends the word before `index`, if there is one.
    @usableFromInline
    static func apostropheSuffixLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let apostropheWidth: Int
        if text[index] == 0x27 {
            apostropheWidth = 1
        } else if index + 2 < text.count, text[index] == 0xE2, text[index + 1] == 0x80,
                  text[index + 2] == 0x99 || text[index + 2] == 0x98 {
            apostropheWidth = 3  // ’ or ‘
        } else {
            return nil
        }
        let s = index + apostropheWidth
        guard s < text.count, text[s] == 0x73 || text[s] == 0x53 else { return nil }
        let after = s + 1
        if after < text.count, classify(text, at: after).0 { return nil }
        return apostropheWidth + 1
    }
}
