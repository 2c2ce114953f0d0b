import DebriefKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads the templates and phrasebooks, then reads every input, parses it, adds suggested
/// phrasings and writes its reports. A bad input is reported on one line and the others still
/// go through; a bad template or phrasebook stops everything before anything is written.
struct RenderFrontend {
    struct Options {
        var formats: [ReportFormat]
        var audience: Audience
        var outputDirectory: String?
        var templates: [TemplateOverride]
        var width: Int
        var suggestions: Int
        var phrasebooks: [String]
        var sizeLimit: Int
        var quiet: Bool
        var verbose: Bool
    }

    let options: Options
    private let printer = DiagnosticPrinter()

    init(options: Options) {
        self.options = options
    }

    /// `true` when every input was read and every report written.
    func run(_ paths: [String]) -> Bool {
        var templates = ReportTemplates.builtIn()
        for override in options.templates {
            do {
                try templates.override(override.format, withFileAt: override.path)
            } catch {
                printer.printError(error.message, path: error.path,
                                   location: error.line.map {
                                       SourceLocation(line: $0, column: error.column ?? 1)
                                   })
                return false
            }
        }
        guard let suggester = PhrasebookLoader.suggester(teamFiles: options.phrasebooks) else {
            return false
        }
        let toTerminal = options.outputDirectory == nil && isatty(STDOUT_FILENO) == 1
        let renderer = ReportRenderer(templates: templates, options: .init(
            audience: options.audience, width: options.width,
            colour: toTerminal && DiagnosticPrinter.colourAllowed))

        var reports: [(path: String, report: Report)] = []
        var allRead = true
        let parser = NotesParser()
        for path in paths {
            do {
                let text = try NoteFile.read(path: path, sizeLimit: options.sizeLimit)
                var report = parser.parse(text, source: path)
                printDiagnostics(report, path: path)
                suggester.suggest(into: &report, limit: options.suggestions)
                reports.append((path, report))
            } catch {
                printer.printError(error.description, path: path, location: error.location)
                allRead = false
            }
        }
        if let directory = options.outputDirectory {
            return writeFiles(reports, into: directory, with: renderer) && allRead
        }
        do {
            if paths.count == 1, let only = reports.first {
                try printStandardOutput(renderer.render(only.report, as: options.formats[0]))
            } else if paths.count > 1 {
                // Several JSON reports: one array, so the output stays one JSON document.
                let prepared = reports.map { $0.report.prepared(for: options.audience) }
                try printStandardOutput(
                    String(decoding: ReportJSON.encode(value: prepared), as: UTF8.self) + "\n")
            }
        } catch {
            printer.printError("\(error)", path: options.outputDirectory ?? "-", location: nil)
            return false
        }
        return allRead
    }

    private func printDiagnostics(_ report: Report, path: String) {
        guard !options.quiet else { return }
        for diagnostic in report.diagnostics
        where diagnostic.severity == .warning || options.verbose {
            printer.print(diagnostic, path: path)
        }
    }

    private func printStandardOutput(_ text: String) throws {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes every report; a file that cannot be written is reported on its own line and
    /// the others are still written. `false` when any failed.
    private func writeFiles(_ reports: [(path: String, report: Report)], into directory: String,
                            with renderer: ReportRenderer) -> Bool {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        } catch {
            var isDirectory: ObjCBool = false
            let isFile = FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
                && !isDirectory.boolValue
            let reason = isFile ? "it is a file, not a folder" : Self.reason(for: directory)
            printer.printError("cannot create the output folder: \(reason)", path: directory,
                               location: nil)
            return false
        }
        var succeeded = true
        // Names the inputs have as written are never handed to another input: with x.md,
        // a/x.md and x-2.md, the second x is x-3, not x-2.
        let reserved = Set(reports.map { OutputNaming.base(for: $0.path) })
        var used: Set<String> = []
        for (path, report) in reports {
            let base = OutputNaming.uniqueBase(for: path, taken: &used, reserved: reserved)
            for format in options.formats {
                let destination = URL(fileURLWithPath: directory)
                    .appendingPathComponent("\(base).\(format.fileExtension)")
                do {
                    let text = try renderer.render(report, as: format)
                    // Atomic: a reader never sees half a report, and a failed write leaves
                    // no file.
                    try Data(text.utf8).write(to: destination, options: .atomic)
                } catch {
                    printer.printError("cannot write the report: \(Self.reason(for: destination.path))",
                                       path: destination.path, location: nil)
                    succeeded = false
                }
            }
        }
        return succeeded
    }

    /// Why a path cannot be written, in words (Foundation's errors print as dumps).
    private static func reason(for path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? "a folder of that name is in the way"
                : FileManager.default.isWritableFile(atPath: path) ? "the file cannot be replaced"
                : "permission denied"
        }
        let parent = (path as NSString).deletingLastPathComponent
        if FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory),
            !isDirectory.boolValue
        {
            return "'\(parent)' is a file, not a folder"
        }
        return FileManager.default.isWritableFile(atPath: parent.isEmpty ? "." : parent)
            ? "the disk refused the write" : "permission denied"
    }
}

/// Report file names: `notes/alice.md` → `alice`; a second `alice` becomes `alice-2`.
enum OutputNaming {
    static func base(for path: String) -> String {
        path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    static func uniqueBase(for path: String, taken: inout Set<String>,
                           reserved: Set<String> = []) -> String {
        let base = base(for: path)
        var name = base
        var counter = 2
        while taken.contains(name) || (name != base && reserved.contains(name)) {
            name = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(name)
        return name
    }
}
