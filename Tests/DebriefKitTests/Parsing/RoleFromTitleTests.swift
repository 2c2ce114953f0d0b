import Testing

@testable import DebriefKit

/// A title that names a job and no candidate gives the role ("Scorecard — Frontend Engineer
/// (React)"), as does an "Interview:" line that names one; a summary sentence never does.
@Suite struct RoleFromTitleTests {
    @Test(arguments: [
        NamedInput("after a generic head", ("Interview Feedback – Backend Engineer (Payments)", "Backend Engineer (Payments)")),
        NamedInput("after a scorecard head", ("Scorecard — Frontend Engineer (React)", "Frontend Engineer (React)")),
        NamedInput("before the word interview", ("Data Engineer interview – notes (François Lefèvre)", "Data Engineer")),
        NamedInput("an acronym opens it", ("ML Engineer – system design (recommendation systems)", "ML Engineer")),
        NamedInput("a hyphen between parts", ("Store mgr interview - Westfield site", "Store mgr")),
    ])
    func theTitleNamesTheRole(_ input: NamedInput<(String, String)>) {
        let report = NotesParser().parse("\(input.value.0)\nCandidate: Ana Lima\n\nSummary\nGood session.\n",
                                         source: "title.md")
        #expect(report.details.role == input.value.1)
    }

    @Test func anInterviewLineThatNamesTheJobGivesTheRole() {
        let report = NotesParser().parse(
            "**Interview:** iOS Engineer — Architecture & Code Review\n**Candidate:** Ana Lima\n\nSummary\nGood.\n",
            source: "interview.md")
        #expect(report.details.role == "iOS Engineer")
    }

    @Test(arguments: [
        NamedInput("a title that judges", "Strong engineer\n\nStrengths\n- Clean code\n"),
        NamedInput("a summary's first line", "Summary\nSolid Backend Engineer overall.\n\nStrengths\n- Clean code\n"),
    ])
    func aJudgementNamesNoRole(_ input: NamedInput<String>) {
        #expect(NotesParser().parse(input.value, source: "lead.md").details.role == nil)
    }

    @Test(arguments: [
        NamedInput("the candidate's own recommendation", "1. Stating your recommendation up front"),
        NamedInput("the candidate's own decision", "Explain your decision"),
        NamedInput("advice about recommendations", "Making recommendations actionable"),
    ])
    func aLabelSpeakingToTheCandidateIsNotPrivate(_ input: NamedInput<String>) {
        #expect(!LabelClassifier.isPrivate(input.value))
    }

    @Test func aHiringTeamLabelWithADashIsPrivate() {
        let report = NotesParser().parse("""
            Recommended prep
            * Review the MEDDICC framework

            Hiring team only – do not forward
            The ask is 140k, which works.
            """, source: "team.md")
        #expect(report.preparation == ["Review the MEDDICC framework"])
        #expect(report.privateNotes?.contains { $0.markdown.contains("140k") } == true)
    }
}
