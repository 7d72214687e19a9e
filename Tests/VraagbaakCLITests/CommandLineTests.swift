import Foundation
import XCTest

final class CommandLineTests: XCTestCase {
    private var scratch: URL!
    private var indexPath: String { scratch.appendingPathComponent("index.sqlite").path }
    private let runner = CommandRunner()

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbaak-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any], "not a JSON object: \(text)")
    }

    func testAskJSONFollowsTheContract() throws {
        let result = try runner.run(["ask", "--index", indexPath, "--json", "kan je clonazepam combineren met MDMA?"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1, "one line of JSON")
        let answer = try json(result.stdout)
        XCTAssertEqual(Set(answer.keys), ["question", "answered", "quotes", "disclaimer", "emergency"])
        XCTAssertEqual(answer["question"] as? String, "kan je clonazepam combineren met MDMA?")
        XCTAssertEqual(answer["answered"] as? Bool, true)
        XCTAssertTrue(answer["emergency"] is NSNull)
        let quotes = try XCTUnwrap(answer["quotes"] as? [[String: Any]])
        XCTAssertFalse(quotes.isEmpty)
        for quote in quotes {
            XCTAssertEqual(Set(quote.keys), ["text", "source", "title", "section", "lines"])
            let source = try XCTUnwrap(quote["source"] as? String)
            let text = try XCTUnwrap(quote["text"] as? String)
            let file = try String(contentsOf: CommandRunner.repository.appendingPathComponent("Knowledge/\(source)"), encoding: .utf8)
            XCTAssertTrue(file.contains(text))
            let lines = try XCTUnwrap(quote["lines"] as? [Int])
            XCTAssertEqual(lines.count, 2)
            XCTAssertLessThanOrEqual(lines[0], lines[1])
        }
    }

    func testAskWithoutAnAnswerExitsOne() throws {
        let result = try runner.run(["ask", "--index", indexPath, "--json", "wat is de hoofdstad van Frankrijk?"])
        XCTAssertEqual(result.status, 1)
        let answer = try json(result.stdout)
        XCTAssertEqual(answer["answered"] as? Bool, false)
        XCTAssertEqual((answer["quotes"] as? [Any])?.count, 0)
    }

    func testAskReadsTheQuestionFromStandardInput() throws {
        let result = try runner.run(["ask", "--index", indexPath, "-"], stdin: Data("Is clonazepam een benzodiazepine?\n".utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("benzodiazepine"))
        XCTAssertTrue(result.stdout.contains(try String(contentsOf: CommandRunner.repository.appendingPathComponent("prompts/disclaimer.txt"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    func testEmptyQuestionIsAUsageErrorInDutch() throws {
        let result = try runner.run(["ask", "--index", indexPath, "-"], stdin: Data("  \n".utf8))
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("Geen vraag gesteld"), result.stderr)
    }

    func testMissingKnowledgeFolderIsAnError() throws {
        let result = try runner.run(["ask", "--knowledge", scratch.appendingPathComponent("nergens").path, "--index", indexPath, "iets"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("bestaat niet"), result.stderr)
    }

    func testTheSameAnswerPrintsTheSameJSONEveryRun() throws {
        // Each process hashes with its own seed: without sorted keys the order would differ.
        let runs = try (0..<3).map { _ in
            try runner.run(["ask", "--index", indexPath, "--json", "kan je clonazepam combineren met MDMA?"]).stdout
        }
        XCTAssertFalse(runs[0].isEmpty)
        XCTAssertEqual(Set(runs).count, 1, runs.joined(separator: "\n"))
    }

    func testSearchJSONFollowsTheContract() throws {
        let result = try runner.run(["search", "--index", indexPath, "--json", "--limit", "3", "halfwaardetijd"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try json(result.stdout)
        XCTAssertEqual(object["query"] as? String, "halfwaardetijd")
        let results = try XCTUnwrap(object["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["rank"] as? Int }, Array(1...results.count))
        XCTAssertLessThanOrEqual(results.count, 3)
        for hit in results {
            XCTAssertEqual(Set(hit.keys), ["rank", "source", "title", "section", "lines", "text", "score"])
            XCTAssertTrue((hit["text"] as? String ?? "").lowercased().contains("halfwaardetijd"))
        }
        let scores = results.compactMap { $0["score"] as? Double }
        XCTAssertEqual(scores, scores.sorted(by: >))
    }

    func testSearchWithFTSSyntaxIsHarmless() throws {
        for query in ["\"", "NEAR(", "AND OR NOT", "body:x", "*", "{a b}:", "((", "'; DROP TABLE passage; --"] {
            let result = try runner.run(["search", "--index", indexPath, "--json", query])
            XCTAssertTrue([0, 1].contains(result.status), "\(query): \(result.stderr)")
            XCTAssertNoThrow(try json(result.stdout), query)
        }
    }

    func testIndexPrintsASummary() throws {
        let result = try runner.run(["index", "--index", indexPath])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("2 documenten"), result.stderr)
        let again = try runner.run(["index", "--index", indexPath])
        XCTAssertTrue(again.stderr.contains("niets gewijzigd"), again.stderr)
    }

    func testAnalyzeShowsTheChain() throws {
        let result = try runner.run(["analyze", "--json", "Benzo's en paniekaanvallen"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let tokens = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(tokens.map { $0["token"] as? String }, ["Benzo", "en", "paniekaanvallen"])
        XCTAssertEqual(tokens.map { $0["start"] as? Int }, [0, 8, 11])
    }

    func testAnalyzeStemReadsOneWordPerLine() throws {
        let result = try runner.run(["analyze", "--stem"], stdin: Data("aanvallen\nlopen\n\n".utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count, 4)
    }

    func testEvalWritesTheFeaturesOfEveryCandidatePerQuestion() throws {
        let questions = scratch.appendingPathComponent("vragen.tsv")
        try Data("""
            answer\twat is clonazepam eigenlijk\tbenzodiazepine\tartikelen/clonazepam.txt
            abstain\twie is de koning van nederland
            answer\tkan je clonazepam combineren met mdma\t\tforum/clonazepam-met-mdma.txt

            """.utf8).write(to: questions)
        let features = scratch.appendingPathComponent("kenmerken.jsonl")
        let result = try runner.run(["eval", "--index", indexPath, "--json", "--features", features.path, questions.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try json(result.stdout)["questions"] as? Int, 2)
        let lines = try String(contentsOf: features, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "one line per question with relevant files")
        XCTAssertEqual(try json(String(lines[0]))["expected"] as? [String], ["benzodiazepine"])
        for line in lines {
            let record = try json(String(line))
            XCTAssertEqual(Set(record.keys), ["line", "question", "relevant", "expected", "candidates"])
            let candidates = try XCTUnwrap(record["candidates"] as? [[String: Any]])
            XCTAssertFalse(candidates.isEmpty)
            for candidate in candidates {
                XCTAssertNotNil(candidate["source"] as? String)
                let lines = try XCTUnwrap(candidate["lines"] as? [Int])
                XCTAssertTrue(lines.count == 2 && lines[0] >= 1 && lines[0] <= lines[1], "\(lines)")
                let values = try XCTUnwrap(candidate["features"] as? [String: Double])
                XCTAssertEqual(Set(values.keys), [
                    "bm25", "coverage", "headingCoverage", "entityCoverage", "sentenceCoverage", "threadQuestion",
                    "form", "definition", "answerType", "firstReply", "documentCoverage", "documentBM25", "documentSubjects", "score"])
            }
        }
    }

    func testFilesThatCannotBeReadOrWrittenAreNamedInDutch() throws {
        let missing = try runner.run(["eval", "--index", indexPath, scratch.appendingPathComponent("geen.tsv").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("geen.tsv': bestaat niet"), missing.stderr)
        let questions = scratch.appendingPathComponent("vragen.tsv")
        try Data("answer\twat is clonazepam\t\tartikelen/clonazepam.txt\n".utf8).write(to: questions)
        let unwritable = try runner.run(["eval", "--index", indexPath, "--features", scratch.appendingPathComponent("geen/map/f.jsonl").path,
                                         questions.path])
        XCTAssertEqual(unwritable.status, 2)
        XCTAssertTrue(unwritable.stderr.contains("f.jsonl': bestaat niet"), unwritable.stderr)
        XCTAssertTrue(unwritable.stdout.isEmpty, "no figures without the file asked for: \(unwritable.stdout)")
        for result in [missing, unwritable] {
            XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain"), result.stderr)
        }
    }

    func testHelpIsInDutch() throws {
        let result = try runner.run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("Beantwoordt Nederlandse vragen"))
    }
}
