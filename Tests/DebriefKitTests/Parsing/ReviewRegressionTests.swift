import Foundation
import Testing

@testable import DebriefKit

/// Notes from review that were misread or lost words; each pins the reading now expected.
@Suite struct ReviewRegressionTests {
    static func items(_ note: String) -> [(headline: String, detail: String?, examples: [String])] {
        NotesParser().parse(note, source: "review.md").improvements.flatMap(\.items)
            .map { ($0.headline, $0.detail, $0.examples.map(\.text)) }
    }

    @Test func leadingVerbsStayInHeadlines() {
        let items = Self.items("""
            ## Areas for Improvement

            - Ask more clarifying questions, e.g. “What scale are we designing for?”
            - Try to summarise first: “So the plan is a queue and two workers”
            """)
        #expect(items.map(\.headline) == ["Ask more clarifying questions", "Try to summarise first"])
        #expect(items.map(\.examples.count) == [1, 1])
    }

    @Test func twoQuotesJoinedByOrAreTwoPhrasings() {
        let items = Self.items("## Areas for Improvement\n\n- Buy time: \"Let me think about that "
            + "for a moment\" or \"Give me a second to check the numbers\"\n")
        #expect(items.first?.examples.count == 2)
        #expect(items.first?.detail == nil)
    }

    @Test(arguments: ["Suggested phrasing: “Let me summarise in one line”",
                      "Example - “Let me summarise in one line”",
                      "You might say: “Let me summarise in one line”"])
    func labelledPhrasingLines(_ line: String) {
        let items = Self.items("## Areas for Improvement\n\n- Be concise\n  \(line)\n")
        #expect(items.first?.examples == ["Let me summarise in one line"])
        #expect(items.first?.detail == nil)
    }

    @Test func boldStartIsOnlyAHeadlineWithAColonOrDash() {
        let items = Self.items("## Areas for Improvement\n\n- **Edge cases** were missed\n"
            + "- **Testing:** skipped the empty input\n")
        #expect(items.map(\.headline) == ["**Edge cases** were missed", "Testing"])
        #expect(items.map(\.detail) == [nil, "skipped the empty input"])
    }

    @Test func pastedBulletAfterAListIsASibling() {
        let items = Self.items("## Areas for Improvement\n\n- Testing: skipped edge cases\n\n"
            + "• Communication: went quiet\n")
        #expect(items.map(\.headline) == ["Testing", "Communication"])
    }

    @Test func googleDocsLevelsNestBySymbol() {
        let items = Self.items("Areas for Improvement\n\n● Be concise\n○ “Let me summarise”\n"
            + "● Went quiet\n○ explain as you go\n")
        #expect(items.map(\.headline) == ["Be concise", "Went quiet"])
        #expect(items.map(\.examples) == [["Let me summarise"], ["explain as you go"]])
    }

    @Test func plainLineAboveQuotedBulletsIsTheirItem() {
        let items = Self.items("Areas for Improvement\n\nBe concise\n- “Let me summarise”\n"
            + "- “The short version is this”\n")
        #expect(items.map(\.headline) == ["Be concise"])
        #expect(items.first?.examples.count == 2)
    }

    @Test func topLevelQuoteKeepsItsWords() {
        let items = Self.items("## Areas for Improvement\n\n- Testing\n\n"
            + "> Pick tests deliberately.\n\nExample: “Start with empty input” — cheapest first\n")
        #expect(items.first?.examples == ["Pick tests deliberately.", "Start with empty input"])
        #expect(items.first?.detail == "cheapest first")
    }

    @Test func fenceClosedByItsListItemDoesNotSwallowTheNextItem() {
        let report = NotesParser().parse("## Strengths\n\n- Wrote:\n  ```\n  x = 1\n- Clear\n",
                                         source: "a.md")
        #expect(report.strengths.count == 2)
        #expect(report.strengths.last?.text == "Clear")
        #expect(report.strengths.first?.text.contains("Clear") == false)
    }

    @Test func ratingsTableFoundByItsScoreHeaderAndNoColumnLost() {
        let report = NotesParser().parse(
            "| # | Competency | Score | Notes | Evidence |\n|---|---|---|---|---|\n"
                + "| 1 | Coding | 3/4 | clean | two tests |\n", source: "a.md")
        let rating = report.ratings.first
        #expect(rating?.name == "Coding")
        #expect(rating?.score == 3)
        #expect(rating?.comment == "1 — clean — two tests")
        #expect(report.details.candidate == nil)
    }

    @Test func extraDetailColumnsJoinTheValue() {
        let report = NotesParser().parse(
            "## Details\n\n| Field | Value | Notes |\n|---|---|---|\n| Candidate | Jane | remote |\n",
            source: "a.md")
        #expect(report.details.candidate == "Jane — remote")
    }
}

extension ReviewRegressionTests {
    @Test func timeOnItsOwnLineJoinsTheDate() {
        let details = NotesParser().parse("Date: Oct 24, 2025\nTime: 5:00 PM\n\nStrengths\n\n- x\n",
                                          source: "a.md").details
        #expect(details.date == "Oct 24, 2025")
        #expect(details.dateISO == "2025-10-24T17:00")
        #expect(details.extra == [DetailField(key: "Time", value: "5:00 PM")])
    }

    /// Found by a review of this round's reading changes: each private remark must stay
    /// private in every candidate format.
    @Test(arguments: [
        NamedInput("a panel heading that is a private label", "## Summary\nClean code.\n\n## Panel: Hiring Decision\nKEPT1 revisit after refs\n"),
        NamedInput("a private emoji inside a typed line", "## Preparation\nReview caching strategies\nPractise estimates 🔒 between us\nKEPT1 her manager called me\n"),
        NamedInput("a private label after a sentence", "## Strengths\nClean commits throughout. Private: ref lukewarm\nKEPT1 she asked about visas\n"),
        NamedInput("a form's own private heading", "## Summary\nClean code.\n\n## Your private notes\nKEPT1 mentioned a health issue\n"),
        NamedInput("a scorecard row inside a private run", "## Notes\nClear communicator 🔒 between us\nTests ....... skipped\nKEPT1 going through a divorce\n"),
        NamedInput("an ellipsis leader", "## Summary\nGood session.\n  Communication KEPT1 ……… No\n"),
        NamedInput("a soft hyphen inside a verdict", "## Summary\nGood session. No h\u{AD}i\u{AD}re KEPT1. Nice.\n"),
    ])
    func privateRemarksFoundInReviewStayPrivate(_ input: NamedInput<String>) throws {
        let report = NotesParser().parse(input.value, source: "review.md")
        for format in ReportFormat.allCases {
            #expect(!(try ReportRenderer().render(report, as: format)).contains("KEPT1"), "\(format)")
        }
    }

    @Test func aTranscriptsQuestionsAreNotLabels() {
        let report = NotesParser().parse("""
            ## Summary
            Q: What went well on your last project?
            A: We shipped on time.
            """, source: "transcript.md")
        #expect(report.strengths.isEmpty)
    }

    /// Many sentence ends are read in time linear in their number (this took hours when
    /// every run of pieces was read to the end of the text).
    @Test func manySentenceEndsAreReadOnce() {
        let report = NotesParser().parse("## Summary\nyes yes" + String(repeating: "!", count: 20_000) + "\n",
                                         source: "bangs.md")
        #expect(report.summary.count == 1)
    }
}
