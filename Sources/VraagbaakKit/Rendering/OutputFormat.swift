/// How an answer or a forum reply is written out.
///
///     let format = OutputFormat(rawValue: "bbcode")   // text, markdown, bbcode, json
public enum OutputFormat: String, Sendable, CaseIterable {
    /// For a terminal or a pipe: wrapped to the terminal's width, coloured only on a terminal.
    case text
    /// For forums and chat that speak Markdown.
    case markdown
    /// For forums that speak BBCode (phpBB, vBulletin, wpForo, …).
    case bbcode
    /// One JSON object, for scripts.
    case json
}
