/// A panel's notes with a part per interviewer: "## Interviewer 1: Ahmed Hassan (test
/// strategy)", "**Panelist: Laura Chen**", or a line that is just a name the note's
/// "Panel:" line lists. Such a line heads the next interviewer's notes: it is neither a
/// section of the report nor an area of improvement, and the names are the interviewers.
struct PanelMembers {
    /// Names from an "Interviewers:" or "Panel:" line, for lines that are only a name.
    private let listed: Set<String>

    /// Letters every interviewer key has ("Panel", "Interviewers", "Assessor"): most notes'
    /// opening paragraphs are passed by on them.
    private static let keyStems = StemSearch(["panel", "interview", "assessor", "reviewer"])

    init(_ blocks: [MarkdownNode]) {
        var listed: Set<String> = []
        for block in blocks.prefix(12) where block.kind == .paragraph
            && Self.keyStems.matches(block.inlineText)
        {
            for line in block.inlineText.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":"),
                    DetailKeys.field(for: String(line[..<colon])) == .interviewer
                else { continue }
                for part in line[line.index(after: colon)...].split(separator: ",") {
                    if let name = Self.name(in: part) { listed.insert(Self.key(name)) }
                }
            }
        }
        self.listed = listed
    }

    /// Whether `line` is only a name the "Panel:" line lists.
    func isListed(_ line: String) -> Bool {
        !listed.isEmpty && listed.contains(Self.key(line.withoutTrailingColon)) && !Self.readsPrivate(line)
    }

    /// A private label ("Hiring Manager:", "Panel: Hiring decision") stays one, whatever it names.
    private static func readsPrivate(_ text: String) -> Bool {
        LabelClassifier.isPrivate(text) || LabelClassifier.classify(text)?.kind == .privateNotes
    }

    /// Honorifics a list writes and a heading may drop: "Dr Ravi Menon" heads as "Ravi Menon".
    private static let honorifics: Set<String> = ["dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir"]

    /// A name as compared: lower case, without an honorific.
    private static func key(_ name: String) -> String {
        name.lowercased().split(separator: " ").map { String($0.filter { $0 != "." }) }
            .filter { !honorifics.contains($0) }.joined(separator: " ")
    }

    /// The interviewer a heading or line names, when it heads an interviewer's part. Never
    /// a private label ("## Panel: Hiring decision", "Hiring Manager:"): that stays one.
    func member(in text: String) -> String? {
        guard !Self.readsPrivate(text) else { return nil }
        let plain = text.withoutTrailingColon
        if isListed(plain) { return plain }
        // "Interviewer 1: Ahmed Hassan (test strategy)", "Panelist – Laura Chen". Most
        // headings have no such separator, told by their bytes (a dash opens with 0xE2).
        guard plain.containsByte(where: { $0 == UInt8(ascii: ":") || $0 == 0xE2 }),
            let separator = plain.firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" })
        else { return nil }
        let keyWords = plain[..<separator].split(separator: " ").filter { !$0.allSatisfy(\.isNumber) }
        guard (1...3).contains(keyWords.count) else { return nil }
        let key = keyWords.joined(separator: " ")
        guard DetailKeys.field(for: key) == .interviewer else { return nil }
        return Self.name(in: plain[plain.index(after: separator)...])
    }

    /// "Dr Ravi Menon (Clinical Director)" → "Dr Ravi Menon": the words before an aside or
    /// a dash, when they read as a name (capitalised words, at most four).
    static func name(in text: Substring) -> String? {
        let name = text.prefix(while: { !"(—–".contains($0) }).trimmedSubstring
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count),
            words.allSatisfy({ $0.first?.isUppercase == true })
        else { return nil }
        return String(name)
    }
}
