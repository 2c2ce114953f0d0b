import Testing

@testable import DebriefKit

/// Examples are what a candidate could say; the interviewer's observations and the
/// candidate's own quoted words stay in the item's text.
@Suite struct ItemsByMeaningTests {
    func items(_ body: String) -> [ImprovementItem] {
        NotesParser().parse("## Areas for Improvement\n\n\(body)\n", source: "a.md")
            .improvements.flatMap(\.items)
    }

    @Test func quoteInsideASentenceIsTheCandidatesWords() {
        let found = items("- Scaling was hand-wavy (\"just put it in Kafka\") and unsized")
        #expect(found.first?.headline == "Scaling was hand-wavy (\"just put it in Kafka\") and unsized")
        #expect(found.first?.examples.isEmpty == true)
    }

    @Test func observationsUnderAnItemAreItsDetail() {
        let found = items("- Testing\n  - skipped the empty input\n  - She never ran the tests")
        #expect(found.first?.detail == "skipped the empty input; She never ran the tests")
        #expect(found.first?.examples.isEmpty == true)
    }

    @Test func tableGivesOneItemPerRowByHeader() {
        let found = items("""
            | Try saying | Area | What happened |
            | --- | --- | --- |
            | "Let me size this first." | Estimation | skipped the numbers |
            """)
        // The first column is the headline whatever its header; the others by their names.
        #expect(found.count == 1)
        let simple = items("""
            | Area | What happened | Try saying |
            | --- | --- | --- |
            | Estimation | skipped the numbers | "Let me size this first." |
            | Testing | no edge cases | "I'll test the empty case." |
            """)
        #expect(simple.map(\.headline) == ["Estimation", "Testing"])
        #expect(simple.map(\.detail) == ["skipped the numbers", "no edge cases"])
        #expect(simple.map { $0.examples.map(\.text) } == [["Let me size this first."],
                                                           ["I'll test the empty case."]])
        #expect(simple.map(\.line) == [5, 6])
    }

    static let codeNote = """
        ## Areas for Improvement

        - **Handle nil**: the lookup crashed

          ```swift
          let x = cache[key]!
          ```

        - **Name things**: unclear names
        """

    @Test func codeUnderAnItemIsABlockInEveryFormat() throws {
        let report = NotesParser().parse(Self.codeNote, source: "a.md")
        let items = report.improvements.flatMap(\.items)
        #expect(items.map(\.headline) == ["Handle nil", "Name things"])
        #expect(items.first?.detail == "the lookup crashed\n\n```swift\nlet x = cache[key]!\n```")
        let renderer = ReportRenderer(options: .init(audience: .candidate))
        let html = try renderer.render(report, as: .html)
        #expect(html.contains("<pre><code>let x = cache[key]!"))
        #expect(!html.contains("```"))
        let text = try renderer.render(report, as: .text)
        #expect(text.contains("\n        let x = cache[key]!\n"))
        #expect(!text.contains("```"))
        let markdown = try renderer.render(report, as: .md)
        let reread = NotesParser().parse(markdown, source: "a.md")
        #expect(reread.improvements.flatMap(\.items).map(\.detail) == items.map(\.detail))
    }
}
