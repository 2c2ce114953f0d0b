/// Every section label Debrief recognises, in one place. Labels are compared after
/// `LabelText.normalised`, so case, Markdown, numbering, emoji and a trailing colon do not
/// matter ("## 2. ✅ Strengths:" is "strengths").
enum SectionLabels {
    static let labels: [SectionKind: [String]] = [
        .details: [
            "details", "interview details", "info", "interview info", "interview information",
            "candidate details", "candidate info", "candidate information", "metadata",
            // The seed's notes app puts the recording link under its own "Record" heading.
            "record", "recording", "recordings",
        ],
        .summary: [
            "feedback", "summary", "overall", "overall feedback", "key takeaways",
            "key take aways", "takeaways", "tldr", "tl dr", "overview", "general feedback",
            "overall impression", "overall impressions", "feedback summary", "executive summary",
        ],
        .strengths: [
            "areas of strength", "strengths", "strength", "what went well", "pros",
            "positives", "highlights", "strong points", "strong areas", "what you did well",
            "things that went well", "plus", "pluses",
            // Retro and school-report pairs: "Good / Not so good", "Glows / Grows".
            "good", "the good", "glows", "loved", "liked", "what i liked", "wins", "keep doing",
        ],
        .improvements: [
            "areas for improvement", "areas to improve", "improvement areas", "improvements",
            "growth areas", "opportunities", "cons", "concerns", "weaknesses",
            "areas of improvement", "areas for growth", "opportunities for improvement",
            "what could be improved", "what to improve", "things to improve", "to improve",
            "negatives", "lowlights", "minuses", "could improve", "room for improvement",
            "improve", "needs improvement", "needs work", "things to work on", "work on",
            "not so good", "the not so good", "less good", "could be better", "grows",
            "even better if", "ebi", "what could be better", "didnt go well", "what didnt go well",
        ],
        .preparation: [
            "side note", "side notes", "next steps", "preparation", "preparation tips",
            "prep", "prep tips", "resources", "recommendations for practice",
            "practice recommendations", "how to prepare", "study plan", "tips",
            "suggested resources", "further reading", "next time", "for next time",
            "tips for next time",
        ],
        .ratings: [
            "ratings", "rating", "scores", "score", "scorecard", "competency ratings",
            "competencies", "assessment scores", "attributes", "rubric", "competency scores",
            "skill ratings", "skills ratings",
        ],
        .privateNotes: [
            "private notes", "private", "internal", "internal notes", "interviewer only",
            "interviewer notes", "notes for the hiring committee", "recommendation", "decision",
            "hiring recommendation", "hiring decision", "verdict", "hire recommendation",
            "red flags", "calibration", "bar raiser notes", "debrief notes", "signal",
            "level assessment", "notes to self", "hiring team only", "not for the candidate",
            "do not share", "for the hiring team", "overall recommendation",
        ],
    ]

    /// Kinds whose label may share its line with the first piece of content:
    /// "Pros: fast and careful", "Decision: hire". Details are excluded because
    /// "Info: ..." reads as a key, and ratings because "Score: 3/4" is a rating.
    static let inlineKinds: Set<SectionKind> = [
        .summary, .strengths, .improvements, .preparation, .privateNotes,
    ]

    private static let byLabel: [String: SectionKind] = {
        var table: [String: SectionKind] = [:]
        for (kind, names) in labels {
            for name in names { table[LabelText.normalised(name)] = kind }
        }
        return table
    }()

    /// The kind a label means, exactly named or read from its words (`LabelClassifier`).
    static func kind(of plainText: String) -> SectionKind? {
        LabelClassifier.classify(plainText)?.kind
    }

    /// Only the labels in `labels`.
    static func listedKind(of plainText: String) -> SectionKind? {
        guard mayBeListed(plainText) else { return nil }
        // Only text beyond ASCII needs folding (invisible characters, fullwidth letters).
        let isASCII = !plainText.containsByte(where: { $0 >= 0x80 })
        return exactKind(ofNormalised: LabelText.normalised(
            isASCII ? plainText : EvaluationWords.fold(plainText)))
    }

    /// Whether `text` has few enough words to be a listed label, from its bytes: this is
    /// asked of every short line of every note, and most are sentences. Each run between
    /// spaces that holds an ASCII letter or digit gives the normalised text a word at least
    /// (numbering, "1." or "B)", may drop one), so more of them than the longest label has
    /// words rules the text out.
    private static func mayBeListed(_ text: String) -> Bool {
        text.asciiWordRunCount - 1 <= max(longestLabel, extra?.longestLabel ?? 0)
    }

    private static let longestLabel = byLabel.keys.map { $0.split(separator: " ").count }.max() ?? 0

    static func exactKind(ofNormalised label: String) -> SectionKind? {
        byLabel[label] ?? extra?.kind(ofNormalised: label)
    }

    /// A team's own labels (`.debrief.yml`'s `sections`), for the parse in progress. Task-local
    /// rather than passed down, because every recogniser asks `SectionLabels`; a label Debrief
    /// already knows keeps its own kind, so a team table can never make a private label public.
    @TaskLocal static var extra: SectionLabelTable?

