@testable import DebriefKit
import Testing

/// Areas for improvement: area titles, item headlines and details, and example phrasings.
@Suite struct ImprovementsParsingTests {
    func parse(_ text: String) -> Report {
        NotesParser().parse(text, source: "improvements.md")
    }

    func items(_ body: String) -> [ImprovementItem] {
        parse("## Areas for Improvement\n\n\(body)\n").improvements.flatMap(\.items)
    }

    @Test(arguments: [
        "Collaboration — examples you can say",
        "Collaboration – Example phrasings:",
        "**Collaboration — what you could say**",
        "**Collaboration (examples)**",
        "### Collaboration — examples you can say",
    ])
    func areaTitleDropsExamplesTail(_ title: String) {
        let report = parse("Areas for Improvement\n\n\(title)\n• Check in before deep dives\n")
        #expect(report.improvements.map(\.title) == ["Collaboration"])
        #expect(report.improvements.first?.items.map(\.headline) == ["Check in before deep dives"])
    }

    @Test func itemsWithoutAreaHaveNilTitle() {
        let report = parse("## Improvements\n\n- Name the bottleneck\n- Slow down\n")
        #expect(report.improvements.count == 1)
        #expect(report.improvements.first?.title == nil)
        #expect(report.improvements.first?.items.map(\.headline) == [
            "Name the bottleneck", "Slow down",
        ])
    }

    @Test(arguments: [
        ("- **Pacing:**", "Pacing", nil),
        ("- Check in often:", "Check in often", nil),
        ("- **Testing:** skipped the empty input", "Testing", "skipped the empty input"),
        ("- **Testing**: skipped the empty input", "Testing", "skipped the empty input"),
        ("- __Scope__ — ask early", "Scope", "ask early"),
        ("- Costs: name them out loud", "Costs", "name them out loud"),
    ] as [(String, String, String?)])
    func headlineAndDetail(_ line: String, headline: String, detail: String?) throws {
        let item = try #require(items(line).first)
        #expect(item.headline == headline)
        #expect(item.detail == detail)
        #expect(item.examples.isEmpty)
    }

    @Test(arguments: [
        ("  “Shall I go deeper on storage?”", ["Shall I go deeper on storage?"]),
        ("  \"Shall I go deeper on storage?\"", ["Shall I go deeper on storage?"]),
        ("  “Is read latency key?” or “Do writes matter more?”",
         ["Is read latency key?", "Do writes matter more?"]),
        ("  - Pause after each step", ["Pause after each step"]),
        ("  ◦ “Pause after each step.”", ["Pause after each step."]),
        ("\n  > I will stop here and check.", ["I will stop here and check."]),
        ("  Example: How many users per day?", ["How many users per day?"]),
        ("  e.g. “Is this global?”", ["Is this global?"]),
        ("  Say: I would like to confirm the API.", ["I would like to confirm the API."]),
        ("  Try: Can we relax consistency?", ["Can we relax consistency?"]),
        ("  Try saying “we dedupe on the consumer side”", ["we dedupe on the consumer side"]),
    ])
    func examplesUnderAnItem(_ below: String, expected: [String]) throws {
        let bullet = below.hasPrefix("  ◦") ? "•" : "-"
        let found = items("\(bullet) Clarify scope\n\(below)")
        #expect(found.count == 1)
        let item = try #require(found.first)
        #expect(item.headline == "Clarify scope")
        #expect(item.detail == nil)
        #expect(item.examples.map(\.text) == expected)
        #expect(item.examples.allSatisfy { $0.origin == .notes })
    }

    @Test func quoteOnTheSameLineAfterAColon() throws {
        let item = try #require(items("- Narrate while coding: “Let me think aloud here.”").first)
        #expect(item.headline == "Narrate while coding")
        #expect(item.detail == nil)
        #expect(item.examples == [ExamplePhrasing(text: "Let me think aloud here.", line: 3)])
    }

    @Test func leadInWordBeforeSameLineQuoteIsDropped() throws {
        let line = "- Mention the cache, e.g. \"We could cache hot keys\""
        let item = try #require(items(line).first)
        #expect(item.headline == "Mention the cache")
        #expect(item.examples.map(\.text) == ["We could cache hot keys"])
    }

    /// British notes quote in straight single quotes, which are apostrophes too: only a quote
    /// that opens a word and one that ends a word pair up.
    @Test func straightSingleQuotesMarkPhrasings() throws {
        let inline = try #require(items("- Rushed in; try 'Could I restate the problem first?'").first)
        #expect(inline.headline == "Rushed in")
        #expect(inline.examples.map(\.text) == ["Could I restate the problem first?"])

        let apostrophes = "- Didn't check in; say 'I'm going to test the empty case now'"
        let withApostrophes = try #require(items(apostrophes).first)
        #expect(withApostrophes.headline == "Didn't check in")
        #expect(withApostrophes.examples.map(\.text) == ["I'm going to test the empty case now"])

        let plural = try #require(items("- Skipped the users' questions about 'rate limits' entirely").first)
        #expect(plural.headline == "Skipped the users' questions about 'rate limits' entirely")
        #expect(plural.examples.isEmpty)
    }

    @Test func labelOfSeveralWordsBeforeAPhrasingIsDropped() throws {
        let item = try #require(items("- No check-ins. Try saying: “Shall I go on to the API?”").first)
        #expect(item.headline == "No check-ins.")
        #expect(item.detail == nil)
        #expect(item.examples.map(\.text) == ["Shall I go on to the API?"])
    }

    @Test func quotedTermInsideTextIsNotAnExample() throws {
        let onLine = try #require(items("- The queue is “at-least-once” so say it").first)
        #expect(onLine.headline == "The queue is “at-least-once” so say it")
        #expect(onLine.examples.isEmpty)

        let detailLine = "- Be precise:\n  The queue is “at-least-once” by design."
        let below = try #require(items(detailLine).first)
        #expect(below.headline == "Be precise")
        #expect(below.detail == "The queue is “at-least-once” by design.")
        #expect(below.examples.isEmpty)
    }

    @Test func proseUnderItemIsDetailAndQuotesAreExamples() throws {
        let item = try #require(items("""
            - Structure answers

              Jumped between topics.

              “First the data model, then the API.”
            """).first)
        #expect(item.headline == "Structure answers")
        #expect(item.detail == "Jumped between topics.")
        #expect(item.examples.map(\.text) == ["First the data model, then the API."])
        #expect(item.examples.first?.line == 7)
    }

    @Test func areasFromHeadingsAndPlainLinesGroupTheirItems() {
        let report = parse("""
            ## Improvements

            **Depth**

            - Go deeper on indexes

            Communication
            • Summarise before coding
            """)
        #expect(report.improvements.map(\.title) == ["Depth", "Communication"])
        #expect(report.improvements.map { $0.items.map(\.headline) } == [
            ["Go deeper on indexes"], ["Summarise before coding"],
        ])
    }

    @Test func nextLabelEndsTheImprovements() {
        let report = parse("## Improvements\n\n- Go deeper\n\n## Next Steps\n\n- Read on B-trees\n")
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["Go deeper"])
        #expect(report.preparation == ["Read on B-trees"])
    }

    @Test func exampleWithoutItemBecomesItsOwnItem() throws {
        let report = parse("## Improvements\n\n> “Lead with the goal first.”\n")
        let item = try #require(report.improvements.first?.items.first)
        #expect(item.headline == "Lead with the goal first.")
        #expect(item.examples.map(\.text) == ["Lead with the goal first."])
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.code == "orphan-example")
        #expect(diagnostic.location == SourceLocation(line: 3, column: 3))
    }

    @Test(arguments: [
        ("Try: “Can we relax it?”", ["Can we relax it?"]),
        ("“A?” or “B?”", ["A?", "B?"]),
        ("Say: I'd confirm first.", ["I'd confirm first."]),
        ("*“Shall I go on?”*", ["Shall I go on?"]),
        ("'Let me sketch the tables first.'", ["Let me sketch the tables first."]),
        ("'I'd check the input size' or 'Can it be empty?'", ["I'd check the input size", "Can it be empty?"]),
    ])
    func exampleLineSplitting(_ line: String, expected: [String]) {
        let split = ExampleText.phrasings(inExampleLine: line)
        #expect(split.phrasings == expected)
        #expect(split.rest.isEmpty)
    }

    @Test(arguments: ["Trying harder", "Saying less", "Sayonara", "Example of a cache",
                      "'Tis a lone apostrophe", "' spaced quote'"])
    func wordsThatStartLikeLabelsDoNotStartExamples(_ text: String) {
        #expect(!ExampleText.startsExample(text))
    }
}
