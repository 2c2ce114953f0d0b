/// The candidate and role a title names when no "Candidate:" line does: "Scorecard for Noah
/// Fischer", "Interview feedback – Amara Nwosu (Customer Success Manager, Senior)", "Chloe
/// Martin — Technical Writer", an email's subject, a Slack message's first line.
enum TitleDetails {
    /// Capitalised words that title a note rather than name a person.
    private static let titleWords: Set<String> = [
        "interview", "feedback", "notes", "note", "scorecard", "debrief", "review", "summary",
        "round", "panel", "onsite", "candidate", "evaluation", "assessment", "write", "up",
        "re", "fw", "fwd", "subject", "quick", "loop", "screen", "phone", "final", "technical",
        "portfolio", "ashby", "lever", "greenhouse", "export", "form", "report", "session",
    ]
    /// Words of job titles, capitalised too ("Staff Software Engineer"): never a name.
    static let jobWords: Set<String> = [
        "staff", "senior", "junior", "principal", "lead", "software", "engineer", "engineering",
        "manager", "developer", "designer", "scientist", "analyst", "architect", "product",
        "data", "backend", "frontend", "platform", "director", "head", "intern", "associate",
    ]
    private static let separators: Set<Character> = ["—", "–", ":", ",", "(", ")", "|", "·"]

    static func read(_ line: String) -> (candidate: String?, role: String?) {
        let plain = MarkupStripper.plainText(line)
            .replacingBytes(of: " - ", with: " – ")
        let tokens = tokenize(plain)
        guard let nameRange = personName(in: tokens) else { return (nil, nil) }
        let name = tokens[nameRange].joined(separator: " ")
        return (name, role(after: nameRange.upperBound, in: tokens))
    }

    /// Words and separators, in order.
    private static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in text {
            if character.isWhitespace || separators.contains(character) {
                if !word.isEmpty { tokens.append(word) }
                word = ""
                if separators.contains(character) { tokens.append(String(character)) }
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    private static func isNameWord(_ token: String) -> Bool {
        guard let first = token.first, first.isUppercase, token.count >= 2,
            token.dropFirst().allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }),
            token.dropFirst().contains(where: \.isLowercase)
        else { return false }
        return !titleWords.contains(token.lowercased()) && !jobWords.contains(token.lowercased())
    }

    /// The first run of two or three name-like words.
    private static func personName(in tokens: [String]) -> Range<Int>? {
        var index = 0
        while index < tokens.count {
            guard isNameWord(tokens[index]) else { index += 1; continue }
            var end = index
            while end < tokens.count, end - index < 3, isNameWord(tokens[end]) { end += 1 }
            if end - index >= 2 { return index..<end }
            index = end
        }
        return nil
    }

    /// The phrase after the name, up to the next separator: "Technical Writer".
    private static func role(after index: Int, in tokens: [String]) -> String? {
        var start = index
        while start < tokens.count, tokens[start].count == 1,
            separators.contains(Character(tokens[start]))
        {
            start += 1
        }
        var words: [String] = []
        var position = start
        while position < tokens.count,
            !(tokens[position].count == 1 && separators.contains(Character(tokens[position])))
        {
            words.append(tokens[position])
            position += 1
        }
        guard (1...5).contains(words.count), words.first?.first?.isUppercase == true,
            !words.contains(where: { titleWords.contains($0.lowercased()) || $0.first!.isNumber })
        else { return nil }
        return words.joined(separator: " ")
    }

    /// "…for the Account Executive role…": the role a sentence names.
    static func roleInSentence(_ text: String) -> String? {
        let plain = MarkupStripper.plainText(text)
        guard let end = plain.byteRange(of: " role") else { return nil }
        let before = plain[..<end.lowerBound]
        guard let start = before.lastByteRange(of: "for the ") else { return nil }
        let role = before[start.upperBound...].trimmed
        let words = role.split(separator: " ")
        guard (1...5).contains(words.count), role.first?.isUppercase == true else { return nil }
        return role
    }
}
