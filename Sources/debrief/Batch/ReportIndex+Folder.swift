import DebriefKit

extension ReportIndex {
    static let fileNames = ["index.html", "index.json"]

    /// The index of what a manifest lists.
    init(manifest: BatchManifest) {
        self.init(rows: manifest.notes.values.map(\.row),
                  failures: manifest.failures.map { Failure(note: $0.key, reason: $0.value) })
    }

    /// Writes `index.json` and `index.html` into `folder`, each atomically.
    func write(to folder: String) throws(SystemError) {
        try AtomicFile.write(Array(json().utf8), to: Folder.join(folder, "index.json"))
        try AtomicFile.write(Array(html().utf8), to: Folder.join(folder, "index.html"))
    }
}
