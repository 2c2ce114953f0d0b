import Testing

@testable import DebriefKit

/// Each rule against a note that triggers it (its line and column checked) and one that
/// does not, near misses included. Notes are complete apart from what each case is about, so
/// only the rule under test can fire.
@Suite struct LintRuleTests {
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var rule: String
        var line: Int
        var column: Int

        var description: String { "\(rule)@\(line):\(column)" }
    }

    /// A clean note with `strengths`, `improvements` and `summary` spliced in.
    static func note(summary: String = "We built a rate limiter; the design held up well.",
                     strengths: String = "- Asked about the burst size before choosing token buckets",
                     improvements: String = """
                         - Test the empty input before the happy path
                           “Let me start with an empty list, then one element.”
                         """,
                     extra: String = "") -> String {
        """
        Candidate: Ada Park
        Level: L5
        Date: 2026-03-02
        Interview type: Coding

        Summary

        \(summary)

        Strengths

        \(strengths)

        Areas for improvement

        \(improvements)
        \(extra)
        """
    }

    static func findings(_ text: String, only rules: Set<String>? = nil) -> [Expected] {
        Linter().lint(text, file: "note.md")
            .filter { rules?.contains($0.code.rawValue) ?? ($0.severity != .note) }
            .map { Expected(rule: $0.code.rawValue, line: $0.location?.line ?? 0,
                            column: $0.location?.column ?? 0) }
    }

    @Test func theCleanNoteHasNoFinding() {
        #expect(Self.findings(Self.note()) == [])
    }

    static let triggering: [NamedInput<(String, Expected)>] = [
        NamedInput("no strengths section", (
            "Candidate: A\nLevel: L4\nDate: 2026-01-05\nInterview type: Coding\n\nAreas for improvement\n\n"
                + "- Ask about input size first\n  “How large can n get?”\n",
            Expected(rule: "missing-strengths", line: 1, column: 1))),
        NamedInput("empty strengths section", (
            note(strengths: ""), Expected(rule: "missing-strengths", line: 10, column: 1))),
        NamedInput("empty improvements section", (
            note(improvements: ""), Expected(rule: "missing-improvements", line: 14, column: 1))),
        NamedInput("empty preparation section", (
            note(extra: "\nPreparation\n"), Expected(rule: "empty-section", line: 19, column: 1))),
        NamedInput("an area with no item", (
            note(improvements: "### Impact\n\n### Testing\n\n- Test the empty input first\n  “Let me start with an empty list.”"),
            Expected(rule: "empty-section", line: 16, column: 5))),
        NamedInput("six improvement items", (
            note(improvements: (1...6).map { "- Walk through example \($0) before coding\n  “Let me trace it.”" }
                .joined(separator: "\n")),
            Expected(rule: "too-many-improvements", line: 14, column: 1))),
        NamedInput("bare judgement strength", (
            note(strengths: "- Good communication."), Expected(rule: "vague-feedback", line: 12, column: 3))),
        NamedInput("bare judgement improvement", (
            note(improvements: "- Needs work on databases."),
            Expected(rule: "vague-feedback", line: 16, column: 3))),
        NamedInput("personality word", (
            note(strengths: "- Explained the queue design, though came across as arrogant when challenged"),
            Expected(rule: "personality-language", line: 12, column: 53))),
        NamedInput("coded word", (
            note(summary: "Solid session, but my gut feeling is that he would not fit in."),
            Expected(rule: "personality-language", line: 8, column: 20))),
        NamedInput("a sentence without its subject", (
            note(summary: "Was a bit emotional when the first test failed."),
            Expected(rule: "personality-language", line: 8, column: 11))),
        NamedInput("nationality", (
            note(summary: "A very Indian way of explaining the design."),
            Expected(rule: "protected-characteristic", line: 8, column: 8))),
        NamedInput("accent", (
            note(summary: "Her accent made the design discussion hard to follow at times."),
            Expected(rule: "protected-characteristic", line: 8, column: 5))),
        NamedInput("children", (
            note(summary: "Mentioned she has two kids, so the walkthrough was rushed."),
            Expected(rule: "protected-characteristic", line: 8, column: 23))),
        NamedInput("hiring decision in the summary", (
            note(summary: "Clear reasoning throughout. Strong hire from me."),
            Expected(rule: "hiring-language", line: 8, column: 29))),
        NamedInput("salary in the summary", (
            note(summary: "Good design work. She expects 180k base, above our band."),
            Expected(rule: "confidential-visible", line: 8, column: 23))),
        NamedInput("note to the hiring team", (
            note(summary: "Good design work. (For the recruiter: she is interviewing elsewhere too.)"),
            Expected(rule: "confidential-visible", line: 8, column: 20))),
        NamedInput("no level", (
            "Candidate: A\nDate: 2026-01-05\nInterview type: Coding\n\nStrengths\n\n- Asked about n first\n\n"
                + "Areas for improvement\n\n- Ask about input size first\n  “How large can n get?”\n",
            Expected(rule: "missing-detail", line: 1, column: 1))),
    ]

    @Test(arguments: triggering)
    func ruleFires(_ input: NamedInput<(String, Expected)>) {
        let (text, expected) = input.value
        #expect(Self.findings(text, only: [expected.rule]) == [expected])
    }

    /// Words with a technical or everyday sense, quoted phrasings, and private sections.
    static let nearMisses: [NamedInput<String>] = [
        NamedInput("aggressive caching strategy", note(strengths: "- He proposed an aggressive caching strategy for hot keys")),
        NamedInput("a culture of testing", note(summary: "She described building a culture of testing on her last team.")),
        NamedInput("emotional intelligence", note(summary: "The story showed emotional intelligence in a hard 1:1.")),
        NamedInput("defensive programming", note(strengths: "- Used defensive programming around the parser's inputs")),
        NamedInput("child process and parent node", note(strengths: "- Killed the child process cleanly and rebalanced at the parent node")),
        NamedInput("native app and health check", note(strengths: "- Compared the native app with the web view and added a health check")),
        NamedInput("accent colour", note(strengths: "- Checked the accent colour's contrast ratio against WCAG AA")),
        NamedInput("age of the cache entries", note(strengths: "- Evicted by the age of the cache entries, with a 5-minute TTL")),
        NamedInput("blind spot", note(strengths: "- Named the blind spot in their own monitoring plan")),
        NamedInput("the emotional tone of a thing", note(summary: "He built a classifier for the emotional tone of support chats.")),
        NamedInput("religious adherence", note(strengths: "- Religious adherence to semantic versioning in the API")),
        NamedInput("race condition", note(strengths: "- Found the race condition in the counter with two threads")),
        NamedInput("fat jar", note(strengths: "- Shipped a fat jar and explained the start-up cost")),
        NamedInput("quoted phrasing with coded words", note(improvements: """
            - Push back on the interviewer's hint when you disagree
              “I don't want to be defensive, but I think the lock is still needed here.”
            """)),
        NamedInput("hiring decision in a private section", note(extra: "\nPrivate notes\n\nStrong hire. Expects 180k. A bit arrogant.\n")),
        NamedInput("hiring decision in a comment", note(extra: "\n<!-- strong hire, comp 200k, too old for the team? -->\n")),
        NamedInput("five improvement items", note(improvements: (1...5).map { "- Walk through example \($0) before coding\n  “Let me trace it.”" }
            .joined(separator: "\n"))),
        NamedInput("the absence of a named thing", note(improvements: "- no tests")),
        NamedInput("specific strength", note(strengths: "- Communicated the plan before coding: sort, then one pass")),
        NamedInput("moving forward with the rollback", note(strengths: "- Decided on moving forward with the rollback after 3 minutes")),
    ]

    @Test(arguments: nearMisses)
    func nearMissDoesNotFire(_ input: NamedInput<String>) {
        #expect(Self.findings(input.value) == [])
    }
}
