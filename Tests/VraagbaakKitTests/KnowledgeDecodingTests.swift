import Foundation
import XCTest
@testable import VraagbaakKit

final class KnowledgeDecodingTests: XCTestCase {
    func testBinaryFileIsSkippedWithWarning() throws {
        let directory = try KnowledgeTestDirectory()
        var bytes = Array("PNG-achtig".utf8)
        bytes += [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]
        let (document, warnings) = try directory.load("plaatje.txt", bytes: bytes)
        XCTAssertNil(document)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertEqual(warnings.first?.source, "plaatje.txt")
        XCTAssertTrue(warnings[0].message.contains("binair"), warnings[0].message)
    }

    func testManyControlCharactersCountAsBinary() throws {
        let bytes = (0..<200).map { UInt8($0 % 2 == 0 ? 0x41 : 0x01 + UInt8($0 % 7)) }
        guard case .skipped(let reason) = TextDecoding.decode(bytes) else { return XCTFail("niet overgeslagen") }
        XCTAssertTrue(reason.contains("stuurtekens"), reason)
    }

    func testWindows1252IsDecodedWithWarning() throws {
        let directory = try KnowledgeTestDirectory()
        // "Café – één “tekst”." in Windows-1252 (é = E9, – = 96, “ ” = 93 94).
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x96, 0x20, 0xE9, 0xE9, 0x6E, 0x20, 0x93] + Array("tekst".utf8) + [0x94, 0x2E]
        let (document, warnings) = try directory.load("oud.txt", bytes: bytes)
        XCTAssertEqual(warnings, [LoadWarning(source: "oud.txt", message: "geen UTF-8; gelezen als Windows-1252")])
        let body = try XCTUnwrap(document?.body)
        XCTAssertEqual(body, "Café – één “tekst”.")
        let passages = Chunker().passages(of: try XCTUnwrap(document))
        XCTAssertEqual(passages.map(\.text), ["Café – één “tekst”."])
    }

    func testLatin1AccentsInMarkdown() throws {
        let directory = try KnowledgeTestDirectory()
        let bytes: [UInt8] = Array("# Ge".utf8) + [0xEF] + Array("nteresseerd\n\nPati".utf8) + [0xEB] + Array("nten.".utf8)
        let (document, warnings) = try directory.load("latin1.md", bytes: bytes)
        XCTAssertEqual(warnings.map(\.message), ["geen UTF-8; gelezen als Windows-1252"])
        XCTAssertEqual(document?.title, "Geïnteresseerd")
        XCTAssertEqual(document.map { Chunker().passages(of: $0).map(\.text) }, ["Patiënten."])
    }

    func testEmptyAndWhitespaceOnlyFilesAreSkipped() throws {
        let directory = try KnowledgeTestDirectory()
        try directory.write("leeg.txt", "")
        try directory.write("wit.md", "  \n\t\r\n\u{00A0}\n")
        try directory.write("alleen-front-matter.md", "---\ntitle: Niets\n---\n\n")
        let (files, _) = try directory.folder.scan()
        let results = files.map { directory.folder.load($0) }
        XCTAssertTrue(results.allSatisfy { $0.document == nil })
        XCTAssertEqual(results.flatMap(\.warnings), [
            LoadWarning(source: "alleen-front-matter.md", message: "geen tekst gevonden; overgeslagen"),
            LoadWarning(source: "leeg.txt", message: "leeg bestand; overgeslagen"),
            LoadWarning(source: "wit.md", message: "bevat alleen witruimte; overgeslagen"),
        ])
    }

    func testUTF8ByteOrderMarkIsDropped() throws {
        let directory = try KnowledgeTestDirectory()
        let (document, warnings) = try directory.load("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Titel\n\nTekst hier.".utf8))
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(document?.title, "Titel")
        XCTAssertEqual(document?.body, "Titel\n\nTekst hier.")
        XCTAssertEqual(document?.sections.first?.paragraphs.first?.lines, 3...3)
    }

    func testUTF16WithByteOrderMarkIsRead() throws {
        let text = "Titel\n\nÉén tekst."
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (document, warnings) = KnowledgeFolder.parse(bytes: bytes, source: "utf16.txt")
        XCTAssertEqual(warnings.map(\.message), ["UTF-16 gelezen"])
        XCTAssertEqual(document?.body, text)
    }

    func testCRLFLineNumbersCountOneBreakPerCRLF() throws {
        let directory = try KnowledgeTestDirectory()
        let text = "---\r\ntitle: Windows\r\n---\r\nEerste alinea,\r\nnog een regel.\r\n\r\n# Kop\r\n\r\nTweede alinea.\r\n"
        let url = try directory.write("crlf.md", text)
        let (files, _) = try directory.folder.scan()
        let document = try XCTUnwrap(directory.folder.load(files[0]).document)
        XCTAssertEqual(document.title, "Windows")
        XCTAssertEqual(document.body, text, "body stays verbatim")
        XCTAssertEqual(document.sections.map(\.heading), [nil, "Kop"])
        XCTAssertEqual(document.sections[0].paragraphs.map(\.lines), [4...5])
        XCTAssertEqual(document.sections[1].paragraphs.map(\.lines), [9...9])
        let passages = Chunker().passages(of: document)
        XCTAssertEqual(passages.map(\.text), ["Eerste alinea,\r\nnog een regel.", "Tweede alinea."])
        try assertPassagesMatchFile(passages, file: url)
    }

    func testLoneCarriageReturnsAreLineBreaks() throws {
        let (document, _) = KnowledgeFolder.parse(bytes: Array("Titel\r\rRegel een.\rRegel twee.".utf8), source: "mac.txt")
        XCTAssertEqual(document?.sections.first?.paragraphs.first?.lines, 3...4)
    }

    func testLargeFileIsParsedInLinearTime() throws {
        // About 12 MB: many paragraphs, and one 2 MB paragraph without any line break.
        var text = "# Groot\n\n"
        let sentence = "Dit is een zin over clonazepam en de werking ervan. "
        for index in 0..<60_000 { text += "Alinea \(index): " + sentence + sentence + "\n\n" }
        text += String(repeating: sentence, count: 40_000) + "\n"
        let bytes = Array(text.utf8)
        let start = Date()
        let (document, warnings) = KnowledgeFolder.parse(bytes: bytes, source: "groot.md")
        let passages = Chunker().passages(of: try XCTUnwrap(document))
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(document?.sections.first?.paragraphs.count, 60_001)
        XCTAssertGreaterThan(passages.count, 60_000 / 6)
        XCTAssertTrue(passages.allSatisfy { $0.text.unicodeScalars.count <= 1400 })
        XCTAssertLessThan(elapsed, 30, "parsing \(bytes.count) bytes took \(elapsed) s")
    }
}
