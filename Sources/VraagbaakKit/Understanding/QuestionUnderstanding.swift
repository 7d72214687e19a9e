/// Turns a question into concepts: lexicon entities (with their spellings and classes), medical
/// terms asked in lay words, and the remaining meaningful words.
///
///     let understanding = QuestionUnderstanding(lexicon: .builtIn)
///     let question = understanding.understand("mag rivotril samen met xtc?")
///     question.entities.map(\.label)  // ["clonazepam", "mdma"]
///
/// A follow-up ("en met alcohol?") keeps the subject of the conversation: see ``understand(_:following:)``.
public final class QuestionUnderstanding {
    public let analyzer: DutchAnalyzer
    private let matcher: LexiconMatcher
    private let emergencyDetector = EmergencyDetector()

    /// Whether the knowledge base uses an index term: a word it uses is no misspelling of a
    /// lexicon name ("weergeven" is no "overgeven").
    private let isKnownTerm: (String) -> Bool

    public init(lexicon: Lexicon, analyzer: DutchAnalyzer = DutchAnalyzer(), isKnownTerm: @escaping (String) -> Bool = { _ in false }) {
        self.analyzer = analyzer
        self.isKnownTerm = isKnownTerm
        matcher = LexiconMatcher(lexicon: lexicon, analyzer: analyzer)
    }

    /// Only this much of a question is read: no one asks more in one go, and a pasted megabyte
    /// must not cost minutes (the command line refuses longer questions outright).
    public static let maximumQuestionLength = 10_000

    public func understand(_ text: String, following context: QuestionContext? = nil) -> UnderstoodQuestion {
        let analysis = QuestionAnalysis(String(text.prefix(Self.maximumQuestionLength)), analyzer: analyzer)
        var concepts: [Concept] = []
        let mentions = lexiconMentions(in: analysis)
        let emergency = emergencyDetector.match(in: analysis)
        // "lang" of "hoe lang" asks for a time: no subject.
        var covered = Set(mentions.flatMap(\.positions)).union(analysis.questionWordPositions)
            .union(spellingWordPositions(of: mentions.map(\.entry), in: analysis))
        if mentions.contains(where: \.entry.isEntity) { covered.formUnion(analysis.pointedThingPositions) }
        // The words of a thought of suicide ("ik wil dood") are no subject to quote on: a passage on
        // the dangers of an overdose does not help then. What else the question asks still counts.
        if let emergency, emergency.signal == .suicidal {
            covered.formUnion(emergency.positions.map { analysis.tokens[$0].position })
        }
        let asking = analysis.askingPositions
        // Told in the story: none of its words is in a sentence that asks (never, where none is told apart).
        func isToldBeforeAsking(_ positions: [Int]) -> Bool {
            asking.map { asking in !positions.contains(where: asking.contains) } ?? false
        }
        for (entry, positions) in mentions where !restatesAMember(entry, at: positions, of: mentions.map(\.entry), in: analysis)
            && !isTheWayOfTakingAnother(at: positions, in: mentions, analysis: analysis) {
            var concept = concept(for: entry)
            // Lay phrases are made with function words ("in je hoofd", "te veel genomen").
            concept.isAskedInLayWords = analysis.tokens.contains { positions.contains($0.position) && DutchStopWords.contains($0.normalized) }
            concept.isToldBeforeAsking = isToldBeforeAsking(positions)
            if let known = concepts.firstIndex(where: { $0.label == concept.label }) {
                concepts[known].isToldBeforeAsking = concepts[known].isToldBeforeAsking && concept.isToldBeforeAsking
            } else {
                concepts.append(concept)
            }
        }
        // "het verschil tussen oxynorm en oxycontin": two names of one substance are asked apart.
        for spelling in namesAskedApart(in: mentions, analysis: analysis) where !concepts.contains(where: { $0.label == spelling }) {
            concepts.append(.word(spelling))
        }
        var seen = Set(concepts.map(\.label))
        // "over te gaan" is one word of the knowledge base's, "overgaan", where it uses that word,
        // though "gaan" alone says nothing. (The planner joins "op te zoeken" to "zoeken" as well.)
        var infinitives: [Int: String] = [:]
        for (verb, positions) in analysis.particleInfinitives
        where DutchStopWords.contains(analysis.tokens[positions[1]].normalized) && !positions.contains(where: covered.contains)
            && isKnownTerm(analyzer.term(ofNormalized: verb)) {
            infinitives[positions[0]] = verb
            covered.formUnion(positions)
        }
        for token in analysis.tokens {
            if let verb = infinitives[token.position] {
                if seen.insert(verb).inserted { concepts.append(.word(verb)) }
                continue
            }
            guard !covered.contains(token.position), !DutchStopWords.contains(token.normalized) else { continue }
            // A diminutive or a misspelling of a name; the index is asked only about a word that looks like one.
            if let entry = matcher.entry(diminutiveOf: token.normalized) ?? matcher.entry(misspelledAs: token.normalized),
               !isKnownTerm(token.term), !seen.contains(entry.name) {
                seen.insert(entry.name)
                var found = concept(for: entry)
                found.isToldBeforeAsking = isToldBeforeAsking([token.position])
                concepts.append(found)
            } else if seen.insert(token.normalized).inserted {
                concepts.append(.word(token.normalized, synonyms: matcher.synonyms(ofTerm: token.term)))
            }
        }
        // A post whose asking sentence names its subject in the lexicon's words ("waar is dat spul
        // voor bedoeld?", "mag ik dan rivotril?") tells the rest as its story. One that points back
        // without naming one ("Kan ik dat ergens uitzetten?") asks about what the story tells.
        if let asking, mentions.contains(where: { $0.positions.contains(where: asking.contains) }) {
            let askedWords = Set(analysis.tokens.filter { asking.contains($0.position) }.map(\.normalized))
                .union(analysis.particleInfinitives.filter { asking.contains($0.positions[0]) }.map(\.verb))
            for index in concepts.indices where concepts[index].role == .word {
                concepts[index].isStory = !askedWords.contains(concepts[index].label)
            }
        }
        // "mijn vader (71)" asks about an older person, as "mijn opa" does.
        if Self.statesOldAge(analysis), !concepts.contains(where: { $0.label == Self.olderPeople }),
           let entry = matcher.lexicon.entry(named: Self.olderPeople) {
            var older = concept(for: entry)
            older.isAskedInLayWords = true
            concepts.append(older)
        }
        var question = UnderstoodQuestion(
            text: text, concepts: concepts, emergency: emergency?.signal, isFollowUp: false)
        question.comparesEntities = Self.compares(mentions.filter { mention in
            mention.entry.isEntity && concepts.contains { $0.role == .entity && $0.label == mention.entry.name }
        }, in: analysis)
        if let context, Self.isFollowUp(analysis, concepts: concepts) {
            question.concepts = Self.merge(concepts, into: context)
            question.isFollowUp = true
        }
        let asked = Set(question.entities.map(\.label))
        question.otherSubstances = matcher.lexicon.entries.filter { $0.kind == .substance && !asked.contains($0.name) }
            .flatMap(evidence(of:))
        return question
    }

