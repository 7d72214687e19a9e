/// The shared second half of the .txt and .md parsers: a list of headings and paragraph
/// blocks (runs of non-blank lines) becomes the sections of a document.
///
/// ```swift
/// let items: [TextOutline.Item] = [.heading("Dosering", line: 1), .block(1..<3)]
/// let sections = TextOutline.sections(items, bytes: bytes, lines: lines, kind: .article)
/// ```
enum TextOutline {
    enum Item: Sendable, Equatable {
        /// A heading line: its text and its index in the file's lines.
        case heading(String, line: Int)
        /// A paragraph: a range of indices into the file's lines, all non-blank.
        case block(Range<Int>)
    }

    /// Groups consecutive non-blank lines of `lines[from...]` into blocks. `heading` (given a
    /// line index) returns the heading text of a heading line, which then stands on its own
    /// and ends the block before it; an empty text drops the line (a bare `#`).
    static func items(
        bytes: [UInt8], lines: [TextLines.Line], from: Int,
        heading: (Int) -> String?
    ) -> [Item] {
        var items: [Item] = []
        var blockStart: Int?
        func close(_ end: Int) {
            if let start = blockStart, start < end { items.append(.block(start..<end)) }
            blockStart = nil
        }
        var index = from
        while index < lines.count {
            if TextLines.isBlankLine(bytes, lines[index]) {
                close(index)
            } else if let text = heading(index) {
                close(index)
                if !text.isEmpty { items.append(.heading(text, line: index)) }
            } else if blockStart == nil {
                blockStart = index
            }
            index += 1
        }
        close(lines.count)
        return items
    }

    /// Sections from items. In a forum thread every heading starts a post; text before the
    /// first heading is the thread header (not a post). Blocks without a single letter
    /// (counters, rules like `---`) are not paragraphs.
    static func sections(
        _ items: [Item], bytes: [UInt8], lines: [TextLines.Line], kind: DocumentKind,
        nonPostHeadings: Set<Int> = []
    ) -> [Section] {
        var sections: [Section] = []
        var current = Section(heading: nil, isPost: false, paragraphs: [])
        for (position, item) in items.enumerated() {
            switch item {
            case .heading(let text, _):
                if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
                let isPost = kind == .forum && !nonPostHeadings.contains(position)
                current = Section(heading: text, isPost: isPost, paragraphs: [])
            case .block(let range):
                if let paragraph = paragraph(bytes: bytes, lines: lines[range]) {
                    current.paragraphs.append(paragraph)
                }
            }
        }
        if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
        return sections
    }

    /// A paragraph over non-blank lines: from the first non-blank character to the last.
    static func paragraph(bytes: [UInt8], lines: ArraySlice<TextLines.Line>) -> Paragraph? {
        guard let first = lines.first, let last = lines.last else { return nil }
        let range = TextLines.trimmed(bytes, first.start..<last.end)
        guard !range.isEmpty, TextLines.containsLetter(bytes, range) else { return nil }
        let starts = lines.dropFirst().map { max($0.start, range.lowerBound) }
        return Paragraph(range: range, lines: first.number...last.number, lineStarts: starts)
    }

    /// The trimmed text of one line.
    static func lineText(_ bytes: [UInt8], _ line: TextLines.Line) -> String {
        TextLines.string(bytes, TextLines.trimmed(bytes, line.start..<line.end))
    }

    /// The text of an ATX heading line (`#` … `######`, at most three spaces of indent, then a
    /// space or the end of the line), without the marks and a closing `#` sequence;
    /// nil when the line is no ATX heading. An empty string for a bare `#`.
    static func atxHeading(_ bytes: [UInt8], _ line: TextLines.Line) -> String? {
        var index = line.start
        var indent = 0
        while index < line.end, bytes[index] == 0x20, indent < 4 { index += 1; indent += 1 }
        guard indent <= 3, index < line.end, bytes[index] == 0x23 else { return nil }
        var level = 0
        while index < line.end, bytes[index] == 0x23 { index += 1; level += 1 }
        guard level <= 6 else { return nil }
        if index < line.end, bytes[index] != 0x20, bytes[index] != 0x09 { return nil }
        var end = TextLines.trimmed(bytes, index..<line.end).upperBound
        // Closing sequence: " ##" at the end.
        var hashes = end
        while hashes > index, bytes[hashes - 1] == 0x23 { hashes -= 1 }
        if hashes < end, hashes > index, bytes[hashes - 1] == 0x20 || bytes[hashes - 1] == 0x09 { end = hashes }
        else if hashes == index { end = index }
        return TextLines.string(bytes, TextLines.trimmed(bytes, index..<end))
    }

    /// The title a block gives when nothing better is known: its first line with a letter
    /// (not a rule like `---`), shortened.
    static func fallbackTitle(_ bytes: [UInt8], _ lines: [TextLines.Line], block range: Range<Int>) -> String {
        let line = range.first { TextLines.containsLetter(bytes, lines[$0].start..<lines[$0].end) } ?? range.lowerBound
        return shortTitle(lineText(bytes, lines[line]))
    }

    /// A title shortened to at most `limit` characters, cut at a word boundary.
    static func shortTitle(_ text: String, limit: Int = 100) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// The file name without folders and extension: the title of last resort.
    static func fileTitle(_ source: String) -> String {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
