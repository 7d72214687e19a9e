/// Recognises questions that signal danger: an overdose (or a child that swallowed medicine),
/// someone unresponsive or breathing strangely, pain on the chest, signs of a stroke or of a
/// severe allergic reaction, vomiting blood, thoughts of suicide or harming oneself. Such answers
/// open with emergency help (112, 113).
///
///     EmergencyDetector().signal(in: QuestionAnalysis("ik heb te veel pillen genomen", analyzer: a))  // .overdose
///
/// Signals are word patterns over normalized words, not index terms, so they do not depend on the
/// knowledge base; each pattern is a set of words that must all occur in one sentence (in any order).
///
/// A danger word is an emergency when the question says it is happening — to the asker or to
/// someone they name — not when it asks about it as a possibility or a topic:
///
///     ik denk aan zelfmoord                         emergency: a person ("ik")
///     krijg je zelfmoordgedachten van rivotril      no: generic "je", asks about an effect
///     mijn vriend ligt te schokken op de grond      emergency: an event, a person ("mijn")
///     kun je flauwvallen van rivotril met xtc       no: asks whether it can happen
///
/// What decides is the nearest *person* or *asking* word around the danger word in its clause
/// (looking back first, then ahead; a clause ends at punctuation or a subordinating word such as
/// "dat", "als", "sinds"): "ik", "mijn", "hij", "iemand" say who it happens to; "je", "men",
/// "helpt", "tegen", "kans", and a clause that opens with a verb ("kan ik", "krijg je") or a
/// condition ("als iemand") ask about it. With neither, an *event* (a state or act described:
/// "is flauwgevallen", "ligt te schokken", "wil dood") counts, and a *topic* (a noun or infinitive:
/// "zelfmoordgedachten", "overdosis", "stuipen", "flauwvallen") counts only when its clause says it
/// is now ("nu", "dit", "help"). A clause told of a time that is over ("vorig jaar", "vroeger") reports
/// no emergency unless it also says now, nor does a sentence of a film, a dream or a case supposed
/// ("in de serie …", "stel dat …"), nor a question that prepares for a danger ("ik wil voorbereid
/// zijn"). A question that asks what to do about someone ("wat moet ik doen als mijn vriend
/// flauwvalt") asks for first aid, which the emergency block gives, so any danger word in its
/// sentence counts there; asked of anyone ("wat moet je doen als iemand flauwvalt") it is a topic.
/// Flemish and chat spellings count as the words they stand for ("nie" as "niet"), and a phrase
/// may have particles inside it ("houdt maar niet op").
public struct EmergencyDetector: Sendable {
    public enum Signal: String, Sendable, Equatable {
        case overdose, unresponsive, breathing, chestPain, stroke, allergicReaction, bleeding, suicidal
        /// Several signs of a body in trouble at once (``bodySigns``).
        case manySigns
    }

    public init() {}

    public func signal(in question: QuestionAnalysis) -> Signal? {
        match(in: question)?.signal
    }

    /// The signal and the positions of the question's words that gave it.
    public func match(in question: QuestionAnalysis) -> (signal: Signal, positions: Set<Int>)? {
        let words = question.tokens.map { Self.spokenForms[$0.normalized] ?? $0.normalized }
        let reading = Reading(question, words: words)
        // "ik wil voorbereid zijn": the whole question prepares for a danger that is not there.
        if Self.preparing.contains(where: { Self.says($0, in: words) }) { return nil }
        // "wat moet ik doen" asks for first aid for the danger in its own sentence, not for a side
        // effect asked about before it ("… zelfmoordgedachten kunnen krijgen, klopt dat? en wat moet je dan doen").
        func asksWhatToDo(at position: Int) -> Bool {
            let sentence = Array(words[reading.sentences[position]])
            // "wat moet je doen als iemand flauwvalt" asks first aid in general, of no one now.
            let general = sentence.contains(where: Self.generalPersons.contains) && !sentence.contains(where: Self.ownPersons.contains)
            return !general && !reading.isImagined(at: position)
                && Self.whatToDo.contains { pattern in pattern.allSatisfy { Self.says($0, in: sentence) } }
        }
        for pattern in Self.firstPersonThoughts {
            let found = pattern.map { Self.occurrences(of: $0, in: words) }
            if !found.contains(where: \.isEmpty) { return (.suicidal, Set(found.joined().joined())) }
        }
        if let sentence = question.sentences.first(where: { Self.cannotGoOn.contains(Array(words[$0])) }) {
            return (.suicidal, Set(sentence))
        }
        for danger in Self.dangers {
            for (patterns, kind) in [(danger.events, Kind.event), (danger.topics, Kind.topic)] {
                for pattern in patterns {
                    let found = pattern.map { Self.occurrences(of: $0, in: words) }
                    // The pattern's words said in one sentence, and happening there.
                    guard found[0].contains(where: { first in
                        let sentence = reading.sentences[first.lowerBound]
                        return found.dropFirst().allSatisfy {
                            $0.contains { sentence.contains($0.lowerBound) && !reading.isOver(at: $0.lowerBound) }
                        }
                            && (asksWhatToDo(at: first.lowerBound) || reading.happens(at: first.lowerBound, kind: kind))
                    }) else { continue }
                    return (danger.signal, found.reduce(into: Set<Int>()) { $0.formUnion($1.flatMap { $0 }) })
                }
            }
        }
        if let positions = Self.swallowedSomethingHarmful(words, reading: reading) {
            return (.overdose, positions)
        }
        if let (number, verb, positions) = Self.manyPillsTaken(words),
           asksWhatToDo(at: number) || reading.happens(at: number, kind: .event, lookingAheadTo: verb) {
            return (.overdose, positions)
        }
        if let positions = Self.pillsSavedUp(words, sentences: reading.sentences), let first = positions.min(),
           reading.happens(at: first, kind: .event) {
            return (.suicidal, positions)
        }
        // One sign is a side effect someone asks about; three kinds at once, of someone now, are a body in trouble.
        let signs = Self.bodySigns.compactMap { kind in
            kind.lazy.flatMap { pattern in Self.occurrences(of: pattern, in: words) }
                .first { reading.happens(at: $0.lowerBound, kind: .event) }
        }
        if signs.count >= Self.signsOfTrouble {
            return (.manySigns, Set(signs.joined()))
        }
        return nil
    }

