/// Slack and Teams pastes: several messages, each under a "Name  10:42 AM" line (Teams:
/// "[10:42] Name"), `:shortcode:` emoji and `*bold*`. Shortcodes become the emoji the label classifier reads ("✅ Strengths"), and
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
        "small_red_triangle": "🔺", "small_red_triangle_down": "🔻", "heavy_plus_sign": "➕",
        "heavy_minus_sign": "➖", "green_circle": "🟢", "large_green_circle": "🟢",
        "yellow_circle": "🟡", "large_yellow_circle": "🟡",
    ]

    func confidence(_ lines: [Substring]) -> Int {
        var score = 0
        for line in lines {
            if Self.isMessageHeader(line) { score += 2 }
            if Self.hasShortcode(line) { score += 1 }
        }
        // One message copied on its own: its author-and-time line opens the note, which
        // nothing but a chat paste does.
        if let first = lines.first(where: { !$0.trimmedSubstring.isEmpty }),
            Self.isMessageHeader(first)
        {
            score += 2
        }
        return score
    }

    /// A known `:shortcode:` in the line, found on bytes: most lines have a colon or two
    /// and no shortcode at all.
    static func hasShortcode(_ line: Substring) -> Bool {
        // Walks the line's own bytes: this runs on every line of every note.
        let bytes = line.utf8
        var index = bytes.startIndex
        while let colon = bytes[index...].firstIndex(of: UInt8(ascii: ":")) {
            let start = bytes.index(after: colon)
            var end = start
            var length = 0
            while end < bytes.endIndex, length <= 40, Self.isCodeByte(bytes[end]) {
                end = bytes.index(after: end)
                length += 1
            }
            if end < bytes.endIndex, bytes[end] == UInt8(ascii: ":"), length > 0,
                shortcodes[String(decoding: bytes[start..<end], as: UTF8.self)] != nil
            {
                return true
            }
            index = length > 0 ? end : start
        }
        return false
    }

    private static func isCodeByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 95 || byte == 43
            || byte == 45
    }

    /// "Priya Nair  10:42 AM", "Sam (recruiter) 3:05 PM", "Priya Nair [10:42 AM]" (a copy
    /// from Slack's desktop app).
    static func isMessageHeader(_ line: Substring) -> Bool {
        if let name = teamsAuthor(line) { return isTeamsName(name.split(separator: " ")) }
        // Ends in a time: a digit, or "AM"/"PM", or the time in brackets.
        guard let last = line.utf8.last(where: { $0 != 32 && $0 != 9 && $0 != 13 }),
            (last >= 48 && last <= 57) || last == UInt8(ascii: "M") || last == UInt8(ascii: "m")
                || last == UInt8(ascii: "]")
        else { return false }
        let text = withoutTimeBrackets(line.trimmedSubstring)
        guard text.count <= 60 else { return false }
        var words = text.split(separator: " ")
        return droppedClockTime(from: &words) && isDisplayName(words)
    }

    /// Takes a clock time ("10:42", "3:05 PM") off the end of `words`; `false` when they do
    /// not end in one.
    private static func droppedClockTime(from words: inout [Substring]) -> Bool {
        if let last = words.last, ["am", "pm"].contains(last.lowercased()) { words.removeLast() }
        guard let time = words.popLast() else { return false }
        let parts = time.split(separator: ":")
        return parts.count == 2 && parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
            && (1...2).contains(parts[0].count) && parts[1].count == 2
    }

    /// The name of a message's author: a few capitalised words, no digits or commas, not a
    /// date ("October 24, 2025 5:00 PM") or a label ("Interview time: 10:30").
    private static func isDisplayName(_ words: [Substring]) -> Bool {
        (1...5).contains(words.count) && words.first?.first?.isUppercase == true
            && words.allSatisfy({ word in !word.contains(where: { $0.isNumber || $0 == "," || $0 == ":" }) })
            && !words.contains(where: { Self.scheduleWords.contains($0.lowercased()) })
    }

    /// A name on a Teams author line, where nothing follows it: every word capitalised but a
    /// name's particles ("Ana de Souza"), so that "[10:15] Jumped into coding", a timestamped
    /// note, is not taken for a message's author.
    private static func isTeamsName(_ words: [Substring]) -> Bool {
        isDisplayName(words) && words.count <= 4
            && words.allSatisfy { $0.first?.isUppercase == true || nameParticles.contains($0.lowercased()) }
    }

    private static let nameParticles: Set<String> = ["de", "da", "di", "van", "von", "der", "den", "le", "la", "bin", "al"]

    /// "[10:42] Alex Kim", "[10:42 AM] Alex Kim": a Microsoft Teams copy puts the time first,
    /// in brackets. The name after it, or `nil` for any other line.
    private static func teamsAuthor(_ line: Substring) -> Substring? {
        let text = line.trimmedSubstring
        guard text.first == "[", let close = text.prefix(12).firstIndex(of: "]") else { return nil }
        var time = text[text.index(after: text.startIndex)..<close].split(separator: " ")
        guard droppedClockTime(from: &time), time.isEmpty else { return nil }
        let name = text[text.index(after: close)...].trimmedSubstring
        return name.isEmpty ? nil : name
    }

    /// Words of a date or a schedule, never of a display name: "Onsite 2:30 PM" and
    /// "Debrief call 4:00 PM" are times of the interview, not someone's message.
    private static let scheduleWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "today", "yesterday", "at", "on", "time", "date",
        "interview", "interviewed", "onsite", "screen", "call", "debrief", "round", "session",
        "meeting", "loop", "panel", "start", "started", "starts", "end", "ended", "ends",
        "from", "until", "to", "by", "scheduled", "notes", "deadline", "due",
    ]

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

    /// The first author is the interviewer, and their name the note's interviewer unless it
    /// names one itself; but a thread often opens with a hiring manager asking for the notes
    /// ("@Ben can you post your notes?"), and then the author who wrote the most is. What anyone else writes in the thread (a
    /// recruiter's reply, a hiring manager's question) is hiring-team talk: it is moved to a
    /// private section at the end, each line under its author, because a private part in
    /// the middle would keep the interviewer's later messages private too.
    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        let interviewer = Self.mostWritingAuthor(lines)
        var author: Substring = ""
        var namedInterviewer = LetterFrame.namesInterviewer(lines)
        var replies: [(text: String, number: Int)] = []
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if Self.isThreadChrome(line) || (author.isEmpty && Self.isChannelName(line)) {
                output.emit("", from: number)
                continue
            }
            if Self.isMessageHeader(line) {
                author = Self.author(of: line)
                if author == interviewer, !namedInterviewer, !author.isEmpty {
                    namedInterviewer = true
                    // A blank line after it: the message's first line is not its value.
                    output.emit("Interviewer: \(author)", from: number)
                }
                output.emit("", from: number)
                continue
            }
            let text = JiraWikiReader.inline(Substring(Self.replacingShortcodes(line)))
            if author != interviewer, !author.isEmpty {
                // Marked one by one as well: the section holds them, the emoji each line.
                if !text.trimmed.isEmpty { replies.append(("- 🔒 \(author): \(text.trimmed)", number)) }
                output.emit("", from: number)
            } else {
                output.emit(text, from: number)
            }
        }
        guard let first = replies.first else { return }
        output.emit("", from: first.number)
        output.emit("## 🔒 Private notes", from: first.number)
        output.emit("", from: first.number)
        for reply in replies { output.emit(reply.text, from: reply.number) }
    }

    /// The first author, unless their first message is a short request (a question or an
    /// @mention in at most two lines): then the author of the most lines, chrome aside.
    /// `nil` when no line heads a message.
    private static func mostWritingAuthor(_ lines: [Substring]) -> Substring? {
        var authors: [Substring] = []
        var written: [Substring: Int] = [:]
        var messages = 0
        var firstMessageLines = 0
        var firstMessageAsks = false
        var author: Substring?
        for line in lines {
            if isMessageHeader(line) {
                let name = self.author(of: line)
                author = name
                messages += 1
                if written[name] == nil { authors.append(name); written[name] = 0 }
            } else if let author, !line.trimmedSubstring.isEmpty, !isThreadChrome(line) {
                written[author, default: 0] += 1
                if messages == 1 {
                    firstMessageLines += 1
                    if line.contains(where: { $0 == "?" || $0 == "@" }) { firstMessageAsks = true }
                }
            }
        }
        guard let first = authors.first else { return nil }
        guard firstMessageAsks, firstMessageLines <= 2 else { return first }
        var most = first
        for name in authors where written[name, default: 0] > written[most, default: 0] {
            most = name
        }
        return most
    }

    /// "#hiring-frontend" above the first message: the channel the thread was copied from.
    /// Never a tag that marks the note private ("#private" stays for the screen to read).
    private static func isChannelName(_ line: Substring) -> Bool {
        let text = line.trimmedSubstring
        return text.first == "#" && text.count > 1 && !text.contains(" ")
            && text.dropFirst().allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_" }
            && !LabelClassifier.isPrivate(String(text.dropFirst()))
    }

    /// "2 replies", "View thread", "Thread", "(edited)", a bare "10:43": Slack's own words,
    /// not the interviewer's.
    static func isThreadChrome(_ line: Substring) -> Bool {
        let text = line.trimmedSubstring.lowercased()
        if text == "view thread" || text == "thread" || text == "(edited)" || text == "new" { return true }
        let words = text.split(separator: " ")
        if words.count == 2, words[0].allSatisfy(\.isNumber), words[1].hasPrefix("repl") {
            return true
        }
        let parts = text.split(separator: ":")
        return parts.count == 2 && parts.allSatisfy { $0.allSatisfy(\.isNumber) && !$0.isEmpty }
    }

    private static func author(of header: Substring) -> Substring {
        if let name = teamsAuthor(header) { return name }
        return withoutTimeBrackets(header.trimmedSubstring).prefix(while: { !$0.isASCIIDigit }).trimmedSubstring
    }

    /// "Priya Nair [10:42 AM]" → "Priya Nair 10:42 AM": the brackets round a closing time go.
    private static func withoutTimeBrackets(_ text: Substring) -> Substring {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "["),
            text[text.index(after: open)...].first?.isASCIIDigit == true
        else { return text }
        return Substring(text[..<open] + " " + text[text.index(after: open)..<text.index(before: text.endIndex)])
    }
}
