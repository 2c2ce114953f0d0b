import DebriefKit
import Foundation

/// Reads every input, parses it and writes its report. A bad input is reported on one line
/// and the others still go through.
struct RenderFrontend {
    struct Options {
        var format: ReportFormat
        var audience: Audience
        var outputDirectory: String?
        var sizeLimit: Int
        var quiet: Bool
        var verbose: Bool
    }

    let options: Options
    private let printer = DiagnosticPrinter()

    init(options: Options) {
        self.options = options
    }

    /// `true` when every input was read.
    func run(_ paths: [String]) -> Bool {
        var reports: [(path: String, report: Report)] = []
        var allRead = true
        let parser = NotesParser()
        for path in paths {
            do {
                let text = try NoteFile.read(path: path, sizeLimit: options.sizeLimit)
                let report = parser.parse(text, source: path)
                printDiagnostics(report, path: path)
                reports.append((path, report.prepared(for: options.audience)))
            } catch {
                printer.printError(error.description, path: path, location: error.location)
                allRead = false
            }
        }
        do {
            if let directory = options.outputDirectory {
                try writeFiles(reports, into: directory)
            } else if reports.count == 1 && paths.count == 1 {
                try printStandardOutput(ReportJSON.encode(reports[0].report))
            } else if !reports.isEmpty || paths.count > 1 {
                try printStandardOutput(ReportJSON.encode(reports.map(\.report)))
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

    private func printStandardOutput(_ data: Data) throws {
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    private func writeFiles(_ reports: [(path: String, report: Report)], into directory: String)
        throws
    {
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        var used: Set<String> = []
        for (path, report) in reports {
            let name = OutputNaming.uniqueName(for: path, extension: options.format.fileExtension,
                                              taken: &used)
            let destination = URL(fileURLWithPath: directory).appendingPathComponent(name)
            var data = try ReportJSON.encode(report)
            data.append(Data("\n".utf8))
            // Atomic: a reader never sees half a report, and a failed write leaves no file.
            try data.write(to: destination, options: .atomic)
        }
    }
}

/// Report file names: `notes/alice.md` → `alice.json`; a second `alice` gets `alice-2.json`.
enum OutputNaming {
    static func uniqueName(for path: String, extension fileExtension: String,
                           taken: inout Set<String>) -> String {
        let base = path == "-"
            ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var name = "\(base).\(fileExtension)"
        var counter = 2
        while taken.contains(name) {
            name = "\(base)-\(counter).\(fileExtension)"
            counter += 1
        }
        taken.insert(name)
        return name
    }
}