    /// Where a pattern element occurs: a whole word, a word prefix ("zelfmoord*"), or a phrase,
    /// whose words may have particles between them ("het bloed houdt maar niet op").
    private static func occurrences(of element: String, in words: [String]) -> [Range<Int>] {
        if element.hasSuffix("*") {
            return words.indices.filter { matches(element, words[$0]) }.map { $0..<$0 + 1 }
        }
        let parts = element.split(separator: " ").map(String.init)
        return words.indices.compactMap { start in
            var position = start
            for (number, part) in parts.enumerated() {
                while number > 0, position < words.count, words[position] != part, particles.contains(words[position]) { position += 1 }
                guard position < words.count, words[position] == part else { return nil }
                position += 1
            }
            return start..<position
        }
    }

    /// Whether a pattern element occurs at all.
    private static func says(_ element: String, in words: [String]) -> Bool {
        !occurrences(of: element, in: words).isEmpty
    }

    /// Words that colour a phrase without changing it.
    private static let particles: Set<String> = ["maar", "echt", "gewoon", "helemaal", "even", "nou", "toch"]

    /// Flemish and chat spellings of the words the patterns use: "ik krijg hem nie wakker", "mijne pa".
    private static let spokenForms: [String: String] = [
        "nie": "niet", "nit": "niet", "da": "dat", "ne": "een", "nen": "een", "mijne": "mijn", "mne": "mijn",
        "zn": "zijn", "ge": "je", "gij": "jij", "pls": "help", "plz": "help", "hlp": "help",
    ]

    /// "ik heb al mijn antidepressiva opgespaard": pills saved up, in one sentence, are a plan.
    private static func pillsSavedUp(_ words: [String], sentences: [Range<Int>]) -> Set<Int>? {
        func isPill(_ word: String) -> Bool { pills.contains(word) || word.hasPrefix("pil") || word.hasPrefix("tablet") }
        for (index, word) in words.enumerated() where savingVerbs.contains(word) {
            if let pill = sentences[index].first(where: { isPill(words[$0]) }) {
                return [index, pill]
            }
        }
        return nil
    }
    private static let savingVerbs: Set<String> = ["gespaard", "opgespaard", "verzameld", "gehamsterd", "bewaard"]

    /// "ik heb 10 pillen clonazepam geslikt", "ik heb net 30 rivotril geslikt": a number of five
    /// or more just before pills or a medicine (not the decimals of "1,5"), and a verb of taking.
    /// Returns the number's position, the verb's and all positions.
    private static func manyPillsTaken(_ words: [String]) -> (number: Int, verb: Int, positions: Set<Int>)? {
        guard let verb = words.firstIndex(where: takingVerbs.contains) else { return nil }
        for index in words.indices.dropLast() where pills.contains(words[index + 1]) {
            guard let count = Int(words[index]) ?? countWords[words[index]], count >= 5,
                  index == 0 || Int(words[index - 1]) == nil else { continue }
            return (index, verb, [index, index + 1, verb])
        }
        return nil
    }

