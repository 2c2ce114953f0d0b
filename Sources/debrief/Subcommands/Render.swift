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
            reports go to standard output as one JSON array, in the order given. For other \
            combinations use --output DIR, which writes DIR/<name>.<ext> for every input and \
            format. Use - to read standard input.
            """)

    @Argument(help: "Notes files (Markdown). Use - for standard input.")
    var files: [String]

    @Option(name: .shortAndLong,
            help: "Output formats, comma-separated: json, md, html, text.")
    var format: [FormatList] = [FormatList(formats: [.json])]

    @Option(help: "Who the report is for. Private notes appear only in internal reports.")
    var audience: Audience = .candidate

    @Option(name: .shortAndLong, help: "Write one report per input and format into this folder.")
    var output: String?

    @Option(help: ArgumentHelp(
        "A Mustache template that replaces a format's built-in one; the format comes from the "
            + "name (report.html.mustache) or is given as FORMAT=FILE. Repeatable.",
        valueName: "file"))
    var template: [TemplateOverride] = []

    @Option(help: "Line width of the text report.")
    var width: Int = 80

    @Option(help: "Suggested phrasings per improvement item without examples (0: none).")
    var suggestions: Int = 2

    @Option(help: ArgumentHelp(
        "A team phrasebook whose phrasings are suggested before the built-in ones. Repeatable.",
        valueName: "file"))
    var phrasebook: [String] = []

    @Option(help: "Refuse inputs larger than this (e.g. 5MiB, 512KiB, 100000).")
    var maxSize: ByteCount = ByteCount(bytes: NoteFile.defaultSizeLimit)

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print notes (minor findings) with the warnings.")
    var verbose = false

    var formats: [ReportFormat] {
        var seen: [ReportFormat] = []
        for format in format.flatMap(\.formats) where !seen.contains(format) {
            seen.append(format)
        }
        return seen
    }

    func validate() throws {
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
        }
        if width < 20 { throw ValidationError("--width must be at least 20") }
        if suggestions < 0 { throw ValidationError("--suggestions cannot be negative") }
        if output == nil, formats.count > 1 {
            throw ValidationError("several formats need --output DIR")
        }
        if output == nil, files.count > 1, formats != [.json] {
            throw ValidationError("several inputs need --output DIR (or --format json)")
        }
    }

    func run() throws {
        let options = RenderFrontend.Options(
            formats: formats, audience: audience, outputDirectory: output,
            templates: template, width: width, suggestions: suggestions,
            phrasebooks: phrasebook, sizeLimit: maxSize.bytes, quiet: quiet, verbose: verbose)
        let succeeded = RenderFrontend(options: options).run(files)
        if !succeeded { throw ExitCode(1) }
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

/// A size given as bytes or with a unit: `5MiB`, `5M`, `512KiB`, `100000`.
struct ByteCount: ExpressibleByArgument {
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = text.prefix(while: { $0.isNumber || $0 == "." })
        let unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let kibi = 1024.0
        let multipliers: [String: Double] = [
            "": 1, "b": 1, "k": kibi, "kb": kibi, "kib": kibi, "m": kibi * kibi,
            "mb": kibi * kibi, "mib": kibi * kibi, "g": kibi * kibi * kibi,
            "gb": kibi * kibi * kibi, "gib": kibi * kibi * kibi,
        ]
        guard let number = Double(digits), let multiplier = multipliers[unit], number > 0 else {
            return nil
        }
        bytes = Int(number * multiplier)
    }

    var defaultValueDescription: String {
        ByteSize(bytes).description.replacingOccurrences(of: " ", with: "")
    }
}
