@testable import DebriefKit
import Testing

/// Section labels in every house style: headings, bold paragraphs, plain lines, numbering,
/// emoji, colons and case, for each kind of section.
@Suite struct SectionLabelsParsingTests {
    /// One kind of section: a label for it, one line of content, and how to see it was read.
    struct LabelCase: Sendable, CustomTestStringConvertible {
        var kind: String
        var label: String
        var content: String

        var testDescription: String { kind }

        func isRead(in report: Report) -> Bool {
            switch kind {
            case "details": report.details.candidate == "Ada Byron"
            case "summary": report.summary == ["Steady and clear throughout."]
            case "strengths": report.strengths.map(\.text) == ["Calm under pressure"]
            case "improvements":
                report.improvements.flatMap(\.items).map(\.headline) == ["Slow down"]
            case "preparation": report.preparation == ["Review heaps"]
            case "ratings": report.ratings.map(\.name) == ["Coding"]
            case "private":
                report.privateNotes?.map(\.markdown) == ["Lean hire."]
                    && report.privateNotes?.first?.kind == .section
            default: false
            }
        }
    }

    enum LabelForm: String, CaseIterable, Sendable {
        case heading1, heading3, numberedHeading, bold, boldColon, plain, colon, numbered
        case emoji, upper, lower

        func write(_ label: String) -> String {
            switch self {
            case .heading1: "# \(label)"
            case .heading3: "### \(label)"
            case .numberedHeading: "## 2. \(label)"
            case .bold: "**\(label)**"
            case .boldColon: "**\(label):**"
            case .plain: label
            case .colon: "\(label):"
            // A plain "2. Strengths" line is a one-item ordered list to CommonMark.
            case .numbered: "2. \(label)"
            case .emoji: "✅ \(label)"
            case .upper: label.uppercased()
            case .lower: label.lowercased()
            }
        }
    }

    static let cases = [
        LabelCase(kind: "details", label: "Interview Details", content: "Candidate: Ada Byron"),
        LabelCase(kind: "summary", label: "Overall Feedback",
                  content: "Steady and clear throughout."),
        LabelCase(kind: "strengths", label: "Strengths", content: "- Calm under pressure"),
        LabelCase(kind: "improvements", label: "Areas for Improvement", content: "- Slow down"),
        LabelCase(kind: "preparation", label: "Next Steps", content: "- Review heaps"),
        LabelCase(kind: "ratings", label: "Scores", content: "Coding: 3/4"),
        LabelCase(kind: "private", label: "Hiring Recommendation", content: "Lean hire."),
    ]

    func parse(_ text: String) -> Report {
        NotesParser().parse(text, source: "labels.md")
    }

    /// One case per kind, every form inside it: seven kinds times eleven forms as separate
    /// cases made 77 lines of log; each expectation names its form instead.
    @Test(arguments: cases)
    func labelIsRecognisedInEveryForm(_ labelCase: LabelCase) {
        for form in LabelForm.allCases {
            let report = parse("\(form.write(labelCase.label))\n\n\(labelCase.content)\n")
            #expect(labelCase.isRead(in: report), "\(form)")
            #expect(report.other.isEmpty, "\(form)")
            #expect(report.diagnostics.isEmpty, "\(form)")
        }
    }

    @Test func plainNumberedLabelLineIsRecognised() {
        // Was a bug: CommonMark reads "2. Strengths" as an ordered list starting at 2.
        let report = parse("2. Strengths\n\n- Calm under pressure\n")
        #expect(report.strengths.map(\.text) == ["Calm under pressure"])
        #expect(report.other.isEmpty)
    }

    /// A plain line that names the section in a sentence of its own ("Where he could
    /// improve") starts the improvements; before, its items were taken for strengths.
    @Test(arguments: ["Where he could improve", "Where she could do better", "Things to improve",
                      "What needs work", "Improve"])
    func plainSentenceLabelStartsTheImprovements(_ label: String) {
        let report = parse("What went well\n- Calm under pressure\n\n\(label)\n- Slow down\n")
        #expect(report.strengths.map(\.text) == ["Calm under pressure"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["Slow down"])
    }

    /// Outliners (Logseq, Workflowy, Notion's bullets) nest each section under its name.
    @Test(arguments: [
        NamedInput("two-space indent", "- Summary\n  - Calm and clear.\n- Strengths\n  - Read the logs first\n- Areas for improvement\n  - Skipped tests\n"),
        NamedInput("tab indent", "- Summary\n\t- Calm and clear.\n- Strengths\n\t- Read the logs first\n- Areas for improvement\n\t- Skipped tests\n"),
        NamedInput("a detail item first", "- Candidate: Ada Byron\n- Strengths\n  - Read the logs first\n- Areas for improvement\n  - Skipped tests\n"),
    ])
    func outlineOfSectionsIsReadAsSections(_ input: NamedInput<String>) {
        let report = parse(input.value)
        #expect(report.strengths.map(\.text) == ["Read the logs first"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["Skipped tests"])
        #expect(report.other.isEmpty)
    }