    /// Pill words, and the one-word names of the lexicon's substances and classes ("40 stilnoct",
    /// "20 oxazepam"), but not of drinks and smokes: "5 biertjes" is no overdose.
    private static let pills: Set<String> = {
        let counted = Lexicon.builtIn.entries.filter { entry in
            (entry.kind == .substance || entry.kind == .substanceClass) && !["alcohol", "cafeïne", "nicotine"].contains(entry.name)
        }
        return Set(["pillen", "pilletjes", "tabletten", "tabletjes", "capsules", "strips", "stuks"]
            + counted.flatMap(\.spellings).filter { !$0.contains(" ") })
    }()
    /// Counts written out, from five on: "twintig paracetamol ingenomen".
    private static let countWords: [String: Int] = [
        "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15,
        "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "honderd": 100,
    ]
    private static let takingVerbs: Set<String> = ["geslikt", "genomen", "ingenomen", "slikte", "nam", "opgegeten", "weggespoeld"]

    // MARK: - Is it happening?

    /// An event is a state or act described as someone's ("is flauwgevallen"); a topic is a
    /// thing named ("overdosis"), which counts only when the question puts a person in it.
    private enum Kind { case event, topic }

    /// The question read as clauses, each word marked as a person, an asking word, or neither.
    private struct Reading {
        enum Role { case person, asking }

        let words: [String]
        /// The clause of each word.
        let clauses: [Range<Int>]
        /// The sentence of each word.
        let sentences: [Range<Int>]

        init(_ question: QuestionAnalysis, words: [String]) {
            self.words = words
            // A subordinating word opens a clause of its own: "… sinds ik rivotril slik".
            clauses = question.clauses.flatMap { clause in
                var parts: [Range<Int>] = []
                var start = clause.lowerBound
                // "slap als een vod" compares: only the "als" of a condition opens a clause.
                for index in clause where index > start && EmergencyDetector.clauseOpeners.contains(question.tokens[index].normalized)
                    && !(question.tokens[index].normalized == "als" && index + 1 < clause.upperBound && question.tokens[index + 1].normalized == "een") {
                    parts.append(start..<index)
                    start = index
                }
                parts.append(start..<clause.upperBound)
                return parts.flatMap { Array(repeating: $0, count: $0.count) }
            }
            sentences = question.sentences.flatMap { Array(repeating: $0, count: $0.count) }
        }

        /// Whether the danger word at `position` happens to someone, by the nearest person or
        /// asking word in its clause, looking back first, then ahead (up to `end` when given: "12
        /// paracetamol genomen tegen kiespijn" took them against toothache, it does not ask what
        /// helps against it).
        func happens(at position: Int, kind: Kind, lookingAheadTo end: Int? = nil) -> Bool {
            let clause = clauses[position]
            if isOver(at: position) || isImagined(at: position) || recovers(after: position) { return false }
            // "hoe kom ik eraf zonder dat ik geen lucht krijg": a clause of "zonder dat" is one to avoid.
            if clause.lowerBound > 0, words[clause.lowerBound] == "dat", words[clause.lowerBound - 1] == "zonder" { return false }
            let before = (clause.lowerBound..<position).reversed().lazy.compactMap { role(at: $0, in: clause) }.first
            let ahead = position + 1..<max(position + 1, min(clause.upperBound, end.map { $0 + 1 } ?? clause.upperBound))
            switch before ?? ahead.lazy.compactMap({ role(at: $0, in: clause) }).first {
            case .person: return true
            case .asking: return false
            case nil: return kind == .event || clause.contains { EmergencyDetector.nowWords.contains(words[$0]) }
            }
        }

        /// Whether the word's clause tells of something that is over: "vorig jaar ben ik flauwgevallen",
        /// "ik had vroeger suïcidale gedachten"; not when it also says now ("nu", "net").
        func isOver(at position: Int) -> Bool {
            let clauseWords = Array(words[clauses[position]])
            guard !clauseWords.contains(where: EmergencyDetector.nowWords.contains) else { return false }
            return EmergencyDetector.pastMarkers.contains { EmergencyDetector.says($0, in: clauseWords) }
        }

        /// Whether the word's sentence tells of a film, a dream or a case supposed: "in de serie die ik
        /// kijk slikt iemand een hele pot pillen", "vannacht droomde ik dat ik niet meer kon ademen".
        func isImagined(at position: Int) -> Bool {
            let sentence = Array(words[sentences[position]])
            return EmergencyDetector.imagined.contains { EmergencyDetector.says($0, in: sentence) }
        }

        /// Whether its sentence goes on to say the danger has passed: "… was ze oververhit, we hebben
        /// haar water gegeven en nu is ze weer helemaal oké".
        private func recovers(after position: Int) -> Bool {
            let rest = Array(words[(position + 1)..<sentences[position].upperBound])
            return EmergencyDetector.recoveries.contains { pattern in
                pattern.allSatisfy { EmergencyDetector.says($0, in: rest) }
            }
        }

