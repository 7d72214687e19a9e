/// A stable 64-bit FNV-1a hash of a file's text, to tell a touched file from a changed one.
///
/// Swift's `Hasher` is seeded per process, so it cannot be stored; a cryptographic hash would
/// pull in a dependency for no gain here (the hash only spares re-indexing, it guards nothing).
enum ContentHash {
    static func of(_ text: String) -> String {
        // A contiguous buffer, when the string has one, spares the per-byte index checks of `utf8`.
        let hash = text.utf8.withContiguousStorageIfAvailable(fnv1a) ?? fnv1a(text.utf8)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
