import Foundation
import Testing

@testable import DebriefKit

/// Each dialect example is recognised as its dialect, and the house-style examples as plain
/// Markdown, so no reader rewrites a note it was not written for.
@Suite struct DialectDetectionTests {
    static let examples: [(String, Dialect)] = [
        ("confluence-html-export.md", .html), ("logseq-outline.md", .logseq),
        ("obsidian-callouts.md", .obsidian), ("jira-wiki-markup.md", .jira),
        ("slack-messages.md", .slack), ("email-feedback.md", .email), ("word-paste.md", .word),
        ("notes-app-paste.md", .markdown), ("google-docs-export.md", .markdown),
        ("terse-pros-cons.md", .markdown), ("obsidian-front-matter.md", .markdown),
        ("ats-scorecard.md", .markdown),
    ]

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    @Test(arguments: examples.map(\.0))
    func exampleIsReadInItsDialect(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expected = Self.examples.first { $0.0 == name }?.1
        #expect(Dialect.detect(lines) == expected)
    }

    @Test func rewrittenLinesMapBackToTheNote() {
        // `<br>` splits one line in two; the item after it still names line 5.
        let note = "## Strengths\n\n- Clear&nbsp;naming<br>and tests\n\n- Calm<br>and kind &amp; quick"
        let report = NotesParser(dialect: .html).parse(note, source: "a.md")
        #expect(report.strengths.map(\.line) == [3, 5])
    }

    /// One message copied on its own has one author line, which opens the note; a line that
    /// gives the interview's time is not an author line.
    @Test(arguments: [
        NamedInput("one message", ("Ana Lee  10:42 AM\nStrengths: clear plan\nAreas to improve: no tests\n", Dialect.slack)),
        NamedInput("one message after a blank line", ("\nAna Lee 4:05 PM\nStrengths: clear plan\n", .slack)),
        NamedInput("interview time first", ("Onsite 2:30 PM\n\n## Strengths\n- clear plan\n", .markdown)),
        NamedInput("call time first", ("Debrief call 4:00 PM\nStrengths: clear plan\n", .markdown)),
        NamedInput("author line later", ("## Strengths\n- clear plan\n\nAna Lee 10:42 AM\n", .markdown)),
    ])
    func oneSlackMessageIsASlackPaste(_ input: NamedInput<(String, Dialect)>) {
        let (note, expected) = input.value
        let lines = note.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Dialect.detect(lines) == expected)
    }

    /// Slack's desktop app copies the time in brackets; the lines under it carry their
    /// section in their emoji, with no label above them.
    @Test func bracketedTimesAndEmojiItems() {
        let note = """
            Mia Torres [9:14 AM]
            notes on the pairing round
            :star: wrote the failing test before the fix
            :small_red_triangle: never checked the retry limit
            Mia Torres [9:20 AM]
            :star: kept the commits small
            """
        let lines = note.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Dialect.detect(lines) == .slack)
        let report = NotesParser().parse(note, source: "a.md")
        #expect(report.strengths.map(\.text) == ["wrote the failing test before the fix", "kept the commits small"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["never checked the retry limit"])
    }

    @Test func oneSlackMessageLosesItsAuthorLine() {
        let note = "Ana Lee  10:42 AM\nStrengths: clear plan\nAreas to improve: no tests\n"
        let report = NotesParser().parse(note, source: "a.md")
        #expect(report.other.isEmpty)
        #expect(report.strengths.map(\.text) == ["clear plan"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["no tests"])
    }

    @Test func slackShortcodesBecomeLabels() {
        let note = "Ana Lee  10:42 AM\n:white_check_mark: *Strengths*\n• clear plan\n"
            + ":warning: *Areas to improve*\n• no tests\n"
        let report = NotesParser(dialect: .slack).parse(note, source: "a.md")
        #expect(report.strengths.map(\.text) == ["clear plan"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["no tests"])
    }
}
