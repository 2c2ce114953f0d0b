import ArgumentParser
import DebriefKit
import Foundation

/// `debrief render FILE... --format json,html`: option parsing only; the work is in
/// `RenderFrontend`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read notes and print or write their reports.",
        discussion: """
            With one input and one format the report goes to standard output. Several JSON \
            reports (or a folder's) go to standard output as one JSON array, in order. \
            --output DIR writes one report per note and format into DIR, mirroring the \
            folders the notes are in, with index.html and index.json listing them all; a \
            second run converts only what changed. --output FILE.ext writes one input's \
            report to that file, in the format its extension names. Use - to read standard \
            input.
            """)

    @Argument(help: "Notes files or folders of notes (searched recursively). Use - for standard input.")
    var files: [String] = []

    @OptionGroup var notes: NoteSelection

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Output formats, comma-separated: json, md, html, text (default: json, or what the "
            + "--output file's extension names).", valueName: "formats"))
    var format: [FormatList] = []


    @Option(help: ArgumentHelp("Who the report is for. Private notes appear only in internal "
            + "reports (default: .debrief.yml's render.audience, else candidate)."))
    var audience: Audience?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "A folder to write one report per note and format into, or one report file (.html, "
            + ".md, .txt, .json) for one input; - for standard output.", valueName: "dir|file"))
    var outputArgument: String?

    /// The --output folder or file; nil for standard output (no --output, or `-o -`).
    var output: String? { OutputArgument.path(outputArgument) }

    @Flag(help: ArgumentHelp("Convert every note again, and replace files in the --output "
            + "folder that debrief did not write (never a file it reads)."))
    var force = false


    @Flag(help: "Stop at the first note that fails.")
    var failFast = false

    @Flag(help: "Remove reports in the --output folder whose note is gone.")
    var prune = false

    @Option(help: ArgumentHelp(
        "Convert only share K of N (K from 0), for N machines writing into one layout; "
            + "then run debrief index on the folder.", valueName: Shard.valueName))
    var shard: Shard?

    @Option(help: ArgumentHelp(
        "A Mustache template that replaces a format's built-in one; the format comes from the "
            + "name (report.html.mustache) or is given as FORMAT=FILE. Repeatable.",
        valueName: "file"))
    var template: [TemplateOverride] = []

    @Option(help: "Line width of the text report (20 to 1000).")
    var width: Int = 80

    @Option(help: ArgumentHelp("Suggested phrasings per improvement item without examples "
            + "(0: none; up to 20; default: .debrief.yml's render.suggestions, else 2)."))
    var suggestions: Int?

    @Option(help: ArgumentHelp("A configuration file to use instead of the .debrief.yml found "
            + "from the first input's folder upwards.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp(
        "A team phrasebook whose phrasings are suggested before the built-in ones. Repeatable.",
        valueName: "file"))
    var phrasebook: [String] = []


    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print notes (minor findings) with the warnings.")
    var verbose = false

    static let widths = 20...1000
    static let suggestionCounts = 0...20

    var formats: [ReportFormat] {
        guard !format.isEmpty else { return [.json] }
        var seen: [ReportFormat] = []
        for format in format.flatMap(\.formats) where !seen.contains(format) {
            seen.append(format)
        }
        return seen
    }

    func validate() throws {
        if files.isEmpty {
            // A pipe with no "-" is most likely a note meant to be read: say how.
            throw ValidationError(isatty(STDIN_FILENO) == 1
                ? "name at least one note or folder (or - for standard input)"
                : "standard input is not read unless named: use debrief render - (or name files)")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
        }
        // Every number has a range: beyond it a value is a typo, and some would overflow
        // (a size in bytes) or build absurd output (a rule a billion characters wide).
        try Self.widths.check(width, "--width")
        if let suggestions { try Self.suggestionCounts.check(suggestions, "--suggestions") }
        try checkFormats(formats)
        if output == nil, shard != nil || prune {
            throw ValidationError("--shard and --prune need --output DIR")
        }
    }

    /// What standard output can hold: one format, and several inputs only as JSON.
    private func checkFormats(_ formats: [ReportFormat]) throws {
        if output == nil, formats.count > 1 {
            throw ValidationError("several formats need --output DIR")
        }
        if output == nil, files.count > 1 || files.contains(where: Folder.isFolder), formats != [.json] {
            throw ValidationError("several inputs need --output DIR (or --format json)")
        }
    }

    func run() throws {
        // The team's defaults fill what the command line leaves out.
        let team: TeamConfiguration?
        let finder: ConfigurationFinder
        do {
            finder = try ConfigurationFinder(configFile: config)
            team = try finder.configuration(forNoteAt: files[0])
        } catch {
            StandardError.write(TerminalText.escaping(error.description) + "\n")
            throw ExitCode(2)
        }
        if !quiet { warnOfUnusedConfigurations(finder, used: team) }
        var formats = formats
        if format.isEmpty, let teamFormats = team?.formats, !teamFormats.isEmpty {
            formats = teamFormats
            try checkFormats(formats)
        }
        let options = RenderFrontend.Options(
            formats: formats, formatsGiven: !format.isEmpty,
            audience: audience ?? team?.audience ?? .candidate, outputDirectory: output,
            force: force, templates: template, width: width,
            suggestions: suggestions ?? team?.suggestions ?? 2,
            phrasebooks: (team?.phrasebooks ?? []) + phrasebook,
            sectionLabels: team?.sectionLabels ?? SectionLabelTable(),
            configurationFile: team?.file,
            sizeLimit: notes.sizeLimit, quiet: quiet, verbose: verbose, dialect: notes.dialect,
            batch: BatchRun.Choices(
                jobs: notes.jobs, include: notes.patterns, exclude: notes.exclude,
                failFast: failFast, prune: prune, shard: shard))
        let succeeded = RenderFrontend(options: options).run(files)
        if !succeeded { throw ExitCode(1) }
    }
}

