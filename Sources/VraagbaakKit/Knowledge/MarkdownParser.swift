/// Parses a Markdown (.md, .markdown) file. Paragraph text stays verbatim, markup included.
///
/// ```swift
/// let parsed = MarkdownParser.parse(bytes: Array(text.utf8), string: text)
/// ```
///
/// - Front matter (`---` … `---`) may give `title`, `kind` and `date`.
/// - ATX headings (`#` … `######`) and one-line setext headings (a line underlined with `===`
///   or `---`) start sections; in a forum thread (`kind: forum`) every heading starts a post.
///   Without a `kind` in front matter, a forum thread copied from its web page is one
///   (``PastedForumThread``).
/// - Paragraphs are separated by blank lines; a fenced code block (``` or ~~~) is one
///   paragraph, blank lines and `#` lines inside it included.
/// - Title: front matter `title`, else the first level-1 heading, else the first line.
enum MarkdownParser {
    static func parse(bytes: [UInt8], string: String) -> ParsedText {
        let lines = TextLines.split(bytes)
        let frontMatter = FrontMatter.parse(bytes, lines: lines)
        var notes: [String] = []
        var kind = ParsedText.kind(from: frontMatter?.kindValue, notes: &notes)
        let start = frontMatter?.bodyLineIndex ?? 0

        var items: [TextOutline.Item] = []
        var blockStart: Int?
        var fence: (byte: UInt8, length: Int)?
        var firstLevelOne: String?
        func close(_ end: Int) {
            if let begin = blockStart, begin < end { items.append(.block(begin..<end)) }
            blockStart = nil
        }
        var index = start
        while index < lines.count {
            let line = lines[index]
            if let open = fence {
                if let marker = fenceMarker(bytes, line), marker.byte == open.byte, marker.length >= open.length,
                   marker.isBare {
                    fence = nil
                    close(index + 1)
                }
            } else if let marker = fenceMarker(bytes, line) {
                close(index)
                blockStart = index
                fence = (marker.byte, marker.length)
            } else if TextLines.isBlankLine(bytes, line) {
                close(index)
            } else if let text = TextOutline.atxHeading(bytes, line) {
                close(index)
                if !text.isEmpty {
                    items.append(.heading(text, line: index))
                    if firstLevelOne == nil, headingLevel(bytes, line) == 1 { firstLevelOne = text }
                }
            } else if let begin = blockStart, index == begin + 1, let level = setextLevel(bytes, line),
                      !isListItemLine(bytes, lines[begin]) {
                let text = TextOutline.lineText(bytes, lines[begin])
                blockStart = nil
                items.append(.heading(text, line: begin))
                if firstLevelOne == nil, level == 1 { firstLevelOne = text }
            } else if blockStart == nil {
                blockStart = index
            }
            index += 1
        }
        close(lines.count)
        var nonPostHeadings: Set<Int> = []
        if frontMatter?.kindValue == nil, let thread = PastedForumThread.posts(of: items, bytes: bytes, lines: lines) {
            kind = .forum
            (items, nonPostHeadings) = thread
        }

        var title = frontMatter?.title ?? firstLevelOne
        if title == nil, let first = items.first {
            switch first {
            case .heading(let text, _): title = text
            case .block(let range): title = TextOutline.fallbackTitle(bytes, lines, block: range)
            }
        }
        let sections = TextOutline.sections(items, bytes: bytes, lines: lines, kind: kind, nonPostHeadings: nonPostHeadings)
        return ParsedText(title: title, kind: kind, date: frontMatter?.date, body: string, sections: sections, notes: notes)
    }

    /// A fence line: at most three spaces, then three or more backticks or tildes.
    private static func fenceMarker(_ bytes: [UInt8], _ line: TextLines.Line) -> (byte: UInt8, length: Int, isBare: Bool)? {
        var index = line.start
        var indent = 0
        while index < line.end, bytes[index] == 0x20, indent < 4 { index += 1; indent += 1 }
        guard indent <= 3, index < line.end, bytes[index] == 0x60 || bytes[index] == 0x7E else { return nil }
        let byte = bytes[index]
        var length = 0
        while index < line.end, bytes[index] == byte { index += 1; length += 1 }
        guard length >= 3 else { return nil }
        return (byte, length, TextLines.trimmed(bytes, index..<line.end).isEmpty)
    }

    private static func headingLevel(_ bytes: [UInt8], _ line: TextLines.Line) -> Int {
        var index = line.start
        while index < line.end, bytes[index] == 0x20 { index += 1 }
        var level = 0
        while index < line.end, bytes[index] == 0x23 { index += 1; level += 1 }
        return level
    }

    /// 1 for a line of `=`, 2 for a line of `-` (at least three, up to three spaces of indent).
    private static func setextLevel(_ bytes: [UInt8], _ line: TextLines.Line) -> Int? {
        let range = TextLines.trimmed(bytes, line.start..<line.end)
        guard range.count >= 3, range.lowerBound - line.start <= 3 else { return nil }
        let byte = bytes[range.lowerBound]
        guard byte == 0x3D || byte == 0x2D, bytes[range].allSatisfy({ $0 == byte }) else { return nil }
        return byte == 0x3D ? 1 : 2
    }

    private static func isListItemLine(_ bytes: [UInt8], _ line: TextLines.Line) -> Bool {
        PlainTextParser.isListItem(TextOutline.lineText(bytes, line))
    }
}
