import Foundation

/// Lowercasing, Unicode normalization and diacritic folding: the character-level steps of the chain.
///
///     TermNormalizer.normalize("Géén")       // "géén" (lowercased, NFC)
///     TermNormalizer.foldDiacritics("géén")  // "geen"
///
/// ASCII, by far the most common case, never leaves the fast path.
public enum TermNormalizer {
    /// Lowercases and composes (NFC) a word given as UTF-8 bytes.
    public static func normalize(_ word: UnsafeBufferPointer<UInt8>) -> String {
        if word.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: word.count) { buffer in
                for (index, byte) in word.enumerated() {
                    buffer[index] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                }
                return word.count
            }
        }
        return normalize(String(decoding: word, as: UTF8.self))
    }

    /// Lowercases and composes (NFC) a word.
    public static func normalize(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return word.lowercased().precomposedStringWithCanonicalMapping
    }

    /// Removes accents and other combining marks: "vóór" → "voor", "geïnteresseerd" → "geinteresseerd".
    public static func foldDiacritics(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        var scalars = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars
        where !isCombiningMark(scalar) {
            scalars.append(scalar)
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
