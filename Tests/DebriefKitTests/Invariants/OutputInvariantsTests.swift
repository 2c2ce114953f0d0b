import DebriefKit
import Foundation
import OutputInvariants
import Testing

/// The fuzzer and the property tests trust `OutputInvariants` to notice a broken report, so
/// each rule must catch what it is for and pass what is harmless.
@Suite struct OutputInvariantsTests {
    func rules(_ output: String, _ format: ReportFormat, _ audience: Audience = .candidate,
               canaries: [String] = []) -> [String]
    {
        OutputInvariants.check(output, format: format, audience: audience, canaries: canaries)
            .map(\.rule)
    }

    static let liveHTML: [NamedInput<String>] = [
        NamedInput("script element", "<p>x</p><SCRIPT>alert(1)</SCRIPT>"),
        NamedInput("handler attribute", "<img src=x onerror=alert(1)>"),
        NamedInput("quoted handler", "<a href=\"#\" onClick='x()'>a</a>"),
        NamedInput("script link", "<a href=\"javascript:alert(1)\">a</a>"),
        NamedInput("script link with references", "<a href=\"&#106;ava&#x09;script:x\">a</a>"),
        NamedInput("data source", "<iframe src='data:text/html,x'></iframe>"),
        NamedInput("srcdoc page", "<iframe srcdoc=\"x\"></iframe>"),
        NamedInput("refresh", "<meta http-equiv=\"refresh\" content=\"0;url=x\">"),
    ]

    @Test func liveHTMLIsFound() {
        for html in Self.liveHTML {
            #expect(rules(html.value, .html) == ["active HTML"], "\(html.name)")
        }
    }

    @Test func inertHTMLPasses() {
        let page = """
            <!doctype html><html lang="en"><head>
            <meta http-equiv="Content-Security-Policy" content="script-src 'none'">
            <style>a::after { content: "<script> onload=" }</style></head>
            <body><p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=x</p>
            <!-- <script>ignored</script> --><a href="https://example.com/?q=javascript:x">a</a>
            </body></html>
            """
        #expect(rules(page, .html) == [])
    }

    static let liveMarkdown: [NamedInput<String>] = [
        NamedInput("raw script", "Text\n\n<script>alert(1)</script>\n"),
        NamedInput("raw handler", "A <img src=x onerror=alert(1)> b\n"),
        NamedInput("script link", "[a](javascript:alert(1))\n"),
        NamedInput("script link behind a reference", "[a](&#106;avascript:alert(1))\n"),
        NamedInput("reference definition", "[a]\n\n[a]: vbscript:x\n"),
        NamedInput("script autolink", "<javascript:alert(1)>\n"),
    ]

    @Test func liveMarkdownIsFound() {
        for markdown in Self.liveMarkdown {
            #expect(rules(markdown.value, .md) == ["active Markdown"], "\(markdown.name)")
        }
    }

    @Test func inertMarkdownPasses() {
        let markdown = """
            \\<script>alert(1)\\</script> and `<img src=x onerror=y>` in code

                <script>indented code</script>

            <https://example.com/"onmouseover="x()> [a](https://example.com) [b](javascript
            """
        #expect(rules(markdown, .md) == [])
    }

    @Test func controlCharactersAreFoundInEveryFormat() {
        for format in ReportFormat.allCases where format != .json {
            #expect(rules("a\u{1B}[31m b", format) == ["control character"], "\(format)")
            #expect(rules("a\u{9B} b", format) == ["control character"], "\(format)")
            #expect(rules("tab\tand\nline", format) == [], "\(format)")
        }
    }

    @Test func jsonMustParseAsAReportWithoutControlCharacters() throws {
        let report = NotesParser().parse("Strengths\n\n• Calm\n", source: "a.md")
        let json = try ReportRenderer().render(report, as: .json)
        #expect(rules(json, .json) == [])
        #expect(rules(String(json.dropLast(3)), .json) == ["invalid JSON"])
        #expect(rules("{\"a\": 1}", .json) == ["invalid JSON"])
        let escaped = json.replacingOccurrences(of: "Calm", with: "Calm\\u001b[31m")
        #expect(rules(escaped, .json) == ["invalid JSON"])
        let internalJSON = try ReportRenderer(options: .init(audience: .internal))
            .render(report, as: .json)
        #expect(rules(internalJSON, .json, .candidate) == ["invalid JSON"], "private field")
        #expect(rules(internalJSON, .json, .internal) == [])
    }

    @Test func canariesAreFoundOnlyForTheCandidate() {
        let canaries = ["ZQXCANARY"]
        #expect(rules("x ZQXCANARY y", .text, canaries: canaries)
            == ["private text reached the candidate"])
        #expect(rules("PRIVATE: zqxcanary", .text, canaries: canaries)
            == ["private text reached the candidate"])
        #expect(rules("x ZQXCANARY y", .text, .internal, canaries: canaries) == [])
        #expect(rules("x ZQX CANARY y", .text, canaries: canaries) == [])
    }
}
