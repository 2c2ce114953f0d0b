import DebriefKit
import Foundation

/// Shapes that have made parsers slow (a scan per opener, a copy per item), each at two
/// sizes: a linear step takes about the size ratio longer, a quadratic one its square.
enum PathologicalShapes {
    static let shapes: [(name: String, make: @Sendable (Int) -> String)] = [
        ("many improvement items", { count in
            "## Areas for Improvement\n\n" + (0..<count).map { "- item \($0) went quiet\n" }.joined()
        }),
        ("one long line", { count in
            "## Summary\n\n" + String(repeating: "word and hire at bar ", count: count)
        }),
        ("many unmatched <", { count in "## Summary\n\nx " + String(repeating: "<", count: count * 4) }),
        ("many unmatched ](", { count in "## Summary\n\nx " + String(repeating: "](", count: count * 2) }),
        ("unclosed comments", { count in "## Summary\n\n" + String(repeating: "x <!--\n\n", count: count) }),
        ("deep quotes", { count in String(repeating: ">", count: min(count, 20_000)) + " deep\n" }),
        // Each level is indented two more spaces, so the note grows with the square of its
        // depth; the ratio to compare with is the size ratio printed.
        ("deep lists", { count in
            (0..<(count / 8)).map { String(repeating: "  ", count: $0) + "- level\n" }.joined()
        }),
        ("many short sections", { count in
            (0..<count).map { "## Section \($0)\n\ntext\n\n" }.joined()
        }),
        ("a huge table", { count in
            "## Ratings\n\n| Competency | Score |\n| --- | --- |\n"
                + (0..<count).map { "| skill \($0) | 3/4 |\n" }.joined()
        }),
    ]

    /// Prints one line per shape: the time at each size and their ratio.
    static func run(parser: NotesParser, small: Int, large: Int) {
        let renderer = ReportRenderer()
        print("pathological shapes, parse and render every format (sizes \(small) and \(large)):")
        for (name, make) in shapes {
            var times: [Double] = []
            var sizes: [Int] = []
            for count in [small, large] {
                let note = make(count)
                sizes.append(note.utf8.count)
                times.append(medianSeconds(runs: 3) {
                    let report = parser.parse(note, source: "shape.md")
                    for format in ReportFormat.allCases {
                        _ = try? renderer.render(report, as: format)
                    }
                })
            }
            let padded = name.padding(toLength: 24, withPad: " ", startingAt: 0)
            print(String(format: "  %@ %8.3f s %8.3f s   ratio %5.2f (size ratio %.1f)",
                         padded, times[0], times[1], times[1] / max(times[0], 1e-6),
                         Double(sizes[1]) / Double(sizes[0])))
        }
    }
}
