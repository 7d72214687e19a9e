/// Extracts the readable text of an HTML (.html, .htm) page, by hand and in one pass.
///
/// ```swift
/// let parsed = HTMLParser.parse(bytes: Array("<h1>Dosering</h1><p>Neem &eacute;&eacute;n tablet.</p>".utf8))
/// parsed.body                   // "Dosering\n\nNeem één tablet."
/// parsed.sections[0].heading    // "Dosering"
/// ```
///
/// - Title: `<title>`, else the first `<h1>`.
/// - Skipped: comments, `<!DOCTYPE>`, `<?…?>`, the content of `<script>`, `<style>`,
///   `<template>`, `<noscript>` and `<svg>`, and everything in `<head>` except the title and
///   `<meta name="kind|date" content="…">`.
/// - Block-level tags (`p`, `div`, `li`, `br`, `tr`, `h1`–`h6`, `section`, `table`, …) end a
///   paragraph; `h1`–`h6` start a section (a post in a forum thread, `<meta name="kind"
///   content="forum">`). Table cells are separated by a space.
/// - Character references are decoded; whitespace (including `&nbsp;`) inside a paragraph is
///   collapsed to single spaces. `<pre>` is not treated specially.
/// - `body` is the extracted text: headings and paragraphs, separated by blank lines. A
///   paragraph's `lines` are the lines of the HTML file its text came from.
/// - Broken markup is tolerated: a `<` that starts no tag is text, an unclosed tag or comment
///   runs to the end of the file, an unclosed heading ends at the next block tag. Every byte
///   is looked at a bounded number of times, so the time is linear in the file size.
enum HTMLParser {
    static func parse(bytes: [UInt8]) -> ParsedText {
        var extractor = Extractor(bytes: bytes)
        extractor.run()
        return extractor.result()
    }

    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
        "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    ]
    static let cellTags: Set<String> = ["td", "th"]
    static let skippedContentTags: Set<String> = ["script", "style", "template", "noscript", "svg"]
    static let headTags: Set<String> = ["head", "html", "title", "meta", "link", "style", "script", "base", "noscript", "template"]

    /// Which of the sets above a tag name is in.
    struct TagRoles: OptionSet {
        let rawValue: UInt8
        static let block = TagRoles(rawValue: 1)
        static let cell = TagRoles(rawValue: 2)
        static let skippedContent = TagRoles(rawValue: 4)
        static let head = TagRoles(rawValue: 8)
    }

    /// Every tag name of the sets with its roles: one hash per tag instead of one per set asked.
    static let tagRoles: [String: TagRoles] = {
        var roles: [String: TagRoles] = [:]
        for (tags, role) in [(blockTags, TagRoles.block), (cellTags, .cell), (skippedContentTags, .skippedContent), (headTags, .head)] {
            for tag in tags { roles[tag, default: []].insert(role) }
        }
        return roles
    }()
    /// A "heading" longer than this is taken as a paragraph (an unclosed `<h2>` swallowing text).
    static let maximumHeadingLength = 300

    private struct Extractor {
        let bytes: [UInt8]
        let end: Int
        var index = 0

        // Line numbers: counted lazily and monotonically up to a position.
        var countedTo = 0
        var countedLine = 1

        var out: [UInt8] = []
        // The block (paragraph or heading) being collected.
        var blockStart: Int?
        var blockFirstLine = 0
        var blockLastLine = 0
        var blockLineStarts: [Int] = []
        var pendingSpace = false
        var headingLevel: Int?

        var sections: [Section] = []
        var current = Section(heading: nil, isPost: false, paragraphs: [])

        var inHead = false
        var title: String?
        var firstH1: String?
        var metaKind: String?
        var metaDate: String?
        var quoteAwareTags = true
        var noMoreTagEnds = false
        var titleUnclosed = false

        init(bytes: [UInt8]) {
            self.bytes = bytes
            self.end = bytes.count
            out.reserveCapacity(bytes.count / 2)
        }

