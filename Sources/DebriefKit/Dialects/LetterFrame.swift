/// The greeting and sign-off that frame an email or a Word memo ("Hi team,", "Thanks,
/// Laura"): not content, so they are left out of every report.
enum LetterFrame {
    /// Whether the note names its interviewer itself ("Interviewer: …", "Interviewed by …"),
    /// so that the message's sender is not put in their place.
    static func namesInterviewer(_ lines: [Substring]) -> Bool {
        lines.contains { line in
            let lower = line.trimmedSubstring.lowercased().drop(while: { "*_-• ".contains($0) })
            return lower.hasPrefix("interviewer") || lower.hasPrefix("interviewed by")
        }
    }

    private static let greetings = ["hi", "hello", "hey", "dear", "team", "all", "folks", "morning"]
    private static let signOffs = [
        "thanks", "thank you", "many thanks", "best", "best regards", "kind regards", "regards",
        "cheers", "talk soon", "all the best", "warmly", "sincerely", "thx", "ta",
    ]

    static func isGreeting(_ line: Substring) -> Bool {
        let text = line.trimmedSubstring.lowercased()
        guard text.hasSuffix(",") || text.hasSuffix("!"), text.count <= 40 else { return false }
        return greetings.contains { text.hasPrefix($0 + " ") || text.hasPrefix($0 + ",") }
    }

    /// The sign-off's line and everything after it (the name, a title, a signature, the
    /// message being replied to), when the note ends with one within its last few lines.
    /// - Parameter cutsReply: false for a forwarded message, whose quoted part is the feedback.
    static func signOffStart(_ lines: [Substring], cutsReply: Bool = true) -> Int? {
        let reply = cutsReply ? replyStart(lines) : nil
        let end = reply ?? lines.count
        // The last six lines with text before any reply, found from the end: a note is read
        // once, not trimmed line by line. Six, so that a name and a two-line signature after
        // "--" still leave the "Thanks," above them in reach.
        var content: [Int] = []
        for index in lines[..<end].indices.reversed() where content.count < 6 {
            if !lines[index].trimmedSubstring.isEmpty { content.append(index) }
        }
        for index in content.reversed() {
            var text = lines[index].trimmedSubstring.lowercased()
            // "--" opens a signature; "-----Original Message-----" is no signature.
            if text.hasPrefix("--"), !(text.hasPrefix("---") && text.contains(where: \.isLetter)) {
                return index
            }
            while text.last == "," || text.last == "!" || text.last == "." { text.removeLast() }
            if signOffs.contains(text) || signOffs.contains(where: { text.hasPrefix($0 + ", ") }) {
                return index
            }
        }
        return reply
    }

    /// Where the message being replied to starts: "-----Original Message-----", "On Tue, …
    /// wrote:", Outlook's line of underscores, or a block of "> " lines that ends the note.
    /// It was written by someone else, often to the whole hiring team. Only below a reply of
    /// a few lines: above a forwarded note there may be nothing but "see below".
    static func replyStart(_ lines: [Substring]) -> Int? {
        var contentAbove = 0
        for index in lines.indices.dropFirst() {
            if !lines[index - 1].trimmedSubstring.isEmpty { contentAbove += 1 }
            guard contentAbove >= 2 else { continue }
            let text = lines[index].drop(while: { $0 == ">" || $0 == " " }).trimmedSubstring
            guard let first = text.utf8.first,
                first == UInt8(ascii: "-") || first == UInt8(ascii: "_") || first | 0x20 == UInt8(ascii: "o")
            else { continue }
            let lower = text.lowercased()
            if lower.hasPrefix("---"), lower.contains("original message") { return index }
            if lower.hasPrefix("on "), lower.hasSuffix("wrote:") { return index }
            if text.utf8.count >= 10, text.utf8.allSatisfy({ $0 == UInt8(ascii: "_") }) { return index }
        }
        // A quoted block closing the note, below at least two lines of the note's own.
        var firstQuoted: Int?
        for index in lines.indices.reversed() {
            let text = lines[index].trimmedSubstring
            if text.hasPrefix(">") {
                firstQuoted = index
            } else if !text.isEmpty {
                break
            }
        }
        guard let firstQuoted else { return nil }
        let above = lines[..<firstQuoted].filter { !$0.trimmedSubstring.isEmpty }.count
        return above >= 2 ? firstQuoted : nil
    }
}