        private func role(at index: Int, in clause: Range<Int>) -> Role? {
            let word = words[index]
            let opensAsking = EmergencyDetector.askingOpeners.contains(words[clause.lowerBound])
            // "kan ik …", "krijg je …", "als iemand …": the opening verb or condition and its subject ask.
            if index == clause.lowerBound, opensAsking { return .asking }
            if index == clause.lowerBound + 1, opensAsking, EmergencyDetector.persons.contains(word) { return .asking }
            if EmergencyDetector.askingWords.contains(where: { EmergencyDetector.matches($0, word) }) { return .asking }
            // "als je iemand aantreft met blauwe lippen": anyone, in a condition, is no one now.
            if word == "iemand", EmergencyDetector.conditionOpeners.contains(words[clause.lowerBound]) { return .asking }
            if EmergencyDetector.persons.contains(word) { return .person }
            return nil
        }
    }

    /// Whether a word is a one-word pattern element: the word itself, or a prefix marked "*" ("zelfmoord*").
    private static func matches(_ element: String, _ word: String) -> Bool {
        element.hasSuffix("*") ? word.hasPrefix(element.dropLast()) : word == element
    }

    // MARK: - Words

    /// Who it happens to: the asker, someone they name or point at.
    private static let persons: Set<String> = [
        "ik", "me", "mij", "mijn", "m", "mn", "m'n", "mezelf", "mijzelf", "we", "wij", "ons", "onze",
        "hij", "zij", "ze", "hem", "haar", "iemand",
    ]

    /// Anyone, in a question asked in general; and the asker and the people they name.
    private static let generalPersons: Set<String> = ["je", "jij", "u", "men", "iemand"]
    private static let ownPersons: Set<String> = persons.subtracting(["iemand"])

    /// Words that ask about a danger rather than report it: a generic person, what something
    /// helps against or causes, the chance of it, others' experience with it.
    private static let askingWords: [String] = [
        "je", "jij", "jullie", "u", "men", "mensen", "helpt", "helpen", "werkt", "werken", "tegen",
        "veroorzaakt", "veroorzaken", "kans", "risico*", "bijwerking*", "ervaring*", "gevaar", "gevaren",
    ]

    /// A clause that opens with one of these asks, and so does the subject right after it: a
    /// yes/no question ("kan ik", "krijg je", "word ik") or a condition ("als iemand").
    private static let askingOpeners: Set<String> = conditionOpeners.union([
        "kan", "kun", "kunt", "kunnen", "krijg", "krijgt", "krijgen", "word", "wordt", "worden",
        "raak", "raakt", "raken", "ga", "gaat", "gaan", "zou", "zouden",
    ])

    /// Words that open a condition.
    private static let conditionOpeners: Set<String> = ["als", "wanneer", "indien", "stel"]

    /// Words that open a clause of their own; punctuation ends one too.
    private static let clauseOpeners: Set<String> = [
        "dat", "als", "wanneer", "indien", "of", "omdat", "sinds", "nadat", "terwijl", "zodat",
        "doordat", "voordat", "totdat", "zodra",
    ]

    /// With no person or asking word, these say a topic is happening now.
    private static let nowWords: Set<String> = ["nu", "net", "zojuist", "dit", "help"]

    /// Times that are over: a danger told of them has passed.
    private static let pastMarkers: [String] = [
        "vroeger", "ooit", "destijds", "vorig jaar", "vorige maand", "vorige week", "vorige zomer", "vorige keer",
        "jaar geleden", "jaren geleden", "maand geleden", "maanden geleden", "week geleden", "weken geleden",
    ]

    /// Words that say someone is well again.
    private static let recoveries: [[String]] = [
        ["weer", "oké"], ["weer", "oke"], ["weer", "ok"], ["weer", "goed"], ["weer", "prima"], ["weer", "normaal"],
        ["weer", "de oude"],
    ]

    /// A film, a book, a dream or a case supposed: what happens there happens to no one.
    private static let imagined: [String] = [
        "serie", "film", "boek", "roman", "thriller", "personage", "game", "documentaire", "aflevering", "bijsluiter",
        "droom*", "nachtmerrie", "stel dat", "stel je voor",
    ]

    /// Preparing for a danger says it is not there.
    private static let preparing: [String] = [
        "voorbereid", "voor het geval", "voorbereiden", "niks acuuts", "niets acuuts", "niet acuut", "cursus",
    ]

    /// Asking what to do about a danger asks for first aid.
    private static let whatToDo: [[String]] = [
        ["wat", "moet", "doen"], ["wat", "moeten", "doen"], ["wat", "kan", "doen"], ["wat", "kun", "doen"], ["wat te doen"],
    ]

    /// A sentence that says no more than that one cannot go on: "ik wil niet meer." (Not "ik wil
    /// niet meer afhankelijk zijn".)
    private static let cannotGoOn: Set<[String]> = [
        ["ik", "wil", "niet", "meer"], ["ik", "kan", "niet", "meer"], ["ik", "wil", "echt", "niet", "meer"],
        ["ik", "kan", "echt", "niet", "meer"], ["ik", "wil", "gewoon", "niet", "meer"], ["ik", "kan", "het", "niet", "meer"],
    ]

