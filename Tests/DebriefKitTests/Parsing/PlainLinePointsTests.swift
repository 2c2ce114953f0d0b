import Testing

@testable import DebriefKit

/// Notes pasted from a document or typed quickly put one point per line without bullets,
/// under labels of many shapes. Each line is a point; prose an editor wrapped stays one.
@Suite struct PlainLinePointsTests {
    static func parse(_ text: String) -> Report { NotesParser().parse(text, source: "note.md") }

    @Test func eachTypedLineIsAPoint() {
        let report = Self.parse("""
            Strengths
            Clear communication throughout
            Tested the edge cases first

            Areas to improve
            Naming could be clearer
            Ran out of time on the follow-up

            Prep
            Read about indexes
            Practise out loud
            """)
        #expect(report.strengths.map(\.text) == ["Clear communication throughout", "Tested the edge cases first"])
        #expect(report.improvements.flatMap(\.items).map(\.headline)
            == ["Naming could be clearer", "Ran out of time on the follow-up"])
        #expect(report.preparation == ["Read about indexes", "Practise out loud"])
    }

    @Test func proseAnEditorWrappedStaysOnePoint() {
        // Wrapped at 72 columns: no line's next word would have fitted on it.
        let report = Self.parse("""
            Strengths
            She broke the problem into a parser and an evaluator before writing any
            code, and explained the interface between them without being asked to.
            """)
        #expect(report.strengths.count == 1)
        #expect(report.strengths.first?.text.hasPrefix("She broke the problem") == true)
    }

    @Test func aShortTopicHeadsTheLineBelowIt() {
        let report = Self.parse("""
            Areas to improve
            System design
            Did not consider caching for the read path.
            """)
        let items = report.improvements.flatMap(\.items)
        #expect(items.map(\.headline) == ["System design"])
        #expect(items.first?.detail == "Did not consider caching for the read path.")
    }

    @Test(arguments: [
        NamedInput("a strength's word denied", "not so great:"),
        NamedInput("capitalised", "Not so good"),
    ])
    func aDeniedStrengthLabelOpensImprovements(_ input: NamedInput<String>) {
        let report = Self.parse("Summary\nGood run.\n\n\(input.value)\n- vague on the layout\n")
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["vague on the layout"])
    }

    @Test func aLabelLongOnlyForItsAsideIsALabel() {
        let report = Self.parse("""
            Needs work
            - Monitoring after launch

            Prep for the next round (the onsite has a second design round and a coding round):
            1. Read about feature stores
            2. Practise estimates out loud
            """)
        #expect(report.preparation == ["Read about feature stores", "Practise estimates out loud"])
    }

    @Test(arguments: [
        NamedInput("recommendation systems", "ML Engineer – system design (recommendation systems)"),
        NamedInput("decision making", "Decision making"),
        NamedInput("internal tools", "Internal tools experience"),
        NamedInput("status codes", "Status codes and retries"),
    ])
    func aTechnicalTermIsNotAPrivateLabel(_ input: NamedInput<String>) {
        #expect(LabelClassifier.classify(input.value)?.kind != .privateNotes)
        #expect(!LabelClassifier.isPrivate(input.value))
    }

    @Test func privateCuesStillReadPrivateBesideATerm() {
        #expect(LabelClassifier.classify("Internal notes")?.kind == .privateNotes)
        #expect(LabelClassifier.classify("Hiring decision")?.kind == .privateNotes)
        #expect(LabelClassifier.isPrivate("Private notes on the recommendation"))
    }

    @Test func detailsWrittenAsAssignmentsAreDetails() {
        let report = Self.parse("""
            ML Engineer – system design
            candidate = Ibrahim Nasser
            interviewer = Sofia Lindqvist
            date = 2024-09-03

            Summary: decent design.
            """)
        #expect(report.details.candidate == "Ibrahim Nasser")
        #expect(report.details.interviewer == "Sofia Lindqvist")
        #expect(report.details.date == "2024-09-03")
    }

    @Test func anOutlineOfSectionsNamedByTheirWordsIsRead() {
        let report = Self.parse("""
            - candidate:: Liam Walsh
            - ## Observed lesson
            \t- What worked
            \t\t- Every pupil answered on a whiteboard
            \t- To develop
            \t\t- Have an extension task ready
            """)
        #expect(report.strengths.map(\.text) == ["Every pupil answered on a whiteboard"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["Have an extension task ready"])
    }

    @Test func itemsWithDetailsUnderThemStayItems() {
        let report = Self.parse("""
            ## Areas to improve
            - Testing could improve
              - add unit tests for the parser
            - Naming could improve
              - longer names for the loop variables
            """)
        #expect(report.improvements.flatMap(\.items).count == 2)
        #expect(report.strengths.isEmpty)
    }
}
