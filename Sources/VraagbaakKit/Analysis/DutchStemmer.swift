public struct DutchStemmer: Sendable {
    public init() {}
    public func stem(_ word: String) -> String { word }
}
