/// The words that tell what a section label means when it is not one of `SectionLabels`'
/// exact names: "Things to work on", "The good", "Tips for next time", "🔒 Bar raiser notes".
///
/// A cue is a phrase of label words; a word ending in `*` matches any word starting so.
/// Phrases weigh by their length, so "went well" outweighs "well".
enum LabelCues {
    /// Labels with any of these are private, whatever else they say: erring towards private
    /// costs a candidate a section, the other way leaks the interviewer's notes.
    static let privateCues = [
        "privat*", "confidential*", "internal*", "recommendation*", "verdict*", "decision*",
        "calibration*", "calibrated", "debrief notes", "debrief only", "for debrief", "for the debrief", "signal*", "leveling", "levelling", "level assessment",
        "level check", "hire", "hires", "hired", "hiring", "hireable", "hirable", "hireability", "hirability", "hirer", "hirers", "rehire", "salary", "salaries", "compensation", "comp",
        "offer", "offers", "red flag*", "yellow flag*", "redflag*", "bar raiser*", "barraiser*",
        "outcome", "status", "result", "results", "rec", "recs", "hm", "recruiter*",
        "committee", "notes to self", "note to self", "to self", "for the team",
        "for the panel", "do not share", "dont share", "not for", "eyes only", "only for",
        "interviewer only", "interviewers only", "team only", "between us", "secret*",
        "pass fail", "yes no", "go no go", "fit", "vote", "votes", "voting", "my vote",
    ]

    /// Private cues with an everyday sense too: private only alone or with words that keep
    /// the hiring sense ("Final result", "Culture fit"), never in "Landing the result".
    static let weakPrivateCues: Set<Substring> = ["outcome", "status", "result", "results", "fit"]

    /// Whether private cue `word` keeps its private sense among a label's `words`: always
    /// for a strong cue; for a weak one only alone or with companions ("Final result").
    static func keepsPrivateSense(_ word: Substring, among words: [Substring]) -> Bool {
        !weakPrivateCues.contains(word)
            || words.allSatisfy { $0 == word || weakCueCompanions.contains($0) }
    }
    /// Weak cues that also close a story ("Situation … Action … Result: shipped on time"):
    /// alone before a colon, private only when the text after it evaluates. ("Outcome" is
    /// one of `SectionLabels.privateWords`, withheld wherever it stands.)
    static let storyWords: Set<String> = ["result", "results"]

    /// Nouns that make a private cue just before them a technical term: "Recommendation
    /// systems", "Decision making", "Decision trees", "Status codes", "Internal tools",
    /// "Private keys", "Signal processing". Such a label names a topic, not the team's notes.
    static let termNouns: Set<Substring> = [
        "system", "systems", "engine", "engines", "tree", "trees", "making", "model", "models",
        "algorithm", "algorithms", "feed", "feeds", "service", "services", "code", "codes",
        "page", "pages", "key", "keys", "api", "apis", "method", "methods", "field", "fields",
        "class", "classes", "repo", "repos", "tool", "tools", "tooling", "processing", "table",
        "tables", "network", "networks", "variable", "variables", "sector",
    ]
    /// Nouns that make "internal" the candidate's situation: "Internal promotion panel",
    /// "Internal transfer – Data team", "Internal candidate".
    private static let internalSituationNouns: Set<Substring> = [
        "promotion", "promotions", "transfer", "transfers", "move", "mobility", "candidate",
        "candidates", "applicant", "applicants", "application", "applications",
    ]
    /// Words after "internal candidate" that make it the team's notes about one.
    private static let notesWords: Set<Substring> = [
        "notes", "note", "comments", "comment", "feedback", "assessment", "view", "views", "only",
        "use", "remarks", "discussion",
    ]
    /// Words before a cue that make it advice to the candidate: "Stating your recommendation
    /// up front", "Making recommendations actionable", "Explain your decision".
    private static let adviceWords: Set<Substring> = [
        "making", "make", "stating", "state", "giving", "give", "presenting", "present",
        "framing", "frame", "writing", "write", "justifying", "justify", "explaining", "explain",
    ]
    /// The cues a term noun can follow.
    private static let termCueStems = [
        "privat", "internal", "recommend", "decision", "signal", "status", "vote", "voting",
    ]

    /// `words` without the private cues that are part of a technical term (`termNouns`) or
    /// advice to the candidate (`adviceWords` before them).
    static func withoutTerms(_ words: [Substring]) -> [Substring] {
        guard words.count > 1 else { return words }
        var kept: [Substring] = []
        kept.reserveCapacity(words.count)
        for index in words.indices {
            let isCue = termCueStems.contains { words[index].hasPrefix($0) }
            let next = index + 1 < words.count ? words[index + 1] : ""
            let afterNext = index + 2 < words.count ? words[index + 2] : ""
            // "Internal candidate notes" are the team's notes about one.
            let isTerm = isCue && (termNouns.contains(next)
                || words[index].hasPrefix("internal") && internalSituationNouns.contains(next)
                    && !notesWords.contains(afterNext))
            // "your" alone is how a form addresses the interviewer ("Your private notes"):
            // only after an advice verb is the cue the candidate's.
            let before = index > 0 ? words[index - 1] : ""
            let isTheirs = isCue && (adviceWords.contains(before)
                || before == "your" && index > 1 && adviceWords.contains(words[index - 2]))
            if !isTerm && !isTheirs { kept.append(words[index]) }
        }
        return kept
    }

