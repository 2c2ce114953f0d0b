/// Numbers for a fixed set of words, looked up by a word's bytes.
///
/// A `Dictionary` keyed by `Substring` hashes each key through Unicode normalisation, and the
/// privacy gate, the label cues and lint's word lists look up every word of every note. An
/// ASCII word is found by hashing its bytes: only an ASCII key can equal it, byte for byte.
/// Any other word goes through a `Dictionary` of every key, which honours canonical
/// equivalence as a string comparison does, so the answer is the same either way.
struct WordTable: Sendable {
    /// A slot of the open-addressing table: plain values, so a probe counts no reference
    /// (a slot holding its word's own array would retain and release it on every probe).
    private struct Slot: Sendable {
        var hash: UInt64
        /// The word's bytes in `words`; a `length` of -1 marks an empty slot.
        var start: Int32
        var length: Int32
        var value: Int32
    }

    private var slots: [Slot]
    /// Every ASCII key's bytes, one after another.
    private var words: [UInt8] = []
    private let mask: Int
    /// Every key, for words beyond ASCII.
    private let byString: [String: Int32]
    /// Whether a key has a byte beyond ASCII: without one, only a word that may be canonically
    /// equivalent to ASCII needs `byString`.
    private let hasKeysBeyondASCII: Bool

    init<Words: Sequence>(_ words: Words) where Words.Element == (Substring, Int32) {
        var byString: [String: Int32] = [:]
        for (word, value) in words { byString[String(word)] = value }
        let ascii = byString.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }
        var capacity = 16
        while capacity < ascii.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: Slot(hash: 0, start: 0, length: -1, value: 0), count: capacity)
        // Sorted, so the table is laid out the same in every process.
        for (word, value) in ascii.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(word.utf8)
            let hash = Self.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].length >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: hash, start: Int32(self.words.count), length: Int32(bytes.count),
                               value: value)
            self.words += bytes
        }
        self.byString = byString
        hasKeysBeyondASCII = ascii.count < byString.count
    }

    /// FNV-1a: a few instructions a byte, and words are short.
    private static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(hashBasis, hash)
    }

    private static let hashBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// `word`'s number, or nil when the table does not have it.
    func value(for word: Substring) -> Int32? {
        // `withUTF8`, not `withContiguousStorageIfAvailable`: a short word is a small string,
        // stored inline, which only the former lends as contiguous bytes.
        var word = word
        return word.withUTF8 { value(forBytes: $0) }
    }

    /// `word`'s number, or nil when the table does not have it.
    func value(for word: String) -> Int32? {
        var word = word
        return word.withUTF8 { value(forBytes: $0) }
    }

    /// `value(forBytes:)` for contiguous bytes, the privacy gate's every word: hashed and
    /// checked for ASCII in one pass, and compared without an array slice.
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var hash = Self.hashBasis
        var beyondASCII: UInt8 = 0
        for byte in bytes {
            hash = Self.hash(hash, byte)
            beyondASCII |= byte & 0x80
        }
        guard beyondASCII == 0 else {
            // Most such words ("José", "naïve") cannot equal an ASCII key: a dictionary
            // look-up normalises the word first, ten times the cost of the ASCII path.
            guard hasKeysBeyondASCII || Self.mayEqualASCII(bytes) else { return nil }
            return byString[String(decoding: bytes, as: UTF8.self)]
        }
        return words.withUnsafeBufferPointer { words in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].length >= 0 {
                let entry = slots[slot]
                if entry.hash == hash, Int(entry.length) == bytes.count,
                    UnsafeBufferPointer(rebasing: words[Int(entry.start)..<Int(entry.start + entry.length)])
                        .elementsEqual(bytes)
                {
                    return entry.value
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Whether `bytes` (UTF-8, not all ASCII) may be canonically equivalent to an ASCII
    /// string. Every scalar of such a string decomposes to ASCII, and only three scalars
    /// beyond ASCII do: U+037E (";"), U+1FEF ("`") and U+212A (Kelvin "K"). A test checks
    /// the list against every scalar.
    static func mayEqualASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            switch bytes[index] {
            case 0xCD: if index + 1 < bytes.count, bytes[index + 1] == 0xBE { return true }
            case 0xE1: if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xAF { return true }
            case 0xE2: if index + 2 < bytes.count, bytes[index + 1] == 0x84, bytes[index + 2] == 0xAA { return true }
            default: break
            }
        }
        return false
    }

    /// The number of the word written in `bytes` (UTF-8), or nil when the table does not
    /// have it: for bytes that are not contiguous, copied once.
    func value<Bytes: Collection>(forBytes bytes: Bytes) -> Int32? where Bytes.Element == UInt8 {
        Array(bytes).withUnsafeBufferPointer { value(forBytes: $0) }
    }
}
