import Foundation

/// The fixed texts of an answer, editable in `prompts/` without rebuilding.
///
///     let prompts = Prompts.load(from: URL(fileURLWithPath: "prompts"))  // built-ins where a file is missing
///
/// Every text has a built-in default (``BuiltInPrompts``), identical to the file shipped in
/// `prompts/`, so the binary works anywhere.
public struct Prompts: Sendable, Equatable {
    public var disclaimer: String
    public var emergency: String
    public var noAnswer: String

    public static let builtIn = Prompts(
        disclaimer: BuiltInPrompts.disclaimer,
        emergency: BuiltInPrompts.emergency,
        noAnswer: BuiltInPrompts.noAnswer)

    /// The file name of each text in a prompts folder.
    public static let fileNames = (disclaimer: "disclaimer.txt", emergency: "emergency.txt", noAnswer: "no-answer.txt")

    /// Reads the texts from `folder`; a missing or unreadable file falls back to its built-in text.
    public static func load(from folder: URL?) -> Prompts {
        guard let folder else { return .builtIn }
        func text(_ name: String, _ fallback: String) -> String {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8),
                  !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else { return fallback }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return Prompts(
            disclaimer: text(fileNames.disclaimer, BuiltInPrompts.disclaimer),
            emergency: text(fileNames.emergency, BuiltInPrompts.emergency),
            noAnswer: text(fileNames.noAnswer, BuiltInPrompts.noAnswer))
    }
}

/// The built-in texts; `prompts/` in the repository holds the same words (a test keeps them equal).
public enum BuiltInPrompts {
    public static let disclaimer = """
        Let op: dit zijn letterlijke citaten uit de kennisbank, geen persoonlijk medisch advies. \
        Vraag een arts of apotheker om advies dat bij jou past, en stop of wijzig medicatie nooit \
        zonder overleg.
        """

    public static let emergency = """
        Is er direct gevaar? Bel 112 bij een (mogelijke) overdosis, als iemand niet reageert of \
        bewusteloos is, of als iemand vreemd of moeilijk ademt. Blijf bij de persoon tot er hulp is. \
        Denk je aan zelfmoord? Bel 113 Zelfmoordpreventie op 113 of gratis op 0800-0113, of chat via 113.nl.
        """

    public static let noAnswer = """
        Hierover staat niets in de kennisbank. Ik geef liever geen antwoord dan een verkeerd antwoord; \
        vraag het een arts, apotheker of een deskundige.
        """
}