    /// The lexicon's words in the question, with the positions of their tokens: as written
    /// (longest first), lay phrases with the substance in their middle ("hoe lang blijft [mdma]
    /// in je lichaam" where the lexicon says "het"), words of a term set apart in a clause
    /// ("blijft [zo'n pil] werken"), what something is for ("waar is [dat] goed voor"), and verbs
    /// split in two.
    private func lexiconMentions(in analysis: QuestionAnalysis) -> [(entry: Lexicon.Entry, positions: [Int])] {
        let purpose = matcher.purposeEntry.flatMap { entry in analysis.purposeWordPositions.map { (entry: entry, positions: $0) } }
        let asksPurpose = Set(purpose?.positions ?? [])
        // The verb of "waar wordt het voor voorgeschreven" asks what it is for, not about a prescription.
        var mentions = matcher.mentions(in: analysis.tokens).filter { $0.entry.isEntity || !$0.tokens.contains(where: asksPurpose.contains) }
        var covered = Set(mentions.flatMap(\.tokens)).union(asksPurpose)
        let entityPositions = Set(mentions.filter(\.entry.isEntity).flatMap(\.tokens))
        // Lay phrases also read past what stands for the thing and the particles that say nothing:
        // "wanneer gaat [dat spul nou] werken" names "gaat werken".
        let pointedThings = analysis.pointedThingPositions
        let withoutSubstances = analysis.tokens.filter {
            !entityPositions.contains($0.position) && !LexiconMatcher.pronouns.contains($0.normalized)
                && !LexiconMatcher.particles.contains($0.normalized) && !pointedThings.contains($0.position)
        }
        // A lay phrase so read takes the place of a shorter term inside it: "wat doet [mdma] in je
        // brein" asks how it works, not about the brain.
        func termsInside(_ mention: LexiconMatcher.Mention) -> [LexiconMatcher.Mention] {
            mentions.filter { !$0.entry.isEntity && $0.tokens.count < mention.tokens.count && $0.tokens.allSatisfy(mention.tokens.contains) }
        }
        let split = matcher.mentions(in: withoutSubstances).filter { mention in
            let inside = Set(termsInside(mention).flatMap(\.tokens))
            return !mention.entry.isEntity
                && !mention.tokens.contains { covered.contains($0) && !entityPositions.contains($0) && !inside.contains($0) }
        }
        let replaced = split.flatMap(termsInside)
        mentions.removeAll(where: replaced.contains)
        covered.formUnion(split.flatMap(\.tokens))
        let scattered = matcher.scatteredMentions(in: analysis.tokens, clauses: analysis.clauses, skipping: covered)
        covered.formUnion(scattered.flatMap(\.positions))
        return (mentions + split).map { ($0.entry, Array($0.tokens)) } + scattered + (purpose.map { [$0] } ?? [])
            + separableVerbMentions(in: analysis, skipping: covered)
    }

