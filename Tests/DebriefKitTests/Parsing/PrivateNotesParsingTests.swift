@testable import DebriefKit
import Testing

/// Private sections and HTML comments: kept for internal reports, never shown to a candidate.
@Suite struct PrivateNotesParsingTests {
    func parse(_ text: String) -> Report {
        NotesParser().parse(text, source: "private.md")
    }

    /// Every text a candidate report shows, joined, to search for leaks.
    func visibleText(_ report: Report) -> String {
        var parts = report.summary + report.preparation + report.strengths.map(\.text)
        for item in report.improvements.flatMap(\.items) {
            parts += [item.headline, item.detail ?? ""] + item.examples.map(\.text)
        }
        parts += report.improvements.compactMap(\.title)
        parts += report.ratings.flatMap { [$0.name, $0.value, $0.comment ?? ""] }
        parts += report.other.flatMap { [$0.title ?? "", $0.markdown] }
        parts += report.details.extra.map(\.value)
        return parts.joined(separator: "\n")
    }

    @Test func privateSectionsInEveryForm() {
        let report = parse("""
            ## Summary

            Steady session.
            Decision: lean hire

            ## Strengths

            - Calm

            ## Private Notes

            Mentions a competing offer.

            Hiring Recommendation
            Hire at L4, not L5.

            **Verdict**

            Borderline on depth.
            """)
        let notes = report.privateNotes ?? []
        #expect(notes.map(\.kind) == [.section, .section, .section, .section])
        #expect(notes.map(\.title) == [
            "Decision", "Private Notes", "Hiring Recommendation", "Verdict",
        ])
        #expect(notes.map(\.markdown) == [
            "lean hire", "Mentions a competing offer.", "Hire at L4, not L5.",
            "Borderline on depth.",
        ])
        #expect(notes.map(\.line) == [4, 10, 14, 17])
        #expect(report.summary == ["Steady session."])
        #expect(report.strengths.map(\.text) == ["Calm"])
        let visible = visibleText(report)
        for secret in ["lean hire", "competing offer", "L4", "depth"] {
            #expect(!visible.contains(secret))
        }
        #expect(report.other.isEmpty)
    }

    @Test func htmlCommentsAreCollectedAndRemoved() {
        let report = parse("""
            ## Summary

            Solid work. <!-- nervous start -->

            <!-- whole-line remark -->

            ## Strengths

            - Calm <!-- maybe too calm -->

            ## Areas for Improvement

            - Go deeper <!-- very shallow -->
              “Shall I sketch <!-- sigh --> the schema?”

            <!--
            multi-line block
            remark
            -->
            """)
        let comments = (report.privateNotes ?? []).filter { $0.kind == .comment }
        #expect(comments.map(\.markdown) == [
            "nervous start", "whole-line remark", "maybe too calm", "very shallow", "sigh",
            "multi-line block\nremark",
        ])
        #expect(comments.map(\.line) == [3, 5, 9, 13, 14, 16])
        #expect(comments.allSatisfy { $0.title == nil })
        #expect(report.summary == ["Solid work."])
        #expect(report.strengths.map(\.text) == ["Calm"])
        let item = report.improvements.first?.items.first
        #expect(item?.headline == "Go deeper")
        let visible = visibleText(report)
        for secret in ["<!--", "-->", "nervous", "remark", "too calm", "shallow", "sigh"] {
            #expect(!visible.contains(secret))
        }
    }

    @Test
    func commentsInsideCodeArePrivateToo() {
        // Deliberately stricter than CommonMark: telling code fences apart exactly as cmark
        // does (containers, fence lengths, info strings) is where comments leaked before.
        let report = parse("## Summary\n\n```html\n<!-- sample markup -->\n```\n")
        #expect(report.privateNotes?.map(\.markdown) == ["sample markup"])
        #expect(report.summary == ["```html\n\n```"])
    }

    @Test func codeBlockDoesNotCrashTheParser() async {
        // cmark_node_get_fenced writes through its out-parameters: passing nil crashed on any
        // code block. Run in a child process so a crash cannot take the whole run down.
        do {
            await #expect(processExitsWith: .success) {
                _ = NotesParser().parse("## Summary\n\n```\nlet x = 1\n```\n", source: "a.md")
            }
            await #expect(processExitsWith: .success) {
                _ = NotesParser().parse("Summary\n\n    indented code\n", source: "b.md")
            }
        }
    }

    @Test func candidateReportDropsPrivateNotes() {
        let report = parse("## Strengths\n\n- Calm <!-- aside -->\n\n## Decision\n\nNo hire.\n")
        #expect(report.privateNotes?.count == 2)
        let candidate = report.prepared(for: .candidate)
        #expect(candidate.privateNotes == nil)
        #expect(candidate.strengths == report.strengths)
        #expect(report.prepared(for: .internal) == report)
    }

    @Test func multiLineCommentBlockInSummaryDoesNotLeak() {
        do {
            let report = parse("""
                ## Summary

                Good work.

                <!--
                Interviewer was late.
                -->

                More good work.
                """)
            #expect(report.privateNotes?.map(\.markdown) == ["Interviewer was late."])
            #expect(report.summary == ["Good work.", "More good work."])
            #expect(!visibleText(report).contains("late"))
        }
    }

    @Test func multiLineCommentBlockInOtherSectionDoesNotLeak() {
        do {
            let report = parse("""
                ## Strengths

                - Calm

                ## Whiteboard

                <!--
                Photo is blurry.
                -->
                """)
            #expect(report.privateNotes?.map(\.markdown) == ["Photo is blurry."])
            #expect(!visibleText(report).contains("blurry"))
        }
    }

    @Test(arguments: [
        NamedInput("sub-heading", "## Hiring Recommendation\n\n### Concerns\n\n- seemed bored\n"),
        NamedInput("label line", "## Private Notes\n\nConcerns:\n- seemed bored\n"),
        NamedInput("bold label", "## Internal\n\n**Cons**\n\n- seemed bored\n"),
    ])
    func labelNestedInPrivateSectionStaysPrivate(_ privatePart: NamedInput<String>) {
        // A sub-heading or label line under a private heading stays private: what the
        // interviewer wrote for the hiring committee must not open a public section.
        do {
            let report = parse("## Strengths\n\n- Calm\n\n\(privatePart.value)")
            #expect(report.improvements.isEmpty)
            #expect(!visibleText(report).contains("bored"))
            #expect(report.privateNotes?.contains { $0.markdown.contains("bored") } == true)
        }
    }
}
