/// A concept as searched for: its alternatives as index terms, and how much it weighs.
public struct PlannedConcept: Sendable, Equatable {
    public var concept: Concept
    /// Inverse document frequency, raised for entities: rare, named things decide relevance most.
    public var weight: Double
    public var exact: [FTSQuery.Alternative]
    /// The entity's classes: a passage on benzodiazepines answers a question on clonazepam, less directly.
    public var broader: [FTSQuery.Alternative]
    /// A class's members (``Concept/members``): they count as the class does.
    public var members: [FTSQuery.Alternative] = []
    /// The other members of those classes (``Concept/siblings``), only to check the class's credit: never searched.
    public var siblings: [FTSQuery.Alternative] = []
    /// What the index's vocabulary added, for `--explain` ("clonazepan → clonazepam").
    public var expansions: [String]
    /// A word of the question that is a light verb ("nemen", "gebruiken"): see ``LightVerbs``.
    public var isLightVerb = false
    /// Whether the knowledge base uses it (one of its exact alternatives) at all.
    public var isInKnowledgeBase = true

    /// How well a text with these terms says this concept: 1 exactly; ``broaderCredit`` by a member
    /// of the class it is, or by its class when the text names no other member of that class; else 0.
    public func match(_ terms: Set<String>) -> Double {
        if exact.contains(where: { Self.holds($0, terms) }) { return 1 }
        if members.contains(where: { Self.holds($0, terms) }) { return Self.broaderCredit }
        if broader.contains(where: { Self.holds($0, terms) }), !siblings.contains(where: { Self.holds($0, terms) }) {
            return Self.broaderCredit
        }
        return 0
    }

    public static let broaderCredit = 0.6

    private static func holds(_ alternative: FTSQuery.Alternative, _ terms: Set<String>) -> Bool {
        alternative.terms.allSatisfy(terms.contains)
    }
}

/// A question ready to search: its concepts with weights and expansions, and the FTS5 query.
public struct QueryPlan: Sendable, Equatable {
    public var question: UnderstoodQuestion
    public var concepts: [PlannedConcept]
    /// The question asks what something is: "Wat is clonazepam?", "Wat zijn benzo's?",
    /// "Wat betekent halfwaardetijd?" (``QuestionAnalysis/asksWhatSomethingIs``), "wat is
    /// clonazepam precies? krijg het voorgeschreven …" (see ``definedSubject``).
    public var asksForDefinition = false
    /// What a sentence that defines it answers best: the one concept a "wat is …" sentence of the
    /// question asks about (``QueryPlanner/definedSubject(of:in:)``), else its ``soleSubject``
    /// ("waarvoor wordt clonazepam gebruikt?").
    public var definedSubject: PlannedConcept?
    /// For "Wat is Debian GNU/Linux?", "Wat is een virtueel pakket?": the index terms of the name
    /// asked about when it is several words (``QuestionAnalysis/definedPhrase``).
    public var definedPhrase: [String] = []
    /// The kind of answer the question's words ask for ("hoe lang" a time), if any.
    public var answerType: AnswerType?
    /// The unit an amount is asked in ("hoeveel mg …"), if the question names one.
    public var askedUnit: AnswerType.Unit?
    /// ``UnderstoodQuestion/otherSubstances`` as index terms.
    public var otherSubstances: [FTSQuery.Alternative] = [] {
        didSet { otherSubstancesByFirstTerm = Dictionary(grouping: otherSubstances.filter { !$0.terms.isEmpty }) { $0.terms[0] } }
    }
    /// ``otherSubstances`` by their first term: every sentence of every candidate asks whether it
    /// names one, and a look-up per term of the sentence beats a walk through the whole lexicon.
    private(set) var otherSubstancesByFirstTerm: [String: [FTSQuery.Alternative]] = [:]

    public var ftsQuery: FTSQuery {
        FTSQuery(groups: concepts.map { $0.exact + $0.broader + $0.members })
    }

    public var totalWeight: Double { concepts.reduce(0) { $0 + $1.weight } }

    /// The weighted share of the question's concepts that `terms` say (0…1). Of two substances
    /// compared (``comparesKnownEntities``), naming either says that part of the question: a text
    /// on diazepam answers its half of "blijft valium of rivotril langer in je lichaam?".
    public func coverage(of terms: Set<String>) -> Double {
        guard comparesKnownEntities else { return eachCoverage(of: terms) }
        let total = totalWeight
        guard total > 0 else { return 0 }
        let compared = entities
        let others = concepts.filter { $0.concept.role != .entity }
        let either = compared.reduce(0) { $0 + $1.weight } * (compared.map { $0.match(terms) }.max() ?? 0)
        return others.reduce(either) { $0 + $1.weight * $1.match(terms) } / total
    }

    /// The weighted share of the question's concepts that `terms` say, each on its own, also
    /// when two substances are compared: a sentence that names both, or the one rarer in the
    /// knowledge base, says more of "naltrexon en selincro, wat is het verschil?".
    public func eachCoverage(of terms: Set<String>) -> Double {
        let total = totalWeight
        return total > 0 ? concepts.reduce(0) { $0 + $1.weight * $1.match(terms) } / total : 0
    }

