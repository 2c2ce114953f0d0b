import Foundation
import Testing

/// `RECORD_SNAPSHOTS=1` rewrites golden files. A recording run must never pass as if it had
/// compared anything, so every write also records an issue: a CI run with the variable set
/// fails instead of blessing whatever the code now produces.
enum SnapshotRecording {
    static var isOn: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static func write(_ data: Data, to file: URL,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let previous = try? Data(contentsOf: file)
        try data.write(to: file, options: .atomic)
        let change = previous == data ? "unchanged" : previous == nil ? "new" : "changed"
        Issue.record(Comment(rawValue: "recorded \(file.lastPathComponent) (\(change)); review "
                                 + "the diff, then run the tests without RECORD_SNAPSHOTS"),
                     sourceLocation: sourceLocation)
    }
}
