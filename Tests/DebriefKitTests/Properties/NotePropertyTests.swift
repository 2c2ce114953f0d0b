import DebriefKit
import OutputInvariants
import PropertyBased
import Testing

/// Properties over generated notes (`GeneratedNote`): random sections under varied labels,
/// bullets, examples in every written form, ratings tables, private sections and HTML
/// comments holding canaries. A failure prints the note, shrunk to the fewest sections, and
/// a seed to replay it with `.fixedSeed(…)`. Counts stay small so the suite stays quick.
@Suite struct NotePropertyTests {
    static let count = 40

    func parse(_ text: String) -> Report {
        NotesParser().parse(text, source: "generated.md")
    }

    /// The Markdown report reads back to the same strengths, items and examples.
    @Test func markdownReportReadsBackToTheSameModel() async {
        await propertyCheck(count: Self.count, input: GeneratedNote.generator) { note in
            let original = parse(note.text)
            let markdown = try ReportRenderer().render(original, as: .md)
            let reread = parse(markdown)
            #expect(reread.strengths.map(\.text) == original.strengths.map(\.text))
            #expect(Self.items(reread) == Self.items(original))
        }
    }

    /// The same note always gives the same report, in every format and for both audiences.
    @Test func renderingIsDeterministic() async {
        await propertyCheck(count: Self.count, input: GeneratedNote.generator) { note in
            let first = parse(note.text)
            #expect(parse(note.text) == first)
            for audience in Audience.allCases {
                let renderer = ReportRenderer(options: .init(audience: audience))
                for format in ReportFormat.allCases {
                    let output = try renderer.render(first, as: format)
                    #expect(try renderer.render(first, as: format) == output, "\(format)")
                }
            }
        }
    }

    /// No canary from a private section or comment reaches any candidate format, and every
    /// output keeps the invariants the fuzzer checks.
    @Test func privateCanariesNeverReachTheCandidate() async {
        await propertyCheck(count: Self.count, input: GeneratedNote.generator) { note in
            let report = parse(note.text)
            for audience in Audience.allCases {
                let renderer = ReportRenderer(options: .init(audience: audience))
                for format in ReportFormat.allCases {
                    let output = try renderer.render(report, as: format)
                    let violations = OutputInvariants.check(
                        output, format: format, audience: audience, canaries: note.canaries)
                    #expect(violations.isEmpty, "\(violations)")
                }
            }
        }
    }

    /// Nothing is lost: every word written for the candidate is in the internal JSON, in
    /// whatever field the parser put it.
    @Test func everyCandidateWordIsInTheInternalJSON() async {
        await propertyCheck(count: Self.count, input: GeneratedNote.generator) { note in
            let json = try ReportRenderer(options: .init(audience: .internal))
                .render(parse(note.text), as: .json).lowercased()
            let missing = note.candidateWords.filter { !json.contains($0) }.sorted()
            #expect(missing.isEmpty, "lost: \(missing)")
            for canary in note.canaries {
                #expect(json.contains(canary.lowercased()), "private text lost: \(canary)")
            }
        }
    }

    /// Items with their examples, in order, without line numbers.
    static func items(_ report: Report) -> [String] {
        report.improvements.flatMap(\.items).map { item in
            ([item.headline] + item.examples.map(\.text)).joined(separator: " | ")
        }
    }
}
