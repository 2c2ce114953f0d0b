import DebriefKit
import Foundation

/// The files Debrief wrote into an output folder, kept there as `.debrief-manifest` (JSON).
/// An existing file is replaced only when it is listed, or with `--force`: a report cannot
/// carry a marker instead, since JSON and plain text have no comment syntax.
struct OutputManifest {
    static let fileName = ".debrief-manifest"

    /// Names relative to the folder.
    private(set) var files: Set<String>
    let folder: String
    private let saved: Set<String>

    var path: String { Folder.join(folder, Self.fileName) }

    private struct Contents: Codable {
        var writtenBy = "debrief"
        var files: [String]
    }

    /// The folder's manifest; an empty one when there is none, and also, with the reason, when
    /// one is there but cannot be read (so nothing is replaced on its word).
    static func load(folder: String) -> (manifest: OutputManifest, problem: String?) {
        let path = Folder.join(folder, fileName)
        var files: Set<String> = []
        var problem: String?
        if Folder.entry(at: path) != .none {
            if let data = FileManager.default.contents(atPath: path),
                let contents = try? JSONDecoder().decode(Contents.self, from: data)
            {
                files = Set(contents.files)
            } else {
                problem = "cannot be read as Debrief's list of the files it wrote"
            }
        }
        return (OutputManifest(files: files, folder: folder, saved: files), problem)
    }

    func contains(_ name: String) -> Bool { files.contains(name) }

    mutating func insert(_ name: String) { files.insert(name) }

    /// Writes the list, atomically, leaving out files no longer there (a name left listed
    /// after its report was deleted would let a later file of that name be replaced).
    func save() throws(SystemError) {
        let present = files.filter { Folder.entry(at: Folder.join(folder, $0)) != .none }
        guard present != saved else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Encoding two strings and an array of strings cannot fail.
        let data = (try? encoder.encode(Contents(files: present.sorted()))) ?? Data()
        try AtomicFile.write(Array(data) + [10], to: path)
    }
}
