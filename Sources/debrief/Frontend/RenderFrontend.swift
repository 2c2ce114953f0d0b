import DebriefKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads the templates and phrasebooks, then sends the inputs one of three ways: a folder of
/// reports (`BatchRun`), one report file (`-o report.html`), or standard output. A bad input
/// is reported on one line and the others still go through; a bad template or phrasebook
/// stops everything before anything is written.
struct RenderFrontend {
    struct Options {
        var formats: [ReportFormat]
        /// Whether `--format` was given, rather than the default.
        var formatsGiven: Bool
        var audience: Audience
        var outputDirectory: String?
        var force: Bool
        var templates: [TemplateOverride]
        var width: Int
        var suggestions: Int
        var phrasebooks: [String]
        /// From `.debrief.yml`: the team's section labels, and the file itself.
        var sectionLabels: SectionLabelTable
        var configurationFile: String?
        var sizeLimit: Int
        var quiet: Bool
        var verbose: Bool
        var dialect: Dialect?
        var batch: BatchRun.Choices
    }

    let options: Options
    private let printer = DiagnosticPrinter()

    init(options: Options) {
        self.options = options
    }

    /// `true` when every input was read and every report written.
    func run(_ paths: [String]) -> Bool {
        guard let templates = loadTemplates(), let (suggester, phrasebookBytes) = loadSuggester()
        else { return false }
        if let output = options.outputDirectory {
            if let format = Self.singleFileFormat(output: output, inputs: paths) {
                return writeOneFile(paths[0], to: output, as: format, templates: templates,
                                    suggester: suggester)
            }
            let settings = batchSettings(templates: templates, suggester: suggester,
                                         phrasebookBytes: phrasebookBytes, paths: paths)
            let batch = BatchRun.Options(inputs: paths, outputFolder: output,
                                         choices: options.batch, quiet: options.quiet)
            return BatchRun(options: batch, settings: settings).run()
        }
        return printReports(paths, templates: templates, suggester: suggester)
    }

    // MARK: - What every mode needs

    private func loadTemplates() -> ReportTemplates? {
        var templates = ReportTemplates.builtIn()
        for override in options.templates {
            do {
                try templates.override(override.format, withFileAt: override.path)
            } catch {
                printer.printError(error.message, path: error.path,
                                   location: error.line.map {
                                       SourceLocation(line: $0, column: error.column ?? 1)
                                   })
                return nil
            }
        }
        return templates
    }

    /// The suggester, only when suggestions are wanted (the built-in phrasebook's index is
    /// the costliest object in a run), and the team phrasebooks' bytes. Team phrasebooks are
    /// checked whatever the limit, so a broken one is reported.
    private func loadSuggester() -> (PhraseSuggester?, [[UInt8]])? {
        guard options.suggestions > 0 || !options.phrasebooks.isEmpty else { return (nil, []) }
        guard let loaded = PhrasebookLoader.suggester(teamFiles: options.phrasebooks) else {
            return nil
        }
        let bytes = options.phrasebooks.map { (try? NoteFile.readBytes(path: $0)) ?? [] }
        return (options.suggestions > 0 ? loaded : nil, bytes)
    }

    private var parser: NotesParser {
        NotesParser(dialect: options.dialect, extraLabels: options.sectionLabels)
    }

    private func renderer(_ templates: ReportTemplates, colour: Bool) -> ReportRenderer {
        ReportRenderer(templates: templates, options: .init(
            audience: options.audience, width: options.width, colour: colour))
    }

    // MARK: - A folder of reports

    private func batchSettings(templates: ReportTemplates, suggester: PhraseSuggester?,
                               phrasebookBytes: [[UInt8]], paths: [String]) -> BatchSettings
    {
        BatchSettings(
            formats: options.formats, parser: parser,
            renderer: renderer(templates, colour: false), suggester: suggester,
            suggestions: options.suggestions, sizeLimit: options.sizeLimit, force: options.force,
            quiet: options.quiet, verbose: options.verbose,
            fingerprint: fingerprint(templates: templates, phrasebookBytes: phrasebookBytes),
            filesRead: filesRead(paths))
    }

    /// What a report depends on besides its note: Debrief's version, the options that change
    /// a report, the templates and the phrasebooks. A change converts every note again.
    private func fingerprint(templates: ReportTemplates, phrasebookBytes: [[UInt8]]) -> String {
        var hash = ContentHash()
        hash.add(field: DebriefCommand.configuration.version)
        hash.add(field: options.formats.map(\.rawValue).joined(separator: ","))
        hash.add(field: options.audience.rawValue)
        hash.add(field: String(options.width))
        hash.add(field: String(options.suggestions))
        hash.add(field: options.dialect?.rawValue ?? "")
        for format in options.formats {
            hash.add(field: templates.source(for: format) ?? "")
        }
        if options.suggestions > 0 { hash.add(field: Phrasebook.builtInText) }
        for bytes in phrasebookBytes {
            hash.add(field: String(bytes.count))
            hash.add(bytes)
        }
        // Its section labels change how notes are read.
        if let file = options.configurationFile, let bytes = try? NoteFile.readBytes(path: file) {
            hash.add(field: String(bytes.count))
            hash.add(bytes)
        }
        return hash.description
    }

