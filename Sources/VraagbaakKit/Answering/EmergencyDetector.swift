/// Recognises questions that signal danger: an overdose, someone unresponsive or breathing
/// strangely, thoughts of suicide. Such answers open with emergency help (112, 113).
///
///     EmergencyDetector().signal(in: QuestionAnalysis("ik heb te veel pillen genomen", analyzer: a))  // .overdose
///
/// Signals are word patterns over normalized words, not index terms, so they do not depend on the
/// knowledge base; each pattern is a set of words that must all occur (in any order).
public struct EmergencyDetector: Sendable {
    public enum Signal: String, Sendable, Equatable {
        case overdose, unresponsive, breathing, suicidal
    }

    public init() {}

    public func signal(in question: QuestionAnalysis) -> Signal? {
        match(in: question)?.signal
    }

    /// The signal and the positions of the question's words that gave it.
    public func match(in question: QuestionAnalysis) -> (signal: Signal, positions: Set<Int>)? {
        let words = question.tokens.map(\.normalized)
        for (signal, patterns) in Self.patterns {
            for pattern in patterns {
                let found = pattern.map { positions(of: $0, in: words) }
                if !found.contains(where: \.isEmpty) { return (signal, found.reduce(into: Set<Int>()) { $0.formUnion($1) }) }
            }
        }
        if let positions = Self.manyPillsTaken(words) { return (.overdose, positions) }
        return nil
    }

    /// Where a pattern element occurs: a whole word, a word prefix ("zelfmoord*"), or a phrase.
    private func positions(of element: String, in words: [String]) -> [Int] {
        if element.hasSuffix("*") {
            let prefix = element.dropLast()
            return words.indices.filter { words[$0].hasPrefix(prefix) }
        }
        let parts = element.split(separator: " ").map(String.init)
        return words.indices.filter { index in
            index + parts.count <= words.count && Array(words[index..<index + parts.count]) == parts
        }.flatMap { Array($0..<$0 + parts.count) }
    }

    /// "ik heb 10 pillen clonazepam geslikt": a number of five or more just before pills or
    /// tablets, and a verb of taking them.
    private static func manyPillsTaken(_ words: [String]) -> Set<Int>? {
        guard let verb = words.firstIndex(where: takingVerbs.contains) else { return nil }
        for index in words.indices.dropLast() where pills.contains(words[index + 1]) {
            if let count = Int(words[index]), count >= 5 { return [index, index + 1, verb] }
        }
        return nil
    }

    private static let pills: Set<String> = ["pillen", "pilletjes", "tabletten", "tabletjes", "capsules", "strips"]
    private static let takingVerbs: Set<String> = ["geslikt", "genomen", "ingenomen", "slikte", "nam", "opgegeten"]

    private static let patterns: [(Signal, [[String]])] = [
        (.suicidal, [
            ["zelfmoord*"], ["suïcid*"], ["suicid*"], ["zelfdoding"], ["wil dood"], ["dood wil"], ["dood willen"],
            ["niet meer leven"], ["einde", "maken", "leven"], ["mezelf", "aandoen"], ["mijzelf", "aandoen"],
        ]),
        (.overdose, [
            ["overdosis"], ["overdose"], ["od"], ["te veel", "genomen"], ["teveel", "genomen"],
            ["te veel", "pillen"], ["teveel", "pillen"], ["te veel", "ingenomen"], ["vergiftig*"],
            ["hele strip"], ["alle pillen"], ["hele doosje"], ["hele potje"],
        ]),
        (.unresponsive, [
            ["bewusteloos"], ["flauwgevallen"], ["flauwvallen"], ["reageert", "niet"], ["niet", "wakker"],
            ["niet aanspreekbaar"], ["onaanspreekbaar"], ["buiten", "westen"], ["stuip*"], ["epileptische", "aanval", "nu"],
            ["reageert", "nergens"], ["heeft", "aanval"], ["krijgt", "aanval"], ["is", "ingestort"],
        ]),
        (.breathing, [
            ["ademt", "raar"], ["ademt", "niet"], ["ademt", "nauwelijks"], ["ademt", "vreemd"], ["ademt", "zwaar"],
            ["ademhaling", "stopt"], ["stopt", "ademen"], ["krijgt", "geen", "lucht"], ["blauwe", "lippen"],
            ["blauw", "aan"], ["blauw aangelopen"], ["hapt", "naar", "lucht"],
        ]),
    ]
}
