/// What a format parser hands back to `KnowledgeFolder`: the parts of a `Document` it found,
/// and remarks that become warnings.
struct ParsedText: Sendable {
    var title: String?
    var kind: DocumentKind
    var date: String?
    var body: String
    var sections: [Section]
    /// Dutch remarks about the file (e.g. an unknown `kind`).
    var notes: [String] = []

    /// Reads `kind` from front matter or a meta tag; unknown values become a note.
    static func kind(from value: String?, notes: inout [String]) -> DocumentKind {
        guard let value else { return .article }
        if let kind = DocumentKind(frontMatterValue: value) { return kind }
        notes.append("onbekende soort “\(value)” (kind); gelezen als article")
        return .article
    }
}
