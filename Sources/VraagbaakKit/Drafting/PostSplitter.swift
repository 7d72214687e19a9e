import Foundation

/// Finds the questions in a member's forum post, in order.
///
///     PostSplitter.questions(in: "Hoi! Kan ik clonazepam met MDMA combineren? En met alcohol?")
///     // [PostQuestion("Kan ik clonazepam met MDMA combineren?"), PostQuestion("En met alcohol?")]
///
/// A question is a sentence that ends in "?" or asks indirectly ("ik twijfel of …", "ik vraag me af
/// …", "weet iemand …"). A lead-in before a colon ("En nog een vraagje: …") is dropped. A post
/// without any question is taken as one question as a whole. Each question keeps the text that
/// came before it in the post, so a question that says "dat" can be read with its subject.
public enum PostSplitter {
    public static func questions(in post: String) -> [PostQuestion] {
        let text = post.replacingOccurrences(of: "\r\n", with: "\n")
        var questions: [PostQuestion] = []
        var before = ""
        for paragraph in paragraphs(of: text) {
            var earlierInParagraph = ""
            for range in SentenceSplitter.sentences(in: paragraph) {
                let sentence = String(paragraph[range])
                if isQuestion(sentence) {
                    questions.append(PostQuestion(
                        text: withoutLeadIn(Markup.oneLine(sentence)),
                        paragraphContext: earlierInParagraph,
                        postContext: before + earlierInParagraph))
                }
                earlierInParagraph += sentence + " "
            }
            before += earlierInParagraph + "\n"
        }
        if questions.isEmpty {
            let whole = Markup.oneLine(text)
            if !whole.isEmpty { questions.append(PostQuestion(text: whole, paragraphContext: "", postContext: "")) }
        }
        return questions
    }

    static func paragraphs(of text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {  // "\r\n" too
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }

    /// Phrases that ask without a question mark.
    static let indirectMarkers = [
        "twijfel of", "twijfel ik of", "twijfel over", "vraag me af", "vraag mij af", "vroeg me af", "vroeg mij af",
        "weet iemand", "weet niet of", "weet niet zeker of", "ben benieuwd", "benieuwd of", "is het verstandig",
        "wil graag weten", "wil weten of", "zou graag willen weten",
    ]

    static func isQuestion(_ sentence: String) -> Bool {
        let trimmed = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasSuffix("?") { return true }
        let lower = trimmed.lowercased()
        return indirectMarkers.contains { lower.contains($0) }
    }

    /// "En nog een vraagje: is dat …?" → "is dat …?"; a colon late in the sentence stays.
    static func withoutLeadIn(_ sentence: String) -> String {
        guard let colon = sentence.firstIndex(of: ":") else { return sentence }
        let leadIn = sentence[..<colon]
        let rest = sentence[sentence.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard leadIn.split(separator: " ").count <= 5, rest.split(separator: " ").count >= 3 else { return sentence }
        return rest
    }
}

/// One question of a post, as the member wrote it, with what came before it.
public struct PostQuestion: Sendable, Equatable {
    /// The sentence as written (its line breaks as spaces, a lead-in dropped).
    public var text: String
    /// The sentences before it in its paragraph.
    public var paragraphContext: String
    /// Everything before it in the post.
    public var postContext: String

    public init(text: String, paragraphContext: String = "", postContext: String = "") {
        self.text = text
        self.paragraphContext = paragraphContext
        self.postContext = postContext
    }
}