    /// The names a question gives one substance when it gives it more than one ("oxynorm" and
    /// "oxycontin", "rivotril" and "clonazepam"): it asks about them apart, so each one-word name
    /// counts as a word too, but the lexicon's own name, which the substance's concept is already.
    private func namesAskedApart(in mentions: [(entry: Lexicon.Entry, positions: [Int])], analysis: QuestionAnalysis) -> [String] {
        var spellings: [String: [String]] = [:]
        for (entry, positions) in mentions where entry.kind == .substance {
            let spelling = positions.sorted().map { analysis.tokens[$0].normalized }.joined(separator: " ")
            if !spellings[entry.name, default: []].contains(spelling) { spellings[entry.name, default: []].append(spelling) }
        }
        return spellings.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
            .flatMap { name, names in names.filter { $0 != name && !$0.contains(" ") } }
    }

    /// Whether a class the question names stands for a member it also names: "benzo's als temesta",
    /// "ik ben klaar met die benzo's, kan ik stoppen met mn rivotril?", "is rivotril een
    /// langwerkende benzo?". The member is what is asked about; as a second substance the class
    /// made a combination of one thing. The class does so after an article or a pointing word, or
    /// before "als"/"zoals"; not in "rivotril met andere benzo's" or "rivotril met xtc of benzo's".
    private func restatesAMember(_ entry: Lexicon.Entry, at positions: [Int], of named: [Lexicon.Entry],
                                 in analysis: QuestionAnalysis) -> Bool {
        guard entry.kind == .substanceClass,
              named.contains(where: { matcher.lexicon.allClasses(of: $0).contains(entry.name) }),
              let first = positions.min(), let last = positions.max() else { return false }
        // The nearest function word before it, past its adjectives: "een [langwerkende] benzo".
        let before = analysis.tokens.last { $0.position < first && DutchStopWords.contains($0.normalized) }?.normalized ?? ""
        let after = analysis.tokens.first { $0.position > last }?.normalized ?? ""
        return Self.pointingWords.contains(before) || ["als", "zoals"].contains(after)
    }

    /// Whether the question weighs its two substances against each other: it asks for a difference
    /// or a comparison, or names them with "of", "dan", "vs" or "versus" between them, after at
    /// most one other word ("valium of rivotril", "diazepam langer dan rivotril"). Three or more
    /// are no comparison ("rivotril of xanax met alcohol" asks about a combination).
    private static func compares(_ mentions: [(entry: Lexicon.Entry, positions: [Int])], in analysis: QuestionAnalysis) -> Bool {
        guard Set(mentions.map(\.entry.name)).count == 2 else { return false }
        if analysis.tokens.contains(where: { comparisonWords.contains($0.normalized) }) { return true }
        let spans = mentions.compactMap { mention -> ClosedRange<Int>? in
            guard let first = mention.positions.min(), let last = mention.positions.max() else { return nil }
            return first...last
        }.sorted { $0.lowerBound < $1.lowerBound }
        return zip(spans, spans.dropFirst()).contains { first, second in
            let between = analysis.tokens.filter { $0.position > first.upperBound && $0.position < second.lowerBound }
            return (1...2).contains(between.count) && comparingJoiners.contains(between[between.count - 1].normalized)
        }
    }

    /// The lexicon's term for older people.
    static let olderPeople = "ouderen"

