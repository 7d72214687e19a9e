import Foundation

/// What Vraagbaak knows about the words of its domain: substances with their brand names, slang and
/// spellings, the class each belongs to, and lay phrases for medical terms.
///
///     let lexicon = Lexicon.builtIn.merged(with: try Lexicon(contentsOf: knowledge.appendingPathComponent("lexicon.tsv")))
///     lexicon.entry(named: "clonazepam")?.classes  // ["benzodiazepine"]
///
/// The file format (one entry a line, tab-separated; `#` starts a comment; see docs/lexicon.md):
///
///     soort<TAB>naam<TAB>varianten, komma-gescheiden<TAB>klassen, komma-gescheiden
///     stof	clonazepam	rivotril, klonopin	benzodiazepine
///     klasse	benzodiazepine	benzo, benzodiazepinen, benzodiazepines	kalmeringsmiddel
///     verzamelnaam	drugs	drug, harddrugs, partydrugs
///     term	halfwaardetijd	hoe lang blijft het in je lichaam, uit je lichaam
///     woord	lichaam	lijf
///
/// Facts only: which words name the same thing, and which class a thing belongs to.
public struct Lexicon: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case substance = "stof"
        case substanceClass = "klasse"
        /// A name for many substances that is no class of them ("drugs"): see ``Concept/collectives``.
        case collective = "verzamelnaam"
        case term
        /// Everyday words that mean the same ("lijf", "lichaam"): a question's word finds the
        /// others, and counts as a plain word, not as a medical term a quote must name.
        case word = "woord"
    }

    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        /// The canonical name, normalized ("clonazepam").
        public var name: String
        /// Other ways to say it, normalized; a variant may be several words ("bad trip").
        public var variants: [String]
        /// Names of the classes this entry belongs to ("benzodiazepine").
        public var classes: [String]
        /// Words of a question that share the index term of a one-word spelling but are another
        /// word ("ouders" stems as "ouderen" does), normalized; written "!ouders" among the variants.
        public var notWords: [String] = []

        /// The name and all variants.
        public var spellings: [String] { [name] + variants }
        public var isEntity: Bool { kind != .term && kind != .word }
    }

    public private(set) var entries: [Entry] = []
    private var byName: [String: Int] = [:]

    public init(entries: [Entry] = []) {
        for entry in entries { add(entry) }
    }

    /// Parses the file format; a malformed line is reported with its line number.
    public init(text: String, source: String = "lexicon") throws {
        self.init()
        // Split on the ASCII separators as bytes: splitting by Character walks grapheme clusters,
        // which made reading the built-in lexicon a tenth of a one-shot question. Lines end in "\n"
        // or "\r\n" (the "\r" is trimmed with the white space).
        for (number, line) in Self.fields(Substring(text), UInt8(ascii: "\n")).enumerated() {
            let content = Self.fields(line, UInt8(ascii: "#"), maxSplits: 1)[0]
            guard !content.allSatisfy(\.isWhitespace) else { continue }
            let columns = Self.fields(content, UInt8(ascii: "\t")).map(Self.trimmed)
            guard columns.count >= 2, let kind = Kind(rawValue: columns[0].lowercased()), !columns[1].isEmpty else {
                throw LexiconError(source: source, line: number + 1)
            }
            func list(_ column: Int) -> [String] {
                guard column < columns.count else { return [] }
                return Self.fields(Substring(columns[column]), UInt8(ascii: ",")).map { TermNormalizer.normalize(Self.trimmed($0)) }
                    .filter { !$0.isEmpty }
            }
            let variants = list(2)
            add(Entry(kind: kind, name: TermNormalizer.normalize(columns[1]), variants: variants.filter { !$0.hasPrefix("!") },
                      classes: list(3), notWords: variants.filter { $0.hasPrefix("!") }.map { Self.trimmed($0.dropFirst()) }))
        }
    }

    /// The parts of `text` between the ASCII byte `separator`, empty ones too.
    private static func fields(_ text: Substring, _ separator: UInt8, maxSplits: Int = .max) -> [Substring] {
        text.utf8.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// Without the white space around it (a carriage return of a Windows file too). Foundation's
    /// `trimmingCharacters(in:)` made parsing the built-in lexicon a tenth of a one-shot question.
    private static func trimmed(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        try self.init(text: String(decoding: data, as: UTF8.self), source: url.lastPathComponent)
    }

    public func entry(named name: String) -> Entry? {
        byName[name].map { entries[$0] }
    }

    /// The names of an entry's classes, and of theirs: clonazepam is a benzodiazepine and so a
    /// kalmeringsmiddel.
    public func allClasses(of entry: Entry) -> Set<String> {
        var found = Set<String>()
        var queue = entry.classes
        while let name = queue.popLast() {
            guard found.insert(name).inserted, let next = self.entry(named: name) else { continue }
            queue += next.classes
        }
        return found
    }

    /// This lexicon with `other`'s entries added; an entry of the same name gains the other's variants and classes.
    public func merged(with other: Lexicon) -> Lexicon {
        var result = self
        for entry in other.entries { result.add(entry) }
        return result
    }

    private mutating func add(_ entry: Entry) {
        if let index = byName[entry.name] {
            entries[index].variants += entry.variants.filter { !entries[index].variants.contains($0) }
            entries[index].classes += entry.classes.filter { !entries[index].classes.contains($0) }
            entries[index].notWords += entry.notWords.filter { !entries[index].notWords.contains($0) }
        } else {
            byName[entry.name] = entries.count
            entries.append(entry)
        }
    }
}

public struct LexiconError: Error, CustomStringConvertible, Equatable {
    public var source: String
    public var line: Int

    public var description: String {
        "\(source), regel \(line): verwacht 'soort<TAB>naam<TAB>varianten<TAB>klassen' met soort stof, klasse, verzamelnaam, term of woord."
    }
}
