import ArgumentParser
import DebriefKit
import Foundation

/// `debrief render FILE... --format json`: thin option parsing; the work is in `RenderFrontend`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read notes and print or write their reports.",
        discussion: """
            With one input the report goes to standard output; with several, standard output \
            gets a JSON array of the reports, in the order given. With --output, each report \
            is written to DIR/<name>.json instead. Use - to read standard input.
            """)

    @Argument(help: "Notes files (Markdown). Use - for standard input.")
    var files: [String]

    @Option(help: "Output format.")
    var format: ReportFormat = .json

    @Option(help: "Who the report is for. Private notes appear only in internal reports.")
    var audience: AudienceOption = .candidate

    @Option(name: .shortAndLong, help: "Write one report per input into this folder.")
    var output: String?

    @Option(help: "Refuse inputs larger than this (e.g. 5MiB, 512KiB, 100000).")
    var maxSize: ByteCount = ByteCount(bytes: NoteFile.defaultSizeLimit)

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print notes (minor findings) with the warnings.")
    var verbose = false

    func validate() throws {
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
        }
    }

    func run() throws {
        let options = RenderFrontend.Options(
            format: format, audience: audience.audience, outputDirectory: output,
            sizeLimit: maxSize.bytes, quiet: quiet, verbose: verbose)
        let succeeded = RenderFrontend(options: options).run(files)
        if !succeeded { throw ExitCode(1) }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case json

    var fileExtension: String { rawValue }
}

enum AudienceOption: String, ExpressibleByArgument, CaseIterable {
    case candidate
    case `internal`

    var audience: Audience { self == .candidate ? .candidate : .internal }
}

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
