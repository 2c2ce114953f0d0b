/// Items under "Areas for improvement" that no phrasing can fix, so Debrief suggests none and
/// says why: the interview's logistics ("wifi dropped twice"), the interviewer's own process
/// ("that question was too hard for 45 minutes, my bad"), remarks about the person rather than
/// the interview ("mentioned a newborn at home"), praise filed in the wrong place ("clean code,
/// nice job"), and placeholders ("n/a", "see above"). A wrong suggestion costs more trust than
/// none, so these are caught before the matcher is asked.
enum NotASkillItem {
    enum Reason: String, Sendable {
        case placeholder = "it is a placeholder, not feedback"
        case logistics = "it is about the interview's logistics, not the candidate's skills"
        case interviewer = "it is about the interviewer or the process"
        case personal = "it is a personal remark, not something to practise"
        case praise = "it is praise, with nothing to change"
    }

    /// Why `text` gets no suggestion, or `nil` when it is feedback to match.
    static func reason(_ text: String) -> Reason? {
        let words = LintWords(text).words.map(\.folded)
        guard !words.isEmpty else { return .placeholder }
        let joined = " " + words.joined(separator: " ") + " "
        // Phrases are found by their bytes, each padded with spaces so only whole words match.
        let joinedBytes = Array(joined.utf8)
        func has(_ phrases: [[UInt8]]) -> Bool {
            joinedBytes.withUnsafeBufferPointer { text in
                phrases.contains { phrase in
                    phrase.withUnsafeBufferPointer { ByteSearch.offset(of: $0, in: text) != nil }
                }
            }
        }
        if words.count <= 4, words.allSatisfy(placeholderWords.contains) { return .placeholder }
        if has(placeholderPhrases) { return .placeholder }
        if has(exculpations) || has(interviewerPhrases) { return .interviewer }
        if has(logisticsPhrases) { return .logistics }
        if has(personalPhrases) { return .personal }
        // Who the candidate is rather than what they did ("too old", "a young dad"): the lint
        // rule's list, so the two never disagree. Personality words are left to the matcher,
        // since "got defensive when I questioned the design" has a phrasing that helps;
        // coded impressions ("didn't click") have none.
        if has(codedImpressions)
            || !WordListRule.protected.builtIn.matches(in: LintWords(text)).isEmpty
        {
            return .personal
        }
        if words.contains(where: praiseWords.contains), !words.contains(where: criticalWords.contains),
            !words.contains("no"), words.count <= 20
        {
            return .praise
        }
        return nil
    }

    private static let placeholderWords: Set<String> = [
        "n", "a", "na", "none", "nothing", "major", "meh", "see", "above", "tbd", "idk", "ok",
        "okay", "fine", "really", "much", "nope", "nil", "later", "notes", "pls", "please",
        "same", "as", "tbc", "todo", "x", "no", "comment", "comments", "concerns",
    ]
    private static let placeholderPhrases = padded([
        "see above", "see below", "tbd", "to be done", "will fill in", "fill in later",
        "nothing major", "nothing to add", "no concerns", "none really", "hard to say",
        "felt off", "not sure yet", "same as above", "solid across the board",
    ])
    /// The interviewer owning a problem, or the process having one.
    private static let exculpations = padded([
        "not their fault", "not his fault", "not her fault", "not on them", "not on him",
        "not on her", "thats on me", "on me", "my bad", "my fault", "our fault", "on our side",
        "on our end", "platform issue", "not the candidates fault",
    ])
    private static let interviewerPhrases = padded([
        "co interviewer", "cointerviewer", "question bank", "our question", "the question was",
        "question was probably", "retire the", "i ran out of time", "we ran out of time to",
        "i forgot to", "i didnt get to", "i should have", "would want to see", "want to see the",
        "other rounds", "other interviewers",
    ])
    private static let logisticsPhrases = padded([
        "joined late", "min late", "mins late", "minutes late", "was late", "showed up late",
        "rescheduled", "calendar invite", "camera off", "webcam", "wifi", "wi fi", "internet",
        "zoom", "connection dropped", "connection kept", "call dropped", "audio", "microphone",
        "mic", "construction noise", "background noise", "noise next door", "battery died",
        "laptop battery", "laptop died", "forgot charger", "forgot his charger",
        "forgot her charger", "forgot their charger", "charger", "screen share", "screenshare",
        "power cut", "power outage", "can only start", "start date", "notice period", "visa",
        "sponsorship", "relocation", "relocate", "competing offer", "offer expiring",
        "salary expectations", "above band", "recruiter to", "check w hr", "with hr",
        "syntax highlighting", "coderpad", "hackerrank", "codesignal", "env we gave",
        "environment we gave", "environment was broken", "environment was down", "was down the",
        "time zone", "timezone", "on their phone", "phone call", "coding platform",
        "restart the ide", "ide crashed", "ide kept", "kept timing out", "platform kept",
    ])
    private static let personalPhrases = padded([
        "newborn", "seemed tired", "was tired", "looked tired", "hiking", "chatted about",
        "very friendly", "nice person", "lovely person", "good vibes", "nice guy",
    ])
    private static let codedImpressions = padded([
        "didnt click", "did not click", "culture fit", "cultural fit", "gut feeling", "gut feel",
        "my gut", "vibe", "vibes", "not my type", "have a beer", "grab a beer",
        "rubbed me the wrong way", "felt off",
    ])
    /// " phrase " as bytes: the lists are searched in every improvement item.
    private static func padded(_ phrases: [String]) -> [[UInt8]] { phrases.map { Array(" \($0) ".utf8) } }

    private static let praiseWords: Set<String> = [
        "great", "excellent", "strong", "clean", "nice", "good", "solid", "impressive", "best",
        "loved", "liked", "clear", "well", "brilliant", "outstanding", "fantastic", "awesome",
    ]
    /// Any of these makes a sentence with praise words a criticism: "good start, but …".
    private static let criticalWords: Set<String> = [
        "not", "never", "didnt", "couldnt", "wasnt", "werent", "doesnt", "dont", "without",
        "but", "however", "though", "although", "missed", "forgot", "lacked", "lacking", "weak",
        "struggled", "needs", "need", "should", "could", "would", "too", "only", "instead",
        "hard", "slow", "confused", "wrong", "mixed", "ignored", "skipped", "unclear", "vague",
        "more", "less", "better", "rushed", "except", "until", "after", "before", "barely",
        "stuck", "failed", "missing", "improve", "work", "gap", "gaps", "yet",
    ]
}
