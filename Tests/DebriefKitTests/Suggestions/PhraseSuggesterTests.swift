import Foundation
import Testing

@testable import DebriefKit

@Suite struct PhraseSuggesterTests {
    static func report(_ items: [String], examples: [String: [String]] = [:]) -> Report {
        var report = Report(source: "test.md")
        report.improvements = [ImprovementArea(title: nil, items: items.enumerated().map {
            ImprovementItem(headline: $1, line: $0 + 1,
                            examples: (examples[$1] ?? []).map { ExamplePhrasing(text: $0) })
        })]
        return report
    }

    @Test func builtInPhrasebookIsLargeEnough() {
        let phrasebook = Phrasebook.builtIn
        #expect(Set(phrasebook.entries.map(\.area)).count >= 15)
        #expect(phrasebook.entries.flatMap(\.phrasings).count >= 80)
        #expect(Set(phrasebook.entries.map(\.id)).count == phrasebook.entries.count)
    }

    @Test func itemsWithoutExamplesGetSuggestionsOnTopic() throws {
        var report = Self.report(["no tests at all", "went quiet while debugging",
                                  "never stated the time complexity"])
        PhraseSuggester().suggest(into: &report, limit: 2)
        let items = report.improvements[0].items
        let areas = items.map { $0.examples.first?.entry?.split(separator: "/").first }
        #expect(areas == ["testing", "communicating-progress", "complexity-analysis"])
        for item in items {
            #expect(item.examples.count == 2)
            #expect(item.examples.allSatisfy { $0.origin == .phrasebook && $0.line == nil })
        }
    }

    @Test(arguments: ["asdf qwer", "zzz", "lorem ipsum dolor sit amet", "ok"])
    func nonsenseGetsNothing(_ item: String) {
        var report = Self.report([item])
        PhraseSuggester().suggest(into: &report, limit: 2)
        #expect(report.improvements[0].items[0].examples.isEmpty)
    }

    @Test func itemsWithExamplesAreLeftAlone() {
        var report = Self.report(["no tests"], examples: ["no tests": ["I'll test the empty case."]])
        PhraseSuggester().suggest(into: &report, limit: 2)
        #expect(report.improvements[0].items[0].examples.map(\.origin) == [.notes])
    }

    @Test func neverRepeatsAPhrasingFromTheNotes() throws {
        let phrasing = try #require(Phrasebook.builtIn.entries.first { $0.id.hasPrefix("testing/") })
            .phrasings[0]
        var report = Self.report(["no tests", "never tested it"],
                                 examples: ["no tests": [phrasing]])
        PhraseSuggester().suggest(into: &report, limit: 5)
        let suggested = report.improvements[0].items[1].examples.map(\.text)
        #expect(!suggested.isEmpty)
        #expect(!suggested.contains(phrasing))
        #expect(Set(suggested).count == suggested.count)
    }

