/// HTML comments (`<!-- ... -->`) are where interviewers hide remarks for themselves, so they
/// are private: removed from every candidate-facing text and collected as private notes.
enum HTMLComments {
    struct Found: Sendable {
        var text: String
        /// 0-based line offset of the comment's start within the scanned text.
        var lineOffset: Int
    }

    /// `text` with every complete comment removed (line breaks inside a comment are kept, so
    /// line numbers still match), and the comments found.
    static func split(_ text: String) -> (clean: String, comments: [Found]) {
        guard text.contains("<!--") else { return (text, []) }
        var clean = ""
        var comments: [Found] = []
        var rest = text[...]
        var linesSoFar = 0
        while let open = rest.firstRange(of: "<!--") {
            let before = rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "-->") else { break }
            clean += before
            linesSoFar += before.count(where: { $0 == "\n" })
            let body = rest[open.upperBound..<close.lowerBound]
            comments.append(Found(text: body.trimmed, lineOffset: linesSoFar))
            let breaks = body.count(where: { $0 == "\n" })
            clean += String(repeating: "\n", count: breaks)
            linesSoFar += breaks
            rest = rest[close.upperBound...]
        }
        clean += rest
        return (clean, comments)
    }

    static func strip(_ text: String) -> String { split(text).clean }
}
