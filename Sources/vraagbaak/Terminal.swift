import Foundation
import VraagbaakKit

/// Writing to stderr, and telling whether a stream is a terminal.
enum Terminal {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
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
