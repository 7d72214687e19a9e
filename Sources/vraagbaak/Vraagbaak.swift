import ArgumentParser

@main
struct Vraagbaak: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vraagbaak",
        abstract: "Beantwoordt Nederlandse vragen met letterlijke, geciteerde passages uit een kennisbank.",
        discussion: """
            Vraagbaak zoekt in de documenten van een kennismap (standaard ./Knowledge) en antwoordt \
            met citaten: nooit met eigen medische beweringen. De index wordt bij het eerste gebruik \
            gebouwd en daarna automatisch bijgewerkt als er bestanden bijkomen, wijzigen of verdwijnen.

            Zonder argumenten opent vraagbaak een gesprek (zie vraagbaak help repl).

            Voorbeelden:
              vraagbaak
              vraagbaak ask "kan je clonazepam combineren met MDMA?"
              vraagbaak ask --json "Is clonazepam een benzodiazepine?"
              echo "hoe lang blijft mdma in je lichaam?" | vraagbaak ask -
              vraagbaak ask --explain "wat is de halfwaardetijd van MDMA?"
              vraagbaak ask --format markdown "wat is de halfwaardetijd van MDMA?"
              vraagbaak draft --format bbcode --file bericht.txt
              vraagbaak search --limit 5 halfwaardetijd
              vraagbaak index --knowledge ~/forum-export

            Afsluitcode: 0 beantwoord of gevonden, 1 geen antwoord of niets gevonden, 2 fout, 64 onjuist gebruik.
            """,
        version: "0.1.0",
        subcommands: [Ask.self, Chat.self, DraftReply.self, Search.self, Index.self, Analyze.self, Eval.self, Bench.self],
        defaultSubcommand: Chat.self
    )
}