        mutating func line(at position: Int) -> Int {
            while countedTo < position {
                let byte = bytes[countedTo]
                if byte == 0x0A {
                    countedLine += 1
                } else if byte == 0x0D, countedTo + 1 >= end || bytes[countedTo + 1] != 0x0A {
                    countedLine += 1
                }
                countedTo += 1
            }
            return countedLine
        }

        mutating func run() {
            while index < end {
                let byte = bytes[index]
                switch byte {
                case 0x3C: // <
                    tag()
                case 0x26: // &
                    if let (value, next) = HTMLEntities.decode(bytes, at: index, end: end) {
                        emit(scalar: value, line: line(at: index))
                        index = next
                    } else {
                        emitRun(index..<(index + 1))
                        index += 1
                    }
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    pendingSpace = true
                    index += 1
                default:
                    if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { // no-break space
                        pendingSpace = true
                        index += 2
                        continue
                    }
                    var stop = index + 1
                    while stop < end {
                        let b = bytes[stop]
                        if b == 0x3C || b == 0x26 || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { break }
                        if b == 0xC2, stop + 1 < end, bytes[stop + 1] == 0xA0 { break }
                        stop += 1
                    }
                    emitRun(index..<stop)
                    index = stop
                }
            }
            endBlock()
        }

        // MARK: Text

        mutating func emit(scalar value: UInt32, line: Int) {
            if TextLines.isBlank(value) {
                pendingSpace = true
                return
            }
            var encoded: [UInt8] = []
            TextDecoding.appendUTF8(value, to: &encoded)
            append(encoded[...], line: line)
        }

        mutating func emitRun(_ range: Range<Int>) {
            append(bytes[range], line: line(at: range.lowerBound))
        }

        mutating func append(_ text: ArraySlice<UInt8>, line: Int) {
            if inHead { return }
            if let start = blockStart {
                if pendingSpace, out.count > start { out.append(0x20) }
                if line > blockLastLine {
                    blockLineStarts.append(out.count)
                    blockLastLine = line
                }
            } else {
                if !out.isEmpty { out.append(contentsOf: [0x0A, 0x0A]) }
                blockStart = out.count
                blockFirstLine = line
                blockLastLine = line
                blockLineStarts = []
            }
            out.append(contentsOf: text)
            pendingSpace = false
        }

        mutating func endBlock() {
            defer {
                blockStart = nil
                headingLevel = nil
                pendingSpace = false
            }
            guard let start = blockStart else { return }
            let range = start..<out.count
            if let level = headingLevel, TextLines.scalarCount(out, range) <= HTMLParser.maximumHeadingLength {
                let text = TextLines.string(out, range)
                if level == 1, firstH1 == nil { firstH1 = text }
                if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
                current = Section(heading: text, isPost: false, paragraphs: [])
            } else if TextLines.containsLetter(out, range) {
                current.paragraphs.append(Paragraph(range: range, lines: blockFirstLine...blockLastLine, lineStarts: blockLineStarts))
            }
        }

        // MARK: Markup

