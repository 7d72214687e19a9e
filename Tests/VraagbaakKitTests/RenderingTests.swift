import XCTest
@testable import VraagbaakKit

final class RenderingTests: XCTestCase {
    private func quote(_ text: String, section: String? = "Antwoord 1", lines: ClosedRange<Int> = 12...14) -> Quote {
        Quote(text: text, source: "forum/clonazepam-met-mdma.txt", title: "Clonazepam met MDMA", section: section,
              lines: lines, passageID: 1, passageOrdinal: 3)
    }

    private func answer(_ quotes: [Quote], emergency: String? = nil) -> Answer {
        Answer(question: "kan je clonazepam combineren met MDMA?", quotes: quotes, moreQuotes: [],
               emergency: emergency, disclaimer: BuiltInPrompts.disclaimer)
    }

    func testTextHasNumberedQuotesCitationsAndDisclaimer() throws {
        let text = try AnswerRenderer(prompts: .builtIn).render(answer([quote("Het wordt afgeraden.")]), as: .text)
        XCTAssertEqual(text, """
            Uit de kennisbank:

            [1] “Het wordt afgeraden.”
                — Clonazepam met MDMA › Antwoord 1 (forum/clonazepam-met-mdma.txt, regels 12–14)

            \(BuiltInPrompts.disclaimer)
            """)
    }

    func testEmergencyComesFirstAndNoAnswerReplacesQuotes() throws {
        let text = try AnswerRenderer(prompts: .builtIn).render(answer([], emergency: BuiltInPrompts.emergency), as: .text)
        XCTAssertTrue(text.hasPrefix("!! " + BuiltInPrompts.emergency))
        XCTAssertTrue(text.contains(BuiltInPrompts.noAnswer))
        XCTAssertFalse(text.contains("Uit de kennisbank"))
    }

