import XCTest
@testable import VraagbaakKit

final class EvaluationSetTests: XCTestCase {
    private let file = """
        # comment
        answer\tIs clonazepam een benzodiazepine?\tbenzodiazepine | benzo\tartikelen/clonazepam.txt

        followup\ten met alcohol?\talcoholische dranken
        abstain\twie is de koning van nederland
        emergency\tik heb te veel pillen genomen\t\t

        """

    func testReadsKindsPhrasesFilesAndLineNumbers() throws {
        let set = try EvaluationSet(text: file)
        XCTAssertEqual(set.questions.map(\.kind), [.answer, .followup, .abstain, .emergency])
        XCTAssertEqual(set.questions[0].expected, ["benzodiazepine", "benzo"])
        XCTAssertEqual(set.questions[0].relevant, ["artikelen/clonazepam.txt"])
        XCTAssertEqual(set.questions.map(\.line), [2, 4, 5, 6])
        XCTAssertEqual(set.questions[3].expected, [])
    }

    func testAFileWithWindowsLineEndsReadsTheSame() throws {
        let windows = file.replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertEqual(try EvaluationSet(text: windows), try EvaluationSet(text: file))
    }

    func testAMalformedLineIsNamedByItsNumber() {
        XCTAssertThrowsError(try EvaluationSet(text: "answer\tgoed\nvraag zonder soort\n")) { error in
            XCTAssertEqual(error as? EvaluationError, .malformedLine(2))
        }
    }
}
