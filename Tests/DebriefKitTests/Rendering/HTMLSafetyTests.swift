import Foundation
import Testing

@testable import DebriefKit

/// Note text is untrusted: the HTML report never carries a live tag, handler or script URL
/// from it, in any field. `BrowserTests` loads the same output in a real browser.
@Suite struct HTMLSafetyTests {
    @Test func thereAreAtLeastThirtyHostileInputs() {
        #expect(HostileInputs.payloads.count >= 30)
    }

    @Test(arguments: HostileInputs.payloads)
    func payloadIsInertInEveryField(_ payload: String) throws {
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
        let html = try ReportRenderer(options: .init(audience: .internal)).render(report, as: .html)
        try Self.expectInert(html, payload: payload)
    }

    @Test func wholeHostileNoteIsInert() throws {
        let report = NotesParser().parse(HostileInputs.note, source: "hostile.md")
        for audience in Audience.allCases {
            let html = try ReportRenderer(options: .init(audience: audience)).render(report, as: .html)
            try Self.expectInert(html, payload: "whole note")
        }
    }

    @Test(arguments: [
        ("javascript:alert(1)", false), ("JAVASCRIPT:alert(1)", false), ("java\tscript:x", false),
        (" javascript:x", false), ("vbscript:x", false), ("data:text/html,x", false),
        ("data:image/png;base64,AAAA", false), ("file:///etc/passwd", false),
        ("https://example.com", true), ("http://example.com/a:b", true),
        ("mailto:a@example.com", true), ("/relative/path", true), ("#anchor", true),
        ("page.html?x=a:b", true),
    ])
    func onlySafeLinkDestinationsSurvive(_ url: String, _ safe: Bool) {
        #expect(SafeHTML.isSafeURL(url) == safe)
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
