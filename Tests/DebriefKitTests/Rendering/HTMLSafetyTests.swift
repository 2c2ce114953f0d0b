import Foundation
import Testing

@testable import DebriefKit

/// Note text is untrusted: the HTML report never carries a live tag, handler or script URL
/// from it, in any field. `BrowserTests` loads the same output in a real browser.
@Suite struct HTMLSafetyTests {
    /// The safety tests are only as good as their payloads: thirty or more, none listed twice,
    /// each reaching the renderer whole (a payload the parser dropped would test nothing),
    /// and every kind of attack the renderer defends against among them.
    @Test func thirtyDistinctHostileInputsReachTheRenderer() {
        let payloads = HostileInputs.payloads
        #expect(payloads.count >= 30)
        #expect(Set(payloads).count == payloads.count, "a payload is listed twice")
        for kind in ["<script", " on", "javascript:", "vbscript:", "data:", "&#", "<style",
                     "{{", "<!--", "id=\"pwned\"", "](", "<https:"] {
            #expect(payloads.contains { $0.lowercased().contains(kind) }, "no \(kind) payload")
        }
        for payload in payloads {
            let report = NotesParser().parse("Strengths\n\n• \(payload)\n", source: "a.md")
            // HTML comments are private, so only the rest reaches a report.
            let visible = payload.replacingOccurrences(
                of: "<!--.*?-->", with: "", options: .regularExpression)
            #expect(report.strengths.map(\.text) == [visible], "\(payload)")
        }
    }

    /// One case for all payloads, each rendered on its own: a case per payload made 41
    /// lines of log, and a failure quotes its payload anyway.
    @Test func payloadIsInertInEveryField() throws {
        for payload in HostileInputs.payloads {
            try Self.expectInertInEveryField(payload)
        }
    }

    static func expectInertInEveryField(_ payload: String) throws {
        let note = """
            Summary

            \(payload)

            Strengths

            • \(payload)

            Areas for Improvement

            \(payload) — examples you can say

            • \(payload): \(payload)
              “\(payload)”

            Next Steps

            - \(payload)
            """
        let report = NotesParser().parse(note, source: "hostile.md")
        let html = try ReportRenderer(options: .init(audience: .internal))
            .render(report, as: .html)
        try Self.expectInert(html, payload: payload)
    }

    @Test func wholeHostileNoteIsInert() throws {
        let report = NotesParser().parse(HostileInputs.note, source: "hostile.md")
        for audience in Audience.allCases {
            let html = try ReportRenderer(options: .init(audience: audience)).render(report, as: .html)
            try Self.expectInert(html, payload: "whole note")
        }
    }

    /// One case for the whole table (each expectation names its address): fourteen one-line
    /// cases made more log than they were worth.
    @Test func onlySafeLinkDestinationsSurvive() {
        let addresses = [
            ("javascript:alert(1)", false), ("JAVASCRIPT:alert(1)", false),
            ("java\tscript:x", false), (" javascript:x", false), ("vbscript:x", false),
            ("data:text/html,x", false), ("data:image/png;base64,AAAA", false),
            ("file:///etc/passwd", false), ("https://example.com", true),
            ("http://example.com/a:b", true), ("mailto:a@example.com", true),
            ("/relative/path", true), ("#anchor", true), ("page.html?x=a:b", true),
        ]
        for (url, safe) in addresses {
            #expect(SafeHTML.isSafeURL(url) == safe, "\(url)")
        }
    }

    /// The parts of our own template are fixed; anything else that looks like markup or a
    /// script URL came from the note.
    static func expectInert(_ html: String, payload: String,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let lower = html.lowercased()
        #expect(!lower.contains("<script"), "\(payload)", sourceLocation: sourceLocation)
        for tag in ["<img", "<svg", "<iframe", "<object", "<embed", "<form", "<input", "<base",
                    "<details", "<math", "<body onload", "<meta http-equiv=\"refresh"] {
            #expect(!lower.contains(tag), "\(tag) from \(payload)", sourceLocation: sourceLocation)
        }
        #expect(lower.components(separatedBy: "<style").count == 2,
                "only the template's own <style>", sourceLocation: sourceLocation)
        for scheme in ["javascript:", "vbscript:", "data:"] {
            #expect(!lower.contains("href=\"\(scheme)"), sourceLocation: sourceLocation)
            #expect(!lower.contains("src=\"\(scheme)"), sourceLocation: sourceLocation)
        }
        // Event-handler attributes: " onload=", " onerror=", ... inside a tag.
        var inTag = false
        var tagText = ""
        for character in lower {
            if character == "<" { inTag = true; tagText = "" }
            if inTag { tagText.append(character) }
            if character == ">", inTag {
                inTag = false
                let hasHandler = tagText.range(of: #"\son[a-z]+\s*="#, options: .regularExpression)
                #expect(hasHandler == nil, "\(tagText) from \(payload)",
                        sourceLocation: sourceLocation)
            }
        }
        #expect(!html.contains("id=\"pwned\""), sourceLocation: sourceLocation)
    }
}

