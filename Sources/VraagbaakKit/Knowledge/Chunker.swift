/// Cuts a document into passages for the index.
///
/// ```swift
/// let passages = Chunker().passages(of: document)              // about 700 characters each
/// let small = Chunker(targetLength: 300, maximumLength: 600).passages(of: document)
/// ```
///
/// - A passage never crosses a section or a forum post, and its text is always a verbatim
///   piece of `Document.body`: from the start of its first paragraph (or sentence) to the
///   end of its last, blank lines between paragraphs included.
/// - Consecutive paragraphs of a section are grouped while the passage stays within
///   `targetLength`. A short start (under a quarter of the target, e.g. a lead-in line such
///   as “Daarom is het van belang:”) may take the next paragraph up to `maximumLength`, and
///   so may a short last paragraph of a section.
/// - A short paragraph that introduces what follows (no sentence end, as a sub-heading inside
///   a post, or a final `:`) starts a passage instead of ending one.
/// - A passage ending in `:` whose next passage in the section opens with a short unit (a command
///   on a line of its own) carries that unit as its `continuation`, for quoting; the index does
///   not search it.
/// - A paragraph longer than `maximumLength` is cut into its list items (lines starting with
///   a bullet or a number), and an item still too long at sentence ends (see
///   ``SentenceSplitter``); the pieces are grouped like paragraphs. A single sentence longer
///   than the maximum stays whole. Line ranges are those of the pieces' own lines.
/// - Lengths are counted in Unicode scalars (≈ characters).
public struct Chunker: Sendable {
    public var targetLength: Int
    public var maximumLength: Int

    public init(targetLength: Int = 700, maximumLength: Int = 1400) {
        self.targetLength = max(1, targetLength)
        self.maximumLength = max(self.targetLength, maximumLength)
    }

    /// Below this length a passage is "short" and may grow up to `maximumLength`.
    public var minimumLength: Int { targetLength / 4 }

    private struct Unit {
        var range: Range<Int>
        var length: Int
        var paragraph: Int
    }

    public func passages(of document: Document) -> [Passage] {
        let bytes = Array(document.body.utf8)
        var passages: [Passage] = []
        let openingPost = document.sections.firstIndex(where: \.isPost)
        for (position, section) in document.sections.enumerated() {
            let units = self.units(of: section, bytes: bytes)
            var group: [Unit] = []
            var groupLength = 0
            func flush() {
                guard let first = group.first, let last = group.last else { return }
                let range = first.range.lowerBound..<last.range.upperBound
                let firstLine = section.paragraphs[first.paragraph].line(at: first.range.lowerBound)
                let lastLine = section.paragraphs[last.paragraph].line(at: last.range.upperBound - 1)
                passages.append(Passage(
                    source: document.source, title: document.title, section: section.heading,
                    kind: document.kind, ordinal: passages.count, lines: firstLine...max(firstLine, lastLine),
                    text: TextLines.string(bytes, range), isPost: section.isPost,
                    isOpeningPost: position == openingPost, range: range))
                group = []
                groupLength = 0
            }
            // Closes the passage so far and starts the next with `unit`, which may be what the closed one announces.
            func startPassage(with unit: Unit) {
                flush()
                announce(unit, after: &passages[passages.count - 1], in: section, bytes: bytes)
                group = [unit]
                groupLength = unit.length
            }
            for (position, unit) in units.enumerated() {
                guard let previous = group.last else {
                    group = [unit]
                    groupLength = unit.length
                    continue
                }
                let gap = TextLines.scalarCount(bytes, previous.range.upperBound..<unit.range.lowerBound)
                let combined = groupLength + gap + unit.length
                let isLast = position == units.count - 1
                if unit.length < minimumLength, !isLast, Paragraphs.introduces(bytes, unit.range) {
                    // A short line without a sentence end (a sub-heading, a label) or ending in
                    // ":" introduces what follows: it starts a passage rather than ending one.
                    startPassage(with: unit)
                } else if combined <= targetLength
                    || (combined <= maximumLength && (groupLength < minimumLength || (isLast && unit.length < minimumLength))) {
                    group.append(unit)
                    groupLength = combined
                } else {
                    startPassage(with: unit)
                }
            }
            flush()
        }
        return passages
    }

    /// A passage that ends in ":" announces the unit that starts the next passage of its section:
    /// the blank lines and that unit become its continuation, when the unit is short enough to quote.
    private func announce(_ unit: Unit, after passage: inout Passage, in section: Section, bytes: [UInt8]) {
        guard passage.text.hasSuffix(":"), unit.length <= targetLength / 2 else { return }
        passage.continuation = Passage.Continuation(
            text: TextLines.string(bytes, passage.range.upperBound..<unit.range.upperBound),
            lastLine: section.paragraphs[unit.paragraph].line(at: unit.range.upperBound - 1))
    }

    /// The paragraphs of a section, long ones cut into sentences.
    private func units(of section: Section, bytes: [UInt8]) -> [Unit] {
        var units: [Unit] = []
        for (index, paragraph) in section.paragraphs.enumerated() where !paragraph.range.isEmpty {
            let length = TextLines.scalarCount(bytes, paragraph.range)
            if length <= maximumLength {
                units.append(Unit(range: paragraph.range, length: length, paragraph: index))
            } else {
                // First at list items (one per line), then, for an item still too long, at sentences.
                for item in Paragraphs.listItems(bytes, paragraph.range) {
                    let itemLength = TextLines.scalarCount(bytes, item)
                    if itemLength <= maximumLength {
                        units.append(Unit(range: item, length: itemLength, paragraph: index))
                        continue
                    }
                    for sentence in SentenceSplitter.sentences(in: bytes, item) {
                        units.append(Unit(range: sentence, length: TextLines.scalarCount(bytes, sentence), paragraph: index))
                    }
                }
            }
        }
        return units
    }
}
