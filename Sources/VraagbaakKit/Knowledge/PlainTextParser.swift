/// Parses a plain-text (.txt) file.
///
/// ```swift
/// let parsed = PlainTextParser.parse(bytes: Array(text.utf8), string: text)
/// parsed.sections.map(\.heading)   // [“Clonazepam: wat is het…”, “Belangrijke informatie…”, …]
/// ```
///
/// - Front matter (`---` … `---`) may give `title`, `kind` and `date`.
/// - Paragraphs are separated by blank (whitespace-only) lines.
/// - Markdown-style ATX lines (`# Kop`) start sections (in a forum thread: posts).
/// - Without a `kind` in front matter, a forum thread copied from its web page is one
///   (``PastedForumThread``).
/// - In articles, headings are also recognised without marks: a paragraph of one short line
///   (see `isHeadingCandidate`) followed by a real paragraph that is not such a line itself.
/// - The first paragraph, when it is a single title-like line, is the title line: it heads
///   the first section instead of being passage text, and is the title when front matter
///   gives none. Otherwise the first line (shortened) is the title.
enum PlainTextParser {
    static func parse(bytes: [UInt8], string: String) -> ParsedText {
        let lines = TextLines.split(bytes)
        let frontMatter = FrontMatter.parse(bytes, lines: lines)
        var notes: [String] = []
        var kind = ParsedText.kind(from: frontMatter?.kindValue, notes: &notes)
        var items = TextOutline.items(bytes: bytes, lines: lines, from: frontMatter?.bodyLineIndex ?? 0) { index in
            TextOutline.atxHeading(bytes, lines[index])
        }
        var nonPostHeadings: Set<Int> = []
        if frontMatter?.kindValue == nil, let thread = PastedForumThread.posts(of: items, bytes: bytes, lines: lines) {
            kind = .forum
            (items, nonPostHeadings) = thread
        }

        var title = frontMatter?.title
        // The title line.
        if case .block(let range)? = items.first {
            let text = TextOutline.lineText(bytes, lines[range.lowerBound])
            if range.count == 1, isHeadingCandidate(text, relaxed: true), items.count > 1 {
                items[0] = .heading(text, line: range.lowerBound)
                nonPostHeadings.insert(0)
                if title == nil { title = text }
            } else if title == nil {
                title = TextOutline.fallbackTitle(bytes, lines, block: range)
            }
        } else if title == nil, case .heading(let text, _)? = items.first {
            title = text
        }
        // Headings without marks (articles only: in a forum thread, only marked headings start posts).
        if kind == .article {
            var candidates = [Bool](repeating: false, count: items.count)
            for (position, item) in items.enumerated() {
                if case .block(let range) = item, range.count == 1 {
                    let line = lines[range.lowerBound]
                    // Most one-line paragraphs are long sentences: no string is built for those.
                    candidates[position] = !exceedsHeadingLength(bytes, line, relaxed: false)
                        && isHeadingCandidate(TextOutline.lineText(bytes, line), relaxed: false)
                }
            }
            for position in items.indices where candidates[position] && position + 1 < items.count {
                guard case .block(let range) = items[position],
                      case .block(let next) = items[position + 1], !candidates[position + 1],
                      isRealParagraph(bytes, lines[next]) else { continue }
                items[position] = .heading(TextOutline.lineText(bytes, lines[range.lowerBound]), line: range.lowerBound)
            }
        }
        let sections = TextOutline.sections(items, bytes: bytes, lines: lines, kind: kind, nonPostHeadings: nonPostHeadings)
        return ParsedText(title: title, kind: kind, date: frontMatter?.date, body: string, sections: sections, notes: notes)
    }

    /// The most Unicode scalars a heading line has (`relaxed`: the title line).
    static func maximumHeadingLength(relaxed: Bool) -> Int { relaxed ? 150 : 90 }

