import Foundation
import XCTest
@testable import VraagbaakKit

/// The real `Knowledge/` folder of the repository.
final class KnowledgeSeedTests: XCTestCase {
    /// The package root: the nearest folder above this file holding `Package.swift` and `Knowledge/`.
    func knowledgeRoot(file: String = #filePath) throws -> URL {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Knowledge")
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               FileManager.default.fileExists(atPath: candidate.path) {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        throw XCTSkip("geen Knowledge-map gevonden boven \(file)")
    }

    func loadAll() throws -> [Document] {
        let folder = KnowledgeFolder(root: try knowledgeRoot())
        let (files, scanWarnings) = try folder.scan()
        XCTAssertEqual(scanWarnings, [])
        return try files.map { file in
            let (document, warnings) = folder.load(file)
            XCTAssertEqual(warnings, [], file.relativePath)
            return try XCTUnwrap(document, file.relativePath)
        }
    }

    func testBothSeedDocumentsLoad() throws {
        let documents = try loadAll()
        let article = try XCTUnwrap(documents.first { $0.source == "artikelen/clonazepam.txt" })
        XCTAssertEqual(article.kind, .article)
        XCTAssertEqual(article.title, "Clonazepam: wat is het en waarvoor wordt het gebruikt?")
        XCTAssertEqual(article.sections.map(\.heading), [
            "Clonazepam: wat is het en waarvoor wordt het gebruikt?",
            "Belangrijke informatie over Clonazepam",
            "Onder welke omstandigheden wordt dit middel voorgeschreven?",
            "Clonazepam werkingsmechanisme",
        ])
        let forum = try XCTUnwrap(documents.first { $0.source == "forum/clonazepam-met-mdma.txt" })
        XCTAssertEqual(forum.kind, .forum, "a thread copied from its page, without front matter")
        XCTAssertEqual(forum.title, "Clonazepam met MDMA")
    }

    func testForumThreadHasThreePosts() throws {
        let forum = try XCTUnwrap(try loadAll().first { $0.kind == .forum })
        XCTAssertEqual(forum.posts.map(\.heading), ["Bericht 1", "Bericht 2", "Bericht 3"])
        let question = forum.posts[0].paragraphs.map { forum.text(of: $0) }
        XCTAssertEqual(question.first, "Kan je Clonazepam combineren met MDMA?")
        XCTAssertTrue(forum.text(of: forum.posts[1].paragraphs[0]).hasPrefix("Clonazepam en MDMA combineren wordt over het algemeen afgeraden."))
        XCTAssertTrue(forum.text(of: forum.posts[2].paragraphs[0]).hasPrefix("Clonazepam is een krachtige benzodiazepine"))
        let passages = Chunker().passages(of: forum)
        XCTAssertEqual(Set(passages.filter(\.isPost).compactMap(\.section)), ["Bericht 1", "Bericht 2", "Bericht 3"])
        XCTAssertEqual(passages.count, passages.filter(\.isPost).count, "the page's furniture is no passage")
        // No passage of an answer holds text of another post.
        for passage in passages where passage.section == "Bericht 2" {
            XCTAssertFalse(passage.text.contains("Clonazepam is een krachtige benzodiazepine"))
            XCTAssertFalse(passage.text.contains("Kan je Clonazepam combineren"))
        }
    }

    func testEveryPassageOccursVerbatimInItsFile() throws {
        let root = try knowledgeRoot()
        for document in try loadAll() {
            let file = root.appendingPathComponent(document.source)
            let passages = Chunker().passages(of: document)
            let text = try String(contentsOf: file, encoding: .utf8)
            for passage in passages {
                XCTAssertTrue(text.contains(passage.text), "\(document.source) #\(passage.ordinal)")
                XCTAssertFalse(passage.text.hasPrefix("## "), "a heading is no passage text")
            }
            try assertPassagesMatchFile(passages, file: file)
        }
    }

    func testTheSeedsAreCopiedVerbatim() throws {
        let root = try knowledgeRoot().resolvingSymlinksInPath()
        let seeds = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let pairs = [("clonazepam-artikel.txt", "artikelen/clonazepam.txt"), ("clonazepam-met-mdma-forum.txt", "forum/clonazepam-met-mdma.txt")]
        guard FileManager.default.fileExists(atPath: seeds.path) else { throw XCTSkip("seeds niet aanwezig") }
        for (seed, copy) in pairs {
            XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent(copy)), try Data(contentsOf: seeds.appendingPathComponent(seed)), copy)
        }
    }
}
