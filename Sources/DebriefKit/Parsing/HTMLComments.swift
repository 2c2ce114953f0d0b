/// HTML comments (`<!-- ... -->`) are where interviewers hide remarks for themselves, so they
/// are private. They are taken out of the text before cmark sees it, so that no later step
/// (a table cell, a list item, a block cmark splits or mis-positions) can carry one to a
/// candidate; line breaks inside a comment are kept, so line numbers do not move.
///
/// Stricter than CommonMark on purpose, and the same as a browser: a comment runs from `<!--`
/// to the next `-->` wherever that is, across blank lines, inside code too, or to the end of
/// the note when none follows (reported, so the interviewer can close it). Private beats
/// showing every word: a candidate may miss a paragraph, but never reads the remark.
enum HTMLComments {
    struct Found: Sendable {
        var text: String
        var line: Int
        var isClosed: Bool
    }

    static func extract(_ text: String) -> (text: String, comments: [Found]) {
        guard text.containsByte(where: { $0 == UInt8(ascii: "<") }), text.byteRange(of: "<!--") != nil else {
            return (text, [])
        }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var comments: [Found] = []
        var line = 1
        var index = 0
        while index < bytes.count {
            guard starts(bytes, with: open, at: index) else {
                if bytes[index] == 10 { line += 1 }
                out.append(bytes[index])
                index += 1
                continue
            }
            let bodyStart = index + open.count
            let close = find(close, in: bytes, from: bodyStart, before: bytes.count)
            let end = close ?? bytes.count
            let body = String(decoding: bytes[bodyStart..<end], as: UTF8.self)
            comments.append(Found(text: body.trimmed, line: line, isClosed: close != nil))
            let resume = close.map { $0 + Self.close.count } ?? end
            for byte in bytes[index..<resume] where byte == 10 {
                out.append(10)
                line += 1
            }
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
}