    static let weakCueCompanions: Set<Substring> = [
        "final", "interview", "overall", "hiring", "debrief", "my", "our", "the", "culture",
        "cultural", "team", "role", "level", "decision", "and", "recommended", "interviewer",
        "candidate", "loop", "onsite", "panel", "scorecard", "assessment", "round", "of",
        "company", "org", "position", "overall", "screen", "phone", "good", "bad", "poor",
        "not", "a", "strong", "weak", "no", "yes",
    ]

    static let sectionCues: [SectionKind: [String]] = [
        .strengths: [
            "strength*", "strong point*", "strong area*", "went well", "go well", "did well",
            "do well", "done well", "good", "positive*", "pro", "pros", "plus", "pluses",
            "highlight*", "liked", "impress*", "stood out", "stand out", "standout*",
            "kudos", "win", "wins", "great", "worked well", "what worked", "shine*", "shone",
            "keep doing", "bright spot*", "praise", "glow*", "well", "loved", "landed",
            "what landed", "good stuff", "resonated", "what resonated",
        ],
        .improvements: [
            "improv*", "work on", "working on", "develop*", "growth", "grow", "concern*",
            "weak*", "con", "cons", "negative*", "lowlight*", "gap*", "struggl*", "opportunit*",
            "missed", "issue*", "problem*", "better", "differently", "do differently", "didnt go",
            "not go", "focus area*", "watch out", "watch outs", "watchout*", "minus*", "bad",
            "ugly", "to fix", "fix", "fixes", "change", "room for", "less", "needs",
            "need", "could", "should", "growing", "next level", "stretch*", "delta*", "even better",
        ],
        .preparation: [
            "prep*", "tip", "tips", "resource*", "practic*", "study", "studying", "reading",
            "read", "next step*", "homework", "before your next", "next time", "advice",
            "suggested", "recommended", "learn*", "links", "further", "drill*", "exercises",
            "suggest", "suggestions", "next round", "next stage", "next interview",
            "to review", "materials", "focus next", "to focus next", "before the next",
            "before next", "next conversation",
        ],
        .summary: [
            "summary", "summar*", "overall", "overview", "impression*", "takeaway*", "tldr",
            "tl dr", "general", "bottom line", "synopsis", "recap", "in short", "in brief",
            "assessment", "feedback", "conclusion*",
        ],
        .details: [
            "detail*", "info", "information", "metadata", "logistics", "candidate profile",
            "about the interview", "interview setup", "setup",
        ],
        .ratings: [
            "rating*", "score*", "scorecard*", "competenc*", "attribute*", "grade*",
            "evaluation*", "rubric*", "dimensions",
        ],
    ]

    /// Words that make a plain line a label when its cues are clear: a heading is a label by
    /// its shape, but "Problem solving: strong" inside a list is content, while "Things to
    /// work on:" and "Key strengths" name a section.
    static let headCues = [
        "strength*", "improvement*", "area*", "concern*", "weakness*", "tip", "tips", "prep*",
        "summary", "takeaway*", "rating*", "score*", "highlight*", "positives", "negatives",
        "pros", "cons", "growth", "development", "develop", "work on", "went well", "go well",
        "do well", "did well", "differently", "next steps", "next time", "overall", "feedback",
        "the good", "the bad", "impressions", "resources", "be better", "gone better", "opportunit*",
        "lowlights", "gaps", "recommended", "advice", "suggest", "suggestions", "next round",
        "next stage", "could improve", "can improve", "to improve", "do better", "needs work",
        "what worked", "worked well", "to develop", "not so great", "not great", "not so good",
        "not good", "not as good", "not so well", "less good", "kudos", "watch out",
        "watch outs", "watchout*", "homework", "focus next", "good stuff", "good things",
        "what was good", "what landed", "what resonated", "before the next", "before next",
    ]

    /// Words that turn a strength cue around: "What didn't go well", "Could be better".
    static let negations: Set<String> = [
        "not", "didnt", "dont", "wasnt", "werent", "doesnt", "less", "could", "should", "no",
        "without", "lacking", "missing", "but",
    ]

    /// Emoji that notes apps and chat pastes put before a label.
    static let emoji: [Character: SectionKind] = [
        "✅": .strengths, "✔": .strengths, "👍": .strengths, "💪": .strengths, "🌟": .strengths,
        "⭐": .strengths, "🟢": .strengths, "➕": .strengths, "🎉": .strengths, "🏆": .strengths,
        "⚠": .improvements, "❌": .improvements, "🔧": .improvements, "🛠": .improvements,
        "🔴": .improvements, "🟠": .improvements, "🟡": .improvements, "➖": .improvements,
        "📉": .improvements, "🚧": .improvements, "👎": .improvements, "🌱": .improvements,
        "🔺": .improvements, "🔻": .improvements,
        "💡": .preparation, "📚": .preparation, "📖": .preparation, "🎯": .preparation,
        "🧭": .preparation, "📝": .summary, "🧾": .details, "📋": .details, "ℹ": .details,
        "📊": .ratings, "🔒": .privateNotes, "🔐": .privateNotes, "🤫": .privateNotes,
        "🙈": .privateNotes, "🚩": .privateNotes, "⛔": .privateNotes,
    ]

    /// `emoji` by each one's first scalar: what the hot paths look up, without making a
    /// `Character` (and hashing a grapheme) for every non-ASCII character of a note.
    static let emojiByScalar: [UInt32: SectionKind] = Dictionary(
        emoji.compactMap { character, kind in character.unicodeScalars.first.map { ($0.value, kind) } },
        uniquingKeysWith: { first, _ in first })

    /// Every emoji above is at U+2100 or beyond: below that a scalar needs no look-up.
    static func emojiKind(_ scalar: Unicode.Scalar) -> SectionKind? {
        scalar.value >= 0x2100 ? emojiByScalar[scalar.value] : nil
    }
}
