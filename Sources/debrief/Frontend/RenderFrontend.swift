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
        var force: Bool
        var templates: [TemplateOverride]
        var width: Int
        var suggestions: Int
        var phrasebooks: [String]
        var sizeLimit: Int
        var quiet: Bool
        var verbose: Bool
        var dialect: Dialect?
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
        // The built-in phrasebook's index is the costliest object in a run: built only when
        // suggestions are wanted (team phrasebooks are still checked, so a broken one is
        // reported whatever the limit).
        var suggester: PhraseSuggester?
        if options.suggestions > 0 || !options.phrasebooks.isEmpty {
            guard let loaded = PhrasebookLoader.suggester(teamFiles: options.phrasebooks) else {
                return false
            }
            suggester = options.suggestions > 0 ? loaded : nil
        }
        let toTerminal = options.outputDirectory == nil && StandardOutput.isTerminal
        let renderer = ReportRenderer(templates: templates, options: .init(
            audience: options.audience, width: options.width,
            colour: toTerminal && DiagnosticPrinter.colourAllowed))

        var reports: [(path: String, report: Report)] = []
        var allRead = true
        let parser = NotesParser(dialect: options.dialect)
        for path in paths {
            do {
                let text = try NoteFile.read(path: path, sizeLimit: options.sizeLimit)
                var report = parser.parse(text, source: path)
                printDiagnostics(report, path: path)
                suggester?.suggest(into: &report, limit: options.suggestions)
                reports.append((path, report))
            } catch {
                printer.printError(error.description, path: path, location: error.location)
                allRead = false
            }
        }
        if let directory = options.outputDirectory {
            let writer = ReportFolderWriter(
                folder: directory, formats: options.formats, force: options.force,
                quiet: options.quiet, filesRead: filesRead(paths))
            return writer.write(reports, with: renderer) && allRead
        }
        return printReports(reports, given: paths.count, with: renderer) && allRead
    }

    /// One report as itself; several (JSON only) as one array, so the output stays one JSON
    /// document. `false`, after one line saying why, when it cannot be rendered or written.
    private func printReports(_ reports: [(path: String, report: Report)], given count: Int,
                              with renderer: ReportRenderer) -> Bool
    {
        let text: String
        do {
            if count == 1, let only = reports.first {
                text = try renderer.render(only.report, as: options.formats[0])
            } else if count > 1 {
                let all = reports.map(\.report)
                text = String(decoding: try ReportJSON.encode(all, for: options.audience),
                              as: UTF8.self) + "\n"
            } else {
                return true
            }
        } catch {
            printer.printError("cannot render the report: \(error)",
                               path: reports.first?.path ?? "-", location: nil)
            return false
        }
        do {
            try StandardOutput.write(text)
        } catch {
            printer.printError("cannot write the report: \(error)", path: StandardOutput.name,
                               location: nil)
            return false
        }
        return true
    }

    private func printDiagnostics(_ report: Report, path: String) {
        guard !options.quiet else { return }
        for diagnostic in report.diagnostics
        where diagnostic.severity == .warning || options.verbose {
            printer.print(diagnostic, path: path)
        }
    }

    /// Every file this run reads, so that no report is written over one: the inputs
    /// (standard input too, when it is redirected from a file), templates and phrasebooks.
    private func filesRead(_ paths: [String]) -> [FileIdentity: String] {
        var files: [FileIdentity: String] = [:]
        func add(_ identity: FileIdentity?, _ description: String) {
            if let identity, files[identity] == nil { files[identity] = description }
        }
        for path in paths {
            if path == "-" {
                add(FileIdentity(descriptor: STDIN_FILENO), "the file read as standard input")
            } else {
                add(FileIdentity(path: path), "the input \(path)")
            }
        }
        for template in options.templates {
            add(FileIdentity(path: template.path), "the template \(template.path)")
        }
        for phrasebook in options.phrasebooks {
            add(FileIdentity(path: phrasebook), "the phrasebook \(phrasebook)")
        }
        return files
    }
}
