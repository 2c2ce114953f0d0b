import Testing

@testable import DebriefKit

/// Leftovers without a title form one "Additional notes" section in every format, and a
/// Markdown report's "## Additional notes" reads back untitled.
@Suite struct OtherSectionsTests {
    static let note = """
        ## Strengths

        - calm

        ## Random thoughts

        kept whole

        [^1]: first leftover

        ## Additional notes

        second leftover
        """

    @Test func untitledLeftoversAreMergedInEveryFormat() throws {
        let report = NotesParser().parse(Self.note, source: "a.md")
        #expect(report.other.filter { $0.title == nil }.count >= 1)
        for format in [ReportFormat.md, .text, .html] {
            let output = try ReportRenderer().render(report, as: format)
            let headings = output.components(separatedBy: "Additional notes").count - 1
            #expect(headings == 1, "\(format)")
            #expect(output.contains("second leftover"), "\(format)")
        }
    }

    @Test func additionalNotesHeadingReadsBackUntitled() {
        let report = NotesParser().parse("## Strengths\n\n- calm\n\n## Additional notes\n\nx\n",
                                         source: "a.md")
        #expect(report.other.map(\.title) == [nil])
    }
}
