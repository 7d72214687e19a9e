/// One thing a question asks about, with the ways a text may say it.
///
///     Concept(label: "clonazepam", role: .entity, alternatives: [["clonazepam"], ["rivotril"]],
///             broader: [["benzodiazepine"], ["benzo"]])
public struct Concept: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        /// A substance or class from the lexicon.
        case entity
        /// A medical term from the lexicon, asked in lay words or not.
        case term
        /// Any other meaningful word of the question.
        case word
    }

    /// The word as asked, or the lexicon's name for it.
    public var label: String
    public var role: Role
    /// Ways to say it, each a list of normalized words (one word, or a phrase).
    public var alternatives: [[String]]
    /// Broader ways that still answer it (a substance's class): they count, but less.
    public var broader: [[String]]
    /// Collective names it goes by ("drugs" for ketamine): broader too, but only where the
    /// knowledge base names the concept itself; else a text that says "andere drugs" would answer
    /// a question on a substance the knowledge base knows nothing of.
    public var collectives: [[String]] = []
    /// A class's members (for benzodiazepine: clonazepam, diazepam, …): what is said of one of them
    /// answers a question on the class, less directly.
    public var members: [[String]]
    /// The other members of its classes (for diazepam: clonazepam, lorazepam, …): where a text
    /// names one of them, its class word speaks of that one ("Clonazepam is een benzodiazepine"),
    /// so the class says nothing of this concept there.
    public var siblings: [[String]]
    /// A medical term the question asks in a lay phrase ("in je hoofd" for hersenen), not by a
    /// spelling a text would use.
    public var isAskedInLayWords = false
    /// A plain word only of the story around a post's question ("mn huisarts heeft me klonopin
    /// meegegeven … waar is dat spul voor bedoeld?"): see ``QuestionAnalysis/askingPositions``.
    public var isStory = false
    /// Named only in the story, outside the sentences that ask ("hij denkt dat ie doodgaat. hoe
    /// krijg ik hem rustig?"): see ``QuestionAnalysis/askingPositions``.
    public var isToldBeforeAsking = false

    public init(label: String, role: Role, alternatives: [[String]], broader: [[String]] = [],
                members: [[String]] = [], siblings: [[String]] = []) {
        self.label = label
        self.role = role
        self.alternatives = alternatives
        self.broader = broader
        self.members = members
        self.siblings = siblings
    }

    /// A plain word of the question, and the words that mean the same (``Lexicon/Kind/word``:
    /// "dokter" for "arts").
    public static func word(_ word: String, synonyms: [String] = []) -> Concept {
        Concept(label: word, role: .word, alternatives: [[word]] + synonyms.filter { $0 != word }.map { [$0] })
    }
}

/// A question as Vraagbaak understood it.
public struct UnderstoodQuestion: Sendable, Equatable {
    /// The question as asked.
    public var text: String
    public var concepts: [Concept]
    public var emergency: EmergencyDetector.Signal?
    /// Whether the question leaned on the previous one for its subject.
    public var isFollowUp: Bool
    /// The spellings of the lexicon's substances the question does not ask about: a sentence that
    /// names one of them, and none it asks about, speaks of that one. (Not classes: "andere
    /// drugs" is no other subject.)
    public var otherSubstances: [[String]] = []
    /// The question weighs two substances against each other ("wat blijft langer in je systeem,
    /// valium of rivotril?", "het verschil tussen xanax en rivotril"): what is said of either
    /// answers, unlike a question on their combination.
    public var comparesEntities = false

    public var entities: [Concept] { concepts.filter { $0.role == .entity } }

    /// What a follow-up question may take over.
    public var context: QuestionContext { QuestionContext(concepts: concepts) }
}

/// The subject of a conversation so far.
public struct QuestionContext: Sendable, Equatable {
    public var concepts: [Concept]
}
