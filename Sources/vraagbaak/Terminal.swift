import Foundation
import VraagbaakKit

/// Writing to stderr, and telling whether a stream is a terminal.
enum Terminal {
    /// Writes a line to stderr, with control characters made visible (see ``escaped(_:keepingNewlines:)``).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((escaped(message, keepingNewlines: true) + "\n").utf8))
    }

    /// `text` safe to show on a terminal: control characters (C0 but tab, DEL, C1) and the bidi
    /// overrides and isolates that reorder what follows them are written as `\u{…}` escapes,
    /// so a question or file name can never move the cursor, change colours or hide text.
    ///
    ///     Terminal.escaped("a\u{1B}[31mb")   // "a\u{1B}[31mb" with a visible backslash
    static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        ControlCharacters.escaped(text, keepingNewlines: keepingNewlines)
    }

    /// At most `limit` characters of `text` (for echoing a question), with "…" when cut.
    static func shortened(_ text: String, to limit: Int = 200) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

/// Progress of a long refresh on stderr: a live line on a terminal, nothing for short runs.
final class ProgressReporter {
    private let title: String
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private var lastPercentLogged = -1

    init(title: String) {
        self.title = title
    }

    func report(_ progress: RefreshProgress) {
        let now = Date()
        guard now.timeIntervalSince(start) > 0.5, now.timeIntervalSince(lastDraw) > 0.1 || progress.done == progress.total else {
            return
        }
        lastDraw = now
        let megabytes = Double(progress.bytes) / 1_000_000
        let line = String(format: "%@: %d/%d bestanden (%.1f MB)", title, progress.done, progress.total, megabytes)
        if Terminal.stderrIsTerminal {
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
            drawn = true
        } else {
            let percent = progress.done * 10 / max(progress.total, 1)
            if percent > lastPercentLogged {
                lastPercentLogged = percent
                Terminal.note(line)
            }
        }
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