/// The Markdown and text reports reach candidates too: no raw HTML, script links or terminal
/// escapes from the notes.
@Suite struct PlainFormatSafetyTests {
    @Test func markdownReportCarriesNoRawHTMLOrUnsafeLinks() throws {
        let report = NotesParser().parse(HostileInputs.note, source: "hostile.md")
        let markdown = try ReportRenderer(options: .init(audience: .internal)).render(report, as: .md)
        let lower = markdown.lowercased()
        for marker in ["<script", "<img", "<svg", "<iframe", "](javascript:", "](vbscript:",
                       "](data:", "onerror=\"", "<a href"] {
            // Escaped or code-spanned text is fine; a live tag or link is not.
            #expect(!lower.contains(marker), "\(marker)")
        }
    }

    @Test func safeMarkdownKeepsWordsAndSafeLinks() {
        #expect(SafeMarkdown.clean("Clear <b>bold</b> [x](javascript:alert(1)) ![img](http://a/b.png)")
            == "Clear bold x img")
        #expect(SafeMarkdown.clean("See [guide](https://example.com) and <https://example.com>")
            == "See [guide](https://example.com) and <https://example.com>")
    }

    /// cmark ends this destination at its space although its parentheses never balance, so
    /// a reading that waits for the balancing ")" would keep the link live (found by the
    /// fuzzer).
    @Test func unbalancedDestinationWithAnUnsafeSchemeGoes() throws {
        let cleaned = SafeMarkdown.clean("[click](javascript:document.ti(](](](] )(](]t](] )tle='x')")
        #expect(!cleaned.lowercased().contains("javascript"))
        let report = NotesParser().parse("## Strengths\n\n- [click](javascript:go(](](] )(](]t](] )x')\n",
                                         source: "link.md")
        let markdown = try ReportRenderer().render(report, as: .md)
        #expect(!markdown.lowercased().contains("](javascript"))
        // White space may come before a destination.
        #expect(!SafeMarkdown.clean("[a]( javascript:x(](] ) ok").lowercased().contains("javascript"))
    }

    @Test func terminalEscapesNeverReachAReport() throws {
        let report = NotesParser().parse("Strengths\n\n• \u{1B}[31mred\u{1B}[0m and \u{7}bell\n",
                                         source: "esc.md")
        for format in ReportFormat.allCases {
            let output = try ReportRenderer().render(report, as: format)
            #expect(!output.contains("\u{1B}"), "\(format)")
            #expect(!output.contains("\u{7}"), "\(format)")
        }
        #expect(report.strengths.first?.text == "[31mred[0m and bell")
    }

    /// DEL and the C1 controls (two bytes each in UTF-8) go too; a no-break space, whose
    /// first byte a C1 control shares, stays.
    @Test func deleteAndC1ControlsGoAndANoBreakSpaceStays() {
        let report = NotesParser().parse("Strengths\n\n• kept\u{7F} the \u{9B}2Jplan\u{85} in 10\u{A0}min\n",
                                         source: "c1.md")
        #expect(report.strengths.first?.text == "kept the 2Jplan in 10\u{A0}min")
    }
}

/// A scheme hidden behind a character reference is still the scheme a browser follows.
@Suite struct HiddenSchemeTests {
    @Test(arguments: ["&#106;avascript:alert(1)", "javascript&colon;alert(1)",
                      "&#x6A;avascript:alert(1)", "java&#x09;script:alert(1)"])
    func referenceHiddenSchemeIsDropped(_ destination: String) throws {
        let note = "Strengths\n\n• [x](\(destination))\n"
        let report = NotesParser().parse(note, source: "a.md")
        for format in [ReportFormat.md, .html] {
            let output = try ReportRenderer().render(report, as: format)
            #expect(!output.contains("avascript"), "\(format)")
        }
    }
}
