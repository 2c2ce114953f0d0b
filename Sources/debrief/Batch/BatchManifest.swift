import DebriefKit
import Foundation

/// What Debrief knows about an output folder, kept there as `.debrief-manifest` (JSON): every
/// file it wrote (so it replaces only those), and for each note the hash of the note and of
/// the settings its reports were made with (so a second run converts only what changed), and
/// the note's row of the index (so the index needs no note read again).
///
/// A run with `--shard K/N` keeps its own manifest, `.debrief-manifest-shard-K-of-N`, so that
/// shards never write the same file; `debrief index` merges them into `.debrief-manifest`.
struct BatchManifest: Equatable, Sendable {
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

    /// Every file Debrief wrote in the folder, relative to it.
    var files: Set<String> = []
    /// By the note's path relative to the folder it was found in.
    var notes: [String: Note] = [:]
    /// Notes that failed in the last run, with the reason, for the index.
    var failures: [String: String] = [:]

    static func fileName(shard: Shard?) -> String {
        shard.map { "\(fileName)-shard-\($0.index)-of-\($0.count)" } ?? fileName
    }

    /// One line of the file: JSON Lines, so that a folder of 50,000 notes is written and read
    /// one entry at a time, never as one document in memory. The first line says what the
    /// file is; each other line is one file, one note or one failure.
    private struct Line: Codable {
        var writtenBy: String?
        var format: Int?
        var file: String?
        var note: String?
        var entry: Note?
        var failure: String?
        var reason: String?
    }

    /// The first manifests held one JSON object: `writtenBy` and the `files` list.
    private struct FirstFormat: Decodable {
        var writtenBy: String
        var files: [String]
    }

    /// The manifest at `path`; an empty one when there is none, and also, with the reason,
    /// when one is there but cannot be read (so nothing is replaced on its word).
    static func load(path: String) -> (manifest: BatchManifest, problem: String?) {
        guard Folder.entry(at: path) != .none else { return (BatchManifest(), nil) }
        let unreadable = (BatchManifest(), "cannot be read as Debrief's list of the files it wrote")
        guard let data = FileManager.default.contents(atPath: path) else { return unreadable }
        let decoder = JSONDecoder()
        var manifest = BatchManifest()
        var lines = data.split(separator: UInt8(ascii: "\n"))[...]
        guard let first = lines.popFirst(), let header = try? decoder.decode(Line.self, from: first),
            header.writtenBy == "debrief", header.format == 2
        else {
            guard let old = try? decoder.decode(FirstFormat.self, from: data), old.writtenBy == "debrief"
            else { return unreadable }
            manifest.files = Set(old.files)
            return (manifest, nil)
        }
        for text in lines {
            guard let line = try? decoder.decode(Line.self, from: text) else { return unreadable }
            if let file = line.file { manifest.files.insert(file) }
            if let path = line.note, let entry = line.entry { manifest.notes[path] = entry }
            if let path = line.failure { manifest.failures[path] = line.reason ?? "" }
        }
        return (manifest, nil)
    }

    /// Written sorted, so the same folder gives the same bytes however the run was scheduled.
    func save(to path: String) throws(SystemError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func line(_ value: Line) -> [UInt8] {
            // Strings, numbers and collections of them cannot fail to encode.
            Array((try? encoder.encode(value)) ?? Data()) + [10]
        }
        let byBytes = { (a: String, b: String) in a.utf8.lexicographicallyPrecedes(b.utf8) }
        try AtomicFile.write(to: path) { (file: inout AtomicFile.Output) throws(SystemError) in
            try file.write(line(Line(writtenBy: "debrief", format: 2)))
            for name in files.sorted(by: byBytes) { try file.write(line(Line(file: name))) }
            for path in notes.keys.sorted(by: byBytes) {
                try file.write(line(Line(note: path, entry: notes[path])))
            }
            for path in failures.keys.sorted(by: byBytes) {
                try file.write(line(Line(failure: path, reason: failures[path])))
            }
        }
    }

    /// Several shards' manifests as one: every file and note of each.
    mutating func merge(_ other: BatchManifest) {
        files.formUnion(other.files)
        notes.merge(other.notes) { _, new in new }
        failures.merge(other.failures) { _, new in new }
        for path in other.notes.keys { failures[path] = nil }
    }
}