    /// Whether the question gives someone an age of 65 or more: "(71)" after a word, "80 jaar",
    /// "een 75-jarige". Not an amount ("(80 mg)").
    static func statesOldAge(_ analysis: QuestionAnalysis) -> Bool {
        let tokens = analysis.tokens
        let bytes = Array(analysis.text.utf8)
        return tokens.indices.contains { index in
            guard let age = Int(tokens[index].normalized), (65...120).contains(age) else { return false }
            let next = index + 1 < tokens.count ? tokens[index + 1].normalized : ""
            if ["jaar", "jarige", "jarig", "jr"].contains(next) { return true }
            // "mijn moeder van 82" (not "een tablet van 75 mg").
            if index >= 2, tokens[index - 1].normalized == "van", relatives.contains(tokens[index - 2].normalized) { return true }
            let opens = tokens[index].start > 0 && bytes[tokens[index].start - 1] == UInt8(ascii: "(")
            let closes = tokens[index].end < bytes.count && bytes[tokens[index].end] == UInt8(ascii: ")")
            return opens && closes
        }
    }

    /// People whose age a post gives as "mijn moeder van 82".
    private static let relatives: Set<String> = [
        "moeder", "vader", "oma", "opa", "man", "vrouw", "partner", "schoonmoeder", "schoonvader", "tante", "oom",
        "buurman", "buurvrouw", "patiënt", "patiënte", "cliënt", "bewoner", "mevrouw", "meneer", "ma", "pa",
    ]

    private static let comparisonWords: Set<String> = ["verschil", "verschillen", "vergelijken", "vergeleken", "vergelijking", "versus", "vs"]
    private static let comparingJoiners: Set<String> = ["of", "dan", "vs", "versus", "tegenover"]

    /// Whether a substance named by the verb of taking it ("roken" for nicotine) has another
    /// substance as its object, which it then is the way of taking: the word before it, past
    /// function words ("een jointje roken"), or after it, past a subject ("rook je wiet"), but not
    /// in the next clause ("mag ik roken als ik sertraline slik?").
    private func isTheWayOfTakingAnother(at positions: [Int], in mentions: [(entry: Lexicon.Entry, positions: [Int])],
                                         analysis: QuestionAnalysis) -> Bool {
        guard positions.count == 1, let verb = analysis.tokens.firstIndex(where: { $0.position == positions[0] }),
              Self.verbsOfTaking.contains(analysis.tokens[verb].normalized) else { return false }
        let before = analysis.tokens[..<verb].last { !DutchStopWords.contains($0.normalized) }
        let after = analysis.tokens[(verb + 1)...].first { !Self.subjectsAndArticles.contains($0.normalized) }
        let neighbours = [before, after].compactMap { $0?.position }
        return mentions.contains { mention in
            mention.entry.kind == .substance && mention.positions.contains(where: neighbours.contains)
        }
    }

    /// What stands between a verb that opens a clause and its object: "rook *je* wiet", "rookt *hij* *een* joint".
    private static let subjectsAndArticles: Set<String> = ["je", "jij", "u", "hij", "ze", "zij", "we", "wij", "jullie", "ik", "een", "de", "het", "zo'n"]

    /// Verbs that name the substance people take that way, unless they take another.
    private static let verbsOfTaking: Set<String> = ["roken", "rook", "rookt", "rookte", "rookten", "gerookt"]

    /// Articles, pointing and possessive words: "die benzo's", "een langwerkende benzo", "mn benzo's".
    private static let pointingWords: Set<String> = [
        "de", "het", "een", "die", "deze", "dat", "dit", "zo'n", "mijn", "mn", "m'n", "je", "jouw", "zijn", "haar",
    ]

    /// The positions of the words that a substance the question names has in its own spellings
    /// of several words: "pil" (of "xtc-pil") in "een pilletje xtc" is the xtc, not a subject of
    /// its own.
    private func spellingWordPositions(of entries: [Lexicon.Entry], in analysis: QuestionAnalysis) -> Set<Int> {
        let words = entries.filter(\.isEntity).flatMap { matcher.phrases(of: $0).filter { $0.count > 1 }.joined() }
        let terms = Set(words.filter { !DutchStopWords.contains($0) }.map(analyzer.term(ofNormalized:)))
        return Set(analysis.tokens.filter { terms.contains($0.term) }.map(\.position))
    }

