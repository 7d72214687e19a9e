/// A forum thread copied from its web page, as the seed thread is: no marked posts, but the
/// page's furniture between them.
///
/// ```
/// Meldingen                   ┐
/// 2 Berichten                 │ furniture: short labels, one of them a counter,
/// 1                           │ "Topic starter" or a post's "Geplaatst:" line
/// Topic starter               ┘
///
/// Kan je Clonazepam combineren met MDMA?       ← post 1
///
/// Onderwerp trefwoorden       ┐ furniture
/// 2 antwoorden                │
/// 1                           ┘
///
/// Clonazepam en MDMA combineren wordt …       ← post 2
/// ```
///
/// A block of furniture (short labels only) is left out: it names the thread's subjects without
/// saying anything of them. The text after it starts a new post, headed "Bericht N" (the page has
/// no heading of its own there).
///
/// A thread written out as text opens each post with a line of its own, "**Pepmans** schreef:";
/// that line heads the post.
///
/// Used only where front matter does not say what kind of text a file is.
enum PastedForumThread {
    /// The posts of a thread pasted as text, as the items of its outline with a heading before each
    /// post, and the positions of the headings that start no post (the thread's title); nil for
    /// a text that is no such thread.
    static func posts(of items: [TextOutline.Item], bytes: [UInt8], lines: [TextLines.Line])
        -> (items: [TextOutline.Item], nonPostHeadings: Set<Int>)? {
        switch format(of: items, bytes: bytes, lines: lines) {
        case .page?: return pagePosts(items, bytes: bytes, lines: lines)
        case .writtenOut?: return writtenPosts(items, bytes: bytes, lines: lines)
        case nil: return nil
        }
    }

    private enum Format { case page, writtenOut }

    /// Which kind of pasted thread the text is, if any, in one pass over its lines: a forum page has
    /// a "Topic starter" line or two "Geplaatst:" lines (and is read as one whatever else it has); a
    /// thread written out has two lines like "**Pepmans** schreef:".
    private static func format(of items: [TextOutline.Item], bytes: [UInt8], lines: [TextLines.Line]) -> Format? {
        var posted = 0
        var openings = 0
        for case .block(let range) in items {
            for index in range {
                let text = TextOutline.lineText(bytes, lines[index])
                if isPostedLine(text) { posted += 1 }
                if isTopicStarter(text) || posted >= 2 { return .page }
                if isPostOpening(text) { openings += 1 }
            }
        }
        return openings >= 2 ? .writtenOut : nil
    }

    /// The items with the furniture left out and a heading before each post, and the positions
    /// of the headings that start no post: the page's title (a line of its own before everything
    /// else, made a heading here) heads the thread.
    private static func pagePosts(_ items: [TextOutline.Item], bytes: [UInt8], lines: [TextLines.Line])
        -> (items: [TextOutline.Item], nonPostHeadings: Set<Int>) {
        var items = items
        if case .block(let range)? = items.first, range.count == 1 {
            items[0] = .heading(TextOutline.lineText(bytes, lines[range.lowerBound]), line: range.lowerBound)
        }
        let title: Set<Int> = if case .heading? = items.first { [0] } else { [] }
        var result: [TextOutline.Item] = []
        var postStart: Int?
        var count = 0
        for item in items {
            guard case .block(let range) = item else {
                result.append(item)
                continue
            }
            let texts = range.map { TextOutline.lineText(bytes, lines[$0]) }
            if texts.allSatisfy(isShortLabel), texts.contains(where: isMark) {
                postStart = range.upperBound - 1
                continue
            }
            // A post's text with its counter right under it stays text; the next post still starts after it.
            let endsPost = texts.last.map(isMark) ?? false
            if let line = postStart {
                count += 1
                result.append(.heading("Bericht \(count)", line: line))
                postStart = nil
            }
            result.append(item)
            if endsPost { postStart = range.upperBound - 1 }
        }
        return (result, title)
    }

    /// The items with each line that opens a post made that post's heading; the headings already
    /// there (the thread's title) start no post.
    private static func writtenPosts(_ items: [TextOutline.Item], bytes: [UInt8], lines: [TextLines.Line])
        -> (items: [TextOutline.Item], nonPostHeadings: Set<Int>) {
        var result: [TextOutline.Item] = []
        var nonPostHeadings: Set<Int> = []
        for item in items {
            guard case .block(let range) = item else {
                nonPostHeadings.insert(result.count)
                result.append(item)
                continue
            }
            var start = range.lowerBound
            for index in range where isPostOpening(TextOutline.lineText(bytes, lines[index])) {
                if start < index { result.append(.block(start..<index)) }
                result.append(.heading(TextOutline.lineText(bytes, lines[index]), line: index))
                start = index + 1
            }
            if start < range.upperBound { result.append(.block(start..<range.upperBound)) }
        }
        return (result, nonPostHeadings)
    }

    /// "**Pepmans** schreef:", "Sanne schreef:": a short line that says who wrote what follows.
    private static func isPostOpening(_ text: String) -> Bool {
        text.lowercased().hasSuffix(" schreef:") && text.split(whereSeparator: \.isWhitespace).count <= 5
    }

    /// A line that marks the end of a post or the start of the next: a counter (how many
    /// reactions a post got), the topic starter's mark, or when a post was placed.
    private static func isMark(_ text: String) -> Bool {
        isCounter(text) || isTopicStarter(text) || isPostedLine(text)
    }

    /// A line of furniture: a few words, not a sentence ("Meldingen", "2 Berichten", "(@mod_sanne)").
    private static func isShortLabel(_ text: String) -> Bool {
        isPostedLine(text) || (text.split(whereSeparator: \.isWhitespace).count <= 5 && !".!?".contains(text.last ?? " "))
    }

    /// A line of digits alone.
    private static func isCounter(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 6 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }

    private static func isTopicStarter(_ text: String) -> Bool {
        text.lowercased() == "topic starter"
    }

    /// "Geplaatst: 02/11/2026 01:48"
    private static func isPostedLine(_ text: String) -> Bool {
        text.lowercased().hasPrefix("geplaatst:") && text.count <= 60
    }
}
