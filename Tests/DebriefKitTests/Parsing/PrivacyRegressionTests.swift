import Foundation
import Testing

@testable import DebriefKit

/// Notes that once let private text reach a candidate report (found in review). Each must
/// keep the marked text out of every candidate format.
@Suite struct PrivacyRegressionTests {
    static let notes: [NamedInput<String>] = [
        // A nested private label must not end its private section early.
        NamedInput("nested-label-lean-no-hire",
            "**Hiring Recommendation**\n\n**Lean No Hire**\n\nSECRET lied about the migration.\n"),
        NamedInput("nested-recommendation-in-private-notes",
            "## Private Notes\n\n**Hiring Recommendation**\n\nNo hire.\n\n**Concerns**\n\n"
                + "- SECRET tenure\n"),
        NamedInput("plain-recommendation-in-private-notes",
            "## Private Notes\n\nRecommendation\nLean no hire.\n"
                + "Concerns: SECRET not senior enough\n"),
        // A plain private label holds label-like lines below it.
        NamedInput("plain-private-label-holds-labels",
            "Strengths\n• Clear\nInterviewer Only\nOverall: SECRET lean no hire\n"
                + "Cons: SECRET weak\n"),
        // Labels CommonMark took into a list item (lazy continuation).
        NamedInput("labels-in-lazy-list-continuation",
            "Pros:\n- calm\nCons:\n- rushed\nDecision: SECRET no hire\n"),
        // Numbered labels without blank lines.
        NamedInput("numbered-labels-without-blank-lines",
            "Feedback\nGood session.\n2. Strengths\n• Clear\n3. Hiring Recommendation\n"
                + "SECRET lied\n"),
        NamedInput("numbered-summary-then-private",
            "1. Summary\nGood session.\n2. Hiring Recommendation\nSECRET lied\n"),
        // A rule under text makes a setext heading of several lines.
        NamedInput("setext-heading-over-lines",
            "Strengths\n• Clear\n---\nInterviewer Only\nSECRET lied about tenure\n---\n"),
        // A line ending in ':' must not swallow a private label below it.
        NamedInput("colon-line-before-private-notes",
            "Details\nCandidate: Jane\nTargeted Company:\nPrivate Notes\nSECRET lied\n"),
        NamedInput("colon-line-before-interviewer-only",
            "Strengths\n• Good at trade-offs, for example:\nInterviewer Only\nSECRET no hire.\n"),
        // Comments in and around code.
        NamedInput("comment-after-inline-code",
            "Strengths\n```npm test``` ran first\n• Clear <!-- SECRET tenure -->\n"),
        NamedInput("comment-after-longer-fence",
            "## Strengths\n\n````\ncode\n```\n````\n\n- Clear <!-- SECRET -->\n"),
        NamedInput("comment-after-open-fence-in-list",
            "## Strengths\n\n- Wrote:\n  ```\n  x\n- Clear <!-- SECRET -->\n"),
        // A comment runs to the next '-->' or, unclosed, to the end of the note.
        NamedInput("unclosed-comment",
            "## Strengths\n\n- Clear <!-- SECRET ask Bob\n\n## Areas for Improvement\n\n"
                + "- Testing\n"),
        NamedInput("unclosed-comment-arrow-later",
            "## Strengths\n\n- Clear <!-- SECRET ask\n\n## Areas for Improvement\n\n- Testing\n"
                + "- Design: drew client --> cache but no DB\n"),
        // Private labels used inside details and ratings.
        NamedInput("decision-in-details",
            "## Details\n\nCandidate: Jane\nDecision: SECRET no hire\n"),
        NamedInput("decision-in-ratings",
            "## Ratings\n\nCoding: 3/4\nDecision: SECRET no hire\n"),
        // Private labels as detail keys, scorecard rows, bold lines and headings.
        NamedInput("front-matter-recommendation",
            "---\ncandidate: Jane\nrecommendation: SECRET strong no hire\n---\n## Strengths\n\n"
                + "- x\n"),
        NamedInput("hiring-decision-detail-bullet",
            "## Details\n\n- Candidate: Jane\n- Hiring Decision: SECRET reject\n"),
        NamedInput("scorecard-recommendation-row",
            "## Scorecard\n\n| Competency | Score |\n|---|---|\n| Coding | 3/4 |\n"
                + "| Hiring Recommendation | SECRET No Hire |\n"),
        NamedInput("bold-decision-line",
            "## Strengths\n\n- Clear\n\n**Decision: No hire**\n\nSECRET he lied.\n"),
        NamedInput("recommendation-heading",
            "## Strengths\n\n- Clear\n\n## Recommendation: No Hire\n\nSECRET he lied.\n"),
        // Private headings not in the label list.
        NamedInput("private-notes-do-not-share",
            "## Strengths\n\n- Clear\n\n## Private notes (do not share)\n\nSECRET\n"),
        NamedInput("internal-only-heading",
            "## Strengths\n\n- Clear\n\n## Internal only\n\nSECRET\n"),
        NamedInput("confidential-heading",
            "## Strengths\n\n- Clear\n\n## Confidential\n\nSECRET\n"),
        NamedInput("final-recommendation-heading",
            "## Strengths\n\n- Clear\n\n## Final Recommendation\n\nSECRET\n"),
        NamedInput("lettered-private-notes-heading",
            "## Strengths\n\n- Clear\n\n## B) Private Notes\n\nSECRET\n"),
        // Private labels written as bullets.
        NamedInput("decision-bullet-in-cons",
            "Pros:\n- fast\nCons:\n- no tests\n- Decision: no hire SECRET\n"),
        NamedInput("recommendation-bullet-in-improvements",
            "## Areas for Improvement\n\n- Testing\n- **Recommendation**: SECRET no hire\n"),
        NamedInput("verdict-bullet",
            "Feedback\nGood.\n• Verdict: SECRET\n"),
        // Hyphens, apostrophes and camelCase in private labels.
        NamedInput("interviewer-only-hyphenated",
            "## Strengths\n\n- x\n\n## Interviewer-only notes\n\nSECRET\n"),
        NamedInput("internal-only-bold",
            "## Strengths\n\n- x\n\n**Internal-only:**\n\nSECRET\n"),
        NamedInput("interviewers-notes-apostrophe",
            "## Strengths\n\n- x\n\n## Interviewer’s notes\n\nSECRET\n"),
        NamedInput("camel-case-front-matter-keys",
            "---\nhiringRecommendation: SECRET\ninternal-notes: SECRET\n---\n## Strengths\n\n- x\n"
                + ""),
        NamedInput("notes-to-self-heading",
            "## Strengths\n\n- x\n\n## Notes to self\n\nSECRET\n"),
        // Any heading under a plain or bold private label stays private.
        NamedInput("heading-under-plain-private-label",
            "Hiring Recommendation\nLean no hire\n### Level calibration\nWould be L4 SECRET\n"),
        NamedInput("heading-under-bold-private-label",
            "**Private notes**\n\nx\n\n#### Why I hesitate\n\nSECRET\n"),
        // Nested private keys in front matter, private columns in a scorecard.
        NamedInput("nested-front-matter-key",
            "---\nhiring: {decision: SECRET no hire}\n---\n## Strengths\n\n- x\n"),
        NamedInput("private-scorecard-column",
            "## Ratings\n\n| Competency | Score | Private notes |\n|---|---|---|\n"
                + "| Coding | 3/4 | SECRET |\n"),
    ]

