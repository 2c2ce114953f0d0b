import Foundation
import Testing

@testable import DebriefKit

/// Inputs shaped to break a parser: deep nesting, long runs of markup, unmatched quotes.
/// Each must parse, render and keep its words. (Speed is measured by `make bench`, not here.)
@Suite struct PathologicalInputTests {
    static let notes: [(String, String)] = [
        ("10,000 nested list levels", String(repeating: "- ", count: 10_000) + "DEEPWORD\n"),
        ("10,000 nested quotes", String(repeating: "> ", count: 10_000) + "DEEPWORD\n"),
        ("20,000 asterisks each side",
         "## Summary\n\n" + String(repeating: "*", count: 20_000) + "DEEPWORD"
            + String(repeating: "*", count: 20_000) + "\n"),
        ("pasted bullets indented 1,500 levels",
         "Areas for Improvement\n" + (0..<1_500).map {
             String(repeating: " ", count: $0) + "• item \($0)"
         }.joined(separator: "\n") + "\n• DEEPWORD\n"),
        ("20,000 unmatched quotes", "## Areas for Improvement\n\n- DEEPWORD: "
            + String(repeating: "« ", count: 20_000) + "\n"),
        ("unclosed comments", "## Summary\n\nDEEPWORD\n\n"
            + String(repeating: "x <!--\n\n", count: 5_000)),
    ]

    @Test(arguments: notes)
    func parsesAndRenders(_ name: String, _ note: String) throws {
        let report = NotesParser().parse(note, source: "\(name).md")
        let renderer = ReportRenderer(options: .init(audience: .internal))
        for format in ReportFormat.allCases {
            let output = try renderer.render(report, as: format)
            #expect(output.contains("DEEPWORD"), "\(name): \(format)")
        }
    }
}
