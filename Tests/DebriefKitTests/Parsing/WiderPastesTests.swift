import Testing

@testable import DebriefKit

/// Shapes from a second round of notes written blind: a Slack thread opened by someone asking
/// for the notes, labels in other words ("Watch-outs", "What resonated"), arrows as bullets,
/// scores apart by middle dots, a ratings table with a panel-only column, a bar raiser's note.
@Suite struct WiderPastesTests {
    private func parse(_ note: String) -> Report {
        NotesParser().parse(note, source: "note.md")
    }

    private func candidateText(_ report: Report) -> String {
        var texts: [String] = report.summary + report.strengths.map(\.text) + report.preparation
        texts += report.other.map(\.markdown)
        for item in report.improvements.flatMap(\.items) {
            texts += [item.headline, item.detail ?? ""] + item.examples.map(\.text)
        }
        texts += report.ratings.map { "\($0.name) \($0.value) \($0.comment ?? "")" }
        return texts.joined(separator: "\n")
    }

    @Test func slackThreadsInterviewerIsWhoeverWroteTheNotes() {
        let report = parse("""
            #frontend-loop
            Thread

            Dana Price  9:02 AM
            @Milo can you post your notes for the pairing round?

            Milo Grant  9:30 AM
            *What went well*
            • Split the parser from the printer before writing code
            • Named every edge case out loud

            *Where to improve*
            • Never ran the tests he wrote

            Dana Price  9:41 AM
            thanks! let's fast-track him before the other offer lands
            """)
        #expect(report.details.interviewer == "Milo Grant")
        #expect(report.strengths.map(\.text)
                == ["Split the parser from the printer before writing code", "Named every edge case out loud"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["Never ran the tests he wrote"])
        let shown = candidateText(report)
        #expect(!shown.contains("fast-track"))
        #expect(!shown.contains("can you post"))
        #expect(!shown.contains("frontend-loop"))
    }

    @Test func internalPromotionTitleIsNotAPrivateLabel() {
        let report = parse("""
            Internal promotion panel — Team Lead

            Kudos
            * Ran the incident review without blame

            Watch-outs
            * Took every escalation herself

            Where to focus next
            1. Pair with another lead on quarterly planning
            """)
        #expect(report.strengths.map(\.text) == ["Ran the incident review without blame"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["Took every escalation herself"])
        #expect(report.preparation == ["Pair with another lead on quarterly planning"])
    }

    @Test(arguments: [
        ("good stuff", "Good stuff", SectionKind.strengths),
        ("what resonated", "▸ What resonated", .strengths),
        ("what landed", "What landed", .strengths),
        ("before the next conversation", "Before the next conversation", .preparation),
        ("homework", "Homework", .preparation),
    ])
    func plainLabelsInOtherWords(_ name: String, _ label: String, _ kind: SectionKind) {
        let report = parse("Summary\nA calm session.\n\n\(label)\n- Walked through the data model first\n")
        let texts = kind == .strengths ? report.strengths.map(\.text) : report.preparation
        #expect(texts == ["Walked through the data model first"], "\(name)")
    }

    @Test func arrowsAreBullets() {
        let report = parse("Prep\n→ Brush up on access control\n→ Sketch the design in five minutes\n")
        #expect(report.preparation
                == ["Brush up on access control", "Sketch the design in five minutes"])
    }

    @Test func examplesOnAnItemsOwnParagraphAreItsPhrasings() {
        let report = parse("""
            Watch-outs
            * Coaching answers told rather than asked. As a lead, ask first.
              Examples you can say: "What have you tried?" / "What would you do next?"
            """)
        let item = report.improvements.flatMap(\.items).first
        #expect(item?.examples.map(\.text) == ["What have you tried?", "What would you do next?"])
        #expect(item?.detail?.contains("Examples") != true)
    }

    @Test(arguments: [
        ("middle dots", "craft 5/5 · research 2/5 · critique 4/5"),
        ("bars", "craft 5/5 | research 2/5 | critique 4/5"),
    ])
    func scoreListsApartByOtherMarks(_ name: String, _ line: String) {
        let report = parse("## Ratings\n\n\(line)\n")
        #expect(report.ratings.map(\.name) == ["craft", "research", "critique"], "\(name)")
        #expect(report.ratings.map(\.score) == [5, 2, 4], "\(name)")
    }

    @Test func ratingsTableWithAScaleInItsHeaderAndAPanelOnlyColumn() {
        let report = parse("""
            # Leadership round

            | Competency | Score (1–5) | Evidence | Panel-only note |
            |---|---|---|---|
            | Coaching | 4 | Clear growth plan for a report | Stronger than Ravi here |
            | Delivery | 3 | Cut scope to meet a launch | — |
            """)
        #expect(report.ratings.map(\.name) == ["Coaching", "Delivery"])
        #expect(report.ratings.map(\.score) == [4, 3])
        #expect(report.ratings.first?.comment == "Clear growth plan for a report")
        #expect(!candidateText(report).contains("Ravi"))
        #expect(report.privateNotes?.contains { $0.markdown.contains("Stronger than Ravi") } == true)
    }

    @Test func companyNamedLikeHiringIsNotPrivate() {
        let report = parse("""
            Owen Park – project deep dive
            Full-stack Engineer @ Hireflow

            Good stuff
            – Owned the dashboard end to end
            """)
        #expect(report.strengths.map(\.text) == ["Owned the dashboard end to end"])
    }

    @Test func barRaisersTitleAndNameAreNotPrivateSections() {
        let report = parse("""
            BAR RAISER INTERVIEW NOTES
            Candidate: Lee Chan | Role: Engineer III
            Bar Raiser: Rita Stone | Loop date: 10 Sep 2024

            ## Strengths
            - Took on the failing batch job unasked
            """)
        #expect(report.details.candidate == "Lee Chan")
        #expect(report.strengths.map(\.text) == ["Took on the failing batch job unasked"])
    }
}
