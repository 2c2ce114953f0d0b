/// HTML comments (`<!-- ... -->`) are where interviewers hide remarks for themselves, so they
/// are private. They are taken out of the text before cmark sees it: a comment then cannot
/// reach a candidate through any path (a table cell, a list item, a block cmark splits or
/// mis-positions), and line numbers stay as they were because line breaks are kept.
///
/// Stricter than CommonMark on purpose: a comment that spans a blank line or sits inside a
/// paragraph is still a comment, and one that is never closed runs to the end of its
/// paragraph (with a warning) rather than showing the rest to the candidate. Fenced code
/// blocks are left alone: a comment shown as code is content.
enum HTMLComments {
    struct Found: Sendable {
        var text: String
        var line: Int
        var isClosed: Bool
    }

    static func extract(_ text: String) -> (text: String, comments: [Found]) {
        guard text.contains("<!--") else { return (text, []) }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var comments: [Found] = []
        var line = 1
        var index = 0
        var atLineStart = true
        var fence: [UInt8]?
        while index < bytes.count {
            if atLineStart, let marker = fenceMarker(bytes, at: index) {
                if fence == nil { fence = marker } else if marker == fence { fence = nil }
            }
            atLineStart = false
            if fence == nil, starts(bytes, with: open, at: index) {
                let bodyStart = index + open.count
                let close = find(close, in: bytes, from: bodyStart)
                let end = close ?? endOfParagraph(bytes, from: bodyStart)
                let body = String(decoding: bytes[bodyStart..<end], as: UTF8.self)
                comments.append(Found(text: body.trimmed, line: line, isClosed: close != nil))
                let breaks = bytes[index..<end].count(where: { $0 == 10 })
                out.append(contentsOf: repeatElement(10, count: breaks))
                line += breaks
                atLineStart = breaks > 0
                index = close.map { $0 + Self.close.count } ?? end
                continue
            }
            let byte = bytes[index]
            out.append(byte)
            if byte == 10 {
                line += 1
                atLineStart = true
            }
            index += 1
        }
        return (String(decoding: out, as: UTF8.self), comments)
    }

    private static let open = Array("<!--".utf8)
    private static let close = Array("-->".utf8)

    private static func starts(_ bytes: [UInt8], with pattern: [UInt8], at index: Int) -> Bool {
        index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], starts(bytes, with: pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The index of the blank line that ends the paragraph, or the end of the text.
    private static func endOfParagraph(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == 10 {
                var next = index + 1
                while next < bytes.count, bytes[next] == 32 || bytes[next] == 9 { next += 1 }
                if next >= bytes.count || bytes[next] == 10 { return index }
            }
            index += 1
        }
        return bytes.count
    }

    /// "```" or "~~~" (three or more, after up to three spaces) opening or closing a fence.
    private static func fenceMarker(_ bytes: [UInt8], at start: Int) -> [UInt8]? {
        var index = start
        while index < bytes.count, index - start < 3, bytes[index] == 32 { index += 1 }
        guard index < bytes.count, bytes[index] == 96 || bytes[index] == 126 else { return nil }
        let character = bytes[index]
        var count = 0
        while index + count < bytes.count, bytes[index + count] == character { count += 1 }
        return count >= 3 ? [character, character, character] : nil
    }
}
