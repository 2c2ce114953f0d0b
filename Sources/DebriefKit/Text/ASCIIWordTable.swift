/// Numbers for a fixed set of ASCII words, looked up by a word's bytes.
///
/// A `Dictionary` keyed by `Substring` hashes each key through Unicode normalisation, and the
/// privacy gate looks up every word of every note. The words here are ASCII, and only an
/// ASCII word is equal to one of them byte for byte; a word with other bytes is never looked
/// up in the table (callers fall back to comparing strings, which honour canonical
/// equivalence, so nothing is lost).
struct ASCIIWordTable: Sendable {
    private var slots: [(hash: UInt64, word: [UInt8], value: Int32)?]
    private let mask: Int

    /// - Parameter words: ASCII words and their numbers; a non-ASCII word is left out.
    init<Words: Sequence>(_ words: Words) where Words.Element == (Substring, Int32) {
        let entries = words.filter { $0.0.utf8.allSatisfy { $0 < 0x80 } }
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: nil, count: capacity)
        for (word, value) in entries {
            let bytes = Array(word.utf8)
            let hash = Self.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != nil { slot = (slot + 1) & mask }
            slots[slot] = (hash, bytes, value)
        }
    }

    /// FNV-1a: a few instructions a byte, and words are short.
    private static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// `word`'s number, or nil when the table does not have it.
    func value(for word: Substring) -> Int32? { value(forBytes: word.utf8) }

    /// The number of the word written in `bytes`, or nil when the table does not have it.
    func value<Bytes: Collection>(forBytes bytes: Bytes) -> Int32? where Bytes.Element == UInt8 {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let entry = slots[slot] {
            if entry.hash == hash, entry.word.elementsEqual(bytes) { return entry.value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
