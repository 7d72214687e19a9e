import Foundation

/// How plain text is laid out: the width to wrap at, and whether to colour.
///
///     let style = TextStyle.standardOutput()   // the terminal's width and colour, or neither in a pipe
///     print(style.wrap(style.paint("[1]", .bold) + " een lange regel …"))
///
/// Colour only when writing to a terminal, and never when `NO_COLOR` is set (https://no-color.org).
public struct TextStyle: Sendable, Equatable {
    /// Columns to wrap at; nil leaves lines as they are.
    public var width: Int?
    public var colour: Bool

    public init(width: Int? = nil, colour: Bool = false) {
        self.width = width
        self.colour = colour
    }

    /// No wrapping, no colour: for pipes, files and tests.
    public static let plain = TextStyle()

    /// The style for a stream: on a terminal its width and colour (unless `NO_COLOR`), else plain.
    public static func forTerminal(fileDescriptor: Int32 = STDOUT_FILENO,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) -> TextStyle {
        guard isatty(fileDescriptor) == 1 else { return .plain }
        return TextStyle(width: terminalWidth(fileDescriptor, environment: environment),
                         colour: environment["NO_COLOR"] == nil && environment["TERM"] != "dumb")
    }

    public static func standardOutput() -> TextStyle { forTerminal() }

    /// The terminal's columns (ioctl), else `COLUMNS`, else 80.
    public static func terminalWidth(_ fileDescriptor: Int32, environment: [String: String]) -> Int {
        var size = winsize()
        let result = withUnsafeMutablePointer(to: &size) { ioctl(fileDescriptor, UInt(TIOCGWINSZ), $0) }
        if result == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    public enum Paint: String, Sendable {
        case bold = "1", dim = "2", italic = "3", red = "1;31", green = "32", yellow = "33", cyan = "36", boldCyan = "1;36"
    }

    /// `text` in `paint` when colouring, else unchanged.
    public func paint(_ text: String, _ paint: Paint) -> String {
        guard colour, !text.isEmpty else { return text }
        return "\u{1B}[\(paint.rawValue)m\(text)\u{1B}[0m"
    }

    /// Every line wrapped to ``width`` at spaces. A continuation keeps the line's indentation, and
    /// lines opening with a marker like "[1] " or "1. " hang under the text after it.
    public func wrap(_ text: String) -> String {
        guard let width, width > 10 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextWrapping.wrap(String($0), width: width) }
            .joined(separator: "\n")
    }
}

enum TextWrapping {
    /// The columns `text` takes on a terminal: ANSI colour codes take none.
    static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if scalar.properties.generalCategory != .nonspacingMark, scalar != "\u{200B}" {
                width += 1
            }
        }
        return width
    }

    static func plain(_ text: String) -> String {
        var out = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape { if scalar == "m" { inEscape = false } }
            else if scalar == "\u{1B}" { inEscape = true }
            else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    static func hangingIndent(_ line: String) -> Int {
        let visible = plain(line)
        let leading = visible.prefix { $0 == " " }.count
        let rest = visible.dropFirst(leading)
        // "[12] ", "12. ", "» ", "!! ", "- "
        guard let space = rest.firstIndex(of: " ") else { return leading }
        let marker = rest[..<space]
        let digits = marker.filter(\.isNumber).count
        let isMarker = ["»", "!!", "-", "•"].contains(String(marker))
            || (marker.hasPrefix("[") && marker.hasSuffix("]") && digits == marker.count - 2 && digits > 0)
            || (marker.hasSuffix(".") && digits == marker.count - 1 && digits > 0)
        return isMarker ? leading + marker.count + 1 : leading
    }

    static func wrap(_ line: String, width: Int) -> String {
        guard visibleWidth(line) > width else { return line }
        let indent = min(hangingIndent(line), width / 2)
        let leading = String(line.prefix { $0 == " " })
        let words = line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true)
        var lines: [String] = []
        var current = leading
        var currentWidth = leading.count
        var hasWord = false
        for word in words {
            let wordWidth = visibleWidth(word)
            if hasWord, currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = String(repeating: " ", count: indent) + word
                currentWidth = indent + wordWidth
            } else {
                current += (hasWord ? " " : "") + word
                currentWidth += (hasWord ? 1 : 0) + wordWidth
            }
            hasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
