/// The greeting and sign-off that frame an email or a Word memo ("Hi team,", "Thanks,
/// Laura"): not content, so they are left out of every report.
enum LetterFrame {
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

    /// The sign-off's line and everything after it (the name, a title), when the note ends
    /// with one within its last few lines.
    static func signOffStart(_ lines: [Substring]) -> Int? {
        // The last four lines with text, found from the end: a note is read once, not trimmed
        // line by line.
        var content: [Int] = []
        for index in lines.indices.reversed() where content.count < 4 {
            if !lines[index].trimmedSubstring.isEmpty { content.append(index) }
        }
        for index in content.reversed() {
            var text = lines[index].trimmedSubstring.lowercased()
            if text.hasPrefix("--") { return index }
            while text.last == "," || text.last == "!" || text.last == "." { text.removeLast() }
            if signOffs.contains(text) || signOffs.contains(where: { text.hasPrefix($0 + ", ") }) {
                return index
            }
        }
        return nil
    }
}
