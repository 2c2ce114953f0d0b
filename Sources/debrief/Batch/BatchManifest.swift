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
    /// Each line is what `JSONEncoder` with sorted keys writes for a `Line` (`load` reads them
    /// with `JSONDecoder`), written directly: a line per note through the encoder's generic
    /// path cost 2% of a render.
    func save(to path: String) throws(SystemError) {
        let byBytes = { (a: String, b: String) in a.utf8.lexicographicallyPrecedes(b.utf8) }
        try AtomicFile.write(to: path) { (file: inout AtomicFile.Output) throws(SystemError) in
            var out = JSONBytes()
            func line(_ write: (inout JSONBytes) -> Void) throws(SystemError) {
                out.clear()
                write(&out)
                out.raw("\n")
                try file.write(out.bytes)
            }
            try line { $0.raw("{\"format\":2,\"writtenBy\":\"debrief\"}") }
            for name in files.sorted(by: byBytes) {
                try line { $0.raw("{\"file\":"); $0.string(name); $0.raw("}") }
            }
            for path in notes.keys.sorted(by: byBytes) {
                guard let entry = notes[path] else { continue }
                try line { out in
                    out.raw("{\"entry\":")
                    Self.write(entry, to: &out)
                    out.raw(",\"note\":")
                    out.string(path)
                    out.raw("}")
                }
            }
            for path in failures.keys.sorted(by: byBytes) {
                try line { out in
                    out.raw("{\"failure\":")
                    out.string(path)
                    out.raw(",\"reason\":")
                    out.string(failures[path] ?? "")
                    out.raw("}")
                }
            }
        }
    }

    /// A note's entry as the encoder writes it: keys sorted by their bytes, absent optionals
    /// left out.
    private static func write(_ entry: Note, to out: inout JSONBytes) {
        out.raw("{\"input\":")
        out.string(entry.input)
        out.raw(",\"outputs\":[")
        for (index, output) in entry.outputs.enumerated() {
            if index > 0 { out.raw(",") }
            out.string(output)
        }
        out.raw("],\"row\":")
        write(entry.row, to: &out)
        out.raw(",\"settings\":")
        out.string(entry.settings)
        out.raw("}")
    }

    private static func write(_ row: IndexRow, to out: inout JSONBytes) {
        var first = true
        func key(_ name: String) {
            out.raw(first ? "{\"" : ",\"")
            out.raw(name)
            out.raw("\":")
            first = false
        }
        func optional(_ name: String, _ value: String?) {
            guard let value else { return }
            key(name)
            out.string(value)
        }
        optional("candidate", row.candidate)
        optional("date", row.date)
        key("improvementItems")
        out.number(row.improvementItems)
        optional("interviewType", row.interviewType)
        optional("level", row.level)
        key("note")
        out.string(row.note)
        key("reports")
        out.raw("{")
        for (index, name) in row.reports.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { out.raw(",") }
            out.string(name)
            out.raw(":")
            out.string(row.reports[name] ?? "")
        }
        out.raw("}")
        optional("role", row.role)
        key("strengths")
        out.number(row.strengths)
        out.raw("}")
    }

    /// Several shards' manifests as one: every file and note of each.
    mutating func merge(_ other: BatchManifest) {
        files.formUnion(other.files)
        notes.merge(other.notes) { _, new in new }
        failures.merge(other.failures) { _, new in new }
        for path in other.notes.keys { failures[path] = nil }
    }
}
