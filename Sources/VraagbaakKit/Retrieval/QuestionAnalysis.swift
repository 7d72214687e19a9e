/// A question taken apart: its words, which of them carry meaning, and their index terms.
///
///     let question = QuestionAnalysis("Kan je clonazepam combineren met MDMA?", analyzer: DutchAnalyzer())
///     question.contentWords  // ["clonazepam", "combineren", "mdma"]
public struct QuestionAnalysis: Sendable, Equatable {
    public var text: String
    public var tokens: [AnalyzedToken]
    /// Normalized words that are not stop words, in order, without repeats.
    public var contentWords: [String]
    /// The index terms of ``contentWords``.
    public var terms: Set<String>

    public init(_ text: String, analyzer: DutchAnalyzer) {
        self.text = text
        tokens = Self.joiningElisions(analyzer.analyze(text), in: Array(text.utf8))
        var seen = Set<String>()
        var words: [String] = []
        var terms = Set<String>()
        for token in tokens where !DutchStopWords.contains(token.normalized) {
            if seen.insert(token.normalized).inserted {
                words.append(token.normalized)
                terms.insert(token.term)
            }
        }
        contentWords = words
        self.terms = terms
    }

    /// "m'n", "z'n" and "d'r" as one word each (a stop word), not a letter the apostrophe left
    /// behind: "m" would weigh as a word the knowledge base hardly has. A letter alone stays a
    /// word ("k icm drank", "ctrl+z").
    private static func joiningElisions(_ tokens: [AnalyzedToken], in bytes: [UInt8]) -> [AnalyzedToken] {
        var tokens = tokens
        for index in tokens.indices.dropLast() where ["m", "z", "d"].contains(tokens[index].normalized) {
            let next = tokens[index + 1]
            let between = bytes[tokens[index].end..<next.start]
            guard ["n", "r"].contains(next.normalized), between.elementsEqual("'".utf8) || between.elementsEqual("’".utf8) else { continue }
            tokens[index].normalized += "'" + next.normalized
        }
        return tokens
    }

    /// Whether the question opens "wat is", "wat zijn" or "wat betekent": it asks for a definition.
    public var asksWhatSomethingIs: Bool {
        tokens.count >= 3 && tokens[0].normalized == "wat" && Self.definingVerbs.contains(tokens[1].normalized)
    }

    /// The positions (in ``tokens``) of the sentence that asks "wat is …", "wat zijn …" or "wat
    /// betekent …", wherever it stands: "wat is clonazepam precies" in "wat is clonazepam precies?
    /// krijg het voorgeschreven door de neuroloog", "wat is dat eigenlijk voor spul" after a story.
    public var definitionSentence: Range<Int>? {
        sentences.first { sentence in
            sentence.count > 2 && tokens[sentence.lowerBound].normalized == "wat"
                && Self.definingVerbs.contains(tokens[sentence.lowerBound + 1].normalized)
        }
    }

    private static let definingVerbs: Set<String> = ["is", "zijn", "betekent", "betekenen"]

    /// The question's clauses as ranges of ``tokens``: they end at punctuation (, ; : . ? !) and
    /// at line ends.
    public var clauses: [Range<Int>] { spans(endingAt: Array(",;:.?!\n".utf8)) }

    /// The question's sentences as ranges of ``tokens``: they end at . ? ! and at line ends.
    public var sentences: [Range<Int>] { spans(endingAt: Array(".?!\n".utf8)) }