    /// A large note: every item without examples still gets suggestions, and a phrasing the
    /// notes hold once, among 10,000 other phrasings, is never suggested. (The set of phrasings
    /// in the notes is built once per note, not copied per item.)
    @Test func largeNoteGetsSuggestionsForEveryItem() throws {
        var probe = Self.report(["no tests"])
        PhraseSuggester().suggest(into: &probe, limit: 1)
        let taken = try #require(probe.improvements[0].items[0].examples.first).text

        let headlines = ["no tests", "went quiet while debugging", "never stated complexity"]
        var items: [String] = []
        var examples: [String: [String]] = ["written 0": [taken]]
        for index in 0..<20_000 where index % 2 == 0 {
            items.append("written \(index)")
            if index > 0 {
                examples["written \(index)"] = ["Phrasing number \(index) from the notes."]
            }
            items.append(headlines[index / 2 % headlines.count])
        }
        var report = Self.report(items, examples: examples)
        PhraseSuggester().suggest(into: &report, limit: 2)

        let all = report.improvements[0].items
        #expect(all.count == 20_000)
        let suggestedFor = all.filter { !$0.headline.hasPrefix("written") }
        #expect(suggestedFor.count == 10_000)
        #expect(suggestedFor.allSatisfy { $0.examples.count == 2 })
        #expect(suggestedFor.allSatisfy { $0.examples.allSatisfy { $0.origin == .phrasebook } })
        #expect(!suggestedFor.contains { $0.examples.map(\.text).contains(taken) })
        #expect(all.filter { $0.headline.hasPrefix("written") }
            .allSatisfy { $0.examples.count == 1 && $0.examples[0].origin == .notes })
    }

    @Test func limitZeroSuggestsNothing() {
        var report = Self.report(["no tests"])
        PhraseSuggester().suggest(into: &report, limit: 0)
        #expect(report.improvements[0].items[0].examples.isEmpty)
    }

    @Test func teamPhrasebookRanksFirst() throws {
        let team = try Phrasebook(text: """
            ## Areas for Improvement

            ### Testing

            - **Test before done**: tests, untested
              - “Our team phrasing about tests.”
            """, source: "teams/acme.md")
        var report = Self.report(["no tests"])
        PhraseSuggester(teamPhrasebooks: [team]).suggest(into: &report, limit: 2)
        let examples = report.improvements[0].items[0].examples
        #expect(examples.first?.text == "Our team phrasing about tests.")
        #expect(examples.first?.entry == "acme.md:testing/test-before-done")
        #expect(examples.last?.entry?.hasPrefix("testing/") == true)
    }

    @Test func searchFindsPhrasingsForAQuery() {
        let found = PhraseSuggester().search("rambled, no clear result in the story", limit: 3)
        #expect(found.count == 3)
        #expect(found.first?.entry.hasPrefix("star-structure/") == true)
        #expect(PhraseSuggester().search("asdf qwer", limit: 3).isEmpty)
    }

    /// Each case is named by the message it expects; the phrasebook text is looked up.
    static let badPhrasebooks: [String: (text: String, line: Int?)] = [
        "has no phrasings": ("## Areas for Improvement\n\n### Testing\n\n"
                                 + "- **No phrasings**: tests\n", 5),
        "area title": ("## Areas for Improvement\n\n- **Untitled**\n  - “A phrasing.”\n", 3),
        "appears twice": ("## Areas for Improvement\n\n### Testing\n\n- **Twice**\n  - “A.”\n"
                              + "- **Twice**\n  - “B.”\n", 7),
        "no phrasings found": ("Just some text.\n", nil),
    ]

    @Test(arguments: badPhrasebooks.keys.sorted())
    func badPhrasebookNamesTheLine(_ message: String) throws {
        let (text, line) = try #require(Self.badPhrasebooks[message])
        #expect {
            _ = try Phrasebook(text: text, source: "team.md")
        } throws: { error in
            guard let error = error as? PhrasebookError else { return false }
            return error.line == line && error.message.contains(message)
                && error.description.hasPrefix("team.md")
        }
    }
}

/// The example notes' items without phrasings get suggestions on topic (areas judged by
/// hand, with a second choice where an item could fairly be read two ways).
@Suite struct ExampleSuggestionTests {
    static let expected: [(example: String, headlinePrefix: String, areas: Set<String>)] = [
        ("terse-pros-cons.md", "no tests", ["testing"]),
        ("terse-pros-cons.md", "silent ~6 min", ["communicating-progress"]),
        ("terse-pros-cons.md", "cancellation path untested", ["testing"]),
        ("terse-pros-cons.md", "never stated complexity", ["complexity-analysis"]),
        ("terse-pros-cons.md", "hand-waved memory limits",
         ["technical-depth", "estimation", "scalability"]),
        ("terse-pros-cons.md", "didn't check in on time",
         ["time-management", "collaboration-and-check-ins"]),
        ("google-docs-export.md", "Keep the setup under thirty seconds",
         ["star-structure", "time-management", "structuring-the-answer"]),
    ]

