import DebriefKit

/// What every note of a batch shares: how to parse, suggest and render, where to write, and
/// a fingerprint of all of it, so a note whose bytes and fingerprint are unchanged since the
/// last run needs no work.
struct BatchSettings: Sendable {
    var formats: [ReportFormat]
    var parser: NotesParser
    var renderer: ReportRenderer
    /// Only when suggestions are wanted: its index is costly to build.
    var suggester: PhraseSuggester?
    var suggestions: Int
    var sizeLimit: Int
    /// Convert every note, and replace files Debrief did not write.
    var force: Bool
    var quiet: Bool
    var verbose: Bool
    /// `ContentHash` of the templates, phrasebooks and options.
    var fingerprint: String
    /// Files this run reads (inputs, templates, phrasebooks): never written over.
    var filesRead: [FileIdentity: String]
}

/// One note, start to finish: read, check whether its reports are up to date, parse,
/// suggest, render each format and write it. Pure apart from the files it writes, so any
/// number run at once; what it has to say comes back as lines, for the printer to order.
struct NoteJob: Sendable {
    let settings: BatchSettings
    let output: OutputFolder
    /// The output folder's manifests as the run found them.
    let previous: BatchManifest
    let printer: DiagnosticPrinter
    /// Where each report's name is recorded before it is written.
    let journal: WriteJournal?

    enum Status: Sendable { case converted, upToDate, failed }

    struct Outcome: Sendable {
        var status: Status
        /// The note's manifest entry, when its reports are all in place.
        var note: BatchManifest.Note?
        /// Why it failed, for the index.
        var failure: String?
        /// Reports written (relative to the output folder).
        var written: [String] = []
        /// Diagnostics and errors, one line each.
        var lines: [String] = []
    }

    /// `base`: the reports' path without extension, relative to the output folder.
    func run(_ input: NoteInput, base: String) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try NoteFile.readBytes(path: input.path, sizeLimit: settings.sizeLimit)
        } catch {
            return failed(error.description, input, location: error.location)
        }
        let inputHash = ContentHash(bytes).description
        let outputs = settings.formats.map { "\(base).\($0.fileExtension)" }
        if !settings.force, let old = previous.notes[input.relativePath], old.input == inputHash,
            old.settings == settings.fingerprint, old.outputs == outputs,
            outputs.allSatisfy({ Folder.entry(at: Folder.join(output.path, $0)) == .other })
        {
            return Outcome(status: .upToDate, note: old)
        }
        let text: String
        do {
            text = try NoteDecoder.decode(bytes)
        } catch {
            return failed(error.description, input, location: error.location)
        }
        var report = settings.parser.parse(text, source: input.path)
        var outcome = Outcome(status: .converted)
        settings.suggester?.suggest(into: &report, limit: settings.suggestions)
        if !settings.quiet {
            for diagnostic in report.diagnostics
            where diagnostic.severity == .warning || settings.verbose {
                outcome.lines.append(printer.line(diagnostic, path: input.path))
            }
        }
        let prepared = settings.renderer.prepare(report)
        var reports: [String: String] = [:]
        for (format, name) in zip(settings.formats, outputs) {
            if let problem = write(prepared, as: format, to: name) {
                outcome.lines.append(printer.errorLine(problem.message, path: problem.path, location: nil))
                outcome.status = .failed
                outcome.failure = outcome.failure ?? problem.message
            } else {
                outcome.written.append(name)
                reports[format.rawValue] = name
            }
        }
        if outcome.status == .converted {
            outcome.note = BatchManifest.Note(
                input: inputHash, settings: settings.fingerprint, outputs: outputs,
                row: IndexRow(note: input.relativePath, report: report, reports: reports))
        }
        return outcome
    }

    private struct Problem {
        var message: String
        var path: String
    }

    private func write(_ report: PreparedReport, as format: ReportFormat, to name: String) -> Problem? {
        let destination: String
        do {
            destination = try output.prepare(name)
        } catch {
            return Problem(message: error.message, path: Folder.join(output.path, name))
        }
        let (entry, identity) = FileIdentity.entry(at: destination)
        if let identity, let file = settings.filesRead[identity] {
            return Problem(message: "is \(file); a report never replaces a file debrief reads",
                           path: destination)
        }
        switch entry {
        case .folder:
            return Problem(message: "cannot write the report: a folder of that name is in the way",
                           path: destination)
        case .other where !settings.force && !previous.files.contains(name):
            return Problem(message: "exists and was not written by debrief; use --force to replace it",
                           path: destination)
        default:
            break
        }
        let text: String
        do {
            text = try report.render(as: format)
        } catch {
            return Problem(message: "cannot render the report: \(error)", path: destination)
        }
        journal?.record(name)
        do {
            // Flushed to disk all at once before the manifest records it (`BatchRun`).
            try AtomicFile.write(to: destination, durable: false) { (file: inout AtomicFile.Output) throws(SystemError) in
                try file.write(text)
            }
        } catch {
            return Problem(message: "cannot write the report: \(error)", path: destination)
        }
        return nil
    }

    private func failed(_ message: String, _ input: NoteInput, location: SourceLocation?) -> Outcome {
        Outcome(status: .failed, failure: message,
                lines: [printer.errorLine(message, path: input.path, location: location)])
    }
}
