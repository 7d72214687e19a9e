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
        let words = question.tokens.map(\.normalized)
        let present = Set(words)
        for (signal, patterns) in Self.patterns {
            for pattern in patterns where pattern.allSatisfy({ matches($0, words: words, present: present) }) {
                return signal
            }
        }
        return nil
    }

    /// A pattern element: a whole word, a word prefix ("zelfmoord*"), or a two-word phrase.
    private func matches(_ element: String, words: [String], present: Set<String>) -> Bool {
        if element.hasSuffix("*") {
            let prefix = element.dropLast()
            return words.contains { $0.hasPrefix(prefix) }
        }
        if element.contains(" ") {
            let parts = element.split(separator: " ").map(String.init)
            return words.indices.contains { index in
                index + parts.count <= words.count && Array(words[index..<index + parts.count]) == parts
            }
        }
        return present.contains(element)
    }

    private static let patterns: [(Signal, [[String]])] = [
        (.suicidal, [
            ["zelfmoord*"], ["suïcid*"], ["suicid*"], ["zelfdoding"], ["wil dood"], ["dood wil"], ["dood willen"],
            ["niet meer leven"], ["einde", "maken", "leven"], ["mezelf", "aandoen"], ["mijzelf", "aandoen"],
        ]),
        (.overdose, [
            ["overdosis"], ["overdose"], ["od"], ["te veel", "genomen"], ["teveel", "genomen"],
            ["te veel", "pillen"], ["teveel", "pillen"], ["te veel", "ingenomen"], ["vergiftig*"],
        ]),
        (.unresponsive, [
            ["bewusteloos"], ["flauwgevallen"], ["flauwvallen"], ["reageert", "niet"], ["niet", "wakker"],
            ["niet aanspreekbaar"], ["onaanspreekbaar"], ["buiten", "westen"], ["stuip*"], ["epileptische", "aanval", "nu"],
        ]),
        (.breathing, [
            ["ademt", "raar"], ["ademt", "niet"], ["ademt", "nauwelijks"], ["ademt", "vreemd"], ["ademt", "zwaar"],
            ["ademhaling", "stopt"], ["stopt", "ademen"], ["krijgt", "geen", "lucht"], ["blauwe", "lippen"],
            ["blauw", "aan"],
        ]),
    ]
}
