import Foundation

/// Line editing through libedit's readline-compatible functions, loaded at run time.
///
///     if let editor = LibeditLineReader(historyFile: LibeditLineReader.defaultHistoryFile) { … }
///
/// libedit's runtime library (`libedit.so.2`) is on a fresh machine, its headers are not; so the
/// functions are looked up with `dlsym` and called through C function pointers. Arrows, Ctrl-R
/// (search in earlier questions) and the other emacs keys come with it; the history is kept in
/// `~/.vraagbaak_history` (or `$VRAAGBAAK_HISTORY`) between sessions. Without libedit the REPL
/// falls back to ``PlainLineReader``.
public final class LibeditLineReader: LineReader {
    private typealias ReadlineFunction = @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    private typealias StringFunction = @convention(c) (UnsafePointer<CChar>?) -> Int32
    private typealias IntFunction = @convention(c) (Int32) -> Void
    private typealias VoidFunction = @convention(c) () -> Void

    private let readlineFunction: ReadlineFunction
    private let addHistory: StringFunction
    private let readHistory: StringFunction?
    private let writeHistory: StringFunction?
    private let historyFile: String?

    /// The library names tried, in order.
    static let libraryNames = ["libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib"]

    public static var defaultHistoryFile: String? {
        let environment = ProcessInfo.processInfo.environment
        if let file = environment["VRAAGBAAK_HISTORY"] { return file.isEmpty ? nil : file }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".vraagbaak_history")
    }

    /// Nil when libedit cannot be loaded.
    public init?(historyFile: String?) {
        guard let handle = Self.libraryNames.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first,
              let readline = dlsym(handle, "readline"), let add = dlsym(handle, "add_history")
        else { return nil }
        readlineFunction = unsafeBitCast(readline, to: ReadlineFunction.self)
        addHistory = unsafeBitCast(add, to: StringFunction.self)
        readHistory = dlsym(handle, "read_history").map { unsafeBitCast($0, to: StringFunction.self) }
        writeHistory = dlsym(handle, "write_history").map { unsafeBitCast($0, to: StringFunction.self) }
        self.historyFile = historyFile
        setlocale(LC_CTYPE, "")
        if let using = dlsym(handle, "using_history") { unsafeBitCast(using, to: VoidFunction.self)() }
        if let stifle = dlsym(handle, "stifle_history") { unsafeBitCast(stifle, to: IntFunction.self)(1000) }
        if let historyFile, FileManager.default.fileExists(atPath: historyFile) {
            _ = readHistory?(historyFile)
        }
        Interrupt.install()
    }

    public var isInteractive: Bool { true }

    public func readLine(prompt: String) -> LineReadResult {
        Interrupt.clear()
        guard let pointer = readlineFunction(prompt) else {
            if Interrupt.happened {
                FileHandle.standardOutput.write(Data("\n".utf8))
                return .interrupted
            }
            FileHandle.standardOutput.write(Data("\n".utf8))
            return .end
        }
        defer { free(pointer) }
        return .line(String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self))
    }

    public func remember(_ line: String) {
        _ = addHistory(line)
        if let historyFile { _ = writeHistory?(historyFile) }
    }
}
