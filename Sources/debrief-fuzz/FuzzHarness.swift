import DebriefKit
import OutputInvariants

/// One input through everything Debrief does with a note: parse (dialect detected), suggest
/// phrasings, render every format for both audiences, and check `OutputInvariants` on each
/// output. Then the same input again with a private section and an HTML comment planted in
/// it, each holding a canary that no candidate output may show and the internal JSON must.
/// Violations already reported (`KnownIssues`) are noted once and not returned.
///
/// Templates and the phrasebook index are built once per process: the first harness rebuilt
/// them for every input and managed 16 inputs a second.
struct FuzzHarness: Sendable {
    static let shared = FuzzHarness()

    static let sectionCanary = "ZQXSECTIONCANARY"
    static let commentCanary = "ZQXCOMMENTCANARY"

    let candidate = ReportRenderer(options: .init(audience: .candidate))
    let interviewer = ReportRenderer(options: .init(audience: .internal))
    let suggester = PhraseSuggester()

    func run(_ bytes: [UInt8]) -> [Violation] {
        // Library callers may pass any string, so bytes the CLI would refuse (NUL, invalid
        // UTF-8) are read as the replacement character rather than skipped.
        let text = String(decoding: bytes, as: UTF8.self)
        var violations = check(NotesParser().parse(text, source: "fuzz.md"), canaries: [])
        if !text.uppercased().contains("ZQX") {
            let planted = Self.planting(in: text, lineChoice: Int(bytes.first ?? 0))
            // Markdown forced: a dialect may read "## Private Notes" as a list item (Jira),
            // which is not the private section this check plants.
            let report = NotesParser(dialect: .markdown).parse(planted, source: "fuzz.md")
            violations += check(report, canaries: [Self.sectionCanary, Self.commentCanary])
        }
        return violations
    }

    /// A private section first (after a title line, which a note's first line always is),
    /// and an HTML comment, private wherever it stands, between two lines of the input.
    static func planting(in text: String, lineChoice: Int) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let position = lineChoice % (lines.count + 1)
        lines.insert("\n<!-- \(commentCanary) -->\n", at: position)
        return "# Notes\n\n## Private Notes\n\n\(sectionCanary)\n\n" + lines.joined(separator: "\n")
    }

    /// Every format for both audiences; with canaries, only what they concern (the candidate
    /// formats and the internal JSON), which keeps each input quick.
    private func check(_ parsed: Report, canaries: [String]) -> [Violation] {
        var report = parsed
        suggester.suggest(into: &report, limit: 2)
        var violations: [Violation] = []
        for format in ReportFormat.allCases {
            for (audience, renderer) in [(Audience.candidate, candidate), (.internal, interviewer)]
            where canaries.isEmpty || audience == .candidate || format == .json {
                let output: String
                do {
                    output = try renderer.render(report, as: format)
                } catch {
                    violations.append(Violation("render threw", format, audience,
                                                found: "\(error)"))
                    continue
                }
                violations += KnownIssues.unexplained(
                    OutputInvariants.check(output, format: format, audience: audience,
                                           canaries: canaries),
                    in: output)
                if audience == .internal {
                    for canary in canaries where !output.contains(canary) {
                        violations.append(Violation("private text lost", format, audience,
                                                    found: canary))
                    }
                }
            }
        }
        return violations
    }
}
