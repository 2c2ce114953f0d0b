import Testing

@testable import DebriefKit

/// `ReportText`: each form made once from one parse, lines without Markdown not parsed at
/// all, and code spans kept whole in every format.
@Suite struct ReportTextTests {
    /// Lines the fast path takes: each form must be what the parse would give.
    @Test(arguments: [
        "Asked about load before choosing a store",
        "Curly “quotes”, an em dash — and é",
        "C# and F# after the start",
        "Ratio: 3 to 1, then 2026 was fine",
        "2026 plans (draft)",
        "A > B at the end",
        "Sentence with a full stop. Then another!",
    ])
    func plainLinesMatchTheParse(_ line: String) {
        #expect(PlainLine.isPlain(line))
        let inline = ReportText(inline: line)
        #expect(inline.html == SafeHTML.inline(line))
        #expect(inline.text == PlainText.inline(line))
        let blocks = ReportText(blocks: line)
        #expect(blocks.html == SafeHTML.blocks(line))
        #expect(blocks.text == PlainText.blocks(line))
    }

    /// Lines with syntax, or that a parse or trim would change: these are parsed.
    @Test(arguments: [
        NamedInput("emphasis", "a *b* c"), NamedInput("code", "a `b` c"),
        NamedInput("link", "see [x](https://e.com)"), NamedInput("autolink", "see https://e.com"),
        NamedInput("www autolink", "see WWW.example.com"), NamedInput("email", "mail a@b.com"),
        NamedInput("entity", "a &amp; b"), NamedInput("escape", "a \\* b"),
        NamedInput("bullet", "- item"), NamedInput("plus bullet", "+ item"),
        NamedInput("numbered", "12. item"), NamedInput("numbered paren", "3) item"),
        NamedInput("heading", "# Title"), NamedInput("quote", "> said"),
        NamedInput("html", "a <b>c</b>"), NamedInput("strikethrough", "a ~b~"),
        NamedInput("table pipe", "a | b"), NamedInput("two lines", "a\nb"),
        NamedInput("leading space", " a"), NamedInput("trailing space", "a "),
        NamedInput("trailing no-break space", "a\u{00A0}"), NamedInput("tab", "a\tb"),
        NamedInput("line separator", "a\u{2028}b"), NamedInput("next line", "a\u{0085}b"),
        NamedInput("empty", ""), NamedInput("scheme", "mailto:a"),
    ])
    func syntaxIsParsed(_ input: NamedInput<String>) {
        #expect(!PlainLine.isPlain(input.value))
        let text = ReportText(inline: input.value)
        #expect(text.html == SafeHTML.inline(input.value))
        #expect(text.text == PlainText.inline(input.value))
    }

    /// What a code span holds is code, in every format: `<div>` is not a tag there.
    @Test(arguments: ReportFormat.allCases)
    func codeSpansKeepTheirContent(_ format: ReportFormat) throws {
        let note = """
            ## Strengths

            - Knew when to use `<div>` over `<span>`
            - Typed it as ``Vec<String>`` and said why

            """
        let output = try ReportRenderer().render(NotesParser().parse(note, source: "a.md"), as: format)
        switch format {
        case .md:
            #expect(output.contains("- Knew when to use `<div>` over `<span>`"))
            #expect(output.contains("- Typed it as ``Vec<String>`` and said why"))
        case .html:
            #expect(output.contains("<code>&lt;div&gt;</code> over <code>&lt;span&gt;</code>"))
            #expect(output.contains("<code>Vec&lt;String&gt;</code>"))
        case .text:
            #expect(output.contains("Knew when to use <div> over <span>"))
            #expect(output.contains("Typed it as Vec<String> and said why"))
        case .json:
            #expect(output.contains("Knew when to use `<div>` over `<span>`"))
        }
    }

    /// Tags outside code spans still go from the Markdown report; a backtick run with no
    /// closer is only backticks and protects nothing.
    @Test func tagsOutsideCodeSpansStillGo() {
        #expect(SafeMarkdown.clean("`<b>` then <i>x</i>") == "`<b>` then x")
        #expect(SafeMarkdown.clean("a ` lone <u>q</u>") == "a ` lone q")
        #expect(SafeMarkdown.clean("`` x`<b>` `` y <i>z</i>") == "`` x`<b>` `` y z")
        #expect(SafeMarkdown.clean("``` `<b>` <i>z</i>") == "``` `<b>` z")
    }

    /// A tag taken out must not join what was around it into a link (found by the fuzzer).
    @Test func removingATagMakesNoLink() {
        #expect(SafeMarkdown.clean("[x]<b>(&#106;avascript:alert(1))") == "x")
        #expect(SafeMarkdown.clean("[x]<b>(https://example.com)") == "[x](https://example.com)")
    }

    /// A span CommonMark would not see is not trusted: one that crosses a line (the text may
    /// be two blocks) or opens with an escaped backtick. Their tags go (found by the fuzzer).
    @Test func spansCommonMarkWouldNotSeeProtectNothing() {
        #expect(SafeMarkdown.clean("- `<script>x()\n- `Box`") == "- `x()\n- `Box`")
        #expect(SafeMarkdown.clean("\\`<script>x()`") == "\\`x()`")
        #expect(SafeMarkdown.clean("\\\\`<b>`") == "\\\\`<b>`", "an escaped backslash escapes nothing")
    }

    /// A backtick left alone in one line pairs, to a viewer, with the next line's, so a span
    /// that looked whole on its own is not: the report is made again with every tag out.
    @Test func aLoneBacktickBeforeASpanTakesItsProtectionAway() throws {
        let note = """
            ## Summary

            • one lone ` here
            • then `<script>x()</script>` as code

            """
        let markdown = try ReportRenderer().render(NotesParser().parse(note, source: "a.md"), as: .md)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("x()"))
    }

    /// Where no span can pair wrongly, code keeps its tags (the fallback is not taken).
    @Test func aBalancedNoteKeepsItsCode() throws {
        let note = "## Summary\n\nUsed `<div>` well.\n\n## Strengths\n\n- knew `Vec<String>`\n"
        let markdown = try ReportRenderer().render(NotesParser().parse(note, source: "a.md"), as: .md)
        #expect(markdown.contains("`<div>`") && markdown.contains("`Vec<String>`"))
    }

    /// A character reference to a control character ("&#26;") is U+FFFD in every report,
    /// as a browser shows it; no output holds a control character (found by the fuzzer).
    @Test(arguments: ReportFormat.allCases)
    func referencesToControlCharactersAreReplaced(_ format: ReportFormat) throws {
        let note = "## Strengths\n\n- kept [a link](&#26;avascript:x) and &#26;this&#x7f; word&#13;\n"
        let output = try ReportRenderer().render(NotesParser().parse(note, source: "a.md"), as: format)
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        #expect(output.contains("this"))
    }

    /// A detail's key is printed as it is by the Markdown template: its tags go (found by
    /// the fuzzer: "candidate<script>: …").
    @Test func tagsInADetailKeyGo() throws {
        let note = "---\nPod<script>x()</script>: Blue\n---\n\n## Strengths\n\n- calm\n"
        let markdown = try ReportRenderer().render(NotesParser().parse(note, source: "a.md"), as: .md)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("**Podx():** Blue"))
    }
}
