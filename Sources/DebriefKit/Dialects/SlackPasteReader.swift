/// Slack pastes: several messages, each under a "Name  10:42 AM" line, `:shortcode:` emoji
/// and `*bold*`. Shortcodes become the emoji the label classifier reads ("✅ Strengths"), and
/// the name-and-time lines go.
struct SlackPasteReader: DialectReader {
    var dialect: Dialect { .slack }

    static let shortcodes: [String: String] = [
        "white_check_mark": "✅", "heavy_check_mark": "✔", "+1": "👍", "thumbsup": "👍",
        "muscle": "💪", "star": "⭐", "star2": "🌟", "tada": "🎉", "trophy": "🏆",
        "warning": "⚠️", "x": "❌", "wrench": "🔧", "hammer_and_wrench": "🛠", "red_circle": "🔴",
        "large_orange_circle": "🟠", "construction": "🚧", "seedling": "🌱", "-1": "👎",
        "bulb": "💡", "books": "📚", "book": "📖", "dart": "🎯", "memo": "📝", "clipboard": "📋",
        "bar_chart": "📊", "lock": "🔒", "closed_lock_with_key": "🔐", "shushing_face": "🤫",
        "triangular_flag_on_post": "🚩", "no_entry": "⛔", "speech_balloon": "💬",
    ]

    func confidence(_ lines: [Substring]) -> Int {
        var score = 0
        for line in lines {
            if Self.isMessageHeader(line) { score += 2 }
            if line.contains(":"), Self.replacingShortcodes(line) != line { score += 1 }
        }
        return score
    }

    /// "Priya Nair  10:42 AM", "Sam (recruiter) 3:05 PM", "[10:42] Priya:".
    static func isMessageHeader(_ line: Substring) -> Bool {
        let text = line.trimmedSubstring
        guard text.count <= 60, let last = text.split(separator: " ").last else { return false }
        let time = last == "AM" || last == "PM" || last == "am" || last == "pm"
            ? text.split(separator: " ").dropLast().last ?? "" : last
        let parts = time.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            (1...2).contains(parts[0].count), parts[1].count == 2
        else { return false }
        // The name before the time: a few capitalised words, no digits or commas (not
        // "October 24, 2025 5:00 PM").
        let name = text.prefix(while: { !$0.isASCIIDigit })
        return text.first?.isUppercase == true && text.split(separator: " ").count <= 7
            && !name.contains(",") && name.split(separator: " ").count <= 5
            && !["at", "on", "time", "date", "interview"].contains(
                name.split(separator: " ").last?.lowercased().trimmingCharacters(in: [":"]) ?? "")
    }

    static func replacingShortcodes(_ line: Substring) -> String {
        var result = ""
        var rest = line
        while let open = rest.firstIndex(of: ":") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ":") else { break }
            let code = String(after[..<close])
            if let emoji = shortcodes[code] {
                result += rest[..<open] + emoji
                rest = after[after.index(after: close)...]
            } else if !code.isEmpty, code.count <= 40,
                code.allSatisfy({ $0.isLetter || $0.isNumber || "_+-".contains($0) })
            {
                result += rest[..<open]  // an emoji with no meaning here
                rest = after[after.index(after: close)...]
            } else {
                result += rest[...open]
                rest = after
            }
        }
        return result + rest
    }

    /// The first author is the interviewer; what anyone else writes in the thread (a
    /// recruiter's reply, a hiring manager's question) is hiring-team talk, marked private.
    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        var interviewer: Substring?
        var fromSomeoneElse = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if Self.isMessageHeader(line) {
                let author = Self.author(of: line)
                if interviewer == nil { interviewer = author }
                fromSomeoneElse = author != interviewer
                output.emit("", from: number)
                continue
            }
            let text = JiraWikiReader.inline(Substring(Self.replacingShortcodes(line)))
            if fromSomeoneElse, !text.trimmed.isEmpty {
                output.emit("🔒 " + text, from: number)
            } else {
                output.emit(text, from: number)
            }
        }
    }

    private static func author(of header: Substring) -> Substring {
        header.trimmedSubstring.prefix(while: { !$0.isASCIIDigit }).trimmedSubstring
    }
}
