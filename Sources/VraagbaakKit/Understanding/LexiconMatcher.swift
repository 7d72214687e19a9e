/// Finds the lexicon's words in analyzed text, longest phrase first, by index term so that
/// inflections match too ("benzo's", "benzodiazepinen").
///
///     let matcher = LexiconMatcher(lexicon: .builtIn, analyzer: analyzer)
///     matcher.mentions(in: analyzer.analyze("mag ik rivotril met xtc?"))  // clonazepam (2...2), mdma (4...4)
public struct LexiconMatcher {
    public struct Mention: Equatable {
        public var entry: Lexicon.Entry
        /// Token positions of the mention.
        public var tokens: ClosedRange<Int>
    }

    public let lexicon: Lexicon
    /// First term of a spelling → (the spelling's terms, entry index), longest first.
    private var spellingsByFirstTerm: [String: [(terms: [String], entry: Int)]] = [:]
    /// Entry index → its spellings as normalized words.
    private var phrasesByEntry: [[[String]]] = []
    /// The terms' spellings of several words that all carry meaning ("blijft werken", "hart sneller
    /// kloppen"), longest first: see ``scatteredMentions(in:clauses:skipping:)``.
    private var scatterable: [(terms: [String], entry: Int)] = []
    /// The term a question names when it asks what something is for: the one spelled "waarvoor"
    /// (see ``QuestionAnalysis/purposeWordPositions``). "waarvoor" alone is a function word, so it
    /// is matched by that question, not as a spelling.
    public let purposeEntry: Lexicon.Entry?
    /// Index term of a one-word spelling of a ``Lexicon/Kind/word`` entry → all its one-word spellings.
    /// Such words are no mentions: a question's plain word finds its synonyms here.
    private var synonymsByTerm: [String: [String]] = [:]

    public init(lexicon: Lexicon, analyzer: DutchAnalyzer) {
        self.lexicon = lexicon
        purposeEntry = lexicon.entries.first { $0.kind == .term && $0.variants.contains("waarvoor") }
        for (index, entry) in lexicon.entries.enumerated() {
            var phrases: [[String]] = []
            if entry.kind == .word {
                let words = entry.spellings.filter { !$0.contains(" ") }
                for word in words { synonymsByTerm[analyzer.term(ofNormalized: word)] = words }
                phrasesByEntry.append([])
                continue
            }
            for spelling in entry.spellings {
                let tokens = analyzer.analyze(spelling)
                // Function words alone ("hoeveel", "te veel") say nothing about the subject.
                guard let first = tokens.first, !tokens.allSatisfy({ DutchStopWords.contains($0.normalized) }) else { continue }
                spellingsByFirstTerm[first.term, default: []].append((tokens.map(\.term), index))
                phrases.append(tokens.map(\.normalized))
                if entry.kind == .term, tokens.count >= 2, !tokens.contains(where: { DutchStopWords.contains($0.normalized) }) {
                    scatterable.append((tokens.map(\.term), index))
                }
                // "hoe lang blijft het in je lichaam" also as "hoe lang blijft … in je lichaam",
                // for questions that name the thing where the lexicon says "het".
                let withoutPronouns = tokens.filter { !Self.pronouns.contains($0.normalized) }
                if withoutPronouns.count >= 2, withoutPronouns.count < tokens.count {
                    spellingsByFirstTerm[withoutPronouns[0].term, default: []].append((withoutPronouns.map(\.term), index))
                }
            }
            phrasesByEntry.append(phrases)
        }
        for key in spellingsByFirstTerm.keys {
            spellingsByFirstTerm[key]?.sort { $0.terms.count > $1.terms.count }
        }
        scatterable.sort { $0.terms.count > $1.terms.count }
    }

    /// How many words that carry meaning may stand between two words of a scattered mention
    /// (function words do not count: "blijft zo'n pil eigenlijk werken").
    static let maximumGap = 2

    /// Words that join two main clauses without a comma: a scattered mention does not reach across
    /// them ("werkt het gewoon niet bij mij of moet ik langer wachten" names no "werkt langer").
    static let clauseJoiners: Set<String> = ["of", "maar", "want"]

    /// Mentions of terms whose words Dutch word order sets apart within a clause: "blijft zo'n pil
    /// eigenlijk werken" names "blijft werken", "gaat je hart sneller kloppen" "hart sneller
    /// kloppen". Only spellings of several words that all carry meaning, in their order, with at
    /// most ``maximumGap`` such words and no ``clauseJoiners`` between two of them; `tokens` are a
    /// question's (positions are their indices), `clauses` its clauses, and the positions in
    /// `covered` are taken already.
    public func scatteredMentions(in tokens: [AnalyzedToken], clauses: [Range<Int>],
                                  skipping covered: Set<Int>) -> [(entry: Lexicon.Entry, positions: [Int])] {
        var taken = covered
        var mentions: [(entry: Lexicon.Entry, positions: [Int])] = []
        for clause in clauses {
            for spelling in scatterable {
                var positions: [Int] = []
                for term in spelling.terms {
                    var gap = 0
                    var found: Int?
                    for index in (positions.last.map { $0 + 1 } ?? clause.lowerBound)..<clause.upperBound {
                        if !taken.contains(index), tokens[index].term == term { found = index; break }
                        if !positions.isEmpty, Self.clauseJoiners.contains(tokens[index].normalized) { break }
                        if !positions.isEmpty, !DutchStopWords.contains(tokens[index].normalized) { gap += 1 }
                        if gap > Self.maximumGap { break }
                    }
                    guard let found else { break }
                    positions.append(found)
                }
                guard positions.count == spelling.terms.count, positions.last! - positions.first! >= positions.count else { continue }
                taken.formUnion(positions)
                mentions.append((lexicon.entries[spelling.entry], positions))
            }
        }
        return mentions
    }

