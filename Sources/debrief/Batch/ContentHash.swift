/// A 64-bit FNV-1a hash of bytes, written as 16 hex digits: enough to tell whether a note, a
/// template or the options changed since the last run. Not a defence against someone who
/// wants two notes to collide, which a note folder has no reason to.
struct ContentHash: Equatable, CustomStringConvertible {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    init() {}

    init(_ bytes: [UInt8]) {
        add(bytes)
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
    }

    /// Adds a string with its length first, so ("ab", "c") and ("a", "bc") differ.
    mutating func add(field: String) {
        add(String(field.utf8.count).utf8)
        add([0])
        add(field.utf8)
    }

    var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
