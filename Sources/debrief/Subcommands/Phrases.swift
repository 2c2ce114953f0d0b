import ArgumentParser
import DebriefKit
import Foundation

/// `debrief phrases QUERY...`: the best phrasings for what an interviewer wants to say.
struct Phrases: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find example phrasings in the phrasebooks for a free-text query.",
        discussion: """
            Exit status: 0 when phrasings were found, 1 when none matched the query (or a \
            phrasebook could not be read).
            """)

    @Argument(help: "What the candidate should get better at, in your own words.")
    var query: [String]

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: PhrasesFormat = .text

    @Option(name: .shortAndLong, help: "How many phrasings to show at most (1 to 1000).")
    var limit: Int = 5

    static let limits = 1...1000

    @Option(help: ArgumentHelp("A team phrasebook, searched before the built-in one. Repeatable.",
                               valueName: "file"))
    var phrasebook: [String] = []

    func validate() throws {
        try Self.limits.check(limit, "--limit")
        if query.joined().trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give a query, e.g. debrief phrases went quiet while debugging")
        }
    }

    func run() throws {
        guard let suggester = PhrasebookLoader.suggester(teamFiles: phrasebook) else {
            throw ExitCode(1)
        }
        let text = query.joined(separator: " ")
        let found = suggester.search(text, limit: limit)
        let printer = DiagnosticPrinter()
        do {
            switch format {
            case .json:
                try StandardOutput.write(Array(try ReportJSON.encode(value: found)) + [10])
            case .text:
                try StandardOutput.write(Self.listing(found))
            }
        } catch let error as SystemError {
            printer.printError("cannot write the phrasings: \(error)", path: StandardOutput.name,
                               location: nil)
            throw ExitCode(1)
        }
        if found.isEmpty {
            printer.printGeneral("no phrasings match '\(text)'")
            throw ExitCode(1)
        }
    }

    /// Each entry's area and headline, then its phrasings; a blank line between entries.
    static func listing(_ found: [PhraseSuggester.Found]) -> String {
        var lines: [String] = []
        var lastEntry: String?
        for phrasing in found {
            if phrasing.entry != lastEntry {
                if lastEntry != nil { lines.append("") }
                lines.append("\(phrasing.area) › \(phrasing.headline)  [\(phrasing.entry)]")
                lastEntry = phrasing.entry
            }
            lines.append("  “\(phrasing.text)”")
        }
        return lines.map { $0 + "\n" }.joined()
    }
}

enum PhrasesFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Reads team phrasebooks, reporting a bad one as `path:line: error: …`.
enum PhrasebookLoader {
    static func suggester(teamFiles: [String]) -> PhraseSuggester? {
        var phrasebooks: [Phrasebook] = []
        for path in teamFiles {
            do {
                phrasebooks.append(try Phrasebook(contentsOf: path))
            } catch {
                DiagnosticPrinter().printError(
                    error.message, path: error.path,
                    location: error.line.map { SourceLocation(line: $0) })
                return nil
            }
        }
        return PhraseSuggester(teamPhrasebooks: phrasebooks)
    }
}