    /// Words that make a short label private even when it is not in the list: "Private notes
    /// (do not share)", "Internal only", "Confidential", "Final recommendation". Erring towards
    /// private costs a candidate a section; erring the other way leaks the interviewer's notes.
    private static let privateWords: Set<String> = [
        "private", "confidential", "internal", "recommendation", "recommendations", "verdict",
        "decision", "status", "outcome",
    ]
    private static let privatePhrases = [
        "interviewer only", "interviewers only", "interviewer notes", "do not share",
        "hiring committee", "hiring manager", "not for the candidate", "notes to self",
        "for my eyes", "internal only", "hiring team", "team only", "panel only",
        "do not forward", "dont forward", "dont share", "not to be shared", "not for sharing",
    ]

    /// Words of a label with hyphens, apostrophes and camelCase split apart, so
    /// "Interviewer-only", "Interviewer’s notes" and "hiringRecommendation" read as words.
    static func splitWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in MarkupStripper.plainText(text) {
            if character.isWordCharacter {
                if character.isUppercase, previousWasLower, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(Character(character.lowercased()))
                previousWasLower = character.isLowercase
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        // "interviewer’s" → "interviewer" + "s": the possessive goes.
        return words.filter { $0 != "s" }
    }

    /// Letters every private word or phrase contains one of; text without any is not private,
    /// and most lines are rejected here without splitting them into words.
    private static let privateStems = StemSearch([
        "privat", "confiden", "intern", "recommend", "verdict", "decision", "status", "outcome",
        "interviewer", "shar", "committee", "manager", "candidate", "self", "eyes", "team",
        "panel", "forward",
    ])

    static func looksPrivate(_ text: String) -> Bool {
        guard text.utf8.count <= 120, privateStems.matches(text) else {
            return false
        }
        let words = splitWords(text)
        guard (1...8).contains(words.count) else { return false }
        let cueWords = LabelCues.withoutTerms(words.map { Substring($0) })
        let joined = words.joined(separator: " ")
        // "Status", "Interview outcome": private; "State the outcome first": advice.
        return cueWords.contains { privateWords.contains(String($0))
            && LabelCues.keepsPrivateSense($0, among: cueWords) }
            || privatePhrases.contains { joined.contains($0) }
    }
}

/// The comparable form of a label or key.
enum LabelText {
    /// `text` without an aside in brackets at its end, colon kept ("Prep for the next round
    /// (onsite next week):" → "Prep for the next round:"); nil when it has none, or nothing
    /// before it.
    static func withoutTrailingAside(_ text: String) -> String? {
        let trimmed = text.trimmed
        let hasColon = trimmed.hasSuffix(":")
        let body = hasColon ? trimmed.dropLast().trimmedSubstring : trimmed[...]
        guard body.hasSuffix(")"), let open = body.lastIndex(of: "(") else { return nil }
        let before = body[..<open].trimmedSubstring
        guard !before.isEmpty else { return nil }
        return String(before) + (hasColon ? ":" : "")
    }

    static func normalised(_ text: String) -> String {
        // Most labels and lines are ASCII: their bytes give the same words without a
        // Character or a lower-cased copy.
        !text.containsByte(where: { $0 >= 0x80 }) ? normalisedASCII(text) : normalisedByCharacters(text)
    }