    @Test(arguments: expected.indices)
    func suggestionIsOnTopic(_ index: Int) throws {
        let (example, prefix, areas) = Self.expected[index]
        var report = NotesParser().parse(try TestFiles.text("Examples/\(example)"),
                                         source: example)
        let before = try #require(report.improvements.flatMap(\.items)
            .first { $0.headline.hasPrefix(prefix) })
        #expect(before.examples.isEmpty, "the notes already have a phrasing for \(prefix)")
        PhraseSuggester().suggest(into: &report, limit: 2)
        let item = try #require(report.improvements.flatMap(\.items)
            .first { $0.headline.hasPrefix(prefix) })
        let suggestedAreas = item.examples.compactMap { $0.entry?.split(separator: "/").first }
            .map(String.init)
        let onTopic = suggestedAreas.first.map(areas.contains) == true
        if Self.knownMisses.contains(prefix) {
            // Kept visible rather than dropped: the matcher reads "the decision you made" as
            // a trade-off. Fails loudly once it is fixed, so the note can go.
            withKnownIssue("\(prefix) → \(suggestedAreas)") { #expect(onTopic) }
        } else {
            #expect(onTopic, "\(prefix) → \(suggestedAreas)")
        }
    }

    static let knownMisses: Set<String> = ["Keep the setup under thirty seconds"]
}

/// The areas added for interview kinds beyond coding and system design, found by `debrief
/// phrases`' search, and items no phrasing fits left without one, with a note saying why.
@Suite struct NewAreaSuggestionTests {
    static let queries: [NamedInput<(String, String)>] = [
        NamedInput("mobile main thread", ("decoded the images on the UI thread, scrolling janked", "main-thread-and-concurrency-on-mobile")),
        NamedInput("offline sync", ("no plan for syncing edits made while offline", "offline-mode-and-sync")),
        NamedInput("accessibility", ("no ARIA roles, a screen reader could not use the dropdown", "accessibility")),
        NamedInput("experiment design", ("ran the A/B test without a power calculation or a sample size", "experiment-design")),
        NamedInput("delegation", ("still takes the hardest tickets instead of delegating to the team", "delegation")),
        NamedInput("incident response", ("during the outage gave no status updates and never rolled back", "incident-response")),
        NamedInput("injection", ("built the SQL query by concatenating user input", "input-validation-and-injection")),
        NamedInput("code review", ("review comments were all nits, nothing on the design of the change", "giving-code-review-feedback")),
    ]

    @Test(arguments: queries)
    func searchFindsTheNewArea(_ input: NamedInput<(String, String)>) {
        let found = PhraseSuggester().search(input.value.0, limit: 1)
        #expect(found.first?.entry.hasPrefix(input.value.1 + "/") == true, "\(found.first?.entry ?? "nothing")")
    }

    static let notSkills: [NamedInput<String>] = [
        NamedInput("logistics", "laptop battery died at minute 40"),
        NamedInput("the interviewer's own process", "my co-interviewer asked too many follow-ups"),
        NamedInput("praise in the wrong place", "clean, well-named code throughout"),
        NamedInput("a placeholder", "see above"),
    ]

    @Test(arguments: notSkills)
    func noSuggestionAndANoteSaysWhy(_ input: NamedInput<String>) {
        var report = Report(source: "n.md")
        report.improvements = [ImprovementArea(title: nil, items: [ImprovementItem(headline: input.value, line: 3)])]
        PhraseSuggester().suggest(into: &report, limit: 2)
        #expect(report.improvements[0].items[0].examples.isEmpty)
        #expect(report.diagnostics.map(\.code) == [.noSuggestion])
        #expect(report.diagnostics.first?.location?.line == 3)
        #expect(report.diagnostics.first?.severity == .note)
    }
}
