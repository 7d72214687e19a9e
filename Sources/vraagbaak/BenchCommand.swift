import ArgumentParser
import Foundation
import VraagbaakKit

/// `vraagbaak bench`: the scale benchmark, measured inside the process (see benchmarks/README.md, "Scale").
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Meet snelheid en geheugen op een kennismap (voor ontwikkelaars; zie benchmarks/README.md).",
        discussion: """
            Bouwt de index in --index opnieuw op (het bestand wordt eerst VERWIJDERD) en meet in één \
            proces: indexeren (MB/s over de bestanden en over de tekst van de passages, piekgeheugen), \
            de vertraging per vraag (zoeken en volledig antwoorden, p50/p90/p99), het verversen als er \
            niets veranderd is, na één gewijzigd bestand (dat daarna wordt hersteld) en na één \
            aangeraakt bestand, en de grootte van de index tegenover de tekst.

            Voorbeeld:
              vraagbaak bench --knowledge benchmarks/data/scale/text-x1 \\
                  --index /tmp/scale.sqlite --queries benchmarks/questions/scale-queries.txt --json
            """)

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .long, help: ArgumentHelp("Vragen, één per regel (# is commentaar).", valueName: "BESTAND"))
    var queries: String

    @Flag(name: .long, help: "Eén JSON-object op stdout.")
    var json = false

    func validate() throws {
        if knowledge.index == nil {
            throw ValidationError("bench verwijdert de index eerst: geef die expliciet met --index BESTAND.")
        }
    }

    func run() throws {
        try ExitStatus.run {
            let text = try String(contentsOfFile: queries, encoding: .utf8)
            let questions = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            let benchmark = ScaleBenchmark(knowledge: knowledge.knowledgeURL, indexURL: knowledge.indexURL!,
                                           queries: questions)
            let report = try benchmark.run { Terminal.note("bench: \($0)") }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
                return
            }
            print(Self.describe(report))
        }
    }

    static func describe(_ r: ScaleBenchmark.Report) -> String {
        let i = r.indexing
        func ms(_ l: ScaleBenchmark.Latency) -> String {
            String(format: "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms (%d vragen)", l.p50, l.p90, l.p99, l.max, l.count)
        }
        return [
            "kennismap        \(r.knowledge)",
            String(format: "indexeren        %d bestanden, %d passages, %.1f MB bestanden, %.1f MB tekst in %.2f s",
                   i.files, i.passages, Double(i.fileBytes) / 1e6, Double(i.textBytes) / 1e6, i.seconds),
            String(format: "                 %.2f MB/s bestanden, %.2f MB/s tekst, piekgeheugen %.0f MB",
                   i.fileMBPerSecond, i.textMBPerSecond, i.peakRSSMB),
            "zoeken           " + ms(r.search),
            "antwoorden       " + ms(r.answer) + ", \(r.answered) beantwoord",
            String(format: "niets gewijzigd  %.1f ms (waarvan de map doorlopen %.1f ms)", r.refresh.noChangeMs, r.refresh.scanMs),
            "één gewijzigd    " + r.refresh.oneChangedMs.map { String(format: "%.1f ms", $0) }.joined(separator: ", ")
                + " (\(r.refresh.changedFile))",
            String(format: "één aangeraakt   %.1f ms", r.refresh.oneTouchedMs),
            String(format: "indexgrootte     %.1f MB = %.2f × de bestanden, %.2f × de tekst",
                   Double(r.size.indexBytes) / 1e6, r.size.indexPerFileByte, r.size.indexPerTextByte),
            String(format: "piekgeheugen     %.0f MB (hele run)", r.peakRSSMBTotal),
        ].joined(separator: "\n")
    }
}
