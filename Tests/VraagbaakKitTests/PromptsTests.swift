import XCTest
@testable import VraagbaakKit

final class PromptsTests: XCTestCase {
    private var promptsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("prompts")
    }

    func testBuiltInTextsEqualThePromptsFolder() {
        XCTAssertEqual(Prompts.load(from: promptsFolder), Prompts.builtIn)
    }

    func testEveryTemplateFileIsTheBuiltInTemplate() throws {
        for kind in PromptTemplate.allCases {
            let file = promptsFolder.appendingPathComponent(kind.fileName)
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertEqual(text, BuiltInPrompts.template(kind) + "\n", "prompts/\(kind.fileName) differs from the built-in template")
        }
    }

    func testThePromptsFolderHoldsNoUnknownTemplate() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: promptsFolder.path).filter { $0.hasSuffix(".mustache") }
        XCTAssertEqual(Set(names), Set(PromptTemplate.allCases.map(\.fileName)))
    }

    func testBuiltInTemplatesParse() {
        XCTAssertEqual(Prompts.builtIn.templateProblems(), [])
    }

    func testMissingFilesFallBackAndEditedFilesWin() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("Eigen disclaimer.\n", to: "disclaimer.txt")
        try folder.write("Eigen opmaak: {{question}}\n", to: "answer.text.mustache")
        let prompts = Prompts.load(from: folder.url)
        XCTAssertEqual(prompts.disclaimer, "Eigen disclaimer.")
        XCTAssertEqual(prompts.emergency, BuiltInPrompts.emergency)
        XCTAssertEqual(prompts.template(.answerText), "Eigen opmaak: {{question}}")
        XCTAssertEqual(prompts.template(.replyBBCode), BuiltInPrompts.template(.replyBBCode))
    }

    func testABrokenTemplateIsReported() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("{{#quotes}} nooit gesloten\n", to: "reply.markdown.mustache")
        let problems = Prompts.load(from: folder.url).templateProblems()
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("reply.markdown.mustache"))
    }
}
