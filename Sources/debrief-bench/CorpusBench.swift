import Foundation

/// The speed figures that matter to users, on a seeded corpus of notes in nested folders:
///
/// - the engine: CPU time (user + system, all threads) of `debrief render` to JSON, to JSON
///   and HTML, and to all four formats, each as a ratio to Debian's `cmark-gfm` parsing and
///   rendering the same bytes concatenated;
/// - the batch: wall time of a cold run on one core and on all cores, of a warm run with
///   everything up to date, and peak memory at two corpus sizes.
///
/// Ratios rather than seconds, because they stay comparable on a slower or busier machine.
struct CorpusBench {
    static let seed: UInt64 = 20_261_130
    let noteCount: Int
    /// A second, larger corpus for how time and memory grow (0: skip).
    let largeCount: Int
    let debrief: String

    func run() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let notesFolder = folder.appendingPathComponent("notes")
        let notes = try NoteCorpus(count: noteCount, seed: Self.seed).write(to: notesFolder)
        let bytes = try notes.reduce(0) { $0 + (try Data(contentsOf: $1).count) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print(String(format: "corpus: %d notes in nested folders, %.1f MB, seed %llu; %d cores",
                     notes.count, Double(bytes) / 1e6, Self.seed, cores))

        let floor = try cmarkFloor(notes: notes, in: folder)
        if floor == nil {
            print("  cmark-gfm not found: install it (scripts/install-deps --with-bench-tools) for ratios")
        }
        var outputs = 0
        func render(_ formats: String, _ extra: [String] = [], into output: String? = nil) throws
            -> ChildProcess.Cost
        {
            // A fresh folder each time: creating thousands of files just after deleting as
            // many costs the kernel far more than a user's run does.
            outputs += 1
            let out = output ?? folder.appendingPathComponent("out-\(outputs)").path
            let cost = try ChildProcess.run([
                debrief, "render", "--quiet", "--suggestions", "0", "--format", formats,
                "--output", out, notesFolder.path,
            ] + extra)
            guard cost.status == 0 else {
                throw ChildProcess.Failure(description: "debrief exited with \(cost.status) (\(formats))")
            }
            return cost
        }

        print("\nengine: CPU time of debrief render against cmark-gfm on the same bytes")
        // The kernel's share is shown apart: on a file system without a journal, creating
        // thousands of files within minutes of deleting as many costs ext4 far more (it skips
        // recently freed inodes one by one), and that is the machine's history, not Debrief.
        print("  what                                   CPU s    ratio  peak MiB  of which system s")
        var jsonCost: ChildProcess.Cost?
        for (name, formats) in [("JSON", "json"), ("JSON and HTML", "json,html"),
                                ("all four formats", "json,html,md,text")] {
            let cost = try render(formats)
            if jsonCost == nil { jsonCost = cost }
            print(row("debrief render, \(name)", cost, floor: floor))
        }
        let lint = try ChildProcess.run([
            debrief, "lint", "--quiet", "--format", "json", "--output",
            folder.appendingPathComponent("lint.json").path, notesFolder.path,
        ])
        // Findings exit 1; only a usage or configuration error (2) or a crash is a failure.
        guard lint.status == 0 || lint.status == 1 else {
            throw ChildProcess.Failure(description: "debrief lint exited with \(lint.status)")
        }
        print(row("debrief lint, JSON findings", lint, floor: floor))
        if let floor { print(row("cmark-gfm, corpus concatenated (floor)", floor, floor: floor)) }
        if let jsonCost {
            print(String(format: "  lint costs %.2f× the CPU of rendering to JSON (target: at most 1)",
                         lint.cpuSeconds / max(jsonCost.cpuSeconds, 1e-3)))
        }

        print("\nbatch: render notes/ -o out --format html,json (wall time)")
        let serial = try render("html,json", ["--jobs", "1"])
        let warmFolder = folder.appendingPathComponent("warm").path
        let parallel = try render("html,json", into: warmFolder)
        let warm = try render("html,json", into: warmFolder)
        print("  what                                   wall s   CPU s  peak MiB   ratio")
        print(batchRow("(1) cold, one job", serial, to: nil))
        print(batchRow("(2) cold, \(cores) jobs", parallel, to: serial, versus: "(1)"))
        print(batchRow("(3) warm, everything up to date", warm, to: parallel, versus: "(2)"))
        if let floor { print(batchRow("(4) cmark-gfm over the corpus", floor, to: parallel, versus: "(2)")) }

        guard largeCount > 0 else { return }
        let large = folder.appendingPathComponent("large")
        _ = try NoteCorpus(count: largeCount, seed: Self.seed).write(to: large)
        let largeCost = try ChildProcess.run([
            debrief, "render", "--quiet", "--suggestions", "0", "--format", "html,json",
            "--output", folder.appendingPathComponent("out-large").path, large.path,
        ])
        print(String(format: "  %d notes, cold, %d jobs: %.1f s wall, peak %.1f MiB; "
                         + "%.1f× the time of %d notes for %.1f× the notes",
                     largeCount, cores, largeCost.wallSeconds, largeCost.peakMiB,
                     largeCost.wallSeconds / parallel.wallSeconds, noteCount,
                     Double(largeCount) / Double(noteCount)))
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

    private func row(_ name: String, _ cost: ChildProcess.Cost, floor: ChildProcess.Cost?) -> String {
        let ratio = floor.map { String(format: "%7.1f×", cost.cpuSeconds / max($0.cpuSeconds, 1e-3)) }
            ?? "      –"
        return String(format: "  %@ %7.2f  %@  %8.1f  %6.2f",
                      name.padding(toLength: 38, withPad: " ", startingAt: 0), cost.cpuSeconds, ratio,
                      cost.peakMiB, cost.systemSeconds)
    }

    private func batchRow(_ name: String, _ cost: ChildProcess.Cost, to base: ChildProcess.Cost?,
                          versus: String = "") -> String
    {
        let ratio = base.map { String(format: "%5.2f × %@", cost.wallSeconds / max($0.wallSeconds, 1e-3), versus) }
            ?? ""
        return String(format: "  %@ %7.2f %7.2f  %8.1f   %@",
                      name.padding(toLength: 38, withPad: " ", startingAt: 0), cost.wallSeconds,
                      cost.cpuSeconds, cost.peakMiB, ratio)
    }
}
