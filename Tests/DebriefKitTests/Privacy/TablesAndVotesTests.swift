import Testing

@testable import DebriefKit

/// A table whose header row is withheld keeps its rows from the candidate too, and a bar
/// raiser's vote is a hiring decision however it is written.
@Suite struct TablesAndVotesTests {
    private func parse(_ note: String) -> Report { NotesParser().parse(note, source: "a.md") }

    @Test func rowsUnderAWithheldHeaderAreWithheld() {
        let report = parse("""
            ## Notes on the exercise

            | Topic | What happened | Panel only |
            |---|---|---|
            | Caching | Added a cache before measuring | Stronger than Ravi here |
            | Paging | Cursor-based, explained well | — |

            ## Strengths
            - Clear naming
            """)
        let shown = (report.summary + report.other.map(\.markdown)).joined(separator: "\n")
        #expect(!shown.contains("Ravi"))
        #expect(!shown.contains("Caching"))
        #expect(report.privateNotes?.contains { $0.markdown.contains("Stronger than Ravi") } == true)
        #expect(report.strengths.map(\.text) == ["Clear naming"])
    }

    @Test(arguments: [
        ("a vote label", "Vote: Inclined"),
        ("not inclined", "Overall I am not inclined at this level."),
        ("strongly inclined", "Strongly inclined, great signal."),
        ("voted", "I voted hire in the debrief."),
    ])
    func votesAreWithheld(_ name: String, _ line: String) {
        let report = parse("## Summary\n\nA careful engineer.\n\n\(line)\n")
        let shown = report.summary.joined(separator: "\n")
        #expect(shown.contains("A careful engineer."), "\(name)")
        #expect(!shown.lowercased().contains("inclined") && !shown.contains("voted"), "\(name)")
    }

    @Test func aSecondTablesRowsUnderAWithheldHeaderAreWithheld() {
        let report = parse("""
            ## Summary

            Good session.

            | Topic | What happened |
            |---|---|
            | Paging | Cursor-based |

            | Topic | What happened | Panel only |
            |---|---|---|
            | Caching | Added a cache first | Stronger than Ravi here |
            """)
        let shown = report.summary.joined(separator: "\n")
        #expect(shown.contains("Paging"))
        #expect(!shown.contains("Ravi") && !shown.contains("Caching"))
    }

    @Test func aPrivateScoreColumnGivesNoScores() {
        let report = parse("## Ratings\n\n| Competency | Score (HM only) |\n|---|---|\n| Coding | 2 |\n")
        #expect(report.ratings.allSatisfy { $0.score == nil && $0.value.isEmpty })
        #expect(report.privateNotes?.contains { $0.markdown == "2" } == true)
    }

    /// Review: the rules that keep a title or a loop member from opening a private section
    /// stay narrow.
    @Test(arguments: [
        ("notes for the team", "Notes for the team\nShe is also interviewing at Stripe and Figma.\n"),
        ("calibration notes", "Calibration notes\nShe is also interviewing at Stripe and Figma.\n"),
        ("recruiter notes", "Recruiter notes\nShe is also interviewing at Stripe and Figma.\n"),
        ("internal candidate notes", "Summary\nSolid.\n\nInternal candidate notes:\n- She is also interviewing at Stripe and Figma.\n"),
        ("hiring manager with a verdict", "Hiring Manager: Dana Lee - no hire\nShe is also interviewing at Stripe and Figma.\n"),
    ])
    func privateOpeningsStayPrivate(_ name: String, _ note: String) {
        let report = parse(note)
        let shown = (report.summary + report.strengths.map(\.text) + report.other.map(\.markdown))
            .joined(separator: "\n")
        #expect(!shown.contains("Stripe"), "\(name)")
    }

    @Test func aManagersLaterRepliesStayPrivateWhenTheInterviewerWroteFirst() {
        let report = parse("""
            Milo Grant  9:30 AM
            Split parser from printer early, named edge cases out loud; never ran his tests.

            Dana Price  9:41 AM
            thanks! between the two I would still pick Ana.
            lets keep him warm in case she declines.
            """)
        #expect(report.details.interviewer == "Milo Grant")
        let shown = (report.summary + report.other.map(\.markdown)).joined(separator: "\n")
        #expect(!shown.contains("Ana") && !shown.contains("warm"))
    }

    @Test func anArrowLineAfterAPrivateLabelStaysPrivate() {
        let report = parse("## Summary\n\nSteady work.\n\nPrivate: she is on a PIP\n→ she would need a strong reference\n")
        #expect(!report.summary.joined().contains("reference"))
    }
}
