/// `vague-feedback`: a strength or improvement that is a bare judgement ("Good
/// communication.", "Strong technical skills", "Needs work on databases.", "Great job.").
///
/// A text is vague when, once judgement words ("good", "needs work", "could be better") and
/// names of broad skills ("communication", "technical skills", "system design") are set
/// aside, at most one word is left, and nothing in it points at something observable: no
/// number, no quotation, no example or reason ("e.g.", "when", "because"), no verb saying
/// what the candidate did ("asked", "drew", "skipped"). An improvement with an example
/// phrasing is never vague: the phrasing is the specifics.
struct VagueFeedbackRule: Rule {
    let info = Diagnostic.Code.Info(
        code: "vague-feedback", defaultSeverity: .warning,
        summary: "A strength or improvement that is a bare judgement, with no observable "
            + "behaviour, example or number.",
        help: "Say what the candidate did and what it showed: 'Asked about read/write ratio "
            + "and peak QPS before drawing anything' rather than 'Good communication'. A text "
            + "counts as specific once it names an action, a number, an example or a reason; "
            + "a long text (more than 8 words beyond judgement words) is never flagged.",
        origin: .rule)

    func check(_ note: LintedNote) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for strength in note.report.strengths where Self.isVague(strength.text) {
            findings.append(flag(strength.text, line: strength.line, note: note))
        }
        for item in note.report.improvements.flatMap(\.items)
        where item.examples.isEmpty && Self.isVague([item.headline, item.detail ?? ""].joined(separator: ". "))
        {
            findings.append(flag(item.headline, line: item.line, note: note))
        }
        return findings
    }

    private func flag(_ text: String, line: Int, note: LintedNote) -> Diagnostic {
        let range = note.range(ofText: text, near: line)
        return finding("'\(WithheldTextRule.excerpt(text))' is a judgement without what the "
                       + "candidate did", at: range)
    }

    static func isVague(_ text: String) -> Bool {
        // More than ten words is never vague (the last line below): most texts are passed on
        // their bytes, without being split into words.
        guard text.asciiWordRunCount <= 10 else { return false }
        let words = LintWords(text).words
        guard !words.isEmpty else { return false }
        var left = 0
        for (index, word) in words.enumerated() {
            let folded = word.folded
            // What the word is, looked up once by its bytes.
            let kind = VagueWords.kinds(of: folded)
            // "No tests", "zero questions": the absence of a named thing is observable.
            if kind.contains(.absence), index + 1 < words.count,
                VagueWords.kinds(of: words[index + 1].folded).isDisjoint(with: [.judgement, .skill])
            {
                return false
            }
            if word.quoted || word.isNumber || folded.first?.isNumber == true { return false }
            if kind.contains(.specific) { return false }
            if !kind.isDisjoint(with: [.judgement, .skill, .filler]) { continue }
            if VagueWords.isActionVerb(folded, kind: kind, first: index == 0) { return false }
            left += 1
            if left > 1 { return false }
        }
        return words.count <= 10
    }
}