        mutating func tag() {
            let next = index + 1 < end ? bytes[index + 1] : 0
            if next == 0x21 { // <!
                if index + 3 < end, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                    index = find([0x2D, 0x2D, 0x3E], from: index + 4).map { $0 + 3 } ?? end
                } else {
                    index = tagEnd(from: index + 2, quoteAware: false) ?? end
                }
                return
            }
            if next == 0x3F { // <?
                index = tagEnd(from: index + 2, quoteAware: false) ?? end
                return
            }
            let closing = next == 0x2F
            let nameStart = index + (closing ? 2 : 1)
            guard nameStart < end, isASCIILetter(bytes[nameStart]), !noMoreTagEnds else {
                emitRun(index..<(index + 1)) // a "<" that starts no tag is text
                index += 1
                return
            }
            var nameEnd = nameStart
            while nameEnd < end, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            guard let after = tagEnd(from: nameEnd, quoteAware: !closing) else {
                noMoreTagEnds = true
                emitRun(index..<(index + 1))
                index += 1
                return
            }
            // Name bytes are ASCII: lowercasing them is `lowercased()`, without its Unicode tables.
            let name = String(unsafeUninitializedCapacity: nameEnd - nameStart) { buffer in
                for offset in 0..<(nameEnd - nameStart) {
                    let byte = bytes[nameStart + offset]
                    buffer[offset] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                }
                return nameEnd - nameStart
            }
            let roles = HTMLParser.tagRoles[name] ?? []
            let selfClosing = after >= 2 && bytes[after - 2] == 0x2F
            index = after
            if closing {
                closeTag(name, roles: roles)
            } else {
                openTag(name, roles: roles, attributes: nameEnd..<(after - 1), selfClosing: selfClosing)
            }
        }

        mutating func openTag(_ name: String, roles: HTMLParser.TagRoles, attributes: Range<Int>, selfClosing: Bool) {
            if inHead, !roles.contains(.head) { inHead = false }
            switch name {
            case "head":
                inHead = true
            case "title":
                // An unclosed <title> ends at the next tag, not at the end of the file.
                var contentEnd = titleUnclosed ? end : findClosing("title", from: index)
                let closed = contentEnd < end
                if !closed {
                    titleUnclosed = true
                    contentEnd = find([0x3C], from: index) ?? end
                }
                let text = collapsedText(index..<contentEnd)
                if title == nil, !text.isEmpty { title = text }
                index = closed ? skipClosingTag(at: contentEnd) : contentEnd
            case "meta":
                readMeta(attributes)
            case _ where roles.contains(.skippedContent):
                if !selfClosing {
                    index = skipClosingTag(at: findClosing(name, from: index))
                }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                endBlock()
                headingLevel = Int(String(name.dropFirst()))
            case "body":
                inHead = false
                endBlock()
            case _ where roles.contains(.block):
                if headingLevel != nil, name == "br" { pendingSpace = true } else { endBlock() }
            case _ where roles.contains(.cell):
                pendingSpace = true
            default:
                break
            }
        }

        mutating func closeTag(_ name: String, roles: HTMLParser.TagRoles) {
            if name == "head" { inHead = false; return }
            if roles.contains(.block) {
                endBlock()
            } else if roles.contains(.cell) {
                pendingSpace = true
            }
        }

        /// `<meta name="kind" content="forum">`, `<meta name="date" content="…">` (also
        /// `dcterms.date`, `property="article:published_time"`).
        mutating func readMeta(_ range: Range<Int>) {
            let attributes = parseAttributes(range)
            guard let content = attributes["content"] else { return }
            let key = (attributes["name"] ?? attributes["property"] ?? "").lowercased()
            switch key {
            case "kind", "vraagbaak:kind": if metaKind == nil { metaKind = content }
            case "date", "dcterms.date", "dc.date", "article:published_time": if metaDate == nil { metaDate = content }
            default: break
            }
        }

