import Foundation

/// The engine's speed figure: the CPU time `debrief render` spends on a seeded corpus, as a
/// ratio to Debian's `cmark-gfm` parsing and rendering the same bytes concatenated. A ratio
/// rather than seconds, because it stays comparable on a slower or busier machine.
struct CorpusBench {
    let noteCount: Int
    static let seed: UInt64 = 20_261_130
    let debrief: String

    func run() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = try NoteCorpus(count: noteCount, seed: Self.seed)
            .write(to: folder.appendingPathComponent("notes"))
        let bytes = try notes.reduce(0) { $0 + (try Data(contentsOf: $1).count) }
        print(String(format: "corpus: %d notes, %.1f MB, seed %llu (CPU time = user + system)",
                     notes.count, Double(bytes) / 1e6, Self.seed))

        let floor = try cmarkFloor(notes: notes, in: folder)
        let rows: [(name: String, formats: String)] = [
            ("JSON", "json"), ("JSON and HTML", "json,html"), ("all four formats", "json,html,md,text"),
        ]
        print("  what                                   CPU s   ratio   peak MiB")
        for (number, row) in rows.enumerated() {
            // A fresh folder each time: creating thousands of files just after deleting as
            // many costs the kernel far more than a user's run does.
            let output = folder.appendingPathComponent("out-\(number)").path
            let cost = try ChildProcess.run([
                debrief, "render", "--quiet", "--suggestions", "0", "--format", row.formats,
                "--output", output,
            ] + notes.map(\.path))
            guard cost.status == 0 else {
                throw ChildProcess.Failure(description: "debrief exited with \(cost.status) on \(row.name)")
            }
            print(line("debrief render, \(row.name)", cost, floor: floor))
        }
        if let floor {
            print(line("cmark-gfm, corpus concatenated (floor)", floor, floor: floor))
        } else {
            print("  cmark-gfm not found: install it (scripts/install-deps --with-bench-tools) for ratios")
        }
    }

    /// `cmark-gfm` with the extensions Debrief enables, rendering HTML, over one file that
    /// holds every note.
    private func cmarkFloor(notes: [URL], in folder: URL) throws -> ChildProcess.Cost? {
        guard let cmark = ChildProcess.find("cmark-gfm") else { return nil }
        let joined = folder.appendingPathComponent("corpus.md")
        guard FileManager.default.createFile(atPath: joined.path, contents: nil) else {
            throw ChildProcess.Failure(description: "cannot create \(joined.path)")
        }
        let handle = try FileHandle(forWritingTo: joined)
        for note in notes { handle.write(try Data(contentsOf: note) + Data("\n\n".utf8)) }
        try handle.close()
        return try ChildProcess.run([
            cmark, "--extension", "table", "--extension", "strikethrough", "--extension", "autolink",
            "--extension", "tasklist", "--extension", "tagfilter", "--to", "html", joined.path,
        ])
    }

    private func line(_ name: String, _ cost: ChildProcess.Cost, floor: ChildProcess.Cost?) -> String {
        let ratio = floor.map { String(format: "%6.1f×", cost.cpuSeconds / max($0.cpuSeconds, 1e-3)) } ?? "     –"
        return String(format: "  %@ %7.2f  %@  %8.1f",
                      name.padding(toLength: 38, withPad: " ", startingAt: 0), cost.cpuSeconds, ratio,
                      cost.peakMiB)
    }
}
