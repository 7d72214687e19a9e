import Foundation

/// Plans the search for an understood question with the index's own vocabulary:
/// weights each concept by idf, corrects typos of unknown words to known terms, and splits
/// Dutch compounds into known parts.
///
///     let plan = try QueryPlanner(index: index, analyzer: analyzer).plan(question)
///     let hits = try index.search(plan.ftsQuery, limit: 50)
public struct QueryPlanner {
    public let index: KnowledgeIndex
    public let analyzer: DutchAnalyzer

    /// Entities weigh more than other words of the same rarity.
    static let entityBoost = 1.5
    /// The least a lexicon entity or term weighs, however common it is in the knowledge base.
    static let lexiconWeightFloor = 1.0
    /// Compounds are split only into a modifier and a head at least this long (shorter ends
    /// are inflections: "pictogram-men", "palet-ten").
    static let minimumModifierLength = 3
    static let minimumHeadLength = 4
    static let minimumCompoundLength = 8
    /// Typos are corrected to the knowledge base's own words only in words of at least this many
    /// letters: a shorter word the knowledge base lacks is more often a real word ("weer",
    /// "koning") than a typo. (Names from the lexicon are corrected earlier, see ``LexiconMatcher``.)
    static let minimumTypoLength = 8

    public init(index: KnowledgeIndex, analyzer: DutchAnalyzer) {
        self.index = index
        self.analyzer = analyzer
    }

    public func plan(_ question: UnderstoodQuestion) throws -> QueryPlan {
        let passages = Double(max(try index.passageCount(), 1))
        let analysis = QuestionAnalysis(String(question.text.prefix(QuestionUnderstanding.maximumQuestionLength)), analyzer: analyzer)
        let particles = analysis.separableParticles(closingOnly: true).map(\.particle.normalized)
        let infinitives = analysis.particleInfinitives
        let compounds = try periphrasisCompounds(in: analysis)
        var planned: [PlannedConcept] = []
        for concept in question.concepts {
            var exact = indexPhrases(concept.alternatives)
            var broader = indexPhrases(concept.broader)
            let members = indexPhrases(concept.members)
            let siblings = indexPhrases(concept.siblings)
            var expansions: [String] = []
            var frequency = try frequencyOf(exact)
            if concept.role == .word, let word = concept.alternatives.first?.first {
                if frequency == 0, let correction = try singularOfPluralWithoutApostrophe(word) ?? baseOfDiminutive(word) ?? typoCorrection(of: word, term: exact[0].terms[0]) {
                    exact.append(.phrase([correction.term]))
                    expansions.append("\(word) → \(correction.term)")
                    frequency = correction.frequency
                }
                // "op te zoeken" also says "opzoeken".
                for infinitive in infinitives where analysis.tokens[infinitive.positions[1]].normalized == word {
                    let term = analyzer.term(ofNormalized: infinitive.verb)
                    guard try index.documentFrequencies([term])[term] ?? 0 > 0 else { continue }
                    exact.append(.phrase([term]))
                    expansions.append("\(analysis.tokens[infinitive.positions[0]].normalized) te \(word) = \(infinitive.verb)")
                }
                for particle in particles {
                    let verbs = QuestionAnalysis.joinedVerbs(particle: particle, word: word).map { ($0, analyzer.term(ofNormalized: $0)) }
                    let known = try index.documentFrequencies(verbs.map(\.1))
                    if let (verb, term) = verbs.first(where: { known[$0.1] ?? 0 > 0 }) {
                        exact.append(.phrase([term]))
                        expansions.append("\(word) … \(particle) = \(verb)")
                    }
                }
                if let split = try compoundSplit(of: word) {
                    exact.append(.allOf(split.terms))
                    expansions.append("\(word) = \(split.parts.joined(separator: " + "))")
                    frequency = max(frequency, split.frequency)
                }
            }
            for compound in compounds where concept.alternatives.contains([compound.head]) || concept.alternatives.contains([compound.modifier]) {
                exact.append(.phrase([compound.term]))
                expansions.append("\(compound.phrase) → \(compound.term)")
            }
            // "andere drugs" says something of ketamine only where the knowledge base names ketamine.
            if frequency > 0 { broader += indexPhrases(concept.collectives) }
            var weight = Self.idf(frequency: frequency, passages: passages)
            if frequency == 0, concept.role == .word, let word = concept.alternatives.first?.first {
                weight *= Self.unknownWordShare(word)
            }
            // What the question names from the lexicon is its subject: it counts even where
            // every passage mentions it (idf near 0 there).
            if concept.role != .word { weight = max(weight, Self.lexiconWeightFloor) }
            if concept.role == .entity { weight *= Self.entityBoost }
            let isLightVerb = concept.role == .word && exact.first.map { LightVerbs.contains(term: $0.terms[0]) } == true
            if isLightVerb { weight *= LightVerbs.weightFactor }
            if concept.isStory { weight *= Self.storyShare }
            planned.append(PlannedConcept(concept: concept, weight: weight, exact: exact, broader: broader,
                                          members: members, siblings: siblings, expansions: expansions,
                                          isLightVerb: isLightVerb, isInKnowledgeBase: frequency > 0))
        }
        var plan = QueryPlan(question: question, concepts: planned)
        plan.definedPhrase = analysis.definedPhrase.map(\.term)
        let asked = Self.definedSubject(of: plan, in: analysis)
        plan.definedSubject = asked ?? plan.soleSubject
        plan.asksForDefinition = asked != nil || (analysis.asksWhatSomethingIs && !plan.definedPhrase.isEmpty)
        plan.answerType = AnswerType.asked(by: analysis.tokens)
        plan.askedUnit = AnswerType.askedUnit(by: analysis.tokens)
        plan.otherSubstances = indexPhrases(question.otherSubstances)
        return plan
    }

