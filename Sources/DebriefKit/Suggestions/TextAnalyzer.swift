/// Turns text into the terms the matcher compares: lower case, Markdown and punctuation gone,
/// stop words dropped, stemmed, then synonyms folded onto one term (after stemming, so
/// "checked", "checking" and "check-ins" all meet).
enum TextAnalyzer {
    /// `terms(text)` plus each pair of neighbouring terms ("stack trace", "went quiet",
    /// "nested loop"), so phrases count for more than their words apart. Keyword lists are
    /// comma-separated phrases, so pairs never span a comma.
    static func termsAndPairs(_ text: String) -> [String] {
        var result: [String] = []
        for phrase in text.split(whereSeparator: isPhraseSeparator) {
            let words = terms(String(phrase))
            result += words
            if words.count > 1 {
                for index in 1..<words.count { result.append(words[index - 1] + "_" + words[index]) }
            }
        }
        return result
    }

    /// ",;.:!?()", told by a Character's one ASCII byte rather than by searching a string.
    private static func isPhraseSeparator(_ character: Character) -> Bool {
        guard character.utf8.count == 1, let byte = character.utf8.first else { return false }
        return phraseSeparators.contains(byte)
    }

    private static let phraseSeparators = Array(",;.:!?()".utf8)

    /// Whether `term` is a pair of neighbouring terms ("stack_trace"), as `termsAndPairs` writes
    /// them.
    static func isPair(_ term: String) -> Bool { term.utf8.contains(UInt8(ascii: "_")) }

    /// The text's words, lower case, unstemmed: for matching word stems ("secur*").
    static func words(_ text: String) -> [String] {
        MarkupStripper.plainText(text).lowercased()
            .split(whereSeparator: { !$0.isWordCharacter && $0 != "'" && $0 != "’" })
            .map { word in
                // Apostrophes go ("didn't" → "didnt"); most words have none to take out.
                word.contains(where: { $0 == "'" || $0 == "’" })
                    ? String(word.filter { $0 != "'" && $0 != "’" }) : String(word)
            }
    }

    static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        var word = ""
        func flush() {
            defer { word = "" }
            guard word.count > 1, !stopWords.contains(word) else { return }
            let stem = Stemmer.stem(word)
            terms.append(synonyms[stem] ?? stem)
        }
        for character in MarkupStripper.plainText(text).lowercased() {
            if character.isWordCharacter {
                word.append(character)
            } else if character == "'" || character == "’" {
                continue  // "didn't" → "didnt"
            } else {
                flush()
            }
        }
        flush()
        return terms
    }

    /// Words that carry no topic in feedback notes.
    static let stopWords: Set<String> = [
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "been", "before", "being", "both", "but", "by", "can", "candidate", "could",
        "did", "didnt", "do", "does", "doesnt", "doing", "dont", "each", "even", "for", "from",
        "get", "got", "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if",
        "in", "into", "is", "isnt", "it", "its", "just", "let", "lets", "like", "me", "more",
        "most", "much", "my", "need", "needed", "needs", "no", "not", "now", "of", "on", "one",
        "only", "or", "other", "our", "out", "over", "really", "she", "should", "so", "some",
        "still", "such", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "through", "to", "too", "up", "us", "very", "was", "wasnt",
        "we", "were", "what", "when", "where", "which", "while", "who", "will", "with",
        "without", "would", "wouldnt", "you", "your", "ll", "ve", "re", "im", "id", "youd",
        "try", "want", "make", "sure", "lot", "bit", "way", "thing", "things", "well",
        "better", "work", "area", "areas", "improve", "improvement", "improvements",
        // Contractions, written without their apostrophe as `terms` reads them.
        "couldnt", "cant", "cannot", "wont", "shouldnt", "havent", "hasnt", "hadnt", "arent",
        "werent", "aint", "theyd", "theyre", "theyve", "theyll", "hed", "shed", "wed", "weve",
        "ive", "youre", "youve", "youll", "itll", "thats", "theres", "whats",
    ]

    /// Words interviewers use for the same idea, folded onto the first of each group.
    static let synonyms: [String: String] = {
        let groups: [[String]] = [
            ["silent", "quiet", "silence", "mute", "mum"],
            ["narrate", "verbalise", "verbalize", "aloud", "vocalise", "vocalize", "narrating"],
            ["clarify", "clarifying", "clarification", "clarifications", "disambiguate"],
            ["requirement", "requirements", "reqs", "scope", "scoping", "spec", "specs"],
            ["test", "tests", "testing", "unit", "verify", "verification"],
            ["bug", "bugs", "debug", "debugging", "defect", "error", "errors", "exception"],
            ["estimate", "estimation", "estimates", "envelope", "napkin", "qps", "rps",
             "throughput", "capacity", "sizing"],
            ["complexity", "complexty", "bigo", "asymptotic", "runtime"],
            ["tradeoff", "tradeoffs", "tradeoffs", "pros", "cons", "alternatives",
             "alternative", "versus", "vs", "compare", "comparison", "justify", "justified",
             "why"],
            ["scale", "scaling", "scalability", "scaleability", "scalable", "shard", "sharding",
             "partition", "partitioning", "replicas", "replica", "horizontal"],
            ["cache", "caching", "cached", "redis", "memcached"],
            ["schema", "schemas", "table", "tables", "entity", "entities", "model", "modelling",
             "modeling", "index", "indexes", "indices"],
            ["retry", "retries", "timeout", "timeouts", "idempotent", "idempotency",
             "failure", "failures", "fault", "faults", "outage", "resilience", "resilient"],
            ["star", "situation", "task", "action", "result", "story", "stories"],
            ["impact", "metric", "metrics", "numbers", "quantify", "quantified", "measurable",
             "outcome", "outcomes", "percent", "kpi"],
            ["ownership", "owned", "own", "accountable", "accountability", "responsibility",
             "responsible", "initiative"],
            ["reflect", "reflection", "lesson", "lessons", "learned", "learnt", "hindsight",
             "differently", "retrospect", "selfaware", "mistake", "mistakes"],
            ["time", "pacing", "paced", "clock", "rushed", "overran", "budget", "timebox"],
            ["hint", "hints", "nudge", "nudges", "pushback", "challenged", "feedback",
             "coachable", "defensive", "suggestion", "suggestions"],
            ["checkin", "checkins", "check", "confirm", "align", "collaborate", "collaboration",
             "collaborative", "conversation", "engage", "engagement", "interactive"],
            ["lead", "leading", "drive", "driving", "steer", "steering", "proactive",
             "proactively", "passive", "deepdive", "deep"],
            ["naming", "names", "readable", "readability", "clean", "messy", "variable",
             "variables", "refactor", "idiomatic", "functions"],
            ["outline", "plan", "roadmap", "agenda", "signpost", "overview", "framework",
             "approach"],
            ["internals", "internal", "underthehood", "depth", "deeper", "shallow", "buzzwords",
             "buzzword", "surface", "superficial", "handwavy", "handwaved", "vague"],
        ]
        var table: [String: String] = [:]
        for group in groups {
            let canonical = Stemmer.stem(group[0])
            for word in group {
                let stem = Stemmer.stem(word)
                if table[stem] == nil, stem != canonical { table[stem] = canonical }
            }
        }
        return table
    }()
}