    /// Whether the trimmed line holds more Unicode scalars than `isHeadingCandidate` allows (it
    /// then says no on length alone), counted on the bytes and only as far as that limit.
    static func exceedsHeadingLength(_ bytes: [UInt8], _ line: TextLines.Line, relaxed: Bool) -> Bool {
        let range = TextLines.trimmed(bytes, line.start..<line.end)
        let limit = maximumHeadingLength(relaxed: relaxed)
        var scalars = 0
        for index in range where bytes[index] & 0xC0 != 0x80 {
            scalars += 1
            if scalars > limit { return true }
        }
        return false
    }

    /// A real paragraph follows a heading: one with letters (the caller has already ruled
    /// out that it is a heading candidate itself).
    static func isRealParagraph(_ bytes: [UInt8], _ lines: ArraySlice<TextLines.Line>) -> Bool {
        guard let first = lines.first, let last = lines.last else { return false }
        let range = first.start..<last.end
        return TextLines.containsLetter(bytes, range)
    }

    /// Could this (trimmed) line be a heading? Short (at most 90 characters and 12 words;
    /// `relaxed`, for the title line: 150 and 20), starts with a capital (relaxed: any letter
    /// or digit), does not end in `.`, `:`, `;` or `,`, holds one sentence at most, is no
    /// list item, URL or `label: value with digits` line such as “Laatste update: 13 juni, 2022”.
    static func isHeadingCandidate(_ text: String, relaxed: Bool) -> Bool {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
            ASCIIHeadingCandidate.applies(to: bytes) ? ASCIIHeadingCandidate.test(bytes, relaxed: relaxed) : nil
        }
        return (fast ?? nil) ?? isHeadingCandidateOfCharacters(text, relaxed: relaxed)
    }

    /// The general path of `isHeadingCandidate`, on Characters.
    static func isHeadingCandidateOfCharacters(_ text: String, relaxed: Bool) -> Bool {
        let length = text.unicodeScalars.count
        guard length >= 2, length <= maximumHeadingLength(relaxed: relaxed), let first = text.first, let last = text.last else { return false }
        // The cheap tests first: most one-line paragraphs are sentences, and fail on their last character.
        if last == "." || last == ":" || last == ";" || last == "," { return false }
        if relaxed {
            guard first.isLetter || first.isNumber || first == "\"" || first == "“" else { return false }
        } else {
            guard first.isUppercase || first.isNumber else { return false }
        }
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        guard words <= (relaxed ? 20 : 12) else { return false }
        if isListItem(text) { return false }
        if contains(text, "://") || text.lowercased().hasPrefix("www.") { return false }
        for mark in [". ", "? ", "! "] where contains(text, mark) { return false }
        if let colon = text.firstIndex(of: ":"), text[colon...].contains(where: { $0.isNumber }) { return false }
        return true
    }

    /// `text.contains(needle)` for an ASCII needle. The bytes are searched first, because
    /// Foundation's search is slow; it still decides when the bytes hold the needle (it compares
    /// characters, not bytes, and no other text is canonically equivalent to these ASCII marks).
    private static func contains(_ text: String, _ needle: String) -> Bool {
        let hasBytes = text.utf8.withContiguousStorageIfAvailable { $0.contains(bytes: Array(needle.utf8)) } ?? true
        return hasBytes && text.contains(needle)
    }

    /// Starts with a bullet (`•`, `-`, `*`, `+`, `–`, …) or an enumeration like `1.`, `2)`, `a)`.
    static func isListItem(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "•·▪‣◦●○■□-*+–—>".contains(first) { return true }
        var index = text.startIndex
        var digits = 0
        while index < text.endIndex, text[index].isNumber, digits < 4 { index = text.index(after: index); digits += 1 }
        if digits == 0, first.isLetter, text.count > 1 { index = text.index(after: index); digits = 1 }
        guard digits > 0, index < text.endIndex, text[index] == "." || text[index] == ")" else { return false }
        let after = text.index(after: index)
        return after == text.endIndex || text[after].isWhitespace
    }
}
