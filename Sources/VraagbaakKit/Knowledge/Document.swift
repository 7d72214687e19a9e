/// What kind of text a document is: an article, or a forum thread made of posts.
public enum DocumentKind: String, Sendable, Codable {
    case article
    case forum
}

/// One file of the knowledge folder, read and parsed.
///
/// ```swift
/// let folder = KnowledgeFolder(root: URL(filePath: "Knowledge"))
/// let (files, _) = try folder.scan()
/// if let document = folder.load(files[0]).document {
///     print(document.title, document.sections.count)
/// }
/// ```
///
/// `body` is the text every paragraph points into: the decoded file for `.txt` and `.md`
/// (byte for byte the file when it is UTF-8, minus a byte-order mark), the extracted text
/// for HTML.
public struct Document: Sendable, Equatable {
    /// Path relative to the knowledge root, "/"-separated.
    public var source: String
    public var title: String
    public var kind: DocumentKind
    /// The `date` of the front matter (or `<meta name="date">`), as written.
    public var date: String?
    /// The text passages are cut from: the decoded file text for .txt/.md, the extracted text for HTML.
    public var body: String
    public var sections: [Section]

    public init(source: String, title: String, kind: DocumentKind, date: String? = nil, body: String, sections: [Section]) {
        self.source = source
        self.title = title
        self.kind = kind
        self.date = date
        self.body = body
        self.sections = sections
    }

    /// The forum posts of a thread (sections with `isPost`), in order.
    public var posts: [Section] { sections.filter(\.isPost) }

    /// The verbatim text of a paragraph of this document.
    public func text(of paragraph: Paragraph) -> String {
        let utf8 = body.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: paragraph.range.lowerBound)
        let end = utf8.index(start, offsetBy: paragraph.range.count)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

/// A run of paragraphs under one heading; in a forum thread, one post.
public struct Section: Sendable, Equatable {
    /// The section heading, or the post's label in a forum thread; nil for text before the first heading.
    public var heading: String?
    /// True when this section is a post of a forum thread.
    public var isPost: Bool
    public var paragraphs: [Paragraph]

    public init(heading: String?, isPost: Bool = false, paragraphs: [Paragraph]) {
        self.heading = heading
        self.isPost = isPost
        self.paragraphs = paragraphs
    }
}

/// A paragraph: a byte range of `Document.body` and the file lines it came from.
public struct Paragraph: Sendable, Equatable {
    /// UTF-8 byte offsets into `Document.body`.
    public var range: Range<Int>
    /// 1-based line numbers in the file on disk.
    public var lines: ClosedRange<Int>
    /// For each file line after the first that the paragraph covers, the body offset where its
    /// text begins (ascending). Lets a piece of the paragraph know its own lines; empty means
    /// "unknown", and a piece then gets the paragraph's whole line range.
    public var lineStarts: [Int]

    public init(range: Range<Int>, lines: ClosedRange<Int>, lineStarts: [Int] = []) {
        self.range = range
        self.lines = lines
        self.lineStarts = lineStarts
    }

    /// The file line of a body offset inside this paragraph.
    public func line(at offset: Int) -> Int {
        guard !lineStarts.isEmpty else { return offset <= range.lowerBound ? lines.lowerBound : lines.upperBound }
        // Number of line starts at or before `offset` (binary search).
        var low = 0, high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return min(lines.lowerBound + low, lines.upperBound)
    }
}
