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

    /// Nouns a job title ends with ("Backend Engineer", "Ward Manager", "Class Teacher").
    private static let jobNouns: Set<String> = [
        "engineer", "developer", "designer", "scientist", "analyst", "architect", "manager",
        "mgr", "researcher", "specialist", "executive", "consultant", "writer", "teacher",
        "nurse", "intern", "lead", "director", "officer", "representative", "rep",
        "coordinator", "administrator", "admin", "accountant", "technician", "assistant",
        "planner", "strategist", "editor", "producer", "marketer", "recruiter", "sre", "pm",
        "tester", "programmer", "owner", "advisor", "adviser", "associate", "head",
        "supervisor", "clerk", "agent", "sister", "practitioner", "therapist", "pharmacist",
        "physician", "surgeon", "paralegal", "lawyer", "counsel", "auditor", "controller",
    ]
    /// Words that judge a person rather than name a job: "Strong engineer", "Great designer".
    private static let judgingWords: Set<String> = [
        "strong", "great", "good", "solid", "excellent", "weak", "decent", "fine", "nice",
        "promising", "capable", "brilliant", "average", "okay", "ok",
    ]
    /// Words that title a note around a job title: "Data Engineer interview – notes".
    private static let titleTail: Set<String> = [
        "interview", "interviews", "feedback", "notes", "scorecard", "debrief", "screen",
        "loop", "onsite", "round", "panel", "review", "assessment", "evaluation",
    ]

    /// The job title a title line names when it names no candidate: "Interview Feedback –
    /// Backend Engineer (Payments)", "Scorecard — Frontend Engineer (React)", "Data Engineer
    /// interview – notes". A part between separators that ends with a job noun, an aside
    /// right after it kept.
    static func jobTitle(in line: String) -> String? {
        let plain = MarkupStripper.plainText(line).replacingBytes(of: " - ", with: " – ")
        for part in plain.split(whereSeparator: { "—–|·:,".contains($0) }) {
            var words = part.split(separator: " ").map(String.init)
            // "(Payments)" after the noun belongs to the title; an aside elsewhere does not.
            var aside: [String] = []
            while let last = words.last, last.hasSuffix(")"), words.contains(where: { $0.hasPrefix("(") }) {
                guard let open = words.lastIndex(where: { $0.hasPrefix("(") }) else { break }
                aside = Array(words[open...])
                words.removeSubrange(open...)
            }
            while let last = words.last, titleTail.contains(last.lowercased()) { words.removeLast() }
            while words.first.map({ titleWords.contains($0.lowercased()) }) == true { words.removeFirst() }
            // "iOS Engineer", "Year 5 Class Teacher": a capital somewhere in the first word;
            // "Strong engineer" judges, it names no job.
            guard (1...5).contains(words.count), let first = words.first,
                first.contains(where: { $0.isUppercase || $0.isNumber }),
                !judgingWords.contains(first.lowercased()),
                let noun = words.last, jobNouns.contains(noun.lowercased())
            else { continue }
            return (words + aside).joined(separator: " ")
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
