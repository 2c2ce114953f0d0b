import Foundation
import Testing

@testable import DebriefKit

/// Every note in `Examples/` against its golden JSON in `Snapshots/` (internal audience, so the
/// private notes are pinned too). Compared after decoding, so formatting does not matter.
/// `RECORD_SNAPSHOTS=1 swift test` writes the goldens anew; review the diff before committing.
@Suite struct ExampleSnapshotTests {
    @Test func everyExampleHasASnapshot() {
        #expect(TestFiles.examples.count >= 5)
    }

    @Test(arguments: TestFiles.examples)
    func matchesSnapshot(_ name: String) throws {
        let report = NotesParser().parse(try TestFiles.text("Examples/\(name)"),
                                         source: "Examples/\(name)")
        let actual = try ReportJSON.encode(report)
        let golden = TestFiles.snapshots.appendingPathComponent(
            (name as NSString).deletingPathExtension + ".json")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try (actual + Data("\n".utf8)).write(to: golden)
            return
        }
        let expected = try ReportJSON.decode(Data(contentsOf: golden))
        #expect(report == expected, "\(name) differs from its snapshot; re-record with RECORD_SNAPSHOTS=1 if intended")
        if report != expected {
            // Print the actual JSON so the difference is readable in the test log.
            print(String(decoding: actual, as: UTF8.self))
        }
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