    /// Lexicon words split in two by Dutch word order: "welke stoffen laat xtc vrij" names
    /// "vrijlaten", "om af te bouwen" "afbouwen". Each particle is joined to the words before it in
    /// its clause; only a lexicon word counts, so a preposition joined to a word ("in" + "laat")
    /// finds nothing.
    private func separableVerbMentions(in analysis: QuestionAnalysis, skipping covered: Set<Int>)
        -> [(entry: Lexicon.Entry, positions: [Int])] {
        let infinitives = analysis.particleInfinitives.compactMap { verb, positions -> (entry: Lexicon.Entry, positions: [Int])? in
            guard !positions.contains(where: covered.contains),
                  let entry = matcher.entry(withTerm: analyzer.term(ofNormalized: verb)) else { return nil }
            return (entry, positions)
        }
        let covered = covered.union(infinitives.flatMap(\.positions))
        return infinitives + analysis.separableParticles(closingOnly: false).compactMap { particle, clause in
            guard !covered.contains(particle.position) else { return nil }
            for position in clause where !covered.contains(position) {
                let verbs = QuestionAnalysis.joinedVerbs(particle: particle.normalized, word: analysis.tokens[position].normalized)
                if let entry = verbs.lazy.compactMap({ self.matcher.entry(withTerm: self.analyzer.term(ofNormalized: $0)) }).first {
                    return (entry, [position, particle.position])
                }
            }
            return nil
        }
    }

    /// A lexicon entry as a concept. A medical term's lay phrases ("in je systeem", "te veel
    /// genomen") lead a question to the term, but are no evidence in a text: there only its
    /// spellings made of content words count, one word or several ("bad trip", "lichamelijke
    /// afhankelijkheid").
    private func concept(for entry: Lexicon.Entry) -> Concept {
        let entries = matcher.lexicon.entries
        let classes = entry.classes.compactMap { matcher.lexicon.entry(named: $0) }
        let broader = classes.filter { $0.kind != .collective }.flatMap(evidence(of:))
        let collectives = classes.filter { $0.kind == .collective }.flatMap(evidence(of:))
        let members = entries.filter { $0.classes.contains(entry.name) }.flatMap(evidence(of:))
        // Not its own classes: opioïde, itself a pijnstiller, is codeïne's class, no sibling.
        let siblings = entries.filter { other in
            other.name != entry.name && !entry.classes.contains(other.name) && other.classes.contains(where: entry.classes.contains)
        }.flatMap(evidence(of:))
        var concept = Concept(label: entry.name, role: entry.isEntity ? .entity : .term,
                              alternatives: evidence(of: entry), broader: broader, members: members, siblings: siblings)
        concept.collectives = collectives
        return concept
    }

    /// The spellings of an entry that name it in a text: all of a substance's or class's, only
    /// those of content words of a term's.
    private func evidence(of entry: Lexicon.Entry) -> [[String]] {
        let phrases = matcher.phrases(of: entry)
        return entry.isEntity ? phrases : phrases.filter { !$0.contains(where: DutchStopWords.contains) }
    }

    // MARK: - Follow-ups

    private static let followUpOpeners: Set<String> = ["en", "maar", "ook", "of", "dus", "plus"]
    private static let pointers: Set<String> = [
        "dat", "dit", "het", "die", "deze", "ervan", "daarvan", "daarmee", "ermee", "erbij", "daarbij",
        "hiervan", "hiermee", "erna", "daarna", "ervoor", "daarvoor",
    ]

    /// Short, and opening with "en"/"maar"/… or pointing back without naming a subject of its own.
    static func isFollowUp(_ analysis: QuestionAnalysis, concepts: [Concept]) -> Bool {
        guard let first = analysis.tokens.first, analysis.tokens.count <= 8 else { return false }
        if followUpOpeners.contains(first.normalized) { return true }
        let hasEntity = concepts.contains { $0.role == .entity }
        return !hasEntity && analysis.tokens.contains { pointers.contains($0.normalized) } && concepts.count <= 3
    }

    /// The follow-up's own concepts win; it keeps the conversation's first entity (the subject),
    /// the other entities only when it names none, and the earlier words only when it has none.
    static func merge(_ concepts: [Concept], into context: QuestionContext) -> [Concept] {
        let newEntities = concepts.filter { $0.role == .entity }
        let newOthers = concepts.filter { $0.role != .entity }
        let oldEntities = context.concepts.filter { $0.role == .entity }
        let oldOthers = context.concepts.filter { $0.role != .entity }
        var entities: [Concept]
        if newEntities.isEmpty {
            entities = oldEntities
        } else {
            entities = Array(oldEntities.prefix(1))
            entities += newEntities.filter { new in !entities.contains { $0.label == new.label } }
        }
        return entities + (newOthers.isEmpty ? oldOthers : newOthers)
    }
}
