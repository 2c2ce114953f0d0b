@testable import DebriefKit
import Testing

/// Entries and diagnostics point at the 1-based line (and column) where they were written.
@Suite struct SourceLocationParsingTests {
    func parse(_ text: String) -> Report {
        NotesParser().parse(text, source: "where.md")
    }

    @Test func strengthsCarryTheirLines() {
        let report = parse("""
            # Loop notes

            Strengths
            • Fast
            • Careful
                with edge cases

            ## Pros

            - Friendly
            """)
        #expect(report.strengths.map(\.text) == ["Fast", "Careful with edge cases", "Friendly"])
        #expect(report.strengths.map(\.line) == [4, 5, 10])
    }

    @Test func improvementItemsAndExamplesCarryTheirLines() throws {
        let report = parse("""
            ## Areas for Improvement

            Pacing — examples you can say
            • Pause between steps:
              “Let me check the time.”
            • Summarise at the end
            """)
        let items = report.improvements.flatMap(\.items)
        #expect(items.map(\.line) == [4, 6])
        #expect(items.first?.examples.map(\.line) == [5])
    }

    @Test func ratingsAndOtherSectionsCarryTheirLines() {
        let report = parse("## Ratings\n\nCoding: 3/4\n\nDesign: 2/4\n\n## Photos\n\nnone\n")
        #expect(report.ratings.map(\.line) == [3, 5])
        #expect(report.other.map(\.line) == [7])
    }

    @Test func linesCountFromTheFileStartAfterBOMAndCRLF() {
        let report = parse("\u{FEFF}## Strengths\r\n\r\n- Calm\r\n- Kind\r\n")
        #expect(report.strengths.map(\.text) == ["Calm", "Kind"])
        #expect(report.strengths.map(\.line) == [3, 4])
    }

    @Test func diagnosticsCarryLineAndColumn() {
        let report = parse("""
            ## Details

            Candidate: Mara
               loose words here

            ## Sketches

            two photos

            ## Improvements

            > “Lead with the goal.”
            """)
        let located = report.diagnostics.map { ($0.code, $0.location) }
        #expect(located.map(\.0) == ["unparsed-detail", "unclassified-section", "orphan-example"])
        #expect(located.map(\.1) == [
            SourceLocation(line: 4, column: 4),
            SourceLocation(line: 6, column: 1),
            SourceLocation(line: 12, column: 3),
        ])
    }

    @Test func diagnosticsAreSortedByPlace() {
        let report = parse("""
            ## Ratings

            unclear
            Date: someday soon

            ## Strengths

            ### Coding

            - tidy
            """)
        let lines = report.diagnostics.compactMap { $0.location?.line }
        #expect(lines == lines.sorted())
        #expect(report.diagnostics.map(\.code).contains("flattened-subheading"))
        #expect(report.diagnostics.first { $0.code == "flattened-subheading" }?.location
            == SourceLocation(line: 8, column: 1))
    }

    @Test func inlineLabelContentStartsAfterTheLabel() throws {
        let report = parse("Notes from the call.\n\nPros: calm under pressure\n")
        let strength = try #require(report.strengths.first)
        #expect(strength.text == "calm under pressure")
        #expect(strength.line == 3)
    }

    @Test(arguments: [(0, 5), (-1, 1)] as [(Int32, Int32)])
    func unknownCmarkPositionsBecomeNil(_ line: Int32, _ column: Int32) {
        #expect(SourceLocation(cmarkLine: line, column: column) == nil)
    }

    @Test func cmarkColumnZeroBecomesOne() {
        #expect(SourceLocation(cmarkLine: 3, column: 0) == SourceLocation(line: 3, column: 1))
        #expect(SourceLocation(line: 3, column: 7).description == "3:7")
    }
}
