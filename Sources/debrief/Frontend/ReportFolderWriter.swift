import DebriefKit

/// Writes every report into the output folder, each file atomically, and only where that
/// destroys nothing: never over a file this run reads (an input, template or phrasebook), and
/// over an existing file only when Debrief wrote it (the folder's manifest lists it) or with
/// `--force`. A file that cannot be written is reported on its own line and the others are
/// still written.
struct ReportFolderWriter {
    var folder: String
    var formats: [ReportFormat]
    var force: Bool
    var quiet: Bool
    /// Every file this run reads, by identity, described for a message ("the input x.md").
    var filesRead: [FileIdentity: String]
    private let printer = DiagnosticPrinter()

    init(folder: String, formats: [ReportFormat], force: Bool, quiet: Bool,
         filesRead: [FileIdentity: String]) {
        self.folder = folder
        self.formats = formats
        self.force = force
        self.quiet = quiet
        self.filesRead = filesRead
    }

    /// `false` when any report, or the manifest, could not be written.
    func write(_ reports: [(path: String, report: Report)], with renderer: ReportRenderer)
        -> Bool
    {
        guard createFolder() else { return false }
        var (manifest, problem) = OutputManifest.load(folder: folder)
        if let problem {
            warn(problem + "; files already in the folder are replaced only with --force",
                 code: "unreadable-manifest", path: manifest.path)
        }
        var succeeded = true
        let choices = OutputNaming.choose(for: reports.map(\.path))
        for ((path, report), choice) in zip(reports, choices) {
            let names = formats.map { "\(choice.base).\($0.fileExtension)" }
            if let other = choice.sameNameAs {
                warn("\(other) has the same name, so this note's reports are "
                     + names.joined(separator: ", "), code: "same-output-name", path: path)
            }
            let prepared = renderer.prepare(report)
            for (format, name) in zip(formats, names) {
                if write(prepared, as: format, named: name, manifest) {
                    manifest.insert(name)
                } else {
                    succeeded = false
                }
            }
        }
        do {
            try manifest.save()
        } catch {
            fail("cannot record which files debrief wrote: \(error)", manifest.path)
            succeeded = false
        }
        return succeeded
    }

    private func write(_ report: PreparedReport, as format: ReportFormat, named name: String,
                       _ manifest: OutputManifest) -> Bool
    {
        let destination = Folder.join(folder, name)
        if let identity = FileIdentity(path: destination), let file = filesRead[identity] {
            return fail("is \(file); a report never replaces a file debrief reads", destination)
        }
        switch Folder.entry(at: destination) {
        case .folder:
            return fail("cannot write the report: a folder of that name is in the way",
                        destination)
        case .other where !force && !manifest.contains(name):
            return fail("exists and was not written by debrief; use --force to replace it",
                        destination)
        default:
            break
        }
        let text: String
        do {
            text = try report.render(as: format)
        } catch {
            return fail("cannot render the report: \(error)", destination)
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: destination)
        } catch {
            return fail("cannot write the report: \(error)", destination)
        }
        return true
    }

    private func createFolder() -> Bool {
        if Folder.entry(at: folder) == .other, !Folder.isFolder(folder) {
            return fail("cannot create the output folder: it is a file, not a folder", folder)
        }
        do {
            try Folder.create(folder)
        } catch {
            return fail("cannot create the output folder: \(error)", folder)
        }
        return true
    }

    /// Prints the error line; always `false`, for `return fail(…)`.
    @discardableResult
    private func fail(_ message: String, _ path: String) -> Bool {
        printer.printError(message, path: path, location: nil)
        return false
    }

    private func warn(_ message: String, code: String, path: String) {
        guard !quiet else { return }
        printer.print(Diagnostic(severity: .warning, code: code, message: message, location: nil),
                      path: path)
    }
}
