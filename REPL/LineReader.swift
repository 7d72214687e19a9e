import Foundation

/// What reading one line gave.
public enum LineReadResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the line was abandoned; the session goes on.
    case interrupted
    /// Ctrl-D or the end of the input.
    case end
}

/// Reads the user's lines, one at a time.
public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineReadResult
    /// Remembers a line for the arrow keys and the history file.
    func remember(_ line: String)
    /// Whether a person types at a terminal (then the REPL shows prompts and a welcome).
    var isInteractive: Bool { get }
}

/// Lines from a pipe or a file: one question per line, no prompt.
public final class PipedLineReader: LineReader {
    public init() {}
    public var isInteractive: Bool { false }
    public func readLine(prompt: String) -> LineReadResult {
        Swift.readLine(strippingNewline: true).map(LineReadResult.line) ?? .end
    }
    public func remember(_ line: String) {}
}

/// A terminal without libedit: the tty's own line editing; Ctrl-C abandons the line.
public final class PlainLineReader: LineReader {
    public init() {
        Interrupt.install()
    }
    public var isInteractive: Bool { true }
    public func readLine(prompt: String) -> LineReadResult {
        Interrupt.clear()
        FileHandle.standardOutput.write(Data(prompt.utf8))
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") { return .line(String(decoding: bytes, as: UTF8.self)) }
                bytes.append(byte)
            } else if count < 0, errno == EINTR {
                guard Interrupt.happened else { continue }
                FileHandle.standardOutput.write(Data("\n".utf8))
                return .interrupted
            } else {
                return bytes.isEmpty ? .end : .line(String(decoding: bytes, as: UTF8.self))
            }
        }
    }
    public func remember(_ line: String) {}
}

/// Ctrl-C while reading: a flag set by a SIGINT handler installed without `SA_RESTART`, so a
/// blocked read returns and the REPL can abandon the line instead of the process ending.
enum Interrupt {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0
    nonisolated(unsafe) private static var installed = false

    static var happened: Bool { flag != 0 }
    static func clear() { flag = 0 }

    static func install() {
        guard !installed else { return }
        installed = true
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in Interrupt.flag = 1 }
        #else
        action.__sigaction_u.__sa_handler = { _ in Interrupt.flag = 1 }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}