    @Test(arguments: notes)
    func secretStaysPrivate(_ note: NamedInput<String>) throws {
        let report = NotesParser().parse(note.value, source: "\(note.name).md")
        for format in ReportFormat.allCases {
            let output = try ReportRenderer(options: .init(audience: .candidate))
                .render(report, as: format)
            #expect(!output.contains("SECRET"), "leaks in \(format)")
        }
        let internalJSON = try ReportRenderer(options: .init(audience: .internal))
            .render(report, as: .json)
        #expect(internalJSON.contains("SECRET"), "private text was lost")
    }

    @Test func unclosedCommentHidesTheRestOfTheNoteAndSaysSo() {
        let report = NotesParser().parse(Self.notes.named("unclosed-comment"), source: "a.md")
        #expect(report.strengths.map(\.text) == ["Clear"])
        #expect(report.improvements.isEmpty)
        #expect(report.diagnostics.contains { $0.code == "unclosed-comment" })
    }

    @Test func commentClosedAfterABlankLineHidesItsTail() {
        let report = NotesParser().parse(
            "## Summary\n\nSolid round. <!-- private: level her\n\nat L4, SECRET -->\n\nMore.\n",
            source: "a.md")
        #expect(report.summary == ["Solid round.", "More."])
        #expect(!report.diagnostics.contains { $0.code == "unclosed-comment" })
    }

    @Test func labelsSplitOutOfAList() {
        let report = NotesParser().parse(Self.notes.named("labels-in-lazy-list-continuation"),
                                         source: "a.md")
        #expect(report.strengths.map(\.text) == ["calm"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["rushed"])
    }

    @Test func labelInsidePrivateSectionIsReported() {
        let report = NotesParser().parse(Self.notes.named("plain-private-label-holds-labels"),
                                         source: "a.md")
        #expect(report.strengths.map(\.text) == ["Clear"])
        #expect(report.summary.isEmpty)
        #expect(report.diagnostics.contains { $0.code == "label-kept-private" })
    }
}
