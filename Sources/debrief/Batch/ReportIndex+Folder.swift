import DebriefKit

extension ReportIndex {
    static let fileNames = ["index.html", "index.json"]

    /// The index of what a manifest lists.
    init(manifest: BatchManifest) {
        self.init(rows: manifest.notes.values.map(\.row),
                  failures: manifest.failures.map { Failure(note: $0.key, reason: $0.value) })
    }

    /// Writes `index.json` and `index.html` into `folder`, each atomically and a piece at a
    /// time.
    func write(to folder: String) throws(SystemError) {
        try Self.write(Folder.join(folder, "index.json"), json)
        try Self.write(Folder.join(folder, "index.html"), html)
    }

    private static func write(_ path: String, _ make: ((String) -> Void) -> Void) throws(SystemError) {
        try AtomicFile.write(to: path) { (file: inout AtomicFile.Output) throws(SystemError) in
            var failure: SystemError?
            make { piece in
                guard failure == nil else { return }
                do throws(SystemError) { try file.write(piece) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }
}