    /// What the question asks to define, if it does: its sole subject when it opens "wat is …"
    /// ("Wat is clonazepam?"), or the one subject its "wat is …" sentence names, whatever the rest of the
    /// post tells ("wat is clonazepam precies? krijg het voorgeschreven door de neuroloog"). A
    /// sentence that names none ("wat is dat eigenlijk voor spul?") asks about the post's one
    /// substance. Not "wat is de halfwaardetijd van clonazepam?": that asks what something *of* it is.
    static func definedSubject(of plan: QueryPlan, in analysis: QuestionAnalysis) -> PlannedConcept? {
        if analysis.asksWhatSomethingIs, let subject = plan.soleSubject { return subject }
        guard let sentence = analysis.definitionSentence else { return nil }
        let subjects = plan.subjects
        var asked = Set<Int>()
        for token in analysis.tokens[sentence].dropFirst(2)
        where !DutchStopWords.contains(token.normalized) && !QuestionAnalysis.thingWords.contains(token.normalized) {
            // A word that is no subject's (a light verb, a lay phrase's word) asks something else.
            guard let index = subjects.firstIndex(where: { subject in
                subject.concept.alternatives.contains { $0.contains(token.normalized) } || subject.exact.contains { $0.terms.contains(token.term) }
            }) else { return nil }
            asked.insert(index)
        }
        if asked.isEmpty { return plan.entities.count == 1 ? plan.entities[0] : nil }
        return asked.count == 1 ? subjects[asked.first!] : nil
    }

    /// Phrases of normalized words as phrases of index terms.
    private func indexPhrases(_ phrases: [[String]]) -> [FTSQuery.Alternative] {
        phrases.map { .phrase($0.map(analyzer.term(ofNormalized:))) }
    }

    /// BM25's idf; an unknown word weighs most, so that a question about something the
    /// knowledge base never mentions is not answered by its other words alone.
    static func idf(frequency: Int, passages: Double) -> Double {
        let df = Double(frequency)
        return log(1 + (passages - df + 0.5) / (df + 0.5))
    }

    /// How much of a story word's weight counts (``Concept/isStory``): 0.3–0.5 measured alike on
    /// the benchmarks; 0.3 answered two more story-wrapped posts of seeds-7.
    static let storyShare = 0.3

    /// How much of an unknown word's weight counts: all of it for a rare word ("router",
    /// "belastingaangifte"), less the more common the word is in Dutch at large (``GeneralDutch``):
    /// "helpt", "elke", "lijf" are how people ask rather than what they ask about, and that the
    /// knowledge base never uses them says little about whether it has the answer. So do numbers
    /// (an age, a count: "mijn oma van 82", "al 2x gevallen"), which weigh as the most common words.
    static func unknownWordShare(_ word: String) -> Double {
        if word.contains(where: \.isNumber) { return minimumUnknownShare }
        guard let zipf = GeneralDutch.zipf(of: word) else { return 1 }
        return min(1, max(minimumUnknownShare, (7 - zipf) / 4))
    }

    private static let minimumUnknownShare = 0.2

    /// The largest passage count among the alternatives (a phrase counts as its rarest term).
    private func frequencyOf(_ alternatives: [FTSQuery.Alternative]) throws -> Int {
        let frequencies = try index.documentFrequencies(alternatives.flatMap(\.terms))
        return alternatives.map { $0.terms.map { frequencies[$0] ?? 0 }.min() ?? 0 }.max() ?? 0
    }

