/// YAML-style front matter at the very top of a .txt or .md file:
///
/// ```
/// ---
/// title: "Clonazepam met MDMA"
/// kind: forum
/// date: 2024-03-01
/// source: https://example.org/draad/123
/// ---
/// ```
///
/// Only flat `key: value` lines are read (values quoted or not); comment lines (`#`),
/// indented lines and list items are allowed and ignored. Any other line means the block is
/// not front matter, and the file is read as if it had none. The closing line is `---` or `...`.
struct FrontMatter: Sendable, Equatable {
    /// Keys lowercased; values trimmed, quotes removed.
    var fields: [String: String]
    /// Index (into the file's lines) of the first line after the front matter.
    var bodyLineIndex: Int

    var title: String? { nonEmpty(fields["title"]) }
    var date: String? { nonEmpty(fields["date"]) }
    var kindValue: String? { nonEmpty(fields["kind"]) }

    private func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    /// How many lines may lie between the fences before the block is not taken as front matter.
    static let maximumLines = 200

    static func parse(_ bytes: [UInt8], lines: [TextLines.Line]) -> FrontMatter? {
        guard let first = lines.first, first.start == 0, fence(bytes, first) == "---" else { return nil }
        var fields: [String: String] = [:]
        var index = 1
        while index < lines.count, index <= maximumLines {
            let line = lines[index]
            let fenceText = fence(bytes, line)
            if fenceText == "---" || fenceText == "..." {
                return FrontMatter(fields: fields, bodyLineIndex: index + 1)
            }
            let text = TextLines.string(bytes, line.start..<line.end)
            if let (key, value) = keyValue(text) {
                fields[key] = value
            } else if !isIgnorable(text) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The line with trailing whitespace removed, when it is at most a few bytes long.
    private static func fence(_ bytes: [UInt8], _ line: TextLines.Line) -> String? {
        guard line.end - line.start <= 16 else { return nil }
        let range = TextLines.trimmed(bytes, line.start..<line.end)
        guard range.lowerBound == line.start else { return nil }
        return TextLines.string(bytes, range)
    }

    private static func isIgnorable(_ text: String) -> Bool {
        guard let first = text.first else { return true }
        if text.allSatisfy({ $0.isWhitespace }) { return true }
        return first == "#" || first == " " || first == "\t" || first == "-"
    }

    /// `key: value` with a key of letters, digits, `_` or `-`.
    static func keyValue(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
              key.first != "-" else { return nil }
        let rest = text[text.index(after: colon)...]
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return (key.lowercased(), unquote(trim(rest)))
    }

    static func trim(_ text: Substring) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
        let last = text.lastIndex(where: { !$0.isWhitespace })!
        return text[first...last]
    }

    static func unquote(_ value: Substring) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else {
            return String(value)
        }
        let inner = value.dropFirst().dropLast()
        var out = ""
        var escaped = false
        var previousQuote = false
        for character in inner {
            if first == "'" {
                // YAML single quotes: '' stands for one '.
                if character == "'" && previousQuote { previousQuote = false; continue }
                previousQuote = character == "'"
                out.append(character)
            } else if escaped {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

extension DocumentKind {
    /// Reads the `kind` of front matter or a `<meta name="kind">`: `article`/`artikel`,
    /// `forum`/`thread`/`draad`; nil for anything else.
    init?(frontMatterValue value: String) {
        switch value.lowercased() {
        case "article", "artikel": self = .article
        case "forum", "thread", "draad", "forumdraad": self = .forum
        default: return nil
        }
    }
}