    /// Thoughts of not being there, said in the first person by their verb form, which count in any
    /// clause: "(het is beter) als ik er niet meer ben".
    /// So do the aims of a plan, even in a question that says "je": "hoeveel moet je nemen om niet meer
    /// wakker te worden".
    private static let firstPersonThoughts: [[String]] = [
        ["er", "niet meer ben"], ["beter", "dood ben"], ["om", "niet meer wakker te worden"], ["om", "weg te zijn"],
        ["er een eind aan wil maken"], ["er een einde aan wil maken"],
    ]

    /// A child and a word of swallowing, or of pills gone missing, anywhere in the question: poisoning,
    /// whatever the amount, told in one sentence or over several ("de jongste heeft een doosje
    /// paracetamol gevonden. Er zijn er zes weg."). (A grown son's "slok bier" raises an alarm too: a
    /// missed poisoning weighs more.) A household chemical swallowed, by anyone, is one too.
    private static func swallowedSomethingHarmful(_ words: [String], reading: Reading) -> Set<Int>? {
        for (swallowers, ways) in [(children, swallowed + missing), (chemicals, swallowed + ["geslikt", "gegeten", "gezeten"])] {
            guard let who = swallowers.lazy.flatMap({ occurrences(of: $0, in: words) }).first,
                  let how = ways.lazy.flatMap({ occurrences(of: $0, in: words) })
                    .first(where: { reading.happens(at: $0.lowerBound, kind: .event) })
            else { continue }
            return Set(who).union(how)
        }
        return nil
    }

    private static let children = [
        "kind*", "peuter*", "kleuter*", "baby*", "dochter*", "zoon*", "kleinzoon*", "kleindochter*", "kleintje", "de kleine",
        "jongste", "zusje", "broertje",
    ]
    private static let swallowed = [
        "ingeslikt", "doorgeslikt", "opgegeten", "gekauwd", "opgedronken", "gedronken", "leeggedronken", "slok", "slokje",
        "in zijn mond", "in haar mond", "binnengekregen", "gezogen",
    ]
    /// Pills gone from where a child was.
    private static let missing = ["er zijn er", "missen er", "ontbreken", "ontbreekt", "kauwen", "zitten zuigen", "zitten kauwen"]
    private static let chemicals = [
        "chloor", "bleekwater", "bleekmiddel", "ontstopper", "gootsteenontstopper", "lampolie", "lampenolie", "terpentine",
        "wasmiddel*", "vaatwas*", "afwasmiddel", "ammoniak", "antivries", "schoonmaakmiddel*", "rattengif", "accuzuur",
        "aceton", "wasbol*", "wascapsule*", "ontkalker", "spiritus", "petroleum", "benzine", "knoopcel*", "batterij*",
        "onkruidverdelger", "insecticide", "vape", "navulflesje", "liquid",
    ]

    /// Signs of a body in trouble, by kind: pale and cold, drenched, trembling or rigid, a racing
    /// heart, a mind that is gone, eyes that roll, vomiting without end, sagging, a throat in trouble.
    private static let bodySigns: [[String]] = [
        ["lijkbleek", "spierwit", "krijtwit", "grauw", "grijs"],
        ["ijskoud", "steenkoud", "klam", "koud"],
        ["zo heet", "heel heet", "bloedheet", "kokendheet", "kokend heet", "gloeit"],
        ["beroerd", "hondsberoerd", "doodziek", "heel ziek"],
        ["kletsnat", "doorweekt", "zweet", "zweten"],
        ["trilt", "tril", "trillen", "rilt", "beeft", "klemmen", "klemt", "stijf", "krampt", "kramp*"],
        ["hart te snel", "hart zo snel", "hart gaat zo snel", "hart gaat tekeer", "hart bonkt", "hart bonst", "hart raast",
         "hart racet", "hartslag", "hartkloppingen", "onregelmatig"],
        ["zwalkt", "zwalken", "waggelt", "valt om", "kan niet meer lopen"],
        ["wartaal", "verward", "kluts kwijt", "hallucineert", "zie dingen", "slaat om zich heen", "herkent"],
        ["ogen rollen", "ogen schieten", "ogen draaien", "rollen zijn ogen", "rollen haar ogen", "draaien zijn ogen",
         "draaien haar ogen", "pupillen"],
        ["braakt", "kotst", "kots", "overgeven", "spuugt", "kokhalst"],
        ["suf", "slap", "wegzakken", "gezakt", "plat", "helemaal weg", "even weg"],
        ["hoest", "kwijlt", "krijst"],
    ]
    private static let signsOfTrouble = 3

