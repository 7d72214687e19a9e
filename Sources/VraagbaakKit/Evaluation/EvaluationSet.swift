import Foundation

/// A question file for `vraagbaak eval`: one question a line, tab-separated, `#` lines are comments.
///
///     kind<TAB>question<TAB>expected phrases, |-separated<TAB>relevant files, |-separated
///     answer	Is clonazepam een benzodiazepine?	benzodiazepine	artikelen/clonazepam.txt
///     followup	en met alcohol?	alcoholische dranken
///     abstain	wie is de koning van nederland
///     emergency	ik heb te veel pillen genomen
public struct EvaluationSet: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// The knowledge base answers it.
        case answer
        /// Continues the conversation of the row above.
        case followup
        /// The knowledge base has no answer: none must be given.
        case abstain
        /// Danger: the emergency block must come first.
        case emergency
    }

    public struct Question: Sendable, Equatable {
        public var kind: Kind
        public var text: String
        public var expected: [String]
        public var relevant: [String]
        public var line: Int
    }

    public var questions: [Question]

    public init(text: String) throws {
        questions = []
        for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {  // "\r\n" too
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, let kind = Kind(rawValue: columns[0].trimmingCharacters(in: .whitespaces)),
                  !columns[1].trimmingCharacters(in: .whitespaces).isEmpty
            else {
                throw EvaluationError.malformedLine(number + 1)
            }
            func list(_ index: Int) -> [String] {
                guard index < columns.count else { return [] }
                return columns[index].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            questions.append(Question(kind: kind, text: columns[1], expected: list(2), relevant: list(3), line: number + 1))
        }
    }
}

public enum EvaluationError: Error, CustomStringConvertible, Equatable {
    case malformedLine(Int)

    public var description: String {
        switch self {
        case .malformedLine(let line):
            "regel \(line): verwacht 'soort<TAB>vraag[<TAB>verwacht[<TAB>relevant]]' met soort answer, followup, abstain of emergency."
        }
    }
}
