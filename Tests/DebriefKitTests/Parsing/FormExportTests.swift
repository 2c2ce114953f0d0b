import Testing

@testable import DebriefKit

/// ATS exports: a form's questions as labels with the answers as their content, and the
/// rules between a withheld score and the next part leave nothing behind.
@Suite struct FormExportTests {
    @Test func questionsAreLabelsAndAnswersTheirContent() {
        let report = NotesParser().parse("""
            Feedback for Daniela Souza
            Interviewer: Chris Taylor

            Question: What were the candidate's key strengths?
            Answer: Excellent writer with a clear point of view.

            Question: What concerns do you have / areas for development?
            Answer: Limited experience with attribution reporting.

            Question: Any advice for the candidate for the next interview?
            Answer: Keep the take-home brief to the page limit.
            """, source: "lever.md")
        #expect(report.strengths.map(\.text) == ["Excellent writer with a clear point of view."])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["Limited experience with attribution reporting."])
        #expect(report.preparation == ["Keep the take-home brief to the page limit."])
        #expect(!report.summary.joined().contains("Question"))
    }

    @Test func aQuestionTheFormKeepsPrivateStaysPrivate() {
        let report = NotesParser().parse("""
            Question: What did the candidate do well?
            Answer: Clear structure.

            Question: Notes for the hiring team
            Answer: Would not advance.
            """, source: "private.md")
        #expect(report.strengths.map(\.text) == ["Clear structure."])
        #expect(report.privateNotes?.contains { $0.markdown.contains("advance") } == true)
    }

    @Test func rulesAloneKeepNoSection() {
        let report = NotesParser().parse("""
            **Candidate:** Ana Lima

            ---

            **Strengths**
            - Clean code
            """, source: "rules.md")
        #expect(report.other.isEmpty)
        #expect(report.strengths.map(\.text) == ["Clean code"])
    }

    /// A Notion export wraps callouts in `<aside>`: once the private one's words are withheld,
    /// neither the wrapper nor an empty point is left in the list.
    @Test func wrappersOfAWithheldCalloutLeaveNoPoint() throws {
        let report = NotesParser().parse("""
            ## Preparation

            - Prepare a one-slide summary of limitations

            <aside>
            🔒 Not for the candidate: hiring panel leaning yes.

            </aside>
            """, source: "aside.md")
        #expect(report.preparation == ["Prepare a one-slide summary of limitations"])
        let markdown = try ReportRenderer().render(report, as: .md)
        #expect(!markdown.contains("\n-\n"))
        #expect(!markdown.contains("leaning"))
    }
}
