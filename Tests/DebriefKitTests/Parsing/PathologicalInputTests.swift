import Foundation
import Testing

@testable import DebriefKit

/// Inputs shaped to break a parser: deep nesting, long runs of markup, unmatched quotes.
/// Each must parse, render and keep its words, within structural bounds: what Debrief makes
/// from a note (model, diagnostics, every report) grows at most linearly with it, and nesting
/// in the HTML stays bounded. Time is measured by `make bench`, never here.
@Suite struct PathologicalInputTests {
    /// A shape at a given size, so each can be built at two sizes and compared.
    struct Shape: Sendable, CustomTestStringConvertible {
        var name: String
        var size: Int
        var make: @Sendable (Int) -> String

        func note(half: Bool = false) -> String { make(half ? size / 2 : size) }
        var testDescription: String { name }
    }

    static let shapes: [Shape] = [
        Shape(name: "nested list levels", size: 10_000) {
            String(repeating: "- ", count: $0) + "DEEPWORD\n"
        },
        Shape(name: "nested quotes", size: 10_000) {
            String(repeating: "> ", count: $0) + "DEEPWORD\n"
        },
        Shape(name: "asterisks each side", size: 20_000) {
            "## Summary\n\n" + String(repeating: "*", count: $0) + "DEEPWORD"
                + String(repeating: "*", count: $0) + "\n"
        },
        Shape(name: "pasted bullets indented deeper each line", size: 1_500) { count in
            "Areas for Improvement\n" + (0..<count).map {
                String(repeating: " ", count: $0) + "• item \($0)"
            }.joined(separator: "\n") + "\n• DEEPWORD\n"
        },
        Shape(name: "unmatched quotes", size: 20_000) {
            "## Areas for Improvement\n\n- DEEPWORD: " + String(repeating: "« ", count: $0) + "\n"
        },
        Shape(name: "unclosed comments", size: 3_000) {
            "## Summary\n\nDEEPWORD\n\n" + String(repeating: "x <!--\n\n", count: $0)
        },
        Shape(name: "many improvement items", size: 2_000) { count in
            "## Areas for Improvement\n\n" + (0..<count).map {
                "- **Item \($0)**: detail\n  - “Say \($0)”\n"
            }.joined() + "- DEEPWORD\n"
        },
        Shape(name: "many short sections", size: 1_000) { count in
            (0..<count).map { "## Section \($0)\n\nword \($0)\n\n" }.joined() + "DEEPWORD\n"
        },
        Shape(name: "huge table", size: 1_000) { count in
            "## Ratings\n\n| Competency | Score | Notes |\n| --- | --- | --- |\n"
                + (0..<count).map { "| Skill \($0) | 3/4 | fine |\n" }.joined()
                + "| DEEPWORD | 2/4 | x |\n"
        },
        Shape(name: "many < characters", size: 3_000) {
            "## Summary\n\nDEEPWORD " + String(repeating: "<", count: $0) + "\n"
        },
    ]

    /// Reports are templated, so each format may add a fixed amount (the HTML page's CSS) and
    /// a bounded amount per input byte: escaping, wrappers and, in text, indentation of up to
    /// 100 columns, which turns a two-byte word ("> ") into a 101-byte line. A quadratic
    /// blow-up, such as each nesting level repeating the text inside it, breaks this at once.
    static func outputBound(_ input: String) -> Int { 64 * 1024 + 64 * input.utf8.count }

    /// The note at full size keeps its words within the bounds above; against the note at
    /// half size, twice the input makes at most about twice the output in every format, so
    /// it grows linearly whatever constant the bound allows. (Some shapes grow faster than
    /// their count, so the input's own growth is the yardstick.)
    @Test(arguments: shapes)
    func staysWithinBounds(_ shape: Shape) throws {
        let notes = [shape.note(half: true), shape.note()]
        let inputGrowth = Double(notes[1].utf8.count) / Double(notes[0].utf8.count)
        let renderer = ReportRenderer(options: .init(audience: .internal))
        var sizes: [[Int]] = []
        for note in notes {
            let report = NotesParser().parse(note, source: "\(shape.name).md")
            let lines = note.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(report.diagnostics.count <= lines + 16, "diagnostics per line")
            let outputs = try ReportFormat.allCases.map { try renderer.render(report, as: $0) }
            sizes.append(outputs.map(\.utf8.count))
            for (format, output) in zip(ReportFormat.allCases, outputs) {
                #expect(output.contains("DEEPWORD"), "\(format)")
                #expect(output.utf8.count <= Self.outputBound(note),
                        "\(format): \(output.utf8.count) bytes from \(note.utf8.count)")
                if format == .html {
                    #expect(Self.deepestNesting(output) <= 64, "HTML nesting")
                }
            }
        }
        for (format, (small, large)) in zip(ReportFormat.allCases, zip(sizes[0], sizes[1])) {
            #expect(Double(large) <= 1.1 * inputGrowth * Double(small) + 4096,
                    "\(format): \(small) → \(large) bytes")
        }
    }

    /// The deepest run of open HTML elements, counting only elements that close.
    static func deepestNesting(_ html: String) -> Int {
        let void: Set = ["br", "hr", "img", "meta", "link", "input", "col", "wbr", "source"]
        var depth = 0
        var deepest = 0
        let bytes = Array(html.utf8)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
            index = close + 1
            if tag.hasPrefix("!") || tag.hasSuffix("/") { continue }
            if tag.hasPrefix("/") {
                depth = max(depth - 1, 0)
                continue
            }
            let name = tag.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if !void.contains(name) {
                depth += 1
                deepest = max(deepest, depth)
            }
        }
        return deepest
    }
}
