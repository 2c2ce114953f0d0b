/// `hiring-language` and `confidential-visible`: candidate-facing text that the candidate
/// report withholds because it reads as a hiring evaluation. The privacy screen decides; this
/// rule tells the interviewer, before the note is sent, what it found and where. Private
/// sections and comments are the right place for such text and are never flagged.
struct WithheldTextRule: Rule {
    let info: Diagnostic.Code.Info
    let categories: Set<EvaluationCues.Category>
    /// Whether a private label inside candidate text ("Note for HM: …") belongs here.
    let includesPrivateLabels: Bool

    static let hiringLanguage = WithheldTextRule(
        info: .init(code: "hiring-language", defaultSeverity: .warning,
                    summary: "A hiring decision, recommendation, bar or level judgement in "
                        + "candidate-facing text.",
                    help: "Move it to a private section ('Hiring recommendation', 'Private "
                        + "notes') or an HTML comment. The candidate report already withholds "
                        + "it; this finding says what was withheld so the report reads as "
                        + "meant. Uses the same patterns as the privacy screen.",
                    origin: .rule),
        categories: [.decision, .bar, .level], includesPrivateLabels: false)

    static let confidentialVisible = WithheldTextRule(
        info: .init(code: "confidential-visible", defaultSeverity: .warning,
                    summary: "Compensation or offer figures, a comparison with other candidates, "
                        + "or a note addressed to the hiring team, in candidate-facing text.",
                    help: "Move it to a private section or an HTML comment. The candidate "
                        + "report withholds it; salary figures and other candidates are never "
                        + "the candidate's to read.",
                    origin: .rule),
        categories: [.comparison, .compensation, .hiringTeam], includesPrivateLabels: true)

    func check(_ note: LintedNote) -> [Diagnostic] {
        note.layout.withheld.compactMap { withheld, cause in
            // Text the interviewer marked private themselves (🔒, or the rest of a
            // paragraph a private label opened) is where it should be.
            guard let cause else { return nil }
            let text = withheld.markdown
            let part = withheld.title ?? "the note"
            if let label = cause.privateLabel {
                guard includesPrivateLabels else { return nil }
                return finding("'\(label)' in \(part) is a note for the hiring team; the "
                               + "candidate report withholds it",
                               at: note.range(of: LintWords(label).words.map(\.folded),
                                              near: withheld.line))
            }
            guard let found = cause.finding, categories.contains(found.category) else { return nil }
            let words = LintWords(found.phrase).words.map(\.folded)
            // "Not a culture fit" is personality-language's to report.
            if !WordListRule.personality.builtIn.matches(in: LintWords(found.phrase)).isEmpty {
                return nil
            }
            let range = note.range(of: words, near: withheld.line)
            let message = "'\(Self.excerpt(text))' in \(part) reads as "
                + "\(found.category.rawValue) ('\(found.phrase)'); the candidate report withholds it"
            let isRatingVerdict = part == SectionKind.ratings.displayTitle
                && Self.isCompetencyVerdict(words, rating: text)
            if isRatingVerdict
                || found.category == .compensation && Self.isDataWord(after: words, in: text)
            {
                // "the salary column" is a design's data, most likely, and "SQL: 3 — Yes"
                // a scorecard's verdict on one competency, not on the candidate. The report
                // still withholds both (privacy fails closed): the interviewer is told, softly.
                return Diagnostic(severity: .note, code: .withheld,
                                  message: message + (isRatingVerdict
                                    ? "; a verdict per competency is for the hiring team"
                                    : "; if it is about data, not pay, put <!-- debrief: show "
                                        + "--> on the line before it"),
                                  range: range)
            }
            return finding(message, at: range)
        }
    }

    /// Words that make "salary" or "compensation" a field of a design rather than pay.
    private static let dataWords: Set<String> = [
        "column", "columns", "field", "fields", "table", "tables", "data", "record", "records",
        "service", "services", "api", "endpoint", "schema", "attribute", "attributes",
        "calculation", "calculations", "calculator", "history", "values", "value", "type",
        "types", "module", "system", "pipeline", "report", "reports", "dataset", "datasets",
    ]

    /// A rating row whose verdict is a bare yes or no on a named competency ("dbt: 3 — Yes"),
    /// rather than an overall recommendation ("Overall: Strong hire").
    private static func isCompetencyVerdict(_ phrase: [String], rating: String) -> Bool {
        let verdictWords: Set<String> = ["yes", "no", "strong", "lean", "weak", "definitely",
                                         "not", "maybe", "mixed", "soft", "clear"]
        guard phrase.allSatisfy(verdictWords.contains) else { return false }
        let name = rating.split(separator: ":").first.map(String.init) ?? ""
        let overall: Set<String> = ["overall", "recommendation", "decision", "verdict", "hire",
                                    "hiring", "final", "summary", "result", "outcome"]
        return !LintWords(name).words.contains { overall.contains($0.folded) }
    }

    private static func isDataWord(after phrase: [String], in text: String) -> Bool {
        let words = LintWords(text).words.map(\.folded)
        guard phrase.count == 1, let index = words.firstIndex(of: phrase[0]),
            index + 1 < words.count
        else { return false }
        return dataWords.contains(words[index + 1])
    }

    /// The first words of a withheld text, for a one-line message.
    static func excerpt(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        let words = line.split(separator: " ")
        return words.count <= 10 ? line.trimmed : words.prefix(10).joined(separator: " ") + " …"
    }
}
