import Foundation
import Testing

@testable import DebriefKit

/// Golden files for every example in every templated format (candidate audience), plus the
/// internal audience for the scorecard, which has private notes. JSON goldens are in
/// `ExampleSnapshotTests`. `RECORD_SNAPSHOTS=1 swift test` re-records (and fails).
@Suite struct ReportSnapshotTests {
    /// One example for one audience, in every templated format: a golden file each.
    struct Case: Sendable, CustomTestStringConvertible {
        var example: String
        var audience: Audience

        func fileName(_ format: ReportFormat) -> String {
            let base = (example as NSString).deletingPathExtension
            let suffix = audience == .internal ? ".internal" : ""
            return "\(base)\(suffix).\(format.fileExtension)"
        }

        var fileNames: [String] { ReportSnapshotTests.templatedFormats.map(fileName) }
        var testDescription: String { audience == .internal ? "\(example), internal" : example }
    }

    static let templatedFormats: [ReportFormat] = [.md, .html, .text]

    static let cases: [Case] = TestFiles.examples.map { Case(example: $0, audience: .candidate) }
        + [Case(example: "ats-scorecard.md", audience: .internal)]

    static func suggestionsSnapshotName(_ format: ReportFormat) -> String {
        "terse-pros-cons.suggested.\(format.fileExtension)"
    }

    @Test(arguments: cases)
    func matchesSnapshot(_ snapshot: Case) throws {
        let name = snapshot.example
        let report = NotesParser().parse(try TestFiles.text("Examples/\(name)"),
                                         source: "Examples/\(name)")
        let renderer = ReportRenderer(options: .init(audience: snapshot.audience))
        for format in Self.templatedFormats {
            let output = try renderer.render(report, as: format)
            try assertSnapshot(output, named: snapshot.fileName(format))
        }
    }

    /// Suggested phrasings, marked as such in every format.
    @Test(arguments: ReportFormat.allCases)
    func suggestionsSnapshot(_ format: ReportFormat) throws {
        var report = NotesParser().parse(try TestFiles.text("Examples/terse-pros-cons.md"),
                                         source: "Examples/terse-pros-cons.md")
        PhraseSuggester().suggest(into: &report, limit: 2)
        let output = try ReportRenderer().render(report, as: format)
        let marker = ["json": "\"phrasebook\"", "md": "*(suggested)*", "html": ">Suggested<",
                      "txt": "(suggested)"][format.fileExtension]
        #expect(output.contains(try #require(marker)))
        try assertSnapshot(output, named: Self.suggestionsSnapshotName(format))
    }

    @Test func textWrapsAtTheGivenWidth() throws {
        let report = NotesParser().parse(try TestFiles.text("Examples/notes-app-paste.md"),
                                         source: "notes-app-paste.md")
        for width in [40, 60, 100] {
            let text = try ReportRenderer(options: .init(width: width)).render(report, as: .text)
            let longest = text.split(separator: "\n").map(\.count).max() ?? 0
            #expect(longest <= width, "width \(width)")
        }
    }

    @Test func colourOnlyWhenAsked() throws {
        let report = NotesParser().parse("Strengths\n\n• Calm\n", source: "a.md")
        let plain = try ReportRenderer(options: .init(colour: false)).render(report, as: .text)
        let coloured = try ReportRenderer(options: .init(colour: true)).render(report, as: .text)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1mStrengths"))
    }

    @Test func emptySectionsAreLeftOut() throws {
        let report = NotesParser().parse("Strengths\n\n• Calm under pressure\n", source: "a.md")
        for format in [ReportFormat.md, .html, .text] {
            let output = try ReportRenderer().render(report, as: format)
            #expect(output.contains("Calm under pressure"))
            for absent in ["Summary", "Areas for improvement", "Preparation", "Ratings",
                           "Interview details"] {
                #expect(!output.contains(absent), "\(format): \(absent)")
            }
        }
    }

    @Test func sectionsComeInOneOrder() throws {
        let report = NotesParser().parse(try TestFiles.text("Examples/ats-scorecard.md"),
                                         source: "ats.md")
        let renderer = ReportRenderer(options: .init(audience: .internal))
        for format in [ReportFormat.md, .html, .text] {
            let output = try renderer.render(report, as: format)
            let order = ["Summary", "Strengths", "Areas for improvement", "Preparation",
                         "Ratings"]
            let positions = order.compactMap { output.range(of: $0)?.lowerBound }
            #expect(positions.count == order.count, "\(format)")
            #expect(positions == positions.sorted(), "\(format)")
            let privateStart = try #require(output.range(of: "rivate notes")?.lowerBound
                ?? output.range(of: "PRIVATE NOTES")?.lowerBound)
            #expect(positions.allSatisfy { $0 < privateStart }, "\(format)")
        }
    }
}

/// Compares `actual` with `Snapshots/<name>`, or writes it when `RECORD_SNAPSHOTS=1`.
func assertSnapshot(_ actual: String, named name: String,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let file = TestFiles.snapshots.appendingPathComponent(name)
    if SnapshotRecording.isOn {
        try SnapshotRecording.write(Data(actual.utf8), to: file, sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    if actual != expected {
        let difference = FirstDifference.describe(expected: expected, actual: actual)
        Issue.record(Comment(rawValue: "\(name) differs from its snapshot at \(difference); "
                                 + "re-record with RECORD_SNAPSHOTS=1 if intended"),
                     sourceLocation: sourceLocation)
    }
}
