import Foundation

/// Why the passages of an answer ranked where they did (`ask --explain`), as compact text.
///
///     print(ExplainRenderer(style: .standardOutput()).render(answer))
///
/// First the question's concepts with their weights and what the index's vocabulary added; then
/// why there are quotes or none (``Answer/Verdict``); then, per ranked passage, its score and the
/// features it is made of (see ``RankingFeatures``).
public struct ExplainRenderer: Sendable {
    public var style: TextStyle
    /// How many ranked passages to show.
    public var limit: Int

    public init(style: TextStyle = .plain, limit: Int = 10) {
        self.style = style
        self.limit = limit
    }

    public func render(_ answer: Answer) -> String {
        var lines: [String] = [style.paint("Uitleg bij de rangschikking", .bold)]
        if let plan = answer.plan {
            let flags = [plan.question.isFollowUp ? "vervolgvraag" : nil,
                         plan.question.emergency != nil ? "noodsignaal" : nil].compactMap { $0 }
            lines.append("Gezocht als: \(plan.question.text)" + (flags.isEmpty ? "" : " (\(flags.joined(separator: ", ")))"))
            lines.append("Begrippen (gewicht = zeldzaamheid; stoffen wegen zwaarder):")
            let labelWidth = min(plan.concepts.map { $0.concept.label.count }.max() ?? 0, 24)
            for planned in plan.concepts {
                var line = "  " + planned.concept.label.padding(toLength: max(labelWidth, planned.concept.label.count), withPad: " ", startingAt: 0)
                line += "  " + String(format: "%5.2f", planned.weight) + "  " + Self.role(planned.concept.role)
                let exact = Self.shortList(planned.exact)
                if !exact.isEmpty { line += "  = " + exact }
                let broader = Self.shortList(planned.broader)
                if !broader.isEmpty { line += "  ~ " + broader }
                if !planned.expansions.isEmpty { line += "  + " + planned.expansions.joined(separator: ", ") }
                if planned.concept.isStory { line += "  (verhaal rond de vraag: weegt minder)" }
                lines.append(line)
            }
        }
        if let verdict = answer.verdict { lines.append(style.paint("Besluit: " + Self.describe(verdict), .bold)) }
        lines.append("Passages, best eerst: score, en de kenmerken (0–1) waaruit die is opgebouwd:")
        if answer.ranking.isEmpty { lines.append("  (geen passages gevonden)") }
        let quoted = Dictionary(
            (answer.quotes + answer.moreQuotes).enumerated().map { ($1.passageID, $0 + 1) },
            uniquingKeysWith: { first, _ in first })
        for (rank, ranked) in answer.ranking.prefix(limit).enumerated() {
            let passage = ranked.passage
            var head = String(format: "%3d  %.3f  ", rank + 1, ranked.score) + passage.place
                + " (\(passage.source), \(Citation.lineText(passage.lines)))"
            if let number = quoted[passage.id] { head += "  " + style.paint("→ citaat \(number)", .green) }
            lines.append(head)
            let f = ranked.features
            // Only what weighs in the score (Ranker.weights): a feature learned to weigh nothing
            // would explain nothing.
            let weights = Ranker.weights
            lines.append(style.paint(String(
                format: "           dekking %.2f  zin %.2f  kop %.2f  bm25 %.2f  vorm %.2f",
                f.coverage, f.sentenceCoverage, f.headingCoverage, f.bm25, f.form)
                + (weights.entities > 0 ? String(format: "  stoffen %.2f", f.entityCoverage) : "")
                + (f.definition > 0 ? "  definitie" : "") + (f.answerType > 0 ? "  geeft tijd/hoeveelheid" : ""), .dim))
            lines.append(style.paint(String(
                format: "           document: dekking %.2f  bm25 %.2f", f.documentCoverage, f.documentBM25)
                + (weights.thread > 0 ? String(format: "  draadvraag %.2f", f.threadQuestion) : "")
                + (f.firstReply > 0 ? String(format: "  eerste antwoord op de draadvraag %.2f", f.firstReply) : "")
                + (f.documentSubjects < 1 ? String(format: "  noemt gevraagde stoffen %.2f", f.documentSubjects) : ""), .dim))
        }
        if answer.ranking.count > limit {
            lines.append("  … en nog \(answer.ranking.count - limit) passages")
        }
        return style.wrap(lines.joined(separator: "\n"))
    }

    /// Why there are quotes or none, in a sentence.
    static func describe(_ verdict: Answer.Verdict) -> String {
        func share(_ value: Double) -> String { String(format: "%.2f", value) }
        switch verdict {
        case let .covered(coverage, threshold):
            return "beantwoord: een passage bovenaan zegt \(share(coverage)) van de vraag (drempel \(share(threshold)))."
        case let .focused(coverage, threshold):
            return "beantwoord: de beste passage zegt \(share(coverage)) van de vraag (ten minste \(share(threshold))), "
                + "en een zin ervan spreekt over de gevraagde stoffen."
        case let .supported(coverage, documentCoverage):
            return "beantwoord: de beste passage zegt \(share(coverage)) van de vraag, en haar document als geheel \(share(documentCoverage))."
        case let .defined(subject):
            return "beantwoord: de vraag vraagt wat \(subject) is, en een passage zegt het."
        case let .weak(coverage, threshold):
            return "geen antwoord: de passages bovenaan zeggen hoogstens \(share(coverage)) van de vraag (drempel \(share(threshold)))."
        case .nothingAsked:
            return "geen antwoord: de vraag noemt geen onderwerp, alleen woorden als 'nemen', 'laten' of 'maken'."
        case .nothingFound:
            return "geen antwoord: geen passage deelt een woord met de vraag."
        case let .termMissing(terms):
            return "geen antwoord: de passages die geciteerd zouden worden noemen \(terms) niet."
        case .amountMissing:
            return "geen antwoord: de vraag vraagt een hoeveelheid, en de passages die geciteerd zouden worden geven er geen."
        case .priceMissing:
            return "geen antwoord: de vraag vraagt een prijs, en de passages die geciteerd zouden worden noemen er geen."
        case .nothingToQuote:
            return "geen antwoord: geen passage heeft een zin die iets van de vraag zegt."
        }
    }

    /// "a | b | c | d +5": the first few alternatives, without repeats.
    static func shortList(_ alternatives: [FTSQuery.Alternative], shown: Int = 4) -> String {
        var seen: [String] = []
        for alternative in alternatives {
            let text = alternative.terms.joined(separator: " ")
            if !seen.contains(text) { seen.append(text) }
        }
        let rest = seen.count - shown
        return seen.prefix(shown).joined(separator: " | ") + (rest > 0 ? " +\(rest)" : "")
    }

    static func role(_ role: Concept.Role) -> String {
        switch role {
        case .entity: "stof "
        case .term: "term "
        case .word: "woord"
        }
    }
}