    /// `normalised` for any text, Character by Character.
    static func normalisedByCharacters(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        // A letter used as numbering, "B) Private Notes" or "a. Summary"; "A summary" keeps
        // its article.
        var body = Substring(text).drop(while: \.isBlank)
        if body.count > 3, let first = body.first, first.isLetter, first.isASCII,
            let second = body.dropFirst().first, second == ")" || second == ".",
            body.dropFirst(2).first?.isBlank == true
        {
            body = body.dropFirst(2)
        }
        for character in body.lowercased() {
            if character.isWordCharacter {
                current.append(character)
            } else if character == "'" || character == "’" || character == "-"
                || character == "‐" || character == ";"
            {
                continue  // "take-aways", "TL;DR", "what's" join up
            } else {
                if character == "&" { words.append(current); current = "and" }
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        words.removeAll(where: \.isEmpty)
        // Leading numbering: "1.", "2)", "iv." written before a label.
        if let first = words.first, words.count > 1,
            first.allSatisfy(\.isASCIIDigit) || ["i", "ii", "iii", "iv", "v", "vi"].contains(first)
        {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// `normalised` for ASCII text, on its bytes.
    private static func normalisedASCII(_ text: String) -> String {
        let isBlank = { (byte: UInt8) in byte == 32 || (byte >= 9 && byte <= 13) }
        var body = Array(text.utf8)[...].drop(while: isBlank)
        if body.count > 3, body[body.startIndex].isASCIILetter,
            [UInt8(ascii: ")"), UInt8(ascii: ".")].contains(body[body.startIndex + 1]),
            isBlank(body[body.startIndex + 2])
        {
            body = body.dropFirst(2)
        }
        // Words go straight into the output, a space between them: no array per word.
        var out: [UInt8] = []
        out.reserveCapacity(body.count + 4)
        var wordCount = 0
        var firstWordEnd = 0
        var inWord = false
        func startWord() {
            if !out.isEmpty { out.append(32) }
            wordCount += 1
            inWord = true
        }
        func endWord() {
            guard inWord else { return }
            inWord = false
            if wordCount == 1 { firstWordEnd = out.count }
        }
        for var byte in body {
            if byte >= 65 && byte <= 90 { byte += 32 }
            if byte.isASCIILetterOrDigit {
                if !inWord { startWord() }
                out.append(byte)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ";") {
                continue
            } else {
                endWord()
                if byte == UInt8(ascii: "&") {
                    startWord()
                    out.append(contentsOf: [97, 110, 100])  // "and"
                    endWord()
                }
            }
        }
        endWord()
        // Leading numbering: "1.", "2)", "iv." written before a label.
        if wordCount > 1 {
            let first = out[..<firstWordEnd]
            if first.allSatisfy(\.isASCIIDigit) || romanNumbering.contains(Array(first)) {
                out.removeFirst(firstWordEnd + 1)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let romanNumbering: Set<[UInt8]> = Set(["i", "ii", "iii", "iv", "v", "vi"].map { Array($0.utf8) })
}

/// A case-insensitive search for ASCII stems in UTF-8 bytes: a cheap first test before the
/// word-level checks that private labels and hiring wording need. One pass over the text,
/// trying only the stems that open with each byte.
struct StemSearch: Sendable {
    private let stems: [[UInt8]]
    /// For each lower-case byte, the stems that open with it.
    private let byFirstByte: [[Int]]

    init(_ stems: [String]) {
        self.stems = stems.map { Array($0.lowercased().utf8) }
        var table = [[Int]](repeating: [], count: 256)
        for (index, stem) in self.stems.enumerated() {
            if let first = stem.first { table[Int(first)].append(index) }
        }
        byFirstByte = table
    }

    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for start in bytes.indices {
                let candidates = byFirstByte[Int(Self.lower(bytes[start]))]
                guard !candidates.isEmpty else { continue }
                for index in candidates {
                    let stem = stems[index]
                    guard start + stem.count <= bytes.count else { continue }
                    var offset = 1
                    while offset < stem.count, Self.lower(bytes[start + offset]) == stem[offset] { offset += 1 }
                    if offset == stem.count { return true }
                }
            }
            return false
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}

extension LabelText {
    /// The label before a colon that opens a line ("Rec: lean hire" → "Rec"), when it is short
    /// enough to be a label: at most six words and no sentence inside. The text after it may be
    /// of any length.
    static func leadingLabel(of line: Substring) -> Substring? {
        guard let colon = firstColon(inFirst: 64, of: line) else { return nil }
        var label = line[..<colon]
        for marker in ["**", "__", "*", "_"] {
            while label.hasPrefix(marker) { label = label.dropFirst(marker.count) }
        }
        label = label.drop(while: \.isBlank)
        // No ".", "!" or "?" byte is certain; a byte may still be part of another Character.
        let mayHoldStop = label.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }
        guard !label.isEmpty, !mayHoldStop || !label.contains(where: { $0 == "." || $0 == "!" || $0 == "?" }),
            label.split(whereSeparator: \.isBlank).count <= 6,
            line[line.index(after: colon)...].first.map({ $0.isBlank || $0 == "*" }) ?? true
        else { return nil }
        return label
    }

    /// The first ":" or "：" among the first `limit` Characters of `line`, found from the
    /// bytes: a Character walk comparing each with the fullwidth colon costs more than the
    /// rest of the check. A colon byte that is not a Character of its own (a combining mark
    /// after it) sends the line to that walk.
    private static func firstColon(inFirst limit: Int, of line: Substring) -> Substring.Index? {
        let utf8 = line.utf8
        // Where the first colon byte is, within a window of bytes that holds the first
        // `limit` Characters when it is all ASCII (even CR LF pairs make half as many).
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int?, windowIsASCII: Bool) {
            let window = min(bytes.count, limit * 4)
            var isASCII = true
            for offset in 0..<window {
                let byte = bytes[offset]
                if byte == UInt8(ascii: ":") { return (offset, isASCII) }
                if byte == 0xEF, offset + 2 < bytes.count, bytes[offset + 1] == 0xBC, bytes[offset + 2] == 0x9A {
                    return (offset, isASCII)
                }
                if byte >= 0x80 { isASCII = false }
            }
            return (nil, isASCII || window == bytes.count)
        }
        let (offset, windowIsASCII) = utf8.withContiguousStorageIfAvailable(scan)
            ?? Array(utf8).withUnsafeBufferPointer(scan)
        if let offset,
            let colon = String.Index(utf8.index(utf8.startIndex, offsetBy: offset), within: line),
            line.index(after: colon) == line.unicodeScalars.index(after: colon)
        {
            // A Character is at least a byte: an early colon is among the first `limit`.
            return offset < limit || line[..<colon].count < limit ? colon : nil
        }
        if offset == nil, windowIsASCII { return nil }
        return line.prefix(limit).firstIndex(where: { $0 == ":" || $0 == "：" })
    }
}
