import Foundation
import Testing

@testable import DebriefKit

/// Notes that once let private text reach a candidate report (found in review). Each must
/// keep the marked text out of every candidate format.
@Suite struct PrivacyRegressionTests {
    static let notes: [String] = [
        // A nested private label must not end its private section early.
        "**Hiring Recommendation**\n\n**Lean No Hire**\n\nSECRET lied about the migration.\n",
        "## Private Notes\n\n**Hiring Recommendation**\n\nNo hire.\n\n**Concerns**\n\n- SECRET tenure\n",
        "## Private Notes\n\nRecommendation\nLean no hire.\nConcerns: SECRET not senior enough\n",
        // A plain private label holds label-like lines below it.
        "Strengths\n• Clear\nInterviewer Only\nOverall: SECRET lean no hire\nCons: SECRET weak\n",
        // Labels CommonMark took into a list item (lazy continuation).
        "Pros:\n- calm\nCons:\n- rushed\nDecision: SECRET no hire\n",
        // Numbered labels without blank lines.
        "Feedback\nGood session.\n2. Strengths\n• Clear\n3. Hiring Recommendation\nSECRET lied\n",
        "1. Summary\nGood session.\n2. Hiring Recommendation\nSECRET lied\n",
        // A rule under text makes a setext heading of several lines.
        "Strengths\n• Clear\n---\nInterviewer Only\nSECRET lied about tenure\n---\n",
        // A line ending in ':' must not swallow a private label below it.
        "Details\nCandidate: Jane\nTargeted Company:\nPrivate Notes\nSECRET lied\n",
        "Strengths\n• Good at trade-offs, for example:\nInterviewer Only\nSECRET no hire.\n",
        // Comments in and around code.
        "Strengths\n```npm test``` ran first\n• Clear <!-- SECRET tenure -->\n",
        "## Strengths\n\n````\ncode\n```\n````\n\n- Clear <!-- SECRET -->\n",
        "## Strengths\n\n- Wrote:\n  ```\n  x\n- Clear <!-- SECRET -->\n",
        // A comment runs to the next '-->' or, unclosed, to the end of the note.
        "## Strengths\n\n- Clear <!-- SECRET ask Bob\n\n## Areas for Improvement\n\n- Testing\n",
        "## Strengths\n\n- Clear <!-- SECRET ask\n\n## Areas for Improvement\n\n- Testing\n"
            + "- Design: drew client --> cache but no DB\n",
        // Private labels used inside details and ratings.
        "## Details\n\nCandidate: Jane\nDecision: SECRET no hire\n",
        "## Ratings\n\nCoding: 3/4\nDecision: SECRET no hire\n",
        // Private labels as detail keys, scorecard rows, bold lines and headings.
        "---\ncandidate: Jane\nrecommendation: SECRET strong no hire\n---\n## Strengths\n\n- x\n",
        "## Details\n\n- Candidate: Jane\n- Hiring Decision: SECRET reject\n",
        "## Scorecard\n\n| Competency | Score |\n|---|---|\n| Coding | 3/4 |\n"
            + "| Hiring Recommendation | SECRET No Hire |\n",
        "## Strengths\n\n- Clear\n\n**Decision: No hire**\n\nSECRET he lied.\n",
        "## Strengths\n\n- Clear\n\n## Recommendation: No Hire\n\nSECRET he lied.\n",
        // Private headings not in the label list.
        "## Strengths\n\n- Clear\n\n## Private notes (do not share)\n\nSECRET\n",
        "## Strengths\n\n- Clear\n\n## Internal only\n\nSECRET\n",
        "## Strengths\n\n- Clear\n\n## Confidential\n\nSECRET\n",
        "## Strengths\n\n- Clear\n\n## Final Recommendation\n\nSECRET\n",
        "## Strengths\n\n- Clear\n\n## B) Private Notes\n\nSECRET\n",
        // Private labels written as bullets.
        "Pros:\n- fast\nCons:\n- no tests\n- Decision: no hire SECRET\n",
        "## Areas for Improvement\n\n- Testing\n- **Recommendation**: SECRET no hire\n",
        "Feedback\nGood.\n• Verdict: SECRET\n",
        // Hyphens, apostrophes and camelCase in private labels.
        "## Strengths\n\n- x\n\n## Interviewer-only notes\n\nSECRET\n",
        "## Strengths\n\n- x\n\n**Internal-only:**\n\nSECRET\n",
        "## Strengths\n\n- x\n\n## Interviewer’s notes\n\nSECRET\n",
        "---\nhiringRecommendation: SECRET\ninternal-notes: SECRET\n---\n## Strengths\n\n- x\n",
        "## Strengths\n\n- x\n\n## Notes to self\n\nSECRET\n",
        // Any heading under a plain or bold private label stays private.
        "Hiring Recommendation\nLean no hire\n### Level calibration\nWould be L4 SECRET\n",
        "**Private notes**\n\nx\n\n#### Why I hesitate\n\nSECRET\n",
        // Nested private keys in front matter, private columns in a scorecard.
        "---\nhiring: {decision: SECRET no hire}\n---\n## Strengths\n\n- x\n",
        "## Ratings\n\n| Competency | Score | Private notes |\n|---|---|---|\n| Coding | 3/4 | SECRET |\n",
    ]

    @Test(arguments: Array(notes.enumerated()))
    func secretStaysPrivate(_ index: Int, _ note: String) throws {
        let report = NotesParser().parse(note, source: "note-\(index).md")
        for format in ReportFormat.allCases {
            let output = try ReportRenderer(options: .init(audience: .candidate))
                .render(report, as: format)
            #expect(!output.contains("SECRET"), "note \(index) leaks in \(format)")
        }
        let internalJSON = try ReportRenderer(options: .init(audience: .internal))
            .render(report, as: .json)
        #expect(internalJSON.contains("SECRET"), "note \(index): private text was lost")
    }

    @Test func unclosedCommentHidesTheRestOfTheNoteAndSaysSo() {
        let report = NotesParser().parse(Self.notes[13], source: "a.md")
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
        let report = NotesParser().parse(Self.notes[4], source: "a.md")
        #expect(report.strengths.map(\.text) == ["calm"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["rushed"])
    }

    @Test func labelInsidePrivateSectionIsReported() {
        let report = NotesParser().parse(Self.notes[3], source: "a.md")
        #expect(report.strengths.map(\.text) == ["Clear"])
        #expect(report.summary.isEmpty)
        #expect(report.diagnostics.contains { $0.code == "label-kept-private" })
    }
}