extension Render {
    /// One run has one configuration, the first input's. Another input governed by a
    /// different `.debrief.yml` would be rendered with settings its team did not choose, so
    /// the user hears of it rather than finding out from the reports.
    private func warnOfUnusedConfigurations(_ finder: ConfigurationFinder, used: TeamConfiguration?) {
        let printer = DiagnosticPrinter()
        var warned: Set<String> = []
        for input in files.dropFirst() {
            let other: TeamConfiguration?
            do {
                other = try finder.configuration(forNoteAt: input)
            } catch {
                // Not read, so not used either: the run goes on with the first input's.
                printer.printGeneral("warning: \(error.place): \(error.message); it is not used for \(input)")
                continue
            }
            guard other?.file != used?.file, warned.insert(other?.file ?? input).inserted else { continue }
            let message: String? = switch (other, used) {
            case (let other?, let used?):
                "\(other.file) is not used for \(input): this run follows \(used.file), the first "
                    + "input's; render \(input) on its own to use it"
            case (let other?, nil):
                "\(other.file) is not used for \(input): the first input has no .debrief.yml, so "
                    + "this run uses none; render \(input) on its own to use it"
            case (nil, let used?):
                "\(input) has no .debrief.yml but follows \(used.file), the first input's; "
                    + "render \(input) on its own for the defaults"
            case (nil, nil):
                nil  // the same as the first input's: nothing to say
            }
            if let message { printer.printGeneral("warning: " + message) }
        }
    }
}

/// `json`, `md,html` or `markdown`: one --format value, split on commas.
struct FormatList: ExpressibleByArgument {
    var formats: [ReportFormat]

    init(formats: [ReportFormat]) { self.formats = formats }

    init?(argument: String) {
        var formats: [ReportFormat] = []
        for name in argument.split(separator: ",") {
            let name = name.trimmingCharacters(in: .whitespaces).lowercased()
            let aliases: [String: ReportFormat] = ["markdown": .md, "txt": .text, "htm": .html]
            guard let format = ReportFormat(rawValue: name) ?? aliases[name] else { return nil }
            formats.append(format)
        }
        guard !formats.isEmpty else { return nil }
        self.formats = formats
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}

/// `report.html.mustache` or `html=my-report.mustache`.
struct TemplateOverride: ExpressibleByArgument {
    var format: ReportFormat
    var path: String

    init?(argument: String) {
        if let equals = argument.firstIndex(of: "="),
            let format = FormatList(argument: String(argument[..<equals]))?.formats.first
        {
            self.format = format
            path = String(argument[argument.index(after: equals)...])
            return
        }
        let name = URL(fileURLWithPath: argument).lastPathComponent
        guard let format = ReportFormat.forTemplate(named: name) else { return nil }
        self.format = format
        path = argument
    }
}

extension Audience: ExpressibleByArgument {}
extension Dialect: ExpressibleByArgument {}
