import Foundation
import Testing

@testable import DebriefKit

/// The Markdown report is clean Markdown that Debrief reads back to the same model: same
/// details, strengths, areas, items and examples (line numbers aside).
@Suite struct MarkdownRoundTripTests {
    static var inputs: [String] {
        TestFiles.examples.map { "Examples/\($0)" }
            + (FileManager.default.fileExists(atPath: TestFiles.seedPath) ? ["seed"] : [])
    }

    @Test(arguments: inputs)
    func readsBackTheSameModel(_ input: String) throws {
        let text = input == "seed"
            ? try NoteFile.read(path: TestFiles.seedPath) : try TestFiles.text(input)
        let original = NotesParser().parse(text, source: input)
        let markdown = try ReportRenderer().render(original, as: .md)
        let reread = NotesParser().parse(markdown, source: input)

        #expect(reread.details == original.details)
        #expect(reread.summary == original.summary)
        #expect(reread.strengths.map(\.text) == original.strengths.map(\.text))
        #expect(Self.shape(reread) == Self.shape(original), "\(markdown)")
        #expect(reread.preparation == original.preparation)
        #expect(reread.ratings.map(\.name) == original.ratings.map(\.name))
        #expect(reread.ratings.map(\.value) == original.ratings.map(\.value))
        #expect(reread.ratings.map(\.comment) == original.ratings.map(\.comment))
        // Reading the report back raises no new warning (content warnings carry over; a
        // note that a label was read by its words may appear).
        let codes = { (report: Report) in Set(report.diagnostics.map(\.code)) }
        let allowed: Set<Diagnostic.Code> = [.unclassifiedSection, .labelByCue]
        #expect(codes(reread).subtracting(codes(original)).subtracting(allowed)
            .isEmpty)
    }

    /// Notes from review that once changed on the way back.
    @Test(arguments: [
        NamedInput("quotes inside phrasings",
            "## Areas for Improvement\n\n- Be direct\n"
                + "  - I would say “this” first, then the detail\n"
                + "  - “Curly with \"straight\" inside”\n"),
        NamedInput("two improvement sections",
            "## Areas for Improvement\n\n### Communication\n\n- **A**: went quiet\n\n"
                + "## Growth Areas\n\n- **B**: testing\n"),
        NamedInput("markup characters and numbered items",
            "## Strengths\n\n- Pipes | and *stars* and back\\slashes\n\n"
                + "## Areas for Improvement\n\n"
                + "1. **Numbered**: item one\n2. **Second**: item two\n"),
    ])
    func reviewNotesReadBack(_ note: NamedInput<String>) throws {
        let original = NotesParser().parse(note.value, source: "a.md")
        let reread = NotesParser().parse(try ReportRenderer().render(original, as: .md),
                                         source: "a.md")
        #expect(Self.shape(reread) == Self.shape(original))
        #expect(reread.strengths.map(\.text) == original.strengths.map(\.text))
    }

    @Test func suggestionsReadBackAsSuggestions() throws {
        var report = NotesParser().parse(try TestFiles.text("Examples/terse-pros-cons.md"),
                                         source: "terse.md")
        PhraseSuggester().suggest(into: &report, limit: 2)
        let reread = NotesParser().parse(try ReportRenderer().render(report, as: .md),
                                         source: "terse.md")
        let origins = { (report: Report) in
            report.improvements.flatMap(\.items).flatMap(\.examples).map { "\($0.text) \($0.origin.rawValue)" }
        }
        #expect(origins(reread) == origins(report))
        #expect(origins(report).contains { $0.hasSuffix("phrasebook") })
    }

    /// Areas, items and examples without line numbers.
    private static func shape(_ report: Report) -> [String] {
        report.improvements.flatMap { area in
            ["area: \(area.title ?? "-")"] + area.items.flatMap { item in
                ["item: \(item.headline) | \(item.detail ?? "-")"]
                    + item.examples.map { "example: \($0.text) [\($0.origin.rawValue)]" }
            }
        }
    }
}
