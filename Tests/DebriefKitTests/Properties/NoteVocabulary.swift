/// Words and labels for generated notes. Content words are neutral engineering terms: none
/// is a section label, a detail key, an example cue ("say", "try") or hiring language ("bar",
/// "level", "hire"), so each lands where the note puts it and nothing is withheld for a
/// reason the property does not test.
enum NoteVocabulary {
    static let words = [
        "cache", "latency", "queue", "sharding", "index", "retries", "backoff", "schema",
        "throughput", "replica", "partition", "timeout", "rollback", "pagination", "checksum",
        "cursor", "buffer", "webhook", "tracing", "quota", "eviction", "compaction", "gossip",
        "leases", "tombstones", "snapshots", "hashing", "bloom", "fanout", "batching",
    ]

    static func word(_ seed: Int) -> String { words[abs(seed) % words.count] }

    static let labels: [SectionSpec.Kind: [String]] = [
        .summary: ["Summary", "Overall Feedback", "Feedback", "Key Take-aways"],
        .strengths: ["Strengths", "What Went Well", "Pros", "Highlights"],
        .improvements: ["Areas for Improvement", "Areas to Improve", "Growth Areas",
                        "Opportunities"],
        .preparation: ["Next Steps", "Preparation", "Resources"],
        .ratings: ["Ratings", "Scores", "Scorecard"],
        .privateSection: ["Private Notes", "Interviewer Only", "Hiring Recommendation",
                          "Internal"],
    ]

    static let labelForms = 7

    /// Heading, bold line or plain line, numbered, with a colon or an emoji, as notes apps
    /// and people write labels.
    static func label(_ text: String, form: Int) -> String {
        switch abs(form) % labelForms {
        case 0: "## \(text)"
        case 1: "### \(text)"
        case 2: "**\(text)**"
        case 3: "\(text):"
        case 4: "## 2. \(text)"
        case 5: "✅ \(text)"
        default: text
        }
    }
}
