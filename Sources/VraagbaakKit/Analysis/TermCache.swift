/// The terms of words, remembered as bytes: the index's tokenizer asks for the same few thousand
/// words millions of times, and a byte-keyed table answers without building a Swift `String`
/// per word or hashing one.
///
///     let cache = TermCache()
///     cache.forEachTerm(in: bytes) { term, range in … }   // term: UTF-8 bytes, valid inside the call
///
/// Terms are exactly ``DutchAnalyzer``'s (a miss asks it). The table is bounded: when it holds
/// ``capacity`` words, or its bytes run out, it is emptied and fills again with the words that
/// come next. Not thread-safe, like the analyzer: one per SQLite connection.
final class TermCache {
    /// Words remembered at most before the table is emptied.
    let capacity: Int

    private let analyzer: DutchAnalyzer
    /// Open addressing, linear probing; a slot with `keyLength == 0` is free (words are never empty).
    private let slots: UnsafeMutablePointer<Slot>
    private let slotMask: Int
    /// Each entry's word bytes, then its term bytes.
    private let bytes: UnsafeMutablePointer<UInt8>
    private let byteCapacity: Int
    private var bytesUsed = 0
    private var count = 0

    private struct Slot {
        var hash: UInt32
        var offset: UInt32
        var keyLength: UInt16
        var termLength: UInt16
    }

    init(capacity: Int = 1 << 17, analyzer: DutchAnalyzer = DutchAnalyzer()) {
        self.capacity = max(1, capacity)
        self.analyzer = analyzer
        // At most half the slots in use keeps probe runs short.
        var slotCount = 2
        while slotCount < self.capacity * 2 { slotCount <<= 1 }
        slotMask = slotCount - 1
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Slot(hash: 0, offset: 0, keyLength: 0, termLength: 0), count: slotCount)
        // Dutch words and their stems average well under 16 bytes each; even the smallest table
        // holds a word of the longest kind with its term (lowercasing can lengthen a word a little).
        byteCapacity = max(self.capacity * 32, 4096)
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit {
        slots.deallocate()
        bytes.deallocate()
    }

    /// Calls `body` with each word's term (UTF-8, valid only during the call) and the word's byte
    /// range in `text`, as ``DutchAnalyzer/forEachTerm(in:_:)`` does; stops when `body` returns false.
    func forEachTerm(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool) {
        WordScanner.forEachWord(in: text) { range in
            let term = term(of: UnsafeBufferPointer(rebasing: text[range]))
            // A lone combining mark folds away to nothing: no word to index.
            return term.isEmpty || body(term, range)
        }
    }

    /// The term of one word (valid UTF-8, at most ``WordScanner/maximumWordLength`` bytes), valid
    /// until the next call.
    func term(of word: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let hash = Self.hash(word)
        var index = Int(truncatingIfNeeded: hash) & slotMask
        while slots[index].keyLength != 0 {
            let slot = slots[index]
            if slot.hash == hash, Int(slot.keyLength) == word.count,
               Self.equal(UnsafeRawPointer(bytes + Int(slot.offset)), UnsafeRawPointer(word.baseAddress!), count: word.count) {
                return UnsafeBufferPointer(start: bytes + Int(slot.offset) + word.count, count: Int(slot.termLength))
            }
            index = (index + 1) & slotMask
        }
        var term = analyzer.uncachedTerm(of: word)
        return term.withUTF8 { term in
            precondition(word.count + term.count <= byteCapacity, "a word's term outgrew the cache")
            if count >= capacity || bytesUsed + word.count + term.count > byteCapacity {
                clear()
                // The probe sequence ran over the old contents: start it again in the empty table.
                index = Int(truncatingIfNeeded: hash) & slotMask
            }
            let offset = bytesUsed
            (bytes + offset).update(from: word.baseAddress!, count: word.count)
            if let base = term.baseAddress { (bytes + offset + word.count).update(from: base, count: term.count) }
            bytesUsed += word.count + term.count
            count += 1
            slots[index] = Slot(hash: hash, offset: UInt32(offset), keyLength: UInt16(word.count),
                                termLength: UInt16(term.count))
            return UnsafeBufferPointer(start: bytes + offset + word.count, count: term.count)
        }
    }

    private func clear() {
        slots.update(repeating: Slot(hash: 0, offset: 0, keyLength: 0, termLength: 0), count: slotMask + 1)
        bytesUsed = 0
        count = 0
    }

    private static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            guard a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < count {
            guard a.load(fromByteOffset: offset, as: UInt8.self) == b.load(fromByteOffset: offset, as: UInt8.self) else { return false }
            offset += 1
        }
        return true
    }

    /// FNV-1a over the word, eight bytes at a time, then mixed (the low bits pick the slot).
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let raw = UnsafeRawBufferPointer(word)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(word.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0x0000_0100_0000_01B3
        // murmur3's finalizer: spreads every input bit over the low bits.
        hash ^= hash >> 33
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return UInt32(truncatingIfNeeded: hash)
    }
}
