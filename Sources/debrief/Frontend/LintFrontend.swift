import DebriefKit
import Dispatch
import Foundation
import Synchronization

/// `debrief lint`: finds the notes as `render` does, reads each note's `.debrief.yml`, lints
/// the notes on every core, and prints one report in the chosen format on standard output
/// (or into `--output FILE`), with the same summary line as `render` on standard error.
struct LintFrontend {
    struct Options {
        var reporter: any LintReporter
        var strict: Bool
        var minimumSeverity: Diagnostic.Severity
        var configFile: String?
        var output: String?
        var dialect: Dialect?
        var sizeLimit: Int
        var jobs: Int
        var include: [String]
        var exclude: [String]
        var quiet: Bool
    }

    /// How a run ended, for the exit status.
    enum Outcome {
        case clean
        /// Errors (or warnings under `--strict`), or notes that could not be read.
        case failed
        /// A configuration file could not be used: nothing was linted.
        case configurationError
    }

    let options: Options
    private let printer = DiagnosticPrinter()

    init(options: Options) {
        self.options = options
    }

    func run(_ paths: [String]) -> Outcome {
        let started = DispatchTime.now().uptimeNanoseconds
        let walker = NoteWalker(include: options.include, exclude: options.exclude)
        let (notes, problems) = walker.notes(in: paths)
        var results = LintResults()
        for problem in problems {
            // A folder with no notes is a finding of the run, counted like any other: a CI
            // job that lints nothing must not pass quietly under --strict.
            if problem.isWarning {
                results.files.append(.init(path: problem.path, diagnostics: [
                    Diagnostic(severity: .warning, code: .noNotes, message: problem.message, location: nil),
                ].filter { $0.severity >= options.minimumSeverity }))
            } else if problem.report(to: printer, quiet: options.quiet) {
                results.failures.append(.init(path: problem.path, message: problem.message))
            }
        }
        // Every configuration is read before any note, so a broken one stops the run whole.
        let linters: [Linter]
        do {
            let finder = try ConfigurationFinder(configFile: options.configFile)
            linters = try notes.map { note throws(ConfigurationError) in
                try linter(for: note, finder: finder)
            }
        } catch {
            StandardError.write(TerminalText.escaping(error.description) + "\n")
            return .configurationError
        }
        // The findings never replace a note this run reads.
        if let output = options.output, let identity = FileIdentity(path: output),
            let note = notes.first(where: { FileIdentity(path: $0.path) == identity })
        {
            printer.printError("is the note \(note.path); the findings never replace a file "
                               + "debrief reads", path: output, location: nil)
            return .failed
        }
        let outcomes = lint(notes, linters: linters)
        for (note, outcome) in zip(notes, outcomes) {
            switch outcome {
            case .success(var file):
                file.diagnostics = file.diagnostics.filter { $0.severity >= options.minimumSeverity }
                results.files.append(file)
            case .failure(let failure):
                printer.printError(failure.message, path: note.path, location: failure.location)
                results.failures.append(.init(path: note.path, message: failure.message))
            }
        }
        let colour = options.output == nil && StandardOutput.isTerminal
            && DiagnosticPrinter.colourAllowed
        guard write(options.reporter.report(results, colour: colour)) else { return .failed }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        if !options.quiet {
            StandardError.write(
                "\(results.files.count) linted, \(results.failures.count) failed in "
                    + "\(String(format: "%.1f", seconds)) s: \(results.count(.error)) errors, "
                    + "\(results.count(.warning)) warnings, \(results.count(.note)) notes\n")
        }
        let failing = results.count(.error) + (options.strict ? results.count(.warning) : 0)
        return failing == 0 && results.failures.isEmpty ? .clean : .failed
    }

    private func linter(for note: NoteInput, finder: ConfigurationFinder) throws(ConfigurationError)
        -> Linter
    {
        guard let configuration = try finder.configuration(forNoteAt: note.path) else {
            return Linter(parser: NotesParser(dialect: options.dialect))
        }
        let relative = ConfigurationFinder.relativePath(of: note.path, to: configuration)
        let name = NoteWalker.fileName(of: relative)
        let settings = configuration.lintSettings { pattern in
            fnmatch(pattern, pattern.contains("/") ? relative : name, 0) == 0
        }
        return Linter(parser: NotesParser(dialect: options.dialect,
                                          extraLabels: configuration.sectionLabels),
                      settings: settings)
    }

    struct Failure: Error {
        var message: String
        var location: SourceLocation?
    }

    /// Each note's findings, linted on `options.jobs` workers, in the notes' order.
    private func lint(_ notes: [NoteInput], linters: [Linter]) -> [Result<LintResults.File, Failure>] {
        let next = Atomic<Int>(0)
        let results = Mutex([Result<LintResults.File, Failure>?](repeating: nil, count: notes.count))
        let keepsLines = options.reporter.needsSourceLines
        let sizeLimit = options.sizeLimit
        DispatchQueue.concurrentPerform(iterations: max(1, min(options.jobs, notes.count))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < notes.count else { return }
                let note = notes[index]
                let result: Result<LintResults.File, Failure>
                switch Result(catching: { () throws(NoteInputError) in
                    try NoteFile.read(path: note.path, sizeLimit: sizeLimit)
                }) {
                case .success(let text):
                    let diagnostics = linters[index].lint(text, file: note.path)
                    var file = LintResults.File(path: note.path, diagnostics: diagnostics)
                    if keepsLines {
                        file.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    }
                    result = .success(file)
                case .failure(let error):
                    result = .failure(Failure(message: error.description, location: error.location))
                }
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// The report on standard output, or written whole into `--output`.
    private func write(_ report: String) -> Bool {
        guard let output = options.output else {
            do {
                try StandardOutput.write(report)
                return true
            } catch {
                printer.printError("cannot write the report: \(error)", path: StandardOutput.name,
                                   location: nil)
                return false
            }
        }
        do {
            try AtomicFile.writeNamed(Array(report.utf8), to: output)
            return true
        } catch {
            printer.printError("cannot write the report: \(error)", path: output, location: nil)
            return false
        }
    }
}