    /// Runs of ``tokens`` that end where the text between two tokens holds one of `breaks`.
    private func spans(endingAt breaks: [UInt8]) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var spans: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index == tokens.count - 1 || textAfter(index, in: bytes).contains(where: breaks.contains) {
            spans.append(start..<index + 1)
            start = index + 1
        }
        return spans
    }

    /// The text between token `index` and the next one; after the last token, the rest of the text.
    private func textAfter(_ index: Int, in bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes[tokens[index].end..<(index + 1 < tokens.count ? tokens[index + 1].start : bytes.count)]
    }

    /// The positions of the words of the sentences that ask (those ending in "?") in a post that
    /// also tells something: "mn huisarts heeft me klonopin meegegeven maar ik snap niet waar dat
    /// spul voor bedoeld is?? dacht dat t een slaappil was". Nil when no sentence asks, or every one does.
    public var askingPositions: Set<Int>? {
        let bytes = Array(text.utf8)
        let all = sentences
        let asking = all.filter { textAfter($0.upperBound - 1, in: bytes).contains(UInt8(ascii: "?")) }
        guard !asking.isEmpty, asking.count < all.count else { return nil }
        return Set(asking.flatMap { $0 }.map { tokens[$0].position })
    }

    /// "de", "het", "een".
    static let articles: Set<String> = ["de", "het", "een"]

    /// What "Wat is …?" asks to define when it is a name of several words and nothing else:
    /// "Wat is Debian GNU/Linux?" → debian, gnu, linux; "Wat is een virtueel pakket?" → virtueel,
    /// pakket. Empty for one word (see ``QueryPlan/soleSubject``) and for a phrase with function
    /// words ("Wat is de indeling van een binair pakket?").
    public var definedPhrase: [AnalyzedToken] {
        guard asksWhatSomethingIs else { return [] }
        var words = tokens.dropFirst(2)
        if let first = words.first, Self.articles.contains(first.normalized) { words = words.dropFirst() }
        guard (2...4).contains(words.count), !words.contains(where: { DutchStopWords.contains($0.normalized) }) else { return [] }
        return Array(words)
    }

    /// The positions of the words that belong to the question word before them: "lang" in "hoe
    /// lang", "vaak" in "hoe vaak", "tijd" in "na hoeveel tijd", "dagen" in "hoeveel dagen". They
    /// ask for a kind of answer (``AnswerType``), not about a subject: as a subject, "lang" found
    /// "een lange halfwaardetijd" for "hoe lang moet een ei koken", and "tijd" "voor korte tijd".
    public var questionWordPositions: Set<Int> {
        Set(tokens.indices.dropFirst().filter {
            let (asking, word) = (tokens[$0 - 1].normalized, tokens[$0].normalized)
            return asking == "hoe" && ["lang", "vaak", "laat"].contains(word)
                || asking == "hoeveel" && AnswerType.namesTime(word)
        }.map { tokens[$0].position })
    }

    /// The positions of the words that ask what something is for: "waarvoor wordt het gebruikt",
    /// and "waarvoor" split around its clause as Dutch does ("waar is dat goed voor", "waar dat
    /// spul voor bedoeld is"), with a verb of use after "waar". Without one, "waar … voor" asks
    /// something else ("waar ben je bang voor", "waar kan ik terecht voor hulp"). Nil when none asks it.
    public var purposeWordPositions: [Int]? {
        for clause in clauses {
            // The verb after the question word: "snap niet zo goed waar dat spul voor bedoeld is".
            func verb(after start: Int) -> Int? {
                clause.first { $0 > start && Self.verbsOfUse.contains(tokens[$0].normalized) }
            }
            if let joined = clause.first(where: { tokens[$0].normalized == "waarvoor" }), let verb = verb(after: joined) {
                return [joined, verb].map { tokens[$0].position }
            }
            // The verb stands between the two parts or right after "voor"; later it belongs to another
            // clause: "waar ben je bang voor als je rivotril slikt".
            if let waar = clause.first(where: { tokens[$0].normalized == "waar" }),
               let voor = clause.first(where: { $0 > waar && tokens[$0].normalized == "voor" }),
               let verb = verb(after: waar), verb <= voor + 1 {
                return [waar, voor, verb].map { tokens[$0].position }
            }
        }
        return nil
    }

    private static let verbsOfUse: Set<String> = [
        "gebruikt", "gebruiken", "gebruik", "bedoeld", "voorgeschreven", "voorschrijven", "voorschrijft",
        // "waarvoor schrijven ze het voor": the verb split from its particle.
        "schrijven", "schrijft", "schrijf", "goed", "dient",
        "dienen", "nodig", "slik", "slikt", "slikken", "neem", "neemt", "nemen", "krijg", "krijgt", "krijgen",
        "ingezet", "inzetten", "gegeven", "geeft", "geven",
    ]

    /// Words for "a thing" that stand for a substance without naming it: "wat is dat voor spul?".
    static let thingWords: Set<String> = [
        "spul", "spullen", "middel", "middelen", "medicijn", "medicijnen", "geneesmiddel", "ding", "dingen", "pil", "pillen",
    ]

    /// The positions of the thing words after a demonstrative ("dat spul", "die pillen", "zo'n
    /// middel"): in a post that names a substance, they point back to it and ask nothing of their own.
    public var pointedThingPositions: Set<Int> {
        Set(tokens.indices.dropFirst().filter { index in
            let before = tokens[index - 1].normalized
            // "zo'n" is read as "zo" and "n".
            let pointing = ["dat", "dit", "die", "deze", "zon"].contains(before) || (before == "n" && index >= 2 && tokens[index - 2].normalized == "zo")
            return pointing && Self.thingWords.contains(tokens[index].normalized)
        }.map { tokens[$0].position })
    }

    /// One group per content word.
    public var ftsQuery: FTSQuery {
        var seen = Set<String>()
        return FTSQuery(terms: tokens.filter { !DutchStopWords.contains($0.normalized) && seen.insert($0.term).inserted }.map(\.term))
    }

    // MARK: - Separable verbs

    /// Particles that split off a Dutch verb in a main clause: "Hoe voeg ik een tabel in?" asks
    /// about "invoegen", "Welke stoffen laat xtc vrij?" about "vrijlaten".
    static let particles: Set<String> = [
        "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "toe", "uit", "vast", "weg",
        "terug", "los", "neer", "samen", "voor", "weer", "open", "dicht", "onder", "achter", "vrij", "kwijt",
    ]

    /// The particles that are prepositions too: followed by a phrase ("nemen bij een bad trip"),
    /// they are the preposition.
    static let prepositions: Set<String> = ["aan", "bij", "door", "in", "na", "om", "op", "over", "uit", "voor", "onder", "achter"]

    /// The particles of the question, each with the positions of the words before it in its
    /// clause (its ``clauses``): in "Hoe stel ik dat in?", "in" with "hoe", "stel",
    /// "ik", "dat". Usually the particle closes its clause; `closingOnly: false` also takes one
    /// that a phrase follows ("laat xtc vrij in de hersenen") unless it is also a preposition
    /// that the phrase belongs to.
    public func separableParticles(closingOnly: Bool) -> [(particle: AnalyzedToken, clause: Range<Int>)] {
        let clauseEnds = Set(clauses.map { $0.upperBound - 1 })
        func closesClause(_ index: Int) -> Bool { clauseEnds.contains(index) }
        var result: [(particle: AnalyzedToken, clause: Range<Int>)] = []
        var clauseStart = 0
        for index in tokens.indices {
            let closes = closesClause(index)
            let word = tokens[index].normalized
            // A preposition takes a phrase: one followed by another preposition is a particle
            // ("stapelt het zich op in je lichaam").
            let beforePreposition = index + 1 < tokens.count && Self.prepositions.contains(tokens[index + 1].normalized)
            if Self.particles.contains(word), closes || (!closingOnly && (!Self.prepositions.contains(word) || beforePreposition)) {
                result.append((tokens[index], clauseStart..<index))
            }
            if closes { clauseStart = index + 1 }
        }
        return result
    }

    /// Separable verbs in their te-infinitive, which Dutch writes in three words: "om Debian over te
    /// gaan" is "overgaan", "hoe kan ik clonazepam af te bouwen" "afbouwen". Each with the positions
    /// (in ``tokens``) of its particle and its verb. Not "om te …": that "om" opens the clause.
    public var particleInfinitives: [(verb: String, positions: [Int])] {
        guard tokens.count >= 3 else { return [] }
        return (0..<tokens.count - 2).compactMap { index in
            let particle = tokens[index].normalized
            guard Self.particles.contains(particle), particle != "om", tokens[index + 1].normalized == "te" else { return nil }
            return (particle + tokens[index + 2].normalized, [index, index + 2].map { tokens[$0].position })
        }
    }

    /// The verb a particle and a conjugated word may make, as written and as infinitives (the
    /// caller keeps the one its vocabulary knows): "vrij" + "komt" → "vrijkomt", "vrijkom",
    /// "vrijkomen"; "vrij" + "laat" → … "vrijlaten"; "in" + "stelt" → … "instellen".
    static func joinedVerbs(particle: String, word: String) -> [String] {
        let joined = particle + word
        // The -t of "hij komt" is not part of the verb's stem; that of "laat" is.
        let stems = word.count > 2 && joined.hasSuffix("t") ? [joined, String(joined.dropLast())] : [joined]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var forms: [String] = []
        for stem in stems {
            forms += [stem, stem + "en"]
            let letters = Array(stem)
            guard letters.count >= 3, let last = letters.last, !vowels.contains(last) else { continue }
            let (beforeVowel, vowel) = (letters[letters.count - 3], letters[letters.count - 2])
            if beforeVowel == vowel, vowels.contains(vowel) {
                forms.append(String(letters.dropLast(2)) + String(last) + "en")  // "laat" → "laten"
            } else if vowels.contains(vowel), !vowels.contains(beforeVowel) {
                forms.append(stem + String(last) + "en")  // "stel" → "stellen"
            }
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }
}
