/// An ATS form exported as "Question: What were the candidate's key strengths?" with the
/// interviewer's text on an "Answer: …" line (Lever does this). The question is the section's
/// label and the answer its content; the two words themselves are the form's, not the note's.
enum FormPrompt {
    /// Not "Q:" and "A:": a transcript of the interview writes those, and its questions are
    /// the interviewer's, not a form's labels.
    private static let questionKeys: Set<String> = ["question"]
    private static let answerKeys: Set<String> = ["answer", "response"]

    /// The question of a "Question: …" line, as a line of its own.
    static func question(in line: NoteLine) -> NoteLine? {
        rest(of: line, after: questionKeys)
    }

    /// The text of an "Answer: …" line, as a line of its own.
    static func answer(in line: NoteLine) -> NoteLine? {
        rest(of: line, after: answerKeys)
    }

    /// The bytes a key may open with: every line is asked, and most are passed by here.
    private static let openingBytes = Set("QqAaRr*_".utf8)  // the keys' first letters, bold

    private static func rest(of line: NoteLine, after keys: Set<String>) -> NoteLine? {
        let utf8 = line.markdown.utf8
        guard line.bullet == nil, let first = utf8.first, openingBytes.contains(first),
            let colonByte = utf8.prefix(12).firstIndex(of: UInt8(ascii: ":")),
            let colon = String.Index(colonByte, within: line.markdown),
            keys.contains(MarkupStripper.plainText(String(line.markdown[..<colon])).trimmed.lowercased())
        else { return nil }
        let rest = line.markdown[line.markdown.index(after: colon)...]
            .drop(while: { $0 == " " || $0 == "*" || $0 == "_" })
        guard !rest.isEmpty else { return nil }
        var stripped = NoteLine(markdown: String(rest), location: line.location, indent: line.indent)
        stripped.location.column += line.markdown.utf8.count - rest.utf8.count
        return stripped
    }
}