    /// What the question asks about: its concepts but the light verbs. None for "hoe laat is het?".
    public var subjects: [PlannedConcept] {
        concepts.filter { !$0.isLightVerb }
    }

    /// The medical terms the question names (in a text's words, not lay words): halfwaardetijd in
    /// "wat is de halfwaardetijd van diazepam?". A term the knowledge base never uses is among them:
    /// what it never speaks of it cannot answer ("is dxm te zien in een urinetest?" over texts that
    /// name no test). None for a follow-up, whose terms may be the earlier question's.
    public var namedTerms: [PlannedConcept] {
        question.isFollowUp ? [] : concepts.filter {
            $0.concept.role == .term && !$0.concept.isAskedInLayWords && !$0.concept.isToldBeforeAsking
        }
    }

    /// The one thing the question asks about when it asks nothing else of it ("Wat is
    /// clonazepam?", "waarvoor wordt clonazepam gebruikt?", "paletten"): every other concept is
    /// a light verb. A sentence that defines it answers such a question best.
    public var soleSubject: PlannedConcept? {
        let subjects = subjects
        return subjects.count == 1 ? subjects[0] : nil
    }

    /// Whether a sentence opening with these index terms defines what the question asks to define
    /// (``definedSubject``): "Clonazepam is een benzodiazepine …", "Paletten zijn …", or the phrase
    /// asked about (``definedPhrase``): "Een virtueel pakket is …".
    func definesSubject(opening terms: some Collection<String>) -> Bool {
        func opens(_ terms: some Collection<String>, with name: [String]) -> Bool {
            let opening = Array(terms.prefix(name.count + 1))
            return opening.count == name.count + 1 && opening.dropLast().elementsEqual(name)
                && Self.copulas.contains(opening[name.count])
        }
        if !definedPhrase.isEmpty {
            // "Een virtueel pakket is …": the sentence may keep the article the question's phrase lost.
            let startsWithArticle = terms.first.map(Self.articles.contains) ?? false
            if opens(startsWithArticle ? Array(terms.dropFirst()) : Array(terms), with: definedPhrase) { return true }
        }
        guard let subject = definedSubject else { return false }
        return subject.exact.contains { opens(terms, with: $0.terms) }
    }

    /// "de", "het", "een" as index terms: "Een virtueel pakket is …".
    private static let articles: Set<String> = Set(QuestionAnalysis.articles.map(DutchAnalyzer().term(ofNormalized:)))

    /// "is", "zijn", "wordt", "worden", "betekent" as index terms.
    private static let copulas: Set<String> = Set(["is", "zijn", "wordt", "worden", "betekent"].map(DutchAnalyzer().term(ofNormalized:)))

    /// The substances and classes the question names.
    var entities: [PlannedConcept] {
        concepts.filter { $0.concept.role == .entity }
    }

    /// The question compares two substances (``UnderstoodQuestion/comparesEntities``) that the
    /// knowledge base both speaks of: then what is said of either answers. Of one it never names,
    /// it cannot tell the difference ("het verschil tussen clonazepam en xanax" over texts without
    /// alprazolam).
    var comparesKnownEntities: Bool {
        question.comparesEntities && entities.allSatisfy(\.isInKnowledgeBase)
    }

    /// Whether a text with these terms names a substance the question does not ask about.
    func namesAnotherSubstance(_ terms: Set<String>) -> Bool {
        terms.contains { term in otherSubstancesByFirstTerm[term]?.contains { $0.terms.allSatisfy(terms.contains) } ?? false }
    }

    /// Whether a text with these terms names at least one of the substances the question names.
    func namesAnyOfItsEntities(_ terms: Set<String>) -> Bool {
        entities.contains { $0.match(terms) > 0 }
    }

    /// Whether a text with these terms names every substance the question names (true when it
    /// names none), one of several by name: "andere drugs" alone does not speak of ketamine and xtc.
    /// Of three or more, all but one will do: texts speak of combinations two at a time
    /// ("Drink geen alcohol zolang je oxazepam gebruikt" for paroxetine, oxazepam and a beer).
    /// A question that compares two substances is answered by what is said of either
    /// (``comparesKnownEntities``).
    func namesItsEntities(_ terms: Set<String>) -> Bool {
        let matches = entities.map { $0.match(terms) }
        let needed = comparesKnownEntities ? 1 : matches.count < 3 ? matches.count : matches.count - 1
        return matches.count(where: { $0 > 0 }) >= needed && (matches.count < 2 || matches.contains(1))
    }

    /// Every term that counts as evidence for some concept.
    public var allTerms: Set<String> { Self.evidence(of: concepts) }

    /// Every term that counts as evidence for one of the substances or classes the question names.
    var entityTerms: Set<String> { Self.evidence(of: entities) }
    /// The terms of the medical terms asked about (halfwaardetijd, gewichtstoename), in all their spellings.
    var termTerms: Set<String> { Self.evidence(of: concepts.filter { $0.concept.role == .term }) }

    private static func evidence(of concepts: [PlannedConcept]) -> Set<String> {
        Set(concepts.flatMap { ($0.exact + $0.broader + $0.members).flatMap(\.terms) })
    }
}