    // MARK: - Compounds written out

    /// Prepositions that write a compound out: "depressie van de ademhaling" (ademhalingsdepressie),
    /// "schade aan de lever" (leverschade), "pijn in de spieren" (spierpijn), "water uit de kraan"
    /// (kraanwater).
    private static let periphrasisPrepositions: Set<String> = ["van", "aan", "in", "op", "voor", "bij", "tegen", "uit", "met", "om"]
    private static let articles: Set<String> = ["de", "het", "een", "je", "jouw", "mijn", "uw", "hun", "zijn", "haar"]

    /// A compound a question writes out, and the index term of the word the knowledge base uses.
    struct WrittenOutCompound: Equatable {
        /// The words as the question has them: "depressie", "ademhaling", "depressie van de ademhaling".
        var head: String
        var modifier: String
        var phrase: String
        var term: String
    }

    /// The compounds a question writes out as "head preposition [article] modifier" and the
    /// knowledge base writes as one word: "depressie van de ademhaling" → ademhalingsdepressie.
    /// Only a compound the index knows counts, so a chance join ("clonazepam voor de slaap")
    /// finds nothing. The reverse of ``compoundSplit(of:)``.
    func periphrasisCompounds(in analysis: QuestionAnalysis) throws -> [WrittenOutCompound] {
        let tokens = analysis.tokens
        var candidates: [(compound: WrittenOutCompound, terms: [String])] = []
        for (index, head) in tokens.enumerated() where index + 2 < tokens.count
            && Self.periphrasisPrepositions.contains(tokens[index + 1].normalized) && !DutchStopWords.contains(head.normalized) {
            var next = index + 2
            if Self.articles.contains(tokens[next].normalized), next + 1 < tokens.count { next += 1 }
            let modifier = tokens[next]
            guard !DutchStopWords.contains(modifier.normalized), head.normalized.allSatisfy(\.isLetter),
                  modifier.normalized.allSatisfy(\.isLetter) else { continue }
            // A plural modifier loses its ending in a compound: "hersenen" → "hersen-schade".
            var stems = [modifier.normalized]
            for ending in ["en", "s"] where modifier.normalized.hasSuffix(ending) && modifier.normalized.count - ending.count >= Self.minimumModifierLength {
                stems.append(String(modifier.normalized.dropLast(ending.count)))
            }
            let terms = stems.flatMap { stem in Self.linkingElements.filter { $0 != "-" }.map { analyzer.term(ofNormalized: stem + $0 + head.normalized) } }
            let phrase = tokens[index...next].map(\.normalized).joined(separator: " ")
            let compound = WrittenOutCompound(head: head.normalized, modifier: modifier.normalized, phrase: phrase, term: "")
            candidates.append((compound, Array(Set(terms)).sorted()))
        }
        let frequencies = try index.documentFrequencies(candidates.flatMap(\.terms))
        return candidates.compactMap { candidate in
            // Of the spellings the index knows ("ademhalingsdepressie", "ademhalingdepressie"), the most used.
            guard let best = candidate.terms.filter({ frequencies[$0] ?? 0 > 0 }).max(by: { frequencies[$0]! < frequencies[$1]! })
            else { return nil }
            var compound = candidate.compound
            compound.term = best
            return compound
        }
    }

    // MARK: - Typos

