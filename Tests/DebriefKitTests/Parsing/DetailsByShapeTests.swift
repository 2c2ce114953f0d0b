import Testing

@testable import DebriefKit

/// Details as people write them: several on a line, behind emoji, under a title line.
@Suite struct DetailsByShapeTests {
    @Test(arguments: [
        "Candidate: Ana Ruiz | Level: L4 | Role: Backend",
        "**Candidate:** Ana Ruiz · **Level:** L4 · **Role:** Backend",
    ])
    func severalDetailsOnOneLine(_ line: String) {
        let report = NotesParser().parse("\(line)\n\n## Strengths\n\n- calm\n", source: "a.md")
        #expect(report.details.candidate == "Ana Ruiz")
        #expect(report.details.level == "L4")
        #expect(report.details.role == "Backend")
    }

    @Test func keysBehindEmojiAndTitleAbove() {
        let report = NotesParser().parse("""
            Interview Feedback — Backend
            📅 Date: 2026-03-02
            👤 Candidate: Ana Ruiz
            Position Applied For: Backend Engineer

            ## Strengths

            - calm
            """, source: "a.md")
        #expect(report.details.candidate == "Ana Ruiz")
        #expect(report.details.dateISO == "2026-03-02")
        #expect(report.details.role == "Backend Engineer")
        #expect(report.details.extra.first == DetailField(key: "title", value: "Interview Feedback — Backend"))
    }

    @Test func leadParagraphIsTheSummary() {
        let report = NotesParser().parse(
            "Good session overall, with a clear plan.\n\n## Strengths\n\n- calm\n", source: "a.md")
        #expect(report.summary == ["Good session overall, with a clear plan."])
        #expect(report.other.isEmpty)
    }

    @Test(arguments: [("05/06/2026", true), ("10/24/2025", false), ("06/06/2026", false),
                      ("2026-05-06", false), ("5.6.2026", true)])
    func ambiguousNumericDateIsNotGuessed(_ date: String, _ ambiguous: Bool) {
        let report = NotesParser().parse("Date: \(date)\n\n## Strengths\n\n- calm\n", source: "a.md")
        #expect(report.diagnostics.contains { $0.code == "ambiguous-date" } == ambiguous)
        #expect((report.details.dateISO == nil) == ambiguous)
    }
}
