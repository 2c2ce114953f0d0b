import DebriefKit
import Foundation

/// `--format json`: one JSON document, described in the README ("Lint JSON"): every finding
/// as a flat list (file, rule, severity, message, 1-based line and column in UTF-8 bytes,
/// end, notes), the notes that could not be read, and the counts.
struct JSONLintReporter: LintReporter {
    let identifier = "json"
    let summary = "one JSON document: findings, failures and counts (see the README)"
    static let formatVersion = 1

    struct Document: Encodable {
        var version = JSONLintReporter.formatVersion
        var tool = Tool()
        var diagnostics: [Finding]
        var failures: [Failure]
        var summary: Summary
    }

    struct Tool: Encodable {
        var name = "debrief"
        var version = DebriefCommand.configuration.version
    }

    struct Finding: Encodable {
        var file: String
        var rule: String
        var severity: String
        var message: String
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var notes: [Note]

        func encode(to encoder: any Encoder) throws {
            // Every key is always there (null when unknown), so readers need no defaults.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(rule, forKey: .rule)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(endLine, forKey: .endLine)
            try container.encode(endColumn, forKey: .endColumn)
            try container.encode(notes, forKey: .notes)
        }

        enum CodingKeys: String, CodingKey {
            case file, rule, severity, message, line, column, endLine, endColumn, notes
        }
    }

    struct Note: Encodable {
        var message: String
        var line: Int?
        var column: Int?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
        }

        enum CodingKeys: String, CodingKey { case message, line, column }
    }

    struct Failure: Encodable {
        var file: String
        var message: String
    }

    struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
        var notes: Int
        var failed: Int
    }

    func report(_ results: LintResults, colour: Bool) -> String {
        var findings: [Finding] = []
        for file in results.files {
            for diagnostic in file.diagnostics {
                let range = diagnostic.range
                findings.append(Finding(
                    file: file.path, rule: diagnostic.code.rawValue,
                    severity: diagnostic.severity.rawValue, message: diagnostic.message,
                    line: range?.start.line, column: range?.start.column,
                    endLine: range?.end.line, endColumn: range?.end.column,
                    notes: diagnostic.notes.map {
                        Note(message: $0.message, line: $0.range?.start.line,
                             column: $0.range?.start.column)
                    }))
            }
        }
        let document = Document(
            diagnostics: findings,
            failures: results.failures.map { Failure(file: $0.path, message: $0.message) },
            summary: Summary(files: results.files.count + results.failures.count,
                             errors: results.count(.error), warnings: results.count(.warning),
                             notes: results.count(.note), failed: results.failures.count))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
