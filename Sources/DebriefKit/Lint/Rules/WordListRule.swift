/// `personality-language` and `protected-characteristic`: words about who a candidate is
/// rather than what they did, found in candidate-facing text only (private sections and
/// comments are the hiring team's), never inside quotation marks (a phrasing the candidate
/// could say, or their own words), and only whole words (`WordList` says how words with an
/// everyday or technical sense are kept from firing).
struct WordListRule: Rule {
    let info: Diagnostic.Code.Info
    let builtIn: WordList
    let explanation: String
    let pluralExplanation: String

    static let personality = WordListRule(
        info: .init(code: "personality-language", defaultSeverity: .warning,
                    summary: "Words about the candidate's personality, or coded words such as "
                        + "'not a culture fit' and 'gut feeling'.",
                    help: "Describe what the candidate did and its effect instead: 'interrupted "
                        + "me twice while I explained the constraint' rather than 'abrasive'. "
                        + "Adjectives with a technical sense ('aggressive', 'emotional', "
                        + "'defensive') count only when used of a person: 'he got defensive', "
                        + "'aggressive tone', never 'an aggressive caching strategy' or "
                        + "'defensive programming'; 'culture' counts only in 'culture fit'.",
                    origin: .rule),
        builtIn: WordList(FairnessWords.personality),
        explanation: "describes personality, not behaviour",
        pluralExplanation: "describe personality, not behaviour")

    static let protected = WordListRule(
        info: .init(code: "protected-characteristic", defaultSeverity: .error,
                    summary: "A remark on age, family or children, pregnancy, religion, "
                        + "nationality, accent or native language, health or disability, "
                        + "appearance or gender.",
                    help: "Remove it: none of these may weigh in feedback or a hiring decision. "
                        + "If something affected the interview (a bad audio line), describe "
                        + "the interview, not the person. Words with another sense count only "
                        + "in a person's sense: 'his age', never 'the age of the cache "
                        + "entries'; 'accent' but never 'accent colour'; 'blind' of a person, "
                        + "never 'blind spot'; 'child process', 'parent node', 'native app' "
                        + "and 'health check' never match.",
                    origin: .rule),
        builtIn: WordList(FairnessWords.protected),
        explanation: "is about a protected characteristic",
        pluralExplanation: "are about protected characteristics")

    /// One finding per line, naming every match on it: a sentence with two such words is
    /// one thing to rewrite.
    func check(_ note: LintedNote) -> [Diagnostic] {
        let list = note.settings.words(for: code, builtIn: builtIn)
        var byLine: [(range: SourceRange?, phrases: [String])] = []
        var seen: Set<SourceRange> = []
        for (text, words) in note.candidateWords {
            for match in list.matches(in: words) {
                let matched = words.words[match.range]
                let phrase = matched.map { words.text(of: $0) }.joined(separator: " ")
                let range = note.range(of: matched.map(\.folded), near: text.line)
                // The same words reached through two parts (an item and its withheld copy).
                if let range, !seen.insert(range).inserted { continue }
                if let index = byLine.firstIndex(where: {
                    $0.range?.start.line == range?.start.line && range != nil
                }) {
                    if !byLine[index].phrases.contains(phrase) { byLine[index].phrases.append(phrase) }
                } else {
                    byLine.append((range, [phrase]))
                }
            }
        }
        return byLine.map { range, phrases in
            let quoted = phrases.map { "'\($0)'" }.joined(separator: ", ")
            return finding("\(quoted) \(phrases.count == 1 ? explanation : pluralExplanation)",
                           at: range)
        }
    }
}