    /// A body temperature of 40 degrees or more: overheating (on stimulants, in a serotonin syndrome).
    private static let highFever: [[String]] = ["40", "41", "42"].flatMap { degrees in
        [["\(degrees) graden koorts"], ["koorts van \(degrees)"], ["temperatuur", degrees], ["thermometer", degrees]]
    }

    /// A heart that beats 160 or more, or under 40.
    private static let racingHeart: [[String]] = {
        let beats = ["160", "170", "180", "190", "200", "210", "220"] + (20...39).map(String.init)
        return beats.flatMap { [["hart", $0], ["hartslag", $0]] }
    }()

    /// Lips or a face turning blue, purple or grey: too little oxygen. (Not fingers alone: "ijskoude paarse
    /// vingers na 3-mmc" are narrowed vessels, a side effect.)
    private static let colouredSkin: [[String]] = {
        let parts = ["lippen", "lip", "gezicht"]
        let colours = ["blauw", "blauwe", "paars", "paarse", "grijs", "grauw", "grijsblauw", "blauwgrijs"]
        return parts.flatMap { part in colours.map { [part, $0] } }
    }()

    /// A throat, tongue or lips that swell: a severe allergic reaction. (Not a face: prednison's
    /// "dikker gezicht" is no emergency.)
    private static let swelling: [[String]] = {
        let parts = ["keel", "tong", "lippen", "lip"]
        let swells = ["zwel*", "opgezwollen", "gezwollen", "dik", "dikker"]
        return parts.flatMap { part in swells.map { [part, $0] } }
    }()

