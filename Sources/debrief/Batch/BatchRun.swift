import DebriefKit
import Dispatch
import Foundation
import Synchronization

/// `debrief render DIR|FILE... -o OUTDIR`: every note found becomes one report per format in
/// a tree under OUTDIR that mirrors the notes' folders, converted on every core with a fixed
/// number of notes in flight (memory stays flat however many there are), each report written
/// as soon as it is ready. The manifest makes a second run convert only what changed, and
/// `index.html` and `index.json` list every report.
struct BatchRun {
    /// What a user chooses about a batch, beyond what every note's reports depend on.
    struct Choices {
        var jobs: Int
        var include: [String]
        var exclude: [String]
        var failFast: Bool
        var prune: Bool
        var shard: Shard?
    }

    struct Options {
        var inputs: [String]
        var outputFolder: String
        var choices: Choices
        var quiet: Bool
    }

    let options: Options
    let settings: BatchSettings
    private let printer = DiagnosticPrinter()

    init(options: Options, settings: BatchSettings) {
        self.options = options
        self.settings = settings
    }

    /// `true` when every note was converted or already up to date.
    func run() -> Bool {
        let started = DispatchTime.now().uptimeNanoseconds
        let folder = options.outputFolder
        guard prepareFolder() else { return false }
        let output = OutputFolder(path: folder)
        _ = output.removeLeftovers()

        let walker = NoteWalker(include: options.choices.include, exclude: options.choices.exclude,
                                skipFolder: FileIdentity(path: folder))
        var (notes, problems) = walker.notes(in: options.inputs)
        let walkErrors = problems.filter { $0.report(to: printer, quiet: options.quiet) }.count
        if let shard = options.choices.shard { notes = notes.filter(shard.contains) }
        let plan = OutputPlan(notes: notes, formats: settings.formats)
        let (previous, ownPrevious) = loadManifests()

        // Every note found is a file this run reads, not only those named: an input folder
        // inside the output folder ("render out/notes -o out") must not have a note replaced
        // by another note's report.
        var settings = settings
        for note in notes {
            if let identity = FileIdentity(path: note.path), settings.filesRead[identity] == nil {
                settings.filesRead[identity] = "the input \(note.path)"
            }
        }
        let journal = WriteJournal(folder: folder, shard: options.choices.shard)
        let job = NoteJob(settings: settings, output: output, previous: previous, printer: printer,
                          journal: journal)
        let lines = BatchPrinter(total: notes.count, quiet: options.quiet)
        let outcomes = convert(notes, plan: plan, job: job, lines: lines)

        var manifest = ownPrevious
        var counts = (converted: 0, upToDate: 0, failed: walkErrors)
        manifest.failures = [:]
        for (note, outcome) in zip(notes, outcomes) {
            guard let outcome else { continue }  // not started: --fail-fast stopped the run
            manifest.files.formUnion(outcome.written)
            switch outcome.status {
            case .converted: counts.converted += 1
            case .upToDate: counts.upToDate += 1
            case .failed: counts.failed += 1
            }
            manifest.notes[note.relativePath] = outcome.note
            if let failure = outcome.failure { manifest.failures[note.relativePath] = failure }
        }
        if options.choices.prune { prune(&manifest, keeping: Set(notes.map(\.relativePath))) }
        manifest.files = manifest.files.filter { Folder.entry(at: Folder.join(folder, $0)) == .other }
        // Nothing written and nothing gone: the index and the manifest on disk already say
        // what they would (a folder of 10,000 notes spent most of a warm run rewriting them).
        let unchanged = manifest == ownPrevious && options.choices.shard == nil
            && counts.converted == 0
            && Self.manifestNames(in: folder) == [BatchManifest.fileName]
            && WriteJournal.names(in: folder).isEmpty
            && ReportIndex.fileNames.allSatisfy { Folder.entry(at: Folder.join(folder, $0)) == .other }
        // The reports were written without a flush each; one flush of everything before the
        // manifest says they are there, so a power cut cannot leave a listed report empty.
        if !unchanged { sync() }
        let saved = unchanged || save(&manifest)
        // The manifest holds what the journal recorded now (a shard's: only its own).
        if saved {
            for name in WriteJournal.journalFiles(in: folder)
            where options.choices.shard == nil || name == WriteJournal.fileName(shard: options.choices.shard) {
                unlink(Folder.join(folder, name))
            }
        }

        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        lines.summary(
            "\(counts.converted) converted, \(counts.upToDate) up to date, \(counts.failed) failed "
                + "in \(String(format: "%.1f", seconds)) s", quiet: options.quiet)
        return counts.failed == 0 && saved
    }