    @Test func outlinePrivateSectionStaysPrivate() {
        let report = parse("- Strengths\n  - Calm\n- Private\n  - Lean hire, check with the panel\n")
        #expect(report.strengths.map(\.text) == ["Calm"])
        #expect(report.privateNotes?.contains { $0.markdown.contains("Lean hire") } == true)
    }

    /// An item with notes under it is an item when its line is not a section's name.
    @Test func nestedItemsThatAreNotSectionsStayItems() {
        let report = parse("## Strengths\n\n- Communication\n  - explained each step\n- Growth mindset\n  - took hints well\n")
        #expect(report.strengths.count == 2)
        #expect(report.improvements.isEmpty)
    }

    /// Terse notes: "+" lines are strengths and the "-" lines after them concerns, with no
    /// label at all.
    @Test func plusAndMinusListsWithoutLabels() {
        let report = parse("Quick notes, pairing round.\n\n+ calm under pressure\n+ tested first\n- no error handling\n- slow start\n")
        #expect(report.strengths.map(\.text) == ["calm under pressure", "tested first"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["no error handling", "slow start"])
    }

    /// Under a label, "+" and "-" lists are that section's items, whatever their marker.
    @Test func plusAndMinusListsUnderALabelStayInIt() {
        let report = parse("## Strengths\n\n+ calm\n- tested first\n")
        #expect(report.strengths.map(\.text) == ["calm", "tested first"])
        #expect(report.improvements.isEmpty)
    }

    @Test func unknownLabelIsKeptUnderOther() throws {
        let report = parse("""
            ## Strengths

            - Quick to test

            ## Whiteboard Photos

            Two sketches of the queue.
            """)
        #expect(report.strengths.map(\.text) == ["Quick to test"])
        #expect(report.other.count == 1)
        let other = try #require(report.other.first)
        #expect(other.title == "Whiteboard Photos")
        #expect(other.markdown == "Two sketches of the queue.")
        #expect(other.line == 5)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1)
        #expect(diagnostic.code == "unclassified-section")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(line: 5, column: 1))
    }

    @Test func noteWithoutSectionsKeepsEverythingUnderOther() throws {
        let report = parse("""
            Talked through a rate limiter.

            ## Random Thoughts

            - token bucket came up
            """)
        #expect(report.summary.isEmpty)
        #expect(report.strengths.isEmpty)
        #expect(report.improvements.isEmpty)
        let text = report.other.map(\.markdown).joined(separator: "\n")
        #expect(text.contains("Talked through a rate limiter."))
        #expect(text.contains("- token bucket came up"))
        #expect(report.diagnostics.map(\.code) == ["no-sections"])
        #expect(report.diagnostics.first?.severity == .warning)
        #expect(report.diagnostics.first?.location?.line == 1)
    }

    @Test func inlineLabelSharesItsLineWithContent() {
        let report = parse("""
            Pros: calm under pressure
            Cons: rushed the final test
            Next steps: practise graphs
            """)
        #expect(report.strengths.map(\.text) == ["calm under pressure"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["rushed the final test"])
        #expect(report.preparation == ["practise graphs"])
        #expect(report.other.isEmpty)
    }

    @Test func inlineLabelDoesNotApplyToRatingsOrDetails() {
        // "Score: 3/4" is a rating and "Info: ..." reads as a key, not a label with content.
        let report = parse("## Ratings\n\nScore: 3/4\n")
        #expect(report.ratings.map(\.name) == ["Score"])
        #expect(report.ratings.first?.score == 3)
    }

    @Test func headingThatIsNotALabelStaysInsideAHigherSection() {
        let report = parse("""
            ## Areas for Improvement

            ### Testing

            - Cover the empty list
            """)
        #expect(report.improvements.map(\.title) == ["Testing"])
        #expect(report.other.isEmpty)
    }

    @Test func leadingTitleHeadingIsKeptAsDetail() {
        let report = parse("# Mock loop for Ada\n\n## Strengths\n\n- Tidy code\n")
        #expect(report.details.extra.first == DetailField(key: "title", value: "Mock loop for Ada"))
        #expect(report.strengths.map(\.text) == ["Tidy code"])
        #expect(report.other.isEmpty)
    }
}