    func testTextWrapsToTheWidthWithAHangingIndent() throws {
        let long = String(repeating: "woord ", count: 40).trimmingCharacters(in: .whitespaces) + "."
        let text = try AnswerRenderer(prompts: .builtIn, style: TextStyle(width: 40)).render(answer([quote(long)]), as: .text)
        for line in text.split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 40, "too wide: \(line)")
        }
        let quoteLines = text.split(separator: "\n").drop { !$0.hasPrefix("[1]") }.prefix(3)
        XCTAssertTrue(quoteLines.dropFirst().allSatisfy { $0.hasPrefix("    woord") }, "\(quoteLines)")
    }

    func testColourOnlyWhenAsked() throws {
        let plain = try AnswerRenderer(prompts: .builtIn, style: .plain).render(answer([quote("Zin.")]), as: .text)
        XCTAssertFalse(plain.contains("\u{1B}["))
        let coloured = try AnswerRenderer(prompts: .builtIn, style: TextStyle(colour: true)).render(answer([quote("Zin.")]), as: .text)
        XCTAssertTrue(coloured.contains("\u{1B}[36m"))
        XCTAssertEqual(TextWrapping.plain(coloured), plain)
    }

    func testNoColourWithNoColorOrOffATerminal() {
        // A pipe is never a terminal; NO_COLOR wins even where it would be.
        XCTAssertEqual(TextStyle.forTerminal(fileDescriptor: -1, environment: [:]), .plain)
        XCTAssertFalse(TextStyle.forTerminal(fileDescriptor: -1, environment: ["NO_COLOR": "1"]).colour)
    }

    func testWrappingCountsVisibleColumnsOnly() {
        let style = TextStyle(width: 20, colour: true)
        let line = style.paint("aaaa bbbb cccc dddd", .cyan) + " eeee"
        let wrapped = style.wrap(line).split(separator: "\n")
        XCTAssertEqual(wrapped.count, 2)
        XCTAssertEqual(TextWrapping.plain(String(wrapped[1])), "eeee")
    }

    func testMarkdownEscapesWhatWouldBeMarkup() throws {
        let markdown = try AnswerRenderer(prompts: .builtIn).render(
            answer([quote("GABA_A-receptoren *werken* [snel]\nen <goed>.")]), as: .markdown)
        XCTAssertTrue(markdown.contains("> **1.** GABA\\_A-receptoren \\*werken\\* \\[snel\\] en \\<goed\\>."), markdown)
        XCTAssertTrue(markdown.contains("— *Clonazepam met MDMA › Antwoord 1* (`forum/clonazepam-met-mdma.txt`, regels 12–14)"), markdown)
        XCTAssertTrue(markdown.hasSuffix("*\(BuiltInPrompts.disclaimer)*"))
        XCTAssertEqual(Markup.escapeMarkdown("1. eerst"), "1\\. eerst")
        XCTAssertEqual(Markup.escapeMarkdown("- los"), "\\- los")
    }

    func testBBCodeQuotesAndKeepsTextThatLooksLikeATag() throws {
        let bbcode = try AnswerRenderer(prompts: .builtIn).render(answer([quote("Zie [b]hier[/b] en [1].")]), as: .bbcode)
        XCTAssertTrue(bbcode.contains("[quote][b]1.[/b] Zie [\u{200B}b]hier[\u{200B}/b] en [1]."), bbcode)
        XCTAssertTrue(bbcode.contains("[/quote]"))
        XCTAssertTrue(bbcode.hasSuffix("[i]\(BuiltInPrompts.disclaimer)[/i]"))
    }

    func testJSONContractIsUnchanged() throws {
        let json = try AnswerRenderer(prompts: .builtIn).render(answer([quote("Zin.", section: nil, lines: 3...3)]), as: .json)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["question", "answered", "quotes", "disclaimer", "emergency"])
        XCTAssertEqual(object["question"] as? String, "kan je clonazepam combineren met MDMA?")
        XCTAssertEqual(object["answered"] as? Bool, true)
        XCTAssertTrue(object["emergency"] is NSNull)
        let quotes = try XCTUnwrap(object["quotes"] as? [[String: Any]])
        XCTAssertEqual(quotes.count, 1)
        XCTAssertEqual(Set(quotes[0].keys), ["text", "source", "title", "section", "lines"])
        XCTAssertEqual(quotes[0]["lines"] as? [Int], [3, 3])
        XCTAssertTrue(quotes[0]["section"] is NSNull)
        XCTAssertFalse(json.contains("\n"), "one line")
    }

    func testAnEditedTemplateChangesTheLayout() throws {
        var prompts = Prompts.builtIn
        prompts.templates[.answerText] = "{{#quotes}}{{number}}: {{text}}\n{{/quotes}}"
        let text = try AnswerRenderer(prompts: prompts).render(answer([quote("Een."), quote("Twee.")]), as: .text, firstNumber: 4)
        XCTAssertEqual(text, "4: Een.\n5: Twee.")
    }

    func testABrokenTemplateFallsBackToTheBuiltInOne() throws {
        var prompts = Prompts.builtIn
        prompts.templates[.answerText] = "{{#quotes}} nooit gesloten"
        let text = try AnswerRenderer(prompts: prompts).render(answer([quote("Zin.")]), as: .text)
        XCTAssertTrue(text.hasPrefix("Uit de kennisbank:"))
    }

    func testExplainShowsConceptsFeaturesAndWhichPassagesWereQuoted() throws {
        let folder = try makeTemporaryFolder()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let base = try KnowledgeBase(knowledge: repository.appendingPathComponent("Knowledge"),
                                     indexURL: folder.url.appendingPathComponent("index.sqlite"))
        _ = try base.refresh()
        let answer = try Answerer(index: base.index, prompts: .builtIn).answer("kan je clonazepam combineren met MDMA?")
        let text = ExplainRenderer(limit: 3).render(answer)
        XCTAssertTrue(text.contains("clonazepam"), text)
        XCTAssertTrue(text.contains("mdma"), text)
        XCTAssertTrue(text.contains("dekking 1.00"), text)
        XCTAssertTrue(text.contains("→ citaat 1"), text)
        XCTAssertTrue(text.contains(String(format: "%.3f", answer.ranking[0].score)), text)
        XCTAssertEqual(text.components(separatedBy: "           dekking ").count - 1, 3, "one feature line per shown passage")
        XCTAssertTrue(text.contains("Besluit: beantwoord: een passage bovenaan zegt 1.00 van de vraag (drempel 0.35)."), text)
        XCTAssertFalse(text.contains("verhaal rond de vraag"), text)
        // A feature that weighs nothing in the score is not shown as if it explained the rank.
        XCTAssertEqual(text.contains("  stoffen "), Ranker.weights.entities > 0, text)
        XCTAssertEqual(text.contains("  draadvraag "), Ranker.weights.thread > 0, text)
        let story = try Answerer(index: base.index, prompts: .builtIn).answer("mn huisarts schreef clonazepam voor. mag dat met MDMA?")
        let storyText = ExplainRenderer(limit: 3).render(story)
        XCTAssertTrue(storyText.split(separator: "\n").contains {
            $0.hasPrefix("  huisarts") && $0.hasSuffix("(verhaal rond de vraag: weegt minder)")
        }, storyText)
    }

    func testExplainSaysWhyThereIsNoAnswer() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("# Clonazepam\n\nClonazepam is een benzodiazepine tegen angst en paniek. Het heeft een lange halfwaardetijd.\n",
                         to: "kennis/clonazepam.md")
        try folder.write("# Diazepam\n\nDiazepam is een benzodiazepine tegen angst.\n", to: "kennis/diazepam.md")
        let answerer = try folder.indexedAnswerer()
        let cases = [
            "wat is de hoofdstad van Frankrijk?": "Besluit: geen antwoord: geen passage deelt een woord met de vraag.",
            "hoe laat is het?": "Besluit: geen antwoord: de vraag noemt geen onderwerp",
            "wat is de halfwaardetijd van diazepam?": "Besluit: geen antwoord: de passages die geciteerd zouden worden noemen halfwaardetijd niet.",
            "helpt clonazepam tegen hoofdpijn, buikpijn en rugpijn?": "Besluit: geen antwoord: de passages bovenaan zeggen hoogstens 0.",
        ]
        for (question, verdict) in cases {
            let answer = try answerer.answer(question)
            XCTAssertFalse(answer.answered, question)
            XCTAssertTrue(ExplainRenderer().render(answer).contains(verdict), "\(question): \(ExplainRenderer().render(answer))")
        }
    }

    func testACitationNamesTheTitleOnceWhereTheSectionOnlyRepeatsIt() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("# Clonazepam\n\nClonazepam is een benzodiazepine tegen angst.\n\n"
                         + "## Dosering\n\nDe dosering van clonazepam is laag bij angst.\n", to: "kennis/clonazepam.md")
        let answer = try folder.indexedAnswerer().answer("wat is clonazepam tegen angst en de dosering?")
        let quotes = answer.quotes + answer.moreQuotes
        XCTAssertEqual(Set(quotes.map { $0.section ?? "-" }), ["-", "Dosering"], "\(quotes)")
        let text = AnswerTextRenderer(noAnswer: BuiltInPrompts.noAnswer).render(answer)
        XCTAssertFalse(text.contains("Clonazepam › Clonazepam"), text)
        XCTAssertTrue(text.contains("Clonazepam › Dosering"), text)
        XCTAssertFalse(ExplainRenderer(limit: 3).render(answer).contains("Clonazepam › Clonazepam"))
    }
}

final class ControlCharactersTests: XCTestCase {
    func testEscapesWhatWouldActOnATerminal() {
        XCTAssertEqual(ControlCharacters.escaped("rood\u{1B}[31m\u{202E}x\u{7}"), "rood\\u{1B}[31m\\u{202E}x\\u{7}")
        XCTAssertEqual(ControlCharacters.escaped("a\nb\tc"), "a\\u{A}b\tc")
        XCTAssertEqual(ControlCharacters.escaped("a\nb", keepingNewlines: true), "a\nb")
        XCTAssertEqual(ControlCharacters.escaped("géén 😀"), "géén 😀")
    }

    func testQuotesFromAFileNeverCarryRawEscapes() throws {
        let quote = Quote(text: "Tekst \u{1B}]0;titel\u{7} hier.", source: "a.txt", title: "T", section: nil,
                          lines: 1...1, passageID: 1, passageOrdinal: 0)
        let answer = Answer(question: "vraag", quotes: [quote], moreQuotes: [], emergency: nil, disclaimer: "D")
        let text = try AnswerRenderer(prompts: .builtIn, style: .plain).render(answer, as: .text)
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        XCTAssertTrue(text.contains("\\u{1B}]0;titel\\u{7}"))
    }
}
