@testable import DebriefKit
import Testing

/// Ratings from tables and from "Competency: 3/4" lines.
@Suite struct RatingsParsingTests {
    func parse(_ text: String) -> Report {
        NotesParser().parse(text, source: "ratings.md")
    }

    @Test func tableWithScoreAndNotesColumns() {
        let report = parse("""
            ## Ratings

            | Competency | Score | Notes |
            |---|---|---|
            | Coding | 3/4 | tidy loops |
            | Design | 2/4 | |
            """)
        #expect(report.ratings == [
            Rating(name: "Coding", score: 3, scale: 4, value: "3/4", comment: "tidy loops",
                   line: 5),
            Rating(name: "Design", score: 2, scale: 4, value: "2/4", comment: nil, line: 6),
        ])
        #expect(report.other.isEmpty)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func tableScoreColumnIsFoundByName() {
        let report = parse("""
            ## Scorecard

            | Area | Notes | Rating |
            |---|---|---|
            | Testing | missed nulls | 3 out of 4 |
            """)
        #expect(report.ratings == [
            Rating(name: "Testing", score: 3, scale: 4, value: "3 out of 4",
                   comment: "missed nulls", line: 5),
        ])
    }

    @Test func ratingLines() {
        let report = parse("""
            ## Scores

            Communication: 3/4
            Problem solving: 3 out of 4
            - Testing — 2/5
            Culture add: Strong yes
            """)
        #expect(report.ratings == [
            Rating(name: "Communication", score: 3, scale: 4, value: "3/4", line: 3),
            Rating(name: "Problem solving", score: 3, scale: 4, value: "3 out of 4", line: 4),
            Rating(name: "Testing", score: 2, scale: 5, value: "2/5", line: 5),
        ])
        // "Strong yes" is a hiring verdict, whatever row it stands in.
        #expect(report.privateNotes?.map(\.markdown) == ["Culture add: Strong yes"])
        #expect(report.diagnostics.map(\.code) == ["withheld"])
    }

    @Test(arguments: [
        ("3/4", 3.0, 4.0),
        ("3 / 4", 3.0, 4.0),
        ("3 out of 4", 3.0, 4.0),
        ("2 of 5", 2.0, 5.0),
        ("3.5", 3.5, nil),
        ("★★★☆", 3.0, 4.0),
        ("Strong hire", nil, nil),
        ("3 4", nil, nil),
    ] as [(String, Double?, Double?)])
    func scoreIsReadFromText(_ text: String, score: Double?, scale: Double?) {
        let (readScore, readScale) = RatingsRecogniser.score(in: text)
        #expect(readScore == score)
        #expect(readScale == scale)
    }

    @Test func lineThatIsNotARatingIsKeptAndReported() throws {
        let report = parse("## Ratings\n\nCoding: 4/4\nwe ran out of time\n")
        #expect(report.ratings.map(\.name) == ["Coding"])
        #expect(report.other == [
            OtherSection(title: "Ratings", markdown: "we ran out of time", line: 4),
        ])
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.code == "unparsed-rating")
        #expect(diagnostic.location == SourceLocation(line: 4, column: 1))
    }

    @Test func ratingTableCommentCellDoesNotLeakPrivateComment() {
        // Was a bug: "tidy <!-- … -->" became the rating's comment, visible to the candidate.
        let report = parse("""
            ## Ratings

            | Competency | Score | Notes |
            |---|---|---|
            | Coding | 3/4 | tidy <!-- hesitant on recursion --> |
            """)
        #expect(report.ratings.first?.comment == "tidy")
        #expect(report.privateNotes?.map(\.markdown) == ["hesitant on recursion"])
        #expect(report.prepared(for: .candidate).privateNotes == nil)
    }

    @Test func ratingsListedOnTheLabelLine() {
        let report = parse("## Strengths\n\n- calm\n\nRatings: Coding 4/5, Testing 3/5, Design 2/5.\n")
        #expect(report.ratings.map(\.name) == ["Coding", "Testing", "Design"])
        #expect(report.ratings.map(\.score) == [4, 3, 2])
        #expect(report.strengths.map(\.text) == ["calm"])
    }
}
