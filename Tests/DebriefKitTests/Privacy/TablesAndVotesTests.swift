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
}
