/// Something worth telling the user about a file of the knowledge folder: it was skipped,
/// or read in a way they may not expect.
///
/// ```swift
/// LoadWarning(source: "oud/notitie.txt", message: "geen UTF-8; gelezen als Windows-1252")
///     .description   // "oud/notitie.txt: geen UTF-8; gelezen als Windows-1252"
/// ```
public struct LoadWarning: Sendable, Equatable, CustomStringConvertible {
    /// Relative path (or the path as given).
    public var source: String
    /// Dutch, e.g. "geen UTF-8; gelezen als Windows-1252".
    public var message: String

    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
