/// A JSON string, escaped in one place for every JSON Debrief writes (the reports, lint's
/// JSON and SARIF): quotes, backslashes and control characters escaped as Foundation escapes
/// them, everything else (slashes, all of Unicode) as it is, which JSON allows.
package enum JSONString {
    /// `value` as a JSON string, quotes included, appended to `bytes`.
    package static func append(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { text in
            // Runs of bytes that need no escape are copied whole.
            var runStart = 0
            for (index, byte) in text.enumerated() where byte < 32 || byte == UInt8(ascii: "\"") || byte == 92 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [92, UInt8(ascii: "\"")])
                case 92: bytes.append(contentsOf: [92, 92])
                case 8: bytes.append(contentsOf: [92, UInt8(ascii: "b")])
                case 12: bytes.append(contentsOf: [92, UInt8(ascii: "f")])
                case 10: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
                case 13: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
                case 9: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
                default:
                    bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)],
                                              hex[Int(byte & 15)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `value` as a JSON string, quotes included.
    package static func quoted(_ value: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 2)
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