/// The vocabulary `vague-feedback` sets aside or takes as specific.
enum VagueWords {
    static let judgements: Set<String> = [
        "good", "great", "strong", "solid", "excellent", "nice", "fine", "ok", "okay", "decent",
        "weak", "poor", "bad", "lacking", "limited", "impressive", "impressed", "amazing",
        "awesome", "fantastic", "outstanding", "exceptional", "superb", "brilliant", "stellar",
        "wonderful", "terrific", "perfect", "clear", "clearer", "clean", "cleaner", "well",
        "better", "best", "stronger", "strongest", "weaker", "worse", "deeper", "more", "less",
        "much", "very", "really", "quite", "pretty", "super", "extremely", "highly", "somewhat",
        "sharp", "smart", "competent", "capable", "knowledgeable", "skilled", "talented",
        "experienced", "confident", "thoughtful", "effective", "efficient", "adequate",
        "average", "satisfactory", "unsatisfactory", "insufficient", "lack", "lacks", "lacked",
        "needs", "need", "needed", "improvement", "improvements", "improve", "improving",
        "improved", "work", "job", "done", "performance", "performed", "showed", "shown",
        "shows", "demonstrated", "demonstrates", "displayed", "exhibited", "seemed", "struggled",
        "struggles", "struggle", "could", "should", "can", "would", "might", "must", "be",
        "been", "is", "was", "were", "are", "has", "had", "have", "did", "do", "does", "not",
        "no", "overall", "general", "generally", "okish", "meh", "subpar", "mediocre", "basic",
        "room", "grow", "growth", "focus", "practice", "practise", "polish", "polished",
        "depth", "deep", "shallow", "gaps", "gap", "weakness", "weaknesses", "strength",
        "strengths", "plus", "positive", "negative", "great", "excellent", "understanding",
        "grasp", "knowledge", "fundamentals", "basics", "ability", "abilities", "skills",
        "skill", "competence", "areas", "area", "aspect", "aspects", "side", "stuff", "things",
        "everything", "all", "enough", "bit", "little", "lot", "some", "again", "too",
        "solid", "wow", "kudos", "awesome", "spot", "on", "fair", "bar", "level", "average",
        // Adjectives that look like past tenses: "Needs to be more structured."
        "structured", "unstructured", "organised", "organized", "disorganised", "disorganized",
        "focused", "unfocused", "detailed", "prepared", "unprepared", "rounded", "balanced",
        "motivated", "engaged", "advanced", "sophisticated", "refined", "seasoned",
        "articulate", "concise", "confident", "hesitant", "rigorous", "careful", "thorough",
    ]
    static let skills: Set<String> = [
        "communication", "communicating", "communicator", "technical", "tech", "problem",
        "problems", "solving", "coding", "code", "design", "system", "systems", "collaboration",
        "teamwork", "leadership", "thinking", "analytical", "presentation", "attitude",
        "energy", "effort", "approach", "execution", "experience", "engagement", "interview",
        "answers", "answer", "questions", "explanation", "explanations", "soft", "hard",
        "people", "interpersonal", "behavioural", "behavioral", "overall", "candidate",
        "programming", "engineering", "architecture", "implementation", "logic", "reasoning",
        "structure", "organisation", "organization", "clarity", "quality", "speed", "pace",
        "skills", "ownership", "initiative", "drive", "curiosity", "passion", "motivation",
        "solver", "coder", "thinker", "engineer", "developer", "learner", "listener", "worker",
        "performer", "programmer", "designer", "leader", "collaborator",
    ]
    static let filler: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "his", "her",
        "their", "they", "he", "she", "it", "its", "this", "that", "there", "here", "about",
        "around", "as", "some", "any", "very", "i", "we", "you", "your", "my", "our", "them",
        "him", "s", "etc", "also", "just", "still", "yet", "up", "into", "from", "by", "but",
        "though", "although", "however", "so", "then", "is", "are", "was",
    ]
    /// Words that say a named thing was missing: observable when what follows is concrete.
    static let absences: Set<String> = ["no", "zero", "without", "never", "missing", "missed"]

    /// Words that point at something observable.
    static let specifics: Set<String> = [
        "eg", "example", "examples", "instance", "when", "because", "after", "before", "while",
        "instead", "since", "until", "whenever", "once", "times", "twice", "minutes", "mins",
        "min", "seconds", "hours",
    ]
    private static let irregularPast: Set<String> = [
        "wrote", "drew", "chose", "took", "made", "gave", "knew", "thought", "spoke", "ran",
        "built", "found", "got", "began", "went", "saw", "said", "told", "caught", "brought",
        "held", "kept", "left", "led", "lost", "spent", "forgot", "broke", "put", "set",
        "sought", "came", "stuck", "split", "swapped", "fell", "hit", "let", "meant",
    ]
    /// A verb saying what the candidate did: a past tense or an -ing form that is not a
    /// judgement or a skill's name, or an instruction's verb at the start ("Ask about …").
    static func isActionVerb(_ word: String, kind: Kind, first: Bool) -> Bool {
        if kind.contains(.irregularPast) { return true }
        if word.count > 4, word.hasSuffix("ed") || word.hasSuffix("ing") { return true }
        return first && kind.contains(.imperative)
    }

    /// What a folded word is to the rule; a word may be several.
    struct Kind: OptionSet {
        let rawValue: Int32
        static let judgement = Kind(rawValue: 1)
        static let skill = Kind(rawValue: 2)
        static let filler = Kind(rawValue: 4)
        static let specific = Kind(rawValue: 8)
        static let absence = Kind(rawValue: 16)
        static let irregularPast = Kind(rawValue: 32)
        static let imperative = Kind(rawValue: 64)
    }

    static func kinds(of word: String) -> Kind {
        Kind(rawValue: kindTable.value(for: word) ?? 0)
    }

    /// The lists above as one table: a text's words are each asked what they are once.
    private static let kindTable: WordTable = {
        var kinds: [String: Kind] = [:]
        for (list, kind) in [(judgements, Kind.judgement), (skills, .skill), (filler, .filler),
                             (specifics, .specific), (absences, .absence),
                             (irregularPast, .irregularPast), (imperatives, .imperative)] {
            for word in list { kinds[word, default: []].insert(kind) }
        }
        return WordTable(kinds.map { (Substring($0.key), $0.value.rawValue) })
    }()

    private static let imperatives: Set<String> = [
        "ask", "name", "state", "say", "write", "draw", "start", "stop", "check", "test",
        "walk", "explain", "quantify", "measure", "list", "compare", "estimate", "sketch",
        "narrate", "justify", "pick", "use", "avoid", "try", "spend", "confirm", "clarify",
    ]
}
