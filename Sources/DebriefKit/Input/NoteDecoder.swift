/// Turns the bytes of a notes file into the text the parser reads: checks for binary content
/// and invalid UTF-8 (with the place), drops a byte-order mark and makes every line ending LF.
public enum NoteDecoder {
    public static func decode(_ bytes: [UInt8]) throws(NoteInputError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            throw .binary(line: lineNumber(in: body, before: nul))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let (line, column, byte) = firstInvalidUTF8(in: body)
            throw .invalidUTF8(line: line, column: column, byte: byte)
        }
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        return normaliseLineEndings(text)
    }

    /// A note as the parser reads it and the linter counts columns in: LF line endings, no
    /// byte-order mark.
    static func readable(_ text: String) -> String {
        var text = normaliseLineEndings(text)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// CRLF and lone CR become LF, so line numbers match what editors show.
    static func normaliseLineEndings(_ text: String) -> String {
        guard text.containsByte(where: { $0 == 13 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 13 {
                out.append(10)
                previousWasCR = true
                continue
            }
            if byte == 10, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A line break is LF, CRLF or a lone CR, as `normaliseLineEndings` reads them.
    private static func isLineBreak(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        return byte == 10 || (byte == 13 && (index + 1 == bytes.endIndex || bytes[index + 1] != 10))
    }

    private static func lineNumber(in bytes: ArraySlice<UInt8>, before index: Int) -> Int {
        1 + (bytes.startIndex..<index).count(where: { isLineBreak(bytes, at: $0) })
    }

    /// Line, byte column and value of the first byte that does not start a valid UTF-8
    /// sequence.
    private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> (Int, Int, UInt8) {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1, byte)
            }
            let end = index + length
            guard end <= bytes.endIndex,
                String(validating: bytes[index..<end], as: UTF8.self) != nil
            else { return (line, index - lineStart + 1, byte) }
            if isLineBreak(bytes, at: index) {
                line += 1
                lineStart = end
            }
            index = end
        }
        return (line, index - lineStart + 1, 0)
    }
}
