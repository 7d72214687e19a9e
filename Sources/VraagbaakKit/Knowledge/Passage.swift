/// A verbatim piece of a document: what the index stores, what an answer quotes and cites.
///
/// ```swift
/// for passage in Chunker().passages(of: document) {
///     print("\(passage.source):\(passage.lines.lowerBound)-\(passage.lines.upperBound)", passage.text)
/// }
/// ```
public struct Passage: Sendable, Equatable {
    /// Relative path of the document's file.
    public var source: String
    /// The document's title.
    public var title: String
    /// The heading of the section (or the label of the forum post) it belongs to.
    public var section: String?
    public var kind: DocumentKind
    /// 0-based position within its document.
    public var ordinal: Int
    /// File lines covered (1-based, inclusive).
    public var lines: ClosedRange<Int>
    /// Verbatim: `body[first paragraph start ..< last paragraph end]`.
    public var text: String
    /// True when the passage belongs to a forum post.
    public var isPost: Bool
    /// True when it belongs to a thread's first post: the question asked, not an answer to it.
    public var isOpeningPost: Bool
    /// UTF-8 byte offsets of `text` in `Document.body`.
    public var range: Range<Int>
    /// What the passage announces with a closing ":" when the next passage of its section starts
    /// with it ("… geeft u de opdracht:" before a command on a line of its own).
    public var continuation: Continuation?

    /// The body from the end of a passage to the end of the first unit of the next one: the blank
    /// lines between and that unit, verbatim, so that passage text + continuation is a piece of the body.
    public struct Continuation: Sendable, Equatable, Codable {
        public var text: String
        /// The file line the continuation ends on.
        public var lastLine: Int
    }

    public init(source: String, title: String, section: String?, kind: DocumentKind, ordinal: Int,
                lines: ClosedRange<Int>, text: String, isPost: Bool = false, isOpeningPost: Bool = false,
                range: Range<Int> = 0..<0) {
        self.source = source
        self.title = title
        self.section = section
        self.kind = kind
        self.ordinal = ordinal
        self.lines = lines
        self.text = text
        self.isPost = isPost
        self.isOpeningPost = isOpeningPost
        self.range = range
    }
}
