import Testing

@testable import DebriefKit

/// A panel's notes give each interviewer a part, under a heading that names them or a line
/// that is only a name the "Panel:" line lists. The parts read as one report; the names are
/// the interviewers, and no heading lands among the areas or at the end.
@Suite struct PanelNotesTests {
    @Test func interviewerHeadingsHeadTheirPartsOnly() {
        let report = NotesParser().parse("""
            # Panel debrief — Wang Fang, QA Lead

            ## Interviewer 1: Ahmed Hassan (test strategy)

            Summary: Presented a risk-based test strategy.

            Strengths
            - Started from a risk matrix

            Improvements
            - Little on performance testing

            ## Interviewer 2: Laura Chen (leadership)

            Coached a junior tester into owning the regression suite.

            Improvements
            - Stories were general rather than concrete
            """, source: "panel.md")
        #expect(report.details.interviewer == "Ahmed Hassan, Laura Chen")
        #expect(report.summary == ["Presented a risk-based test strategy.",
                                   "Coached a junior tester into owning the regression suite."])
        #expect(report.improvements.flatMap(\.items).map(\.headline)
            == ["Little on performance testing", "Stories were general rather than concrete"])
        #expect(report.improvements.allSatisfy { $0.title == nil })
        #expect(report.other.isEmpty)
    }

    @Test func aLineThatIsOnlyAListedNameHeadsAPart() {
        let report = NotesParser().parse("""
            Panel interview – Ward Manager
            Candidate: Aoife Byrne
            Panel: Dr Ravi Menon (Clinical Director), Claire Hughes (Head of Nursing)

            Ravi Menon
            A well organised answer on bed pressures.

            Claire Hughes
            Strengths
            - Knew the escalation route
            """, source: "names.md")
        #expect(report.summary == ["A well organised answer on bed pressures."])
        #expect(report.strengths.map(\.text) == ["Knew the escalation route"])
        #expect(report.other.isEmpty)
    }

    @Test func anInterviewerHeadingInsidePrivateNotesStaysPrivate() {
        let report = NotesParser().parse("""
            # Feedback — Ana Lima

            ## Strengths
            - Clean code

            ## Private notes
            Lean hire.

            ### Interviewer 2: Laura Chen
            Would not advance her.
            """, source: "private.md")
        #expect(report.details.interviewer == nil)
        #expect(!report.summary.joined().contains("advance"))
    }
}
