/// The level, interview type and date a title or lead line names when no "Level:", "Interview
/// type:" or "Date:" line does: "Feedback for Ana Li — Senior Product Engineer (L5). System
/// design round, Thu 2 Apr 2026, 60 min." Each is read only from a part of the line that is
/// nothing else (a parenthesis, a comma-separated part), so prose is never mined for them.
extension TitleDetails {
    /// The privacy screen's level words, and the forms a title spells out.
    private static let levelWords: Set<String> = Set(EvaluationLanguage.levelWords.map(String.init))
        .union(["mid-level", "intern", "entry-level"])

    /// Names of interview kinds, longest first, as a title writes them.
    private static let interviewKinds = [
        "system design", "systems design", "architecture review", "live coding",
        "pair programming", "pair coding", "code review", "take-home", "take home",
        "phone screen", "technical screen", "tech screen", "hiring manager", "product sense",
        "case study", "data modelling", "data modeling", "ml design", "ml system design",
        "behavioural", "behavioral", "leadership", "coding", "debugging", "algorithms",
        "frontend", "front-end", "values", "culture add", "sql", "incident response",
    ]
    private static let kindEndings: Set<String> = ["round", "interview", "screen", "session",
                                                   "exercise", "loop"]

    /// The parts of a line between separators, trimmed: "Senior Product Engineer", "L5",
    /// "System design round", "Thu 2 Apr 2026".
    /// "—–|·()[],.;:+" and line feeds, told from a Character's bytes rather than by searching
    /// a string of them for every Character of the line.
    private static func isPartSeparator(_ character: Character) -> Bool {
        guard character.utf8.count == 1, let byte = character.utf8.first else {
            return character == "—" || character == "–" || character == "·"
        }
        return asciiPartSeparators.contains(byte)
    }

    private static let asciiPartSeparators = Array("|()[],.;:+\n".utf8)

    private static func parts(of line: String) -> [String] {
        MarkupStripper.plainText(line)
            .split(whereSeparator: isPartSeparator)
            .map { String($0).trimmed }
            .filter { !$0.isEmpty }
    }

    /// "L5", "Senior (L5)" or "Mid": a level code, with a level word just before it when
    /// there is one; else a part that is only a level word.
    static func level(in line: String) -> String? {
        let parts = parts(of: line)
        for (index, part) in parts.enumerated() {
            let words = part.split(separator: " ")
            guard let codeIndex = words.firstIndex(where: {
                EvaluationLanguage.isLevelCode(Substring($0.lowercased()))
            }) else { continue }
            let code = String(words[codeIndex])
            let before = codeIndex > 0 ? String(words[codeIndex - 1])
                : index > 0 ? parts[index - 1].split(separator: " ").last.map(String.init) ?? "" : ""
            return levelWords.contains(before.lowercased()) ? "\(before) (\(code))" : code
        }
        if let word = parts.first(where: { levelWords.contains($0.lowercased()) }) { return word }
        // "Senior Backend Engineer": a job title that starts with its level.
        for part in parts {
            let words = part.split(separator: " ").map { $0.lowercased() }
            if words.count >= 2, words.count <= 5, let first = words.first,
                levelWords.contains(first), first != "lead", words.dropFirst().contains(where: jobWords.contains)
            {
                return String(part.split(separator: " ")[0])
            }
        }
        return nil
    }

    /// "System design round", "Coding interview", "Behavioural": the first part that names a
    /// kind of interview and nothing much else.
    static func interviewType(in line: String) -> String? {
        for part in parts(of: line) {
            let lower = part.lowercased()
            let words = lower.split(separator: " ")
            // "API design round", "product analytics case interview": a short part that
            // ends as interview kinds do.
            if (2...5).contains(words.count), let last = words.last, kindEndings.contains(String(last)),
                !words.contains(where: { ["feedback", "notes", "scorecard", "debrief", "for", "with"].contains($0) })
            {
                return part
            }
            // "Frontend Engineer" is a role, not a frontend interview.
            guard words.count <= 5, !words.contains(where: { jobWords.contains(String($0)) }),
                let kind = interviewKinds.first(where: { kind in
                    lower == kind || lower.hasPrefix(kind + " ") || lower.hasSuffix(" " + kind)
                        || lower.contains(" " + kind + " ")
                })
            else { continue }
            // The kind with what follows it ("round", "interview"), as written.
            let rest = words.drop(while: { !kind.hasPrefix($0) }).dropFirst(kind.split(separator: " ").count)
            guard rest.allSatisfy({ kindEndings.contains(String($0)) || $0.first?.isNumber == true
                || ["min", "mins", "minutes", "(python)", "python", "react", "ios", "android"].contains(String($0)) })
                || words.count <= 3
            else { continue }
            return part
        }
        return nil
    }

    /// The first part of the line that reads whole as a date.
    static func date(in line: String) -> String? {
        let parts = MarkupStripper.plainText(line)
            .split(whereSeparator: { "—–|·()[];\n".contains($0) })
            .flatMap { piece -> [String] in
                // "Thu 2 Apr 2026, 60 min": dates hold commas ("March 3, 2026"), so try the
                // piece whole and each comma-separated run of up to three parts.
                let commaParts = piece.split(separator: ",").map { String($0).trimmed }
                var runs: [String] = [String(piece).trimmed]
                for start in commaParts.indices {
                    for length in 1...3 where start + length <= commaParts.count {
                        runs.append(commaParts[start..<(start + length)].joined(separator: ", "))
                    }
                }
                return runs
            }
        return parts.first { part in
            part.count <= 40 && part.contains(where: \.isNumber) && DateReader.isoDate(from: part) != nil
        }
    }

    /// "…my interview with Noor on 19 March 2026.": a date right after "on" in a sentence.
    static func dateInSentence(_ text: String) -> String? {
        let words = MarkupStripper.plainText(text).split(whereSeparator: \.isWhitespace)
        for (index, word) in words.enumerated() where word.lowercased() == "on" {
            for length in stride(from: 4, through: 2, by: -1) where index + length < words.count {
                let candidate = words[(index + 1)...(index + length)].joined(separator: " ")
                    .trimmingCharacters(in: .punctuationCharacters)
                if candidate.contains(where: \.isNumber), let iso = DateReader.isoDate(from: candidate),
                    !iso.isEmpty
                {
                    return candidate
                }
            }
        }
        return nil
    }
}