        func parseAttributes(_ range: Range<Int>) -> [String: String] {
            var result: [String: String] = [:]
            var position = range.lowerBound
            let stop = range.upperBound
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x2F }
            while position < stop {
                while position < stop, isSpace(bytes[position]) { position += 1 }
                let nameStart = position
                while position < stop, !isSpace(bytes[position]), bytes[position] != 0x3D { position += 1 }
                let name = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
                while position < stop, bytes[position] == 0x20 { position += 1 }
                var value = ""
                if position < stop, bytes[position] == 0x3D {
                    position += 1
                    while position < stop, bytes[position] == 0x20 { position += 1 }
                    if position < stop, bytes[position] == 0x22 || bytes[position] == 0x27 {
                        let quote = bytes[position]
                        let valueStart = position + 1
                        position = valueStart
                        while position < stop, bytes[position] != quote { position += 1 }
                        value = collapsedText(valueStart..<position)
                        position += 1
                    } else {
                        let valueStart = position
                        while position < stop, !isSpace(bytes[position]) || bytes[position] == 0x2F { position += 1 }
                        value = collapsedText(valueStart..<position)
                    }
                }
                if !name.isEmpty, result[name] == nil { result[name] = value }
                if position == nameStart { position += 1 }
            }
            return result
        }

        /// Text with references decoded and whitespace collapsed (for the title and attributes).
        func collapsedText(_ range: Range<Int>) -> String {
            var buffer: [UInt8] = []
            var space = false
            var position = range.lowerBound
            while position < range.upperBound {
                let byte = bytes[position]
                var value: UInt32
                var next: Int
                if byte == 0x26, let (decoded, after) = HTMLEntities.decode(bytes, at: position, end: range.upperBound) {
                    value = decoded
                    next = after
                } else {
                    (value, next) = TextLines.scalar(in: bytes, at: position)
                    next += position
                }
                if TextLines.isBlank(value) {
                    space = true
                } else {
                    if space, !buffer.isEmpty { buffer.append(0x20) }
                    space = false
                    TextDecoding.appendUTF8(value, to: &buffer)
                }
                position = next
            }
            return String(decoding: buffer, as: UTF8.self)
        }

        // MARK: Searching (always forward)

        /// The index just past the `>` that ends a tag whose name ends before `from`; nil when
        /// there is none. Quotes in attribute values are honoured until one is left unclosed,
        /// after which `>` is searched plainly (so that a stray quote costs one scan, not one
        /// per tag).
        mutating func tagEnd(from: Int, quoteAware: Bool) -> Int? {
            if quoteAware, quoteAwareTags {
                var position = from
                var quote: UInt8 = 0
                while position < end {
                    let byte = bytes[position]
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == 0x22 || byte == 0x27 {
                        if position > from, bytes[position - 1] == 0x3D || bytes[position - 1] == 0x20 { quote = byte }
                    } else if byte == 0x3E {
                        return position + 1
                    }
                    position += 1
                }
                quoteAwareTags = false
            }
            return find([0x3E], from: from).map { $0 + 1 }
        }

        /// The index of the `</name` that closes raw content starting at `from`, or the end.
        func findClosing(_ name: String, from: Int) -> Int {
            let pattern = Array(("</" + name).utf8)
            var position = from
            while position + pattern.count <= end {
                if bytes[position] == 0x3C, bytes[position + 1] == 0x2F {
                    var matches = true
                    for k in 2..<pattern.count where bytes[position + k] | 0x20 != pattern[k] {
                        matches = false
                        break
                    }
                    if matches { return position }
                }
                position += 1
            }
            return end
        }

        /// Past the `>` of a closing tag at `position` (or the end).
        mutating func skipClosingTag(at position: Int) -> Int {
            guard position < end else { return end }
            return tagEnd(from: position + 2, quoteAware: false) ?? end
        }

        func find(_ pattern: [UInt8], from: Int) -> Int? {
            var position = from
            while position + pattern.count <= end {
                if bytes[position] == pattern[0] {
                    var matches = true
                    for k in 1..<pattern.count where bytes[position + k] != pattern[k] {
                        matches = false
                        break
                    }
                    if matches { return position }
                }
                position += 1
            }
            return nil
        }

        func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isNameByte(_ byte: UInt8) -> Bool {
            isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x3A || byte == 0x5F
        }

        mutating func result() -> ParsedText {
            if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
            var notes: [String] = []
            let kind = ParsedText.kind(from: metaKind, notes: &notes)
            if kind == .forum {
                for position in sections.indices { sections[position].isPost = sections[position].heading != nil }
            }
            return ParsedText(title: title ?? firstH1, kind: kind, date: metaDate,
                              body: String(decoding: out, as: UTF8.self), sections: sections, notes: notes)
        }
    }
}
