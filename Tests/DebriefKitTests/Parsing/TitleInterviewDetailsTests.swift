import Testing

@testable import DebriefKit

/// Level, interview type and date read from a title or lead line when no detail line gives
/// them, and never from prose that only mentions them.
@Suite struct TitleInterviewDetailsTests {
    struct Case: Sendable {
        var note: String
        var level: String?
        var type: String?
        var date: String?
    }

    static let cases: [NamedInput<Case>] = [
        NamedInput("slack lead line", Case(
            note: "Feedback for *Yusuf Demir* — Mobile Engineer, Senior (L5). System design round, "
                + "Thu 5 Mar 2026, 60 min.\n\nStrengths\n\n- Drew the sync queue first\n",
            level: "Senior (L5)", type: "System design round", date: "Thu 5 Mar 2026")),
        NamedInput("email subject", Case(
            note: "Subject: Interview feedback – Noor Haddad – Senior Backend Engineer – API design round\n\n"
                + "Notes from my interview with Noor on 19 March 2026.\n\nStrengths:\n- Modelled refunds first\n",
            level: "Senior", type: "API design round", date: "19 March 2026")),
        NamedInput("level code in parentheses", Case(
            note: "# Data Scientist (Mid, L4) – case interview – 31 Mar 2026\n\nStrengths\n\n- Defined churn\n",
            level: "Mid (L4)", type: "case interview", date: "31 Mar 2026")),
        NamedInput("detail lines win", Case(
            note: "# Feedback – Ana Li – Staff Engineer (L6) – coding round\n\nLevel: L5\nInterview type: "
                + "Pairing\nDate: 2026-01-02\n\nStrengths\n\n- Wrote tests\n",
            level: "L5", type: "Pairing", date: "2026-01-02")),
        NamedInput("prose mentions are not details", Case(
            note: "Strengths\n\n- Explained how a senior engineer reviews a coding round, on reflection\n",
            level: nil, type: nil, date: nil)),
    ]

    @Test(arguments: cases)
    func detailsFromTheTitle(_ input: NamedInput<Case>) {
        let details = NotesParser().parse(input.value.note, source: "n.md").details
        #expect(details.level == input.value.level)
        #expect(details.interviewType == input.value.type)
        #expect(details.date == input.value.date)
    }

    /// "# Feedback" reads as a summary label; the detail lines right under it are details.
    @Test func detailLinesUnderASummaryTitleAreDetails() {
        let report = NotesParser().parse(
            "# Feedback\n\nCandidate: Ana Li\nLevel: L4\nDate: 2026-03-02\nInterview type: Coding\n\n"
                + "She solved both problems.\n\n## Strengths\n\n- Asked about n first\n", source: "n.md")
        #expect(report.details.level == "L4")
        #expect(report.details.interviewType == "Coding")
        #expect(report.details.dateISO == "2026-03-02")
        #expect(report.summary == ["She solved both problems."])
    }
}