    /// Runs the notes' jobs on `options.choices.jobs` workers, each taking the next note as it
    /// finishes one; returns each note's outcome, or nil for notes never started.
    private func convert(_ notes: [NoteInput], plan: OutputPlan, job: NoteJob,
                         lines printer: BatchPrinter) -> [NoteJob.Outcome?]
    {
        let next = Atomic<Int>(0)
        let stopped = Atomic<Bool>(false)
        let results = Mutex([NoteJob.Outcome?](repeating: nil, count: notes.count))
        let failFast = options.choices.failFast
        let workers = max(1, min(options.choices.jobs, notes.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while !stopped.load(ordering: .relaxed) {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < notes.count else { return }
                var outcome: NoteJob.Outcome
                switch plan.bases[index] {
                case .success(let base):
                    outcome = job.run(notes[index], base: base)
                case .failure(let refusal):
                    outcome = NoteJob.Outcome(
                        status: .failed, failure: refusal.message,
                        lines: [job.printer.errorLine(refusal.message, path: notes[index].path,
                                                      location: nil)])
                }
                if failFast, outcome.status == .failed { stopped.store(true, ordering: .relaxed) }
                let lines = outcome.lines
                outcome.lines = []
                results.withLock { $0[index] = outcome }
                printer.finished(index, lines: lines)
            }
        }
        return results.withLock { $0 }
    }

    private func prepareFolder() -> Bool {
        let folder = options.outputFolder
        if Folder.entry(at: folder) == .other, !Folder.isFolder(folder) {
            printer.printError("cannot create the output folder: it is a file, not a folder",
                               path: folder, location: nil)
            return false
        }
        do {
            try Folder.create(folder)
        } catch {
            printer.printError("cannot create the output folder: \(error)", path: folder, location: nil)
            return false
        }
        // Reports mirror the notes' tree: written into the notes' own folder, they would
        // mix with them (and a note named like a report would be replaced).
        let identity = FileIdentity(path: folder)
        if let input = options.inputs.first(where: { Folder.isFolder($0) && FileIdentity(path: $0) == identity }) {
            printer.printError("is both an input folder and the output folder; choose another output folder",
                               path: input, location: nil)
            return false
        }
        return true
    }

    /// Every manifest in the folder merged (what Debrief wrote, whichever run or shard wrote
    /// it), and the one this run keeps up to date.
    private func loadManifests() -> (all: BatchManifest, own: BatchManifest) {
        let folder = options.outputFolder
        let ownName = BatchManifest.fileName(shard: options.choices.shard)
        var all = BatchManifest()
        var own = BatchManifest()
        for name in Self.manifestNames(in: folder) {
            let path = Folder.join(folder, name)
            let (manifest, problem) = BatchManifest.load(path: path)
            if let problem, !options.quiet {
                printer.print(Diagnostic(severity: .warning, code: "unreadable-manifest",
                                         message: problem + "; files already in the folder are "
                                             + "replaced only with --force", location: nil),
                              path: path)
            }
            all.merge(manifest)
            if name == ownName, options.choices.shard != nil { own.merge(manifest) }
        }
        // Reports a killed run wrote before it could save its manifest.
        let journaled = WriteJournal.names(in: folder)
        all.files.formUnion(journaled)
        // A run without shards takes over everything (what shards left too): the same
        // manifest, not a second copy of it.
        guard options.choices.shard != nil else { return (all, all) }
        own.files.formUnion(journaled)
        return (all, own)
    }

    static func manifestNames(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix(BatchManifest.fileName) }.sorted()
    }

    /// Removes the reports of notes that are gone (within this run's shard) and forgets them.
    private func prune(_ manifest: inout BatchManifest, keeping present: Set<String>) {
        for (path, note) in manifest.notes where !present.contains(path) {
            if let shard = options.choices.shard, !shard.contains(NoteInput(path: path, relativePath: path)) {
                continue
            }
            for output in note.outputs where manifest.files.contains(output) {
                unlink(Folder.join(options.outputFolder, output))
                manifest.files.remove(output)
            }
            manifest.notes[path] = nil
        }
    }

    /// Writes the index (without shards) and the manifest; `false` after an error line.
    private func save(_ manifest: inout BatchManifest) -> Bool {
        Self.saveIndex(&manifest, in: options.outputFolder, shard: options.choices.shard, printer: printer)
    }

    /// Without a shard: the index, then the folder's manifest, which takes in every shard's
    /// (their files are removed). With one: only the shard's manifest.
    static func saveIndex(_ manifest: inout BatchManifest, in folder: String, shard: Shard?,
                          printer: DiagnosticPrinter) -> Bool
    {
        do {
            if shard == nil {
                try ReportIndex(manifest: manifest).write(to: folder)
                manifest.files.formUnion(ReportIndex.fileNames)
            }
            try manifest.save(to: Folder.join(folder, BatchManifest.fileName(shard: shard)))
            if shard == nil {
                for name in manifestNames(in: folder) where name != BatchManifest.fileName {
                    unlink(Folder.join(folder, name))
                }
            }
        } catch {
            printer.printError("cannot write the index or the list of files debrief wrote: \(error)",
                               path: folder, location: nil)
            return false
        }
        return true
    }
}
