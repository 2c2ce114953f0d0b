/// Reading scalars straight from valid UTF-8 (a Swift string's own bytes), for the byte-level
/// paths that meet a byte beyond ASCII now and then and need only that one scalar.
enum UTF8Scalar {
    /// How many bytes the scalar whose first byte is `lead` takes.
    static func length(leading lead: UInt8) -> Int {
        switch lead {
        case ..<0x80: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }

    /// The scalar starting at `index` of `bytes`, which hold valid UTF-8, and its length.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        let length = length(leading: lead)
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
