import XCTest
@testable import VraagbaakKit

/// A forum thread whose opening question is the user's: the reply right after it answers first.
final class ForumThreadTests: XCTestCase {
    func testTheFirstReplyToAMatchingThreadQuestionLeads() throws {
        let folder = try makeTemporaryFolder()
        try folder.writeValerianThread(replies: [
            "Valeriaan met melatonine combineren wordt afgeraden: je wordt er te slaperig van.",
            "Valeriaan met melatonine combineren, valeriaan met melatonine combineren: het kan.",
        ])
        for (index, topic) in ["Kamille tegen buikpijn.", "Pepermunt voor de spijsvertering.", "Lavendel in bad.",
                               "Gember tegen misselijkheid.", "Brandnetel in de soep."].enumerated() {
            try folder.write("# Kruid \(index)\n\n\(topic) Een kop thee per dag is genoeg.\n", to: "kennis/kruid\(index).md")
        }
        let answer = try folder.indexedAnswerer().answer("kan ik valeriaan met melatonine combineren?")
        let firstReply = try XCTUnwrap(answer.ranking.first { $0.passage.section == "Antwoord 1" })
        let secondReply = try XCTUnwrap(answer.ranking.first { $0.passage.section == "Antwoord 2" })
        XCTAssertGreaterThan(secondReply.features.bm25, firstReply.features.bm25, "the later reply says the words more often")
        XCTAssertGreaterThan(firstReply.features.firstReply, 0)
        XCTAssertEqual(secondReply.features.firstReply, 0)
        XCTAssertEqual(answer.quotes.first?.section, "Antwoord 1", "\(answer.quotes.map(\.text))")
    }

    /// The opening post may say more of the question than any reply: it is the question.
    func testTheOpeningPostIsNotQuoted() throws {
        let folder = try makeTemporaryFolder()
        try folder.write("""
            ---
            kind: forum
            ---
            ## Vraag
            Ik slik sinds een maand elke avond valeriaan tegen onrust, omdat ik overdag gespannen ben door \
            mijn werk en mijn studie. Dat helpt best goed. Nu wil ik ook melatonine proberen voor het slapen, \
            want ik lig vaak nog uren wakker en ben de volgende ochtend moe. Kan dat samen, of is dat dom?

            ## Antwoord 1
            Valeriaan en melatonine samen maakt je extra slaperig.
            """, to: "kennis/forum/valeriaan.md")
        let answer = try folder.indexedAnswerer().answer("ik slik valeriaan tegen onrust, kan melatonine erbij voor het slapen?")
        let opening = try XCTUnwrap(answer.ranking.first { $0.passage.isOpeningPost })
        let reply = try XCTUnwrap(answer.ranking.first { !$0.passage.isOpeningPost })
        XCTAssertGreaterThan(opening.features.coverage, reply.features.coverage)
        XCTAssertEqual(answer.quotes.map(\.section), ["Antwoord 1"], "\(answer.quotes.map(\.text))")
    }
}