    /// Words that stand for the thing talked about: a lay phrase may have one where a question
    /// names the thing.
    static let pronouns: Set<String> = ["het", "dat", "dit", "die", "deze", "ze", "zij", "hij"]

    /// Particles that colour a question without adding to it ("gaat het nou werken", "blijft het
    /// eigenlijk in je lichaam"): a lay phrase may have them in its middle. Not "niet", "nog", "al".
    static let particles: Set<String> = ["nou", "eigenlijk", "echt", "wel", "toch", "even", "ff", "gewoon", "dan", "ook", "pas", "zo", "precies"]

    /// Mentions in `tokens`, with `Mention.tokens` counted in their ``AnalyzedToken/position``s,
    /// so that a caller may pass a selection of a question's tokens (without its substances, say).
    public func mentions(in tokens: [AnalyzedToken]) -> [Mention] {
        var mentions: [Mention] = []
        var position = 0
        while position < tokens.count {
            let candidates = spellingsByFirstTerm[tokens[position].term] ?? []
            let match = candidates.first { candidate in
                position + candidate.terms.count <= tokens.count
                    && zip(candidate.terms, tokens[position...]).allSatisfy { $0 == $1.term }
                    && !(candidate.terms.count == 1 && lexicon.entries[candidate.entry].notWords.contains(tokens[position].normalized))
            }
            if let match {
                mentions.append(Mention(entry: lexicon.entries[match.entry],
                                        tokens: tokens[position].position...tokens[position + match.terms.count - 1].position))
                position += match.terms.count
            } else {
                position += 1
            }
        }
        return mentions
    }

    /// The entry a misspelled word most likely names ("clonazepan", "rivotrill", "mdna"): a
    /// one-word spelling within edit distance 1 (2 from ten letters on). Short names are too
    /// close to ordinary words ("drank"/"drink", "wijn"/"lijn"), so only names of six letters
    /// or more are matched, and four-letter abbreviations (no more than one vowel: "mdna"). An
    /// everyday Dutch word (``GeneralDutch``) is never a misspelling: "raken" is no "braken".
    public func entry(misspelledAs word: String) -> Lexicon.Entry? {
        let letters = Array(word.unicodeScalars)
        let isAbbreviation = letters.count == 4 && word.filter { "aeiouyj".contains($0) }.count <= 1
        guard letters.count >= 5 || isAbbreviation, !GeneralDutch.isEveryday(word) else { return nil }
        let limit = letters.count >= 10 ? 2 : 1
        var best: (entry: Int, distance: Int)?
        for (index, phrases) in phrasesByEntry.enumerated() {
            for phrase in phrases where phrase.count == 1 && abs(phrase[0].unicodeScalars.count - letters.count) <= limit
                && (phrase[0].unicodeScalars.count >= 6 || isAbbreviation) {
                let distance = EditDistance.between(letters, Array(phrase[0].unicodeScalars), limit: limit)
                if distance <= limit, distance < best?.distance ?? Int.max { best = (index, distance) }
            }
        }
        return best.map { lexicon.entries[$0.entry] }
    }

    /// The entry a diminutive of one of its one-word spellings names (``Diminutive``):
    /// "clonazepammetje", "rivootje".
    public func entry(diminutiveOf word: String) -> Lexicon.Entry? {
        let bases = Set(Diminutive.bases(of: word))
        guard !bases.isEmpty else { return nil }
        return phrasesByEntry.firstIndex { $0.contains { $0.count == 1 && bases.contains($0[0]) } }.map { lexicon.entries[$0] }
    }

    /// The entry with a one-word spelling of index term `term` ("vrijlaat": afgifte, by "vrijlaten").
    public func entry(withTerm term: String) -> Lexicon.Entry? {
        spellingsByFirstTerm[term]?.first { $0.terms.count == 1 }.map { lexicon.entries[$0.entry] }
    }

    /// The words that mean the same as the word of index term `term`, itself among them; empty
    /// when the lexicon knows none.
    public func synonyms(ofTerm term: String) -> [String] {
        synonymsByTerm[term] ?? []
    }

    /// Every spelling of `entry` as lists of normalized words.
    public func phrases(of entry: Lexicon.Entry) -> [[String]] {
        guard let index = lexicon.entries.firstIndex(where: { $0.name == entry.name }) else { return [] }
        return phrasesByEntry[index]
    }
}
