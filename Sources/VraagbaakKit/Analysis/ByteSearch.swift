extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Whether `needle` occurs in these bytes. A plain scan: the texts (lines, passages) and the
    /// needles (a few ASCII marks) are short, and bytes spare Foundation's character search.
    func contains(bytes needle: some RandomAccessCollection<UInt8>) -> Bool {
        guard needle.count <= count else { return false }
        return (startIndex...(endIndex - needle.count)).contains { start in
            zip(self[start...], needle).allSatisfy { $0 == $1 }
        }
    }
}
