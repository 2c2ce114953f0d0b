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

    @Option(name: .shortAndLong, help: "How many phrasings to show at most.")
    var limit: Int = 5

    @Option(help: ArgumentHelp("A team phrasebook, searched before the built-in one. Repeatable.",
                               valueName: "file"))
    var phrasebook: [String] = []

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
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
        switch format {
        case .json:
            FileHandle.standardOutput.write(try ReportJSON.encode(value: found) + Data("\n".utf8))
        case .text:
            var lastEntry: String?
            for phrasing in found {
                if phrasing.entry != lastEntry {
                    if lastEntry != nil { print("") }
                    print("\(phrasing.area) › \(phrasing.headline)  [\(phrasing.entry)]")
                    lastEntry = phrasing.entry
                }
                print("  “\(phrasing.text)”")
            }
        }
        if found.isEmpty {
            FileHandle.standardError.write(Data("debrief: no phrasings match '\(text)'\n".utf8))
            throw ExitCode(1)
        }
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
