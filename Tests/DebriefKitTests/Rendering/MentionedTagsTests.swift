import Testing

@testable import DebriefKit

/// An element named in prose ("a real <label> element") is shown as text in every report,
/// where it used to vanish and leave "a real  element". Markup stays dropped: a tag closed
/// in the same text, one inside a word, one alone on its line, one with attributes that
/// assign or address anything, and a line break.
@Suite struct MentionedTagsTests {
    private func forms(_ line: String) -> (html: String, text: String, markdown: String) {
        let text = ReportText(inline: line)
        return (text.html, text.text, text.markdown)
    }

    @Test func aNamedElementIsShownInEveryFormat() {
        let line = "Used a real <label> element; reached for <div onclick> over a <button>."
        let (html, text, markdown) = forms(line)
        #expect(html == "Used a real &lt;label&gt; element; reached for &lt;div onclick&gt; over a &lt;button&gt;.")
        #expect(text == line)
        #expect(markdown == "Used a real \\<label> element; reached for \\<div onclick> over a \\<button>.")
        // Read back, the Markdown holds no HTML at all and says the same words.
        let reread = CommonMarkConverter.convert(markdown, withInlines: true)
        #expect(!Self.holdsHTML(reread))
        #expect(PlainText.inline(markdown) == line)
    }

    @Test(arguments: [
        NamedInput("a pair of tags", ("Was <b>really</b> clear", "Was really clear")),
        NamedInput("a tag inside a word", ("out o<li>f sync", "out of sync")),
        NamedInput("attributes that assign", ("see <img src=x onerror=alert(1)> here", "see  here")),
        NamedInput("a line break", ("first <br> second", "first  second")),
        NamedInput("a tag between a link's parts", ("[x]<b>(https://example.com)", "[x](https://example.com)")),
    ])
    func markupStaysDropped(_ input: NamedInput<(String, String)>) {
        #expect(forms(input.value.0).text == input.value.1)
        #expect(!forms(input.value.0).html.contains("<b>"))
    }

    @Test func aTagAloneOnItsLineIsMarkup() {
        let block = ReportText(blocks: "<details><summary>Private</summary>\n\nWords after")
        #expect(!block.markdown.contains("details"))
    }

    /// "\<" is literal only where CommonMark reads inline text: an escaped tag that is not a
    /// plain mention goes as any tag does, and so does a code or raw-text element's name,
    /// and an unclosed "<?" that would open an HTML block to the end of the report.
    @Test(arguments: [
        NamedInput("an escaped tag with a handler", ("Used \\<img src=x onerror=alert(1)> here", "<img")),
        NamedInput("a script named in prose", ("Put the <script> at the end", "script")),
        NamedInput("an unclosed processing instruction", ("went fine <?x and more", "<?")),
    ])
    func nothingLiveReachesTheMarkdown(_ input: NamedInput<(String, String)>) {
        let cleaned = SafeMarkdown.clean(input.value.0)
        #expect(!cleaned.contains(input.value.1))
        #expect(!Self.holdsHTML(CommonMarkConverter.convert(cleaned, withInlines: true)))
    }

    /// The note's own escaped "<" stays escaped and cleaning it again changes nothing.
    @Test func cleaningIsAFixedPoint() {
        let once = SafeMarkdown.clean("Named a <section> and \\<aside> too")
        #expect(once == "Named a \\<section> and \\<aside> too")
        #expect(SafeMarkdown.clean(once) == once)
    }

    private static func holdsHTML(_ node: MarkdownNode) -> Bool {
        node.kind == .htmlInline || node.kind == .htmlBlock || node.children.contains(where: holdsHTML)
    }
}
