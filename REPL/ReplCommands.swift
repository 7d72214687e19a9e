/// What a line typed in the REPL asks for: a question, or one of the `:` commands.
///
///     ReplInput("en met alcohol?")   // .question("en met alcohol?")
///     ReplInput(":toon 2")           // .command(.show(2))
public enum ReplInput: Equatable, Sendable {
    case empty
    case question(String)
    case command(ReplCommand)
    /// A `:` word the REPL does not know, or a command used wrongly, with a Dutch message.
    case invalid(String)

    public init(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { self = .empty; return }
        guard trimmed.hasPrefix(":") else { self = .question(trimmed); return }
        let words = trimmed.dropFirst().split(separator: " ", omittingEmptySubsequences: true)
        let name = words.first.map { $0.lowercased() } ?? ""
        let argument = words.dropFirst().joined(separator: " ")
        switch ReplCommand.names[name] {
        case nil:
            self = .invalid("Onbekend commando ':\(name)'. Typ :help voor de commando's.")
        case .show?:
            guard let number = Int(argument), number > 0 else {
                self = .invalid("Gebruik: :toon N, met N het nummer van een citaat (bijvoorbeeld :toon 2).")
                return
            }
            self = .command(.show(number))
        case let command?:
            self = argument.isEmpty ? .command(command) : .invalid("':\(name)' neemt geen argument. Typ :help voor de commando's.")
        }
    }
}

/// The REPL's commands; each has a Dutch name and English aliases.
public enum ReplCommand: Equatable, Sendable {
    case help
    case sources
    case more
    case show(Int)
    case new
    case exit

    static let names: [String: ReplCommand] = [
        "help": .help, "hulp": .help, "h": .help, "?": .help,
        "bronnen": .sources, "bron": .sources, "sources": .sources,
        "meer": .more, "more": .more,
        "toon": .show(0), "show": .show(0),
        "nieuw": .new, "new": .new, "reset": .new,
        "exit": .exit, "stop": .exit, "quit": .exit, "q": .exit,
    ]

    /// The text of `:help`.
    public static let helpText = """
        Stel je vraag in gewone taal; een vervolgvraag ("en met alcohol?") gaat verder over hetzelfde onderwerp.

          :help           deze uitleg (ook :hulp)
          :bronnen        de bronnen van het laatste antwoord, volledig (ook :sources)
          :meer           de volgende citaten (ook :more)
          :toon N         citaat N met de tekst eromheen (ook :show N)
          :nieuw          begin een nieuw gesprek (ook :new)
          :exit           stoppen (ook :stop, :quit, Ctrl-D)

        Ctrl-C wist de regel die je typt; pijltjes en Ctrl-R zoeken in je eerdere vragen.
        """
}
