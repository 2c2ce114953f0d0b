import DebriefKit
import Foundation

/// What Debrief knows about an output folder, kept there as `.debrief-manifest` (JSON): every
/// file it wrote (so it replaces only those), and for each note the hash of the note and of
/// the settings its reports were made with (so a second run converts only what changed), and
/// the note's row of the index (so the index needs no note read again).
///
/// A run with `--shard K/N` keeps its own manifest, `.debrief-manifest-shard-K-of-N`, so that
/// shards never write the same file; `debrief index` merges them into `.debrief-manifest`.
struct BatchManifest: Codable, Equatable, Sendable {
    static let fileName = ".debrief-manifest"

    struct Note: Codable, Equatable, Sendable {
        /// `ContentHash` of the note's bytes.
        var input: String
        /// `ContentHash` of the templates, phrasebooks and options used.
        var settings: String
        /// The reports, relative to the output folder.
        var outputs: [String]
        var row: IndexRow
    }

    var writtenBy = "debrief"
    /// Every file Debrief wrote in the folder, relative to it.
    var files: Set<String> = []
    /// By the note's path relative to the folder it was found in.
    var notes: [String: Note] = [:]
    /// Notes that failed in the last run, with the reason, for the index.
    var failures: [String: String] = [:]

    static func fileName(shard: Shard?) -> String {
        shard.map { "\(fileName)-shard-\($0.index)-of-\($0.count)" } ?? fileName
    }

    private enum CodingKeys: String, CodingKey { case writtenBy, files, notes, failures }

    init() {}

    // Older manifests hold only `writtenBy` and `files`; what they lack starts empty.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        writtenBy = try container.decode(String.self, forKey: .writtenBy)
        files = try container.decode(Set<String>.self, forKey: .files)
        notes = try container.decodeIfPresent([String: Note].self, forKey: .notes) ?? [:]
        failures = try container.decodeIfPresent([String: String].self, forKey: .failures) ?? [:]
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(writtenBy, forKey: .writtenBy)
        // Sorted, so the same folder gives the same bytes however the run was scheduled.
        try container.encode(files.sorted(), forKey: .files)
        try container.encode(notes, forKey: .notes)
        try container.encode(failures, forKey: .failures)
    }

    /// The manifest at `path`; an empty one when there is none, and also, with the reason,
    /// when one is there but cannot be read (so nothing is replaced on its word).
    static func load(path: String) -> (manifest: BatchManifest, problem: String?) {
        guard Folder.entry(at: path) != .none else { return (BatchManifest(), nil) }
        guard let data = FileManager.default.contents(atPath: path),
            let manifest = try? JSONDecoder().decode(BatchManifest.self, from: data),
            manifest.writtenBy == "debrief"
        else {
            return (BatchManifest(), "cannot be read as Debrief's list of the files it wrote")
        }
        return (manifest, nil)
    }

    func save(to path: String) throws(SystemError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Strings, numbers and collections of them cannot fail to encode.
        let data = (try? encoder.encode(self)) ?? Data()
        try AtomicFile.write(Array(data) + [10], to: path)
    }

    /// Several shards' manifests as one: every file and note of each.
    mutating func merge(_ other: BatchManifest) {
        files.formUnion(other.files)
        notes.merge(other.notes) { _, new in new }
        failures.merge(other.failures) { _, new in new }
        for path in other.notes.keys { failures[path] = nil }
    }
}
