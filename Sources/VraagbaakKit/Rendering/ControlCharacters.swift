/// Makes text safe to show on a terminal: control characters, DEL, C1 controls and bidi
/// overrides become visible `\u{1B}` escapes instead of acting on the terminal.
///
///     ControlCharacters.escaped("rood\u{1B}[31m")  // "rood\\u{1B}[31m"
///
/// Text from questions and knowledge files passes through here before it is shown; tabs, and
/// newlines when asked, stay as they are.
public enum ControlCharacters {
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingNewlines: keepingNewlines) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A, 0x0D: !keepingNewlines
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true // bidi embeddings, overrides, isolates
        default: false
        }
    }
}
