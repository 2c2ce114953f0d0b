import Foundation
import Testing

@testable import DebriefKit

/// Every note in `Examples/` against its golden JSON in `Snapshots/` (internal audience, so the
/// private notes are pinned too). Compared after decoding, so formatting does not matter.
/// `RECORD_SNAPSHOTS=1 swift test` writes the goldens anew (and fails, so review the diff).
@Suite struct ExampleSnapshotTests {
    /// A golden per example and format, and no golden left over from a renamed or removed
    /// example: the snapshot tests only compare what exists, so both gaps would be silent.
    @Test func everyExampleHasASnapshot() throws {
        let examples = TestFiles.examples
        #expect(examples.count >= 5)
        let expected = Set(examples.map { Self.snapshotName($0) }
            + ReportSnapshotTests.cases.flatMap(\.fileNames)
            + ReportFormat.allCases.map(ReportSnapshotTests.suggestionsSnapshotName))
        let present = Set(try FileManager.default.contentsOfDirectory(
            atPath: TestFiles.snapshots.path).filter { !$0.hasPrefix(".") })
        #expect(expected.subtracting(present).sorted() == [], "examples without a snapshot")
        #expect(present.subtracting(expected).sorted() == [], "snapshots without an example")
    }

    @Test(arguments: TestFiles.examples)
    func matchesSnapshot(_ name: String) throws {
        let report = NotesParser().parse(try TestFiles.text("Examples/\(name)"),
                                         source: "Examples/\(name)")
        let actual = try ReportJSON.encode(report, for: .internal)
        let golden = TestFiles.snapshots.appendingPathComponent(Self.snapshotName(name))
        if SnapshotRecording.isOn {
            try SnapshotRecording.write(actual + Data("\n".utf8), to: golden)
            return
        }
        // Compared as models, so formatting does not matter; the first differing line of
        // the JSON says where, without printing two whole reports.
        let goldenData = try Data(contentsOf: golden)
        if report != (try ReportJSON.decode(goldenData)) {
            let difference = FirstDifference.describe(
                expected: String(decoding: goldenData, as: UTF8.self),
                actual: String(decoding: actual + Data("\n".utf8), as: UTF8.self))
            Issue.record(Comment(rawValue: "\(name) differs from its snapshot at \(difference); "
                                     + "re-record with RECORD_SNAPSHOTS=1 if intended"))
        }
    }

    static func snapshotName(_ example: String) -> String {
        (example as NSString).deletingPathExtension + ".json"
    }

    @Test func candidateReportsDropPrivateNotes() throws {
        let text = try TestFiles.text("Examples/ats-scorecard.md")
        let report = NotesParser().parse(text, source: "ats-scorecard.md")
        #expect(report.privateNotes?.isEmpty == false)
        let candidate = try ReportJSON.encode(report.prepared(for: .candidate))
        let json = String(decoding: candidate, as: UTF8.self)
        #expect(!json.contains("PRIVATE-CANARY-7Q"))
        #expect(!json.contains("\"private\""))
    }
}