    private static let dangers: [(signal: Signal, events: [[String]], topics: [[String]])] = [
        (.suicidal,
         events: [
            ["wil dood"], ["dood wil"], ["dood willen"], ["niet meer leven"], ["einde", "maken", "leven"],
            ["mezelf", "aandoen"], ["mijzelf", "aandoen"], ["er een eind aan"], ["er een einde aan"],
            ["er", "een eind aan", "maken"], ["er", "een einde aan", "maken"],
            ["er een punt achter"], ["een eind aan maken"], ["een einde aan maken"], ["niet meer wakker worden"],
            ["zie", "niet meer zitten"], ["van kant maken"],
            ["er", "niet meer zijn"], ["nooit meer wakker"], ["leven", "beëindigen"], ["leven", "beeindigen"],
            ["van het leven beroven"], ["vecht*", "zelfmoord*"], ["vecht*", "suïcid*"],
            // Pills saved up, or all of them to be taken: the plan, before the overdose.
            ["pil*", "gespaard"], ["pil*", "opgespaard"], ["pil*", "verzameld"], ["tablet*", "gespaard"],
            ["tablet*", "opgespaard"], ["ga", "allemaal", "innemen"], ["ga", "allemaal", "slikken"],
            ["ga", "allemaal", "nemen"], ["wil", "springen"],
            ["zichzelf", "aandoen"], ["een einde maken"], ["een eind maken"], ["niet meer wakker te worden"],
            ["afscheidsbericht*"], ["afscheidsbrief*"], ["afscheidsbrieven"], ["niemand", "missen"], ["laatste bericht"],
            ["sorry voor iedereen"], ["sorry voor alles"], ["alles is zinloos"],
            ["voor de trein"], ["voor een trein"], ["ben ik er niet meer"], ["beter af", "zonder mij"], ["touw", "gekocht"],
            ["op het punt", "iets te doen"], ["van plan", "allemaal", "in te nemen"], ["trein", "springen"],
            ["briefjes geschreven"], ["mezelf niet gestopt"],
            ["niet haar schuld"], ["niet zijn schuld"], ["niet jullie schuld"], ["pil*", "liggen klaar"],
            ["ga", "springen"], ["ga", "al mijn", "nemen"], ["ga", "al mn", "nemen"], ["ga", "al mijn", "slikken"],
            ["ga", "al mn", "slikken"],
            // Self-harm that is happening.
            ["mezelf", "gesneden"], ["mezelf", "snij*"], ["zichzelf", "gesneden"], ["bloed stopt niet"],
            ["arm", "gesneden"], ["pols*", "gesneden"],
         ],
         topics: [["zelfmoord*"], ["suïcid*"], ["suicid*"], ["zelfdoding"]]),
        (.overdose,
         events: [
            ["te veel", "genomen"], ["teveel", "genomen"], ["te veel", "ingenomen"], ["teveel", "ingenomen"],
            ["hele strip"], ["halve strip"], ["alle pillen"], ["hele doos"], ["hele doosje"], ["heel doosje"], ["halve doos"],
            ["hele pot"], ["hele potje"], ["heel potje"], ["halve pot"], ["hele voorraad"], ["handvol", "geslikt"],
            ["handvol", "genomen"], ["handvol", "weggespoeld"], ["gloeiend heet"], ["gloeit"], ["oververhit"],
            ["al mijn", "genomen"], ["al mijn", "ingenomen"], ["al mijn", "geslikt"],
            ["al mn", "genomen"], ["al mn", "ingenomen"], ["al mn", "geslikt"], ["al haar", "genomen"], ["al zijn", "genomen"],
            ["al haar", "ingenomen"], ["al zijn", "ingenomen"], ["volledige voorraad"], ["medicijn*", "leeggegeten"],
            ["pil*", "leeggegeten"],
            ["alle vakjes", "leeg"],
            ["spieren", "trekken"], ["kokend heet"], ["ruikt", "naar gas"], ["gaslucht"],
            ["in 1x", "ingenomen"], ["in 1x", "geslikt"], ["in een keer", "ingenomen"], ["in een keer", "geslikt"],
            ["in één keer", "ingenomen"], ["in één keer", "geslikt"],
            // Pupils like pinheads: the sign of an opioid overdose.
            ["speldenknop*"], ["speldenprik*"], ["pupillen", "heel klein"], ["pupillen", "piepklein"], ["pupillen", "zo klein"],
            // Muscles jerking by themselves: serotonin syndrome.
            ["spieren", "schokken"], ["benen", "schokken"], ["armen", "schokken"], ["schokken", "vanzelf"], ["spierschok*"],
            ["heel de strip"], ["heel de doos"], ["heel de pot"],
         ] + highFever,
         topics: [["overdosis"], ["overdose"], ["od"], ["te veel", "pillen"], ["teveel", "pillen"], ["vergiftig*"]]),
        (.unresponsive,
         events: [
            ["bewusteloos"], ["flauwgevallen"], ["flauwvalt"], ["flauwviel"], ["valt", "flauw"], ["viel", "flauw"],
            ["reageert", "niet"], ["reageert", "nergens"], ["niet wakker"], ["niet meer wakker"], ["wordt", "niet", "wakker"],
            ["krijg", "niet", "wakker"], ["krijgen", "niet", "wakker"], ["niet", "aanspreekbaar"], ["onaanspreekbaar"],
            ["buiten", "westen"], ["buiten bewustzijn"], ["is", "ingestort"], ["in elkaar gezakt"],
            ["zakt", "in elkaar"], ["zakte", "in elkaar"], ["praat", "verward"], ["praat", "wartaal"],
            ["praat tegen mensen die er niet zijn"], ["ziet", "mensen die er niet zijn"], ["ziet", "dingen die er niet zijn"],
            ["weggezakt"],
            ["denkt", "kan vliegen"], ["roept", "kan vliegen"], ["zegt", "kan vliegen"],
            ["is", "out"], ["ligt", "out"], ["ging", "out"], ["gaat", "out"], ["ging", "neer"],
            ["komt niet meer bij"], ["kwam niet meer bij"], ["komt maar niet bij"], ["niet meer bijkomen"],
            ["niet bij te krijgen"], ["niet meer bij te krijgen"],
            ["heeft", "aanval"], ["krijgt", "aanval"], ["heeft een toeval"], ["krijgt een toeval"], ["toeval gehad"],
            ["mes", "gepakt"], ["rent", "de weg op"], ["tussen de auto's"],
            ["valt steeds weg"], ["valt telkens weg"], ["ogen", "niet open"], ["ogen", "niet meer open"],
            ["herkent", "me", "niet"], ["herkent", "mij", "niet"], ["herkent", "ons", "niet"], ["hangt", "slap"], ["ligt", "plat"],
            ["wegzakken"], ["zakt", "weg"], ["grond", "gezakt"], ["vloer", "gezakt"], ["herkent", "niemand"], ["geen reactie"],
            ["van zijn stokje"], ["van haar stokje"], ["neergegaan"], ["neergevallen"], ["zegt niks meer"],
            ["zegt niets meer"], ["slap als een vod"], ["valt steeds in slaap"], ["weet niet waar hij is"],
            ["weet niet waar ze is"], ["weet", "niet meer welke dag"], ["pols", "traag"], ["pols", "bijna niet"],
            ["pols", "nauwelijks"], ["is in de war"], ["is", "verward"], ["heel verward"], ["erg verward"], ["helemaal verward"],
            ["te schokken"], ["schokt"], ["schokte"], ["blijft", "schokken"], ["liggen schokken"], ["doorschok*"], ["te schudden"],
            ["weet", "niet meer waar"], ["praat niet meer"], ["geen geluid meer"], ["ogen vallen dicht"], ["keukenmes"],
            ["met een mes"], ["overtuigd", "kan vliegen"], ["schuim*", "mond"],
         ],
         topics: [["stuip*"], ["epileptische", "aanval*"], ["flauwvallen"], ["flauw vallen"], ["trekkingen"], ["convulsie*"]]),
        (.breathing,
         events: [
            ["ademt", "raar"], ["ademt", "niet"], ["ademt", "nauwelijks"], ["ademt", "vreemd"], ["ademt", "zwaar"],
            ["ademhaling", "stopt"], ["stopt", "ademen"], ["geen lucht"], ["geen adem"], ["blauwe", "lippen"],
            ["blauw", "aan"], ["blauw aangelopen"], ["hapt", "naar", "lucht"], ["lippen", "blauw"],
            ["ademt", "langzaam"], ["ademt", "oppervlakkig"], ["ademt", "onregelmatig"],
            ["ademhaling", "langzaam"], ["ademhaling", "oppervlakkig"], ["ademt", "traag"], ["ademhaling", "traag"],
            ["ademt", "amper"], ["ademt", "bijna niet"], ["amper", "adem"], ["nauwelijks", "adem"], ["niet", "ademen"],
            ["kots*", "op zijn rug"], ["braakt", "op zijn rug"], ["kots*", "op haar rug"], ["braakt", "op haar rug"], ["rochel*"],
            ["snurkt", "raar"], ["snurkt", "vreemd"], ["moeilijk", "lucht"], ["hapt", "naar", "adem"], ["gorgel*"],
            ["adem", "raar"], ["adem", "pauzes"], ["hap", "naar lucht"], ["adem", "weg te vallen"], ["vergeet te ademen"],
            ["vergeten te ademen"], ["adem", "valt", "weg"], ["snurk*", "niks"], ["diep adem", "niks"],
            ["krijgt", "slecht", "adem"], ["krijgt", "slecht", "lucht"], ["ademhaling", "pauzes"], ["raar geluid", "adem*"],
            ["ziet grauw"],
         ] + colouredSkin,
         topics: []),
        (.chestPain,
         events: [
            ["pijn", "borst"], ["druk", "borst"], ["drukt", "borst"], ["drukkend", "borst"], ["knellend", "borst"],
            ["zwaar", "borst"], ["steken", "borst"], ["borstpijn"], ["grijpt", "borst"], ["borst", "knelt"],
            ["pijn", "hart"], ["beklemd"], ["beklemmend"], ["linkerarm", "tintel*"], ["linkerarm", "pijn"],
         ] + racingHeart,
         topics: [["hartaanval"], ["hartinfarct"]]),
        (.stroke,
         events: [
            ["scheve", "mond"], ["mond", "scheef"], ["mondhoek", "hangt"], ["hangt", "mondhoek"], ["hangende", "mondhoek"],
            ["gezicht", "scheef"], ["scheef", "gezicht"], ["kan niet meer praten"], ["praat", "onduidelijk"],
            ["spreekt", "onduidelijk"], ["arm", "verlamd"], ["been", "verlamd"], ["kant", "verlamd"], ["halfzijdig*"],
            ["arm", "niet", "optillen"], ["arm", "hangt", "slap"], ["arm", "niet meer bewegen"], ["been", "niet meer bewegen"],
            ["rechterarm", "niet meer bewegen"], ["linkerarm", "niet meer bewegen"], ["woorden", "verkeerd"],
            ["rechterarm", "niet", "optillen"], ["linkerarm", "niet", "optillen"], ["dubbele tong"], ["mond", "hangt"],
            ["woorden", "niet", "vinden"], ["uit zijn woorden"], ["uit haar woorden"], ["gezicht", "hangt"],
            ["ergste hoofdpijn"], ["barstende hoofdpijn"],
            ["knallende hoofdpijn"], ["plotseling", "hevige", "hoofdpijn"], ["plots", "hevige", "hoofdpijn"],
            ["plotselinge", "hevige", "hoofdpijn"], ["donderslaghoofdpijn"],
         ],
         topics: [["beroerte"], ["herseninfarct"], ["hersenbloeding"]]),
        (.bleeding,
         events: [
            ["braak", "bloed"], ["braakt", "bloed"], ["spuug", "bloed"], ["spuugt", "bloed"], ["bloed", "overgeven"],
            ["bloed", "overgegeven"], ["bloed", "opgegeven"], ["zwarte", "ontlasting"], ["zwarte", "poep"],
            ["bloed*", "stopt niet"], ["bloed*", "houdt niet op"], ["bloed*", "blijft", "komen"], ["bloed*", "niet stopt"],
            ["bloed*", "niet meer stopt"], ["bloed*", "niet ophoudt"],
         ],
         topics: []),
        (.allergicReaction,
         events: [
            ["keel", "dicht"], ["opgezwollen", "piept"], ["gezwollen", "piept"], ["zwel*", "piept"], ["bulten", "piept"],
            ["piept", "elke ademhaling"],
         ] + swelling,
         topics: [["anafylact*"], ["anafylaxie"], ["allergische shock"]]),
    ]
}