    /// The most frequent known term within edit distance 1 (2 from ten letters on) of an unknown
    /// word's term, among terms sharing its first two letters; nil for short words, numbers, and
    /// everyday Dutch words (``GeneralDutch/isEveryday(_:)``): "verwachting" is no misspelt "verzacht",
    /// "vertrekkend" no misspelt "verstrek".
    func typoCorrection(of word: String, term: String) throws -> (term: String, frequency: Int)? {
        guard word.count >= Self.minimumTypoLength, !word.allSatisfy(\.isNumber), !GeneralDutch.isEveryday(word) else { return nil }
        let maximumDistance = term.count >= 10 ? 2 : 1
        let candidates = try index.terms(withPrefix: String(term.prefix(2)))
        let target = Array(term.unicodeScalars)
        var best: (term: String, frequency: Int, distance: Int)?
        for candidate in candidates where abs(candidate.term.unicodeScalars.count - target.count) <= maximumDistance {
            let distance = EditDistance.between(target, Array(candidate.term.unicodeScalars), limit: maximumDistance)
            guard distance <= maximumDistance else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate.frequency > best!.frequency) {
                best = (candidate.term, candidate.frequency, distance)
            }
        }
        return best.map { ($0.term, $0.frequency) }
    }

    /// "paginas", "fotos", "menus": a plural written without its apostrophe (pagina's) is the
    /// singular the knowledge base uses. Only for a word it does not use itself, so "virus" and
    /// "status" stay as they are.
    func singularOfPluralWithoutApostrophe(_ word: String) throws -> (term: String, frequency: Int)? {
        guard word.count >= 4, word.hasSuffix("s"), let vowel = word.dropLast().last, "aeiouy".contains(vowel) else { return nil }
        let term = analyzer.term(ofNormalized: String(word.dropLast()))
        let frequency = try index.documentFrequencies([term])[term] ?? 0
        return frequency > 0 ? (term, frequency) : nil
    }

    /// "tabletje", "tabletjes", "boompje": the word a diminutive is made of (``Diminutive``), where
    /// the knowledge base uses that word and not the diminutive.
    func baseOfDiminutive(_ word: String) throws -> (term: String, frequency: Int)? {
        let terms = Diminutive.bases(of: word).map(analyzer.term(ofNormalized:))
        let frequencies = try index.documentFrequencies(terms)
        // The plainest reading the knowledge base knows: "tablet" before "table" for "tabletje".
        return terms.lazy.compactMap { term in frequencies[term].flatMap { $0 > 0 ? (term, $0) : nil } }.first
    }

    // MARK: - Compounds

    /// Dutch linking elements between the parts of a compound ("ademhaling-s-depressie", "pijn-en-…"),
    /// longest first: of two equally good splits, the one without the linking element in its modifier wins.
    private static let linkingElements = ["en", "s", "e", "-", ""]
    /// Verb prefixes that look like words but do not start compounds ("ver-minderen", "ont-houden").
    private static let prefixes: Set<String> = ["ver", "ont", "her", "mis", "bij", "door", "over", "onder", "achter", "voor"]

    /// Splits a compound into two known parts: the head (the end) and the modifier (the start,
    /// with a linking element removed), neither a stop word. As in Koehn and Knight's splitter,
    /// a split is taken only when its parts are more frequent (geometric mean) than the word
    /// itself: "voorbeeld" stays whole, "ademhalingsdepressie" splits when its parts are known.
    func compoundSplit(of word: String) throws -> (parts: [String], terms: [String], frequency: Int)? {
        let letters = Array(word)
        guard letters.count >= Self.minimumCompoundLength, letters.allSatisfy(\.isLetter) else { return nil }
        var candidates: [(modifier: String, head: String)] = []
        for cut in Self.minimumModifierLength...(letters.count - Self.minimumHeadLength) {
            let head = String(letters[cut...])
            let start = String(letters[..<cut])
            // A start that is a function word or a prefix with a linking element is no modifier
            // in any reading: "aan-s-laat" is "aanslaat", not "aans" + "laat".
            let modifiers = Self.linkingElements.filter(start.hasSuffix).map { String(start.dropLast($0.count)) }
            if modifiers.contains(where: { DutchStopWords.contains($0) || Self.prefixes.contains($0) }) { continue }
            for modifier in modifiers {
                if modifier.count >= Self.minimumModifierLength, !DutchStopWords.contains(head) {
                    candidates.append((modifier, head))
                }
            }
        }
        let wholeTerm = analyzer.term(ofNormalized: word)
        let terms = candidates.flatMap { [analyzer.term(ofNormalized: $0.modifier), analyzer.term(ofNormalized: $0.head)] }
        let frequencies = try index.documentFrequencies(terms + [wholeTerm])
        var best: (parts: [String], terms: [String], frequency: Int, score: Double)?
        for candidate in candidates {
            let modifierTerm = analyzer.term(ofNormalized: candidate.modifier)
            let headTerm = analyzer.term(ofNormalized: candidate.head)
            let modifierFrequency = frequencies[modifierTerm] ?? 0, headFrequency = frequencies[headTerm] ?? 0
            let score = (Double(modifierFrequency) * Double(headFrequency)).squareRoot()
            if modifierFrequency > 0, headFrequency > 0, score > Double(frequencies[wholeTerm] ?? 0), score > best?.score ?? 0 {
                best = ([candidate.modifier, candidate.head], [modifierTerm, headTerm], min(modifierFrequency, headFrequency), score)
            }
        }
        return best.map { ($0.parts, $0.terms, $0.frequency) }
    }
}

/// Edit distance with adjacent transpositions (optimal string alignment: "rivotirl" is one edit
/// from "rivotril", as a typist sees it, not two), with an early exit once it exceeds `limit`.
enum EditDistance {
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            // A transposition reaches back two rows, so the early exit waits for both to exceed the limit.
            if rowMinimum > limit, previous.min()! > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