    // MARK: - One report file

    /// The format of `-o FILE.ext` when it names one report file: one input that is not a
    /// folder, and an output that is not a folder and ends in a report's extension.
    static func singleFileFormat(output: String, inputs: [String]) -> ReportFormat? {
        guard inputs.count == 1, inputs[0] == "-" || !Folder.isFolder(inputs[0]),
            !Folder.isFolder(output), !output.hasSuffix("/")
        else { return nil }
        let name = NoteWalker.fileName(of: output)
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return nil }
        return FormatList(argument: String(name[name.index(after: dot)...]))?.formats.first
    }

    private func writeOneFile(_ path: String, to output: String, as format: ReportFormat,
                              templates: ReportTemplates, suggester: PhraseSuggester?) -> Bool
    {
        if options.formatsGiven, options.formats != [format] {
            printer.printError("names a .\(format.fileExtension) file, but --format asks for "
                               + options.formats.map(\.rawValue).joined(separator: ","),
                               path: output, location: nil)
            return false
        }
        guard let report = read(path, suggester: suggester) else { return false }
        if let identity = FileIdentity(path: output), let file = filesRead([path])[identity] {
            printer.printError("is \(file); a report never replaces a file debrief reads",
                               path: output, location: nil)
            return false
        }
        do {
            let text = try renderer(templates, colour: false).render(report, as: format)
            try AtomicFile.writeNamed(Array(text.utf8), to: output)
        } catch {
            printer.printError("cannot write the report: \(error)", path: output, location: nil)
            return false
        }
        return true
    }

    // MARK: - Standard output

    /// One report as itself; several (JSON only) as one array, printed note by note as each
    /// is read, so the output stays one JSON document and memory stays flat. Folders are
    /// walked for their notes.
    private func printReports(_ paths: [String], templates: ReportTemplates,
                              suggester: PhraseSuggester?) -> Bool
    {
        let walker = NoteWalker(include: options.batch.include, exclude: options.batch.exclude)
        let (notes, problems) = walker.notes(in: paths)
        var succeeded = true
        for problem in problems where problem.report(to: printer, quiet: options.quiet) {
            succeeded = false
        }
        let renderer = renderer(templates, colour: StandardOutput.isTerminal && DiagnosticPrinter.colourAllowed)
        let asArray = notes.count != 1 || paths.contains(where: Folder.isFolder)
        guard asArray else {
            guard let report = read(notes[0].path, suggester: suggester) else { return false }
            return printText({ try renderer.render(report, as: options.formats[0]) }, path: notes[0].path)
        }
        var first = true
        for note in notes {
            guard let report = read(note.path, suggester: suggester) else {
                succeeded = false
                continue
            }
            let prefix = first ? "[\n" : ",\n"
            first = false
            let printed = printText({
                let json = String(decoding: try ReportJSON.encode(report, for: options.audience),
                                  as: UTF8.self)
                return prefix + Self.indented(json)
            }, path: note.path)
            guard printed else { return false }
        }
        return printText({ first ? "[]\n" : "\n]\n" }, path: "-") && succeeded
    }

    /// Each line of one array element indented as `JSONEncoder` indents an array's elements.
    private static func indented(_ json: String) -> String {
        json.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            .joined(separator: "\n")
    }

    private func printText(_ make: () throws -> String, path: String) -> Bool {
        let text: String
        do {
            text = try make()
        } catch {
            printer.printError("cannot render the report: \(error)", path: path, location: nil)
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

    /// The note parsed, its diagnostics printed and suggestions added; nil after an error line.
    private func read(_ path: String, suggester: PhraseSuggester?) -> Report? {
        do {
            let text = try NoteFile.read(path: path, sizeLimit: options.sizeLimit)
            var report = parser.parse(text, source: path)
            suggester?.suggest(into: &report, limit: options.suggestions)
            if !options.quiet {
                for diagnostic in report.diagnostics
                where diagnostic.severity == .warning || options.verbose {
                    printer.print(diagnostic, path: path)
                }
            }
            return report
        } catch {
            printer.printError(error.description, path: path, location: error.location)
            return nil
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
            } else if !Folder.isFolder(path) {
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
