/// HTML comments (`<!-- ... -->`) are where interviewers hide remarks for themselves, so they
/// are private. They are taken out of the text before cmark sees it, so that no later step
/// (a table cell, a list item, a block cmark splits or mis-positions) can carry one to a
/// candidate; line breaks inside a comment are kept, so line numbers do not move.
///
/// Stricter than CommonMark on purpose:
/// - a comment inside code is still a comment (private beats showing code exactly);
/// - a comment that starts a line runs to the next `-->`, blank lines and all, as an HTML
///   block does, or to the end of the note when none follows;
/// - a comment inside a line runs to the next `-->` within its paragraph; when there is none
///   it still hides the rest of the paragraph (and is reported), rather than showing it.
enum HTMLComments {
    struct Found: Sendable {
        var text: String
        var line: Int
        var isClosed: Bool
    }

    static func extract(_ text: String) -> (text: String, comments: [Found]) {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") }), text.contains("<!--") else {
            return (text, [])
        }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var comments: [Found] = []
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            guard starts(bytes, with: open, at: index) else {
                if bytes[index] == 10 {
                    line += 1
                    lineStart = index + 1
                }
                out.append(bytes[index])
                index += 1
                continue
            }
            let bodyStart = index + open.count
            let startsLine = bytes[lineStart..<index].allSatisfy { $0 == 32 || $0 == 9 }
            let limit = startsLine ? bytes.count : endOfParagraph(bytes, from: bodyStart)
            let close = find(close, in: bytes, from: bodyStart, before: limit)
            let end = close ?? limit
            let body = String(decoding: bytes[bodyStart..<end], as: UTF8.self)
            comments.append(Found(text: body.trimmed, line: line, isClosed: close != nil))
            let resume = close.map { $0 + Self.close.count } ?? end
            for byte in bytes[index..<resume] where byte == 10 {
                out.append(10)
                line += 1
            }
            if let lastBreak = bytes[index..<resume].lastIndex(of: 10) { lineStart = lastBreak + 1 }
            index = resume
        }
        return (String(decoding: out, as: UTF8.self), comments)
    }

    private static let open = Array("<!--".utf8)
    private static let close = Array("-->".utf8)

    private static func starts(_ bytes: [UInt8], with pattern: [UInt8], at index: Int) -> Bool {
        index + pattern.count <= bytes.count
            && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int,
                             before limit: Int) -> Int? {
        var index = start
        while index + pattern.count <= limit {
            if bytes[index] == pattern[0], starts(bytes, with: pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The index of the line break before the next blank line, or the end of the text.
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
}
