import Foundation
import XCTest

/// Whatever lies in the knowledge folder, `index` indexes the good files and names each bad one.
final class RobustnessKnowledgeTests: XCTestCase {
    func testBadFilesAreSkippedOrDecodedWithAWarningAndTheRestIsIndexed() throws {
        let folder = try RobustnessFolder()
        try folder.writeSmallKnowledge()
        var binary: [UInt8] = Array("PK".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4096 { binary.append(UInt8.random(in: 0...255, using: &generator)) }
        binary[10] = 0
        try folder.write(binary, to: "kennis/archief.md")
        try folder.write([0x7F] + Array("ELF".utf8) + [UInt8](repeating: 0, count: 100), to: "kennis/programma.txt")
        try folder.write(Array("Caf".utf8) + [0xE9] + Array("\n\nNa".utf8) + [0xEF] + Array("ef gebruik van cafe".utf8) + [0xEF, 0x6E, 0x65, 0x0A],
                         to: "kennis/latin1.txt")
        try folder.write(Array("Windows\n\n".utf8) + [0x93] + Array("Aanhalingstekens".utf8) + [0x94, 0x20, 0x80, 0x0A],
                         to: "kennis/cp1252.txt")
        try folder.write([], to: "kennis/leeg.txt")
        try folder.write("  \n\n\t\n", to: "kennis/wit.md")
        // 100 MB (sparse: takes no disk space, and is refused before it is read).
        let huge = try folder.write([], to: "kennis/dump.txt")
        XCTAssertEqual(truncate(huge.path, 100 << 20), 0)
        // Deep folders.
        let deep = (0..<60).map { "d\($0)" }.joined(separator: "/")
        try folder.write("Diep\n\nHelemaal onderin staat melatonine.\n", to: "kennis/\(deep)/diep.txt")
        // Link loops and links out of the folder.
        try FileManager.default.createSymbolicLink(atPath: folder.path("kennis/lus"), withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.path("kennis/a"), withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: folder.path("kennis/b"), withDestinationPath: "a")
        try folder.write("Buiten\n\nGeheim buiten de kennismap.\n", to: "buiten/geheim.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path("kennis/naar-buiten"), withDestinationPath: folder.path("buiten"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("kennis/etc.txt"), withDestinationPath: "/etc/hostname")

        let runner = CommandRunner(workingDirectory: folder.url)
        let options = ["--knowledge", folder.path("kennis"), "--index", folder.path("index.sqlite")]
        let start = Date()
        let result = try runner.run(["index"] + options)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        XCTAssertEqual(result.status, 0, result.stderr)
        let expectations = [
            "archief.md: lijkt een binair bestand", "programma.txt: lijkt een binair bestand",
            "latin1.txt: geen UTF-8; gelezen als Windows-1252", "cp1252.txt: geen UTF-8; gelezen als Windows-1252",
            "leeg.txt: leeg bestand", "wit.md: bevat alleen witruimte", "dump.txt: te groot (104 MB",
            "lus: symbolische link vormt een lus", "naar-buiten: symbolische link wijst buiten de kennismap",
            "etc.txt: symbolische link wijst buiten de kennismap",
        ]
        for expected in expectations {
            XCTAssertTrue(result.stderr.contains(expected), "missing \(expected) in:\n\(result.stderr)")
        }
        XCTAssertTrue(result.stderr.contains("a: symbolische link") && result.stderr.contains("b: symbolische link"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Index bijgewerkt"), result.stderr)

        let deepHit = try runner.run(["search"] + options + ["melatonine"])
        XCTAssertEqual(deepHit.status, 0)
        XCTAssertTrue(deepHit.stdout.contains("d59/diep.txt"))
        let latin = try runner.run(["search"] + options + ["café"])
        XCTAssertTrue(latin.stdout.contains("latin1.txt"), latin.stdout)
        let curly = try runner.run(["search"] + options + ["aanhalingstekens"])
        XCTAssertTrue(curly.stdout.contains("“Aanhalingstekens” €"), curly.stdout)
        let outside = try runner.run(["search"] + options + ["geheim buiten"])
        XCTAssertEqual(outside.status, 1, "nothing outside the knowledge folder was indexed: \(outside.stdout)")
    }
}
