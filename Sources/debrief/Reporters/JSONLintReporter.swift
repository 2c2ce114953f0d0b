import DebriefKit

/// `--format json`: one JSON document, described by `Schema/lint.schema.json` and the README
/// ("Lint JSON"): every finding as a flat list (file, rule, severity, message, 1-based line
/// and column in UTF-8 bytes, end, notes), the notes that could not be read, and the counts.
///
/// Written directly rather than through `JSONEncoder`: a folder of notes yields a finding
/// per improvement item without an example, and lint must cost no more than rendering.
struct JSONLintReporter: LintReporter {
    let identifier = "json"
    let summary = "one JSON document: findings, failures and counts (see the README)"
    static let formatVersion = 1

    func report(_ results: LintResults, colour: Bool) -> String {
        var out = JSONBytes()
        out.raw("{\n  \"version\": \(Self.formatVersion),\n")
        out.raw("  \"tool\": { \"name\": \"debrief\", \"version\": ")
        out.string(DebriefCommand.configuration.version)
        out.raw(" },\n  \"diagnostics\": [")
        var first = true
        for file in results.files {
            for diagnostic in file.diagnostics {
                out.raw(first ? "\n" : ",\n")
                first = false
                let range = diagnostic.range
                out.raw("    { \"file\": ")
                out.string(file.path)
                out.raw(", \"rule\": ")
                out.string(diagnostic.code.rawValue)
                out.raw(", \"severity\": ")
                out.string(diagnostic.severity.rawValue)
                out.raw(",\n      \"message\": ")
                out.string(diagnostic.message)
                out.raw(",\n      \"line\": ")
                out.number(range?.start.line)
                out.raw(", \"column\": ")
                out.number(range?.start.column)
                out.raw(", \"endLine\": ")
                out.number(range?.end.line)
                out.raw(", \"endColumn\": ")
                out.number(range?.end.column)
                out.raw(",\n      \"notes\": [")
                for (index, note) in diagnostic.notes.enumerated() {
                    out.raw(index == 0 ? "{ \"message\": " : ", { \"message\": ")
                    out.string(note.message)
                    out.raw(", \"line\": ")
                    out.number(note.range?.start.line)
                    out.raw(", \"column\": ")
                    out.number(note.range?.start.column)
                    out.raw(" }")
                }
                out.raw("] }")
            }
        }
        out.raw(first ? "],\n" : "\n  ],\n")
        out.raw("  \"failures\": [")
        for (index, failure) in results.failures.enumerated() {
            out.raw(index == 0 ? "\n    { \"file\": " : ",\n    { \"file\": ")
            out.string(failure.path)
            out.raw(", \"message\": ")
            out.string(failure.message)
            out.raw(" }")
        }
        out.raw(results.failures.isEmpty ? "],\n" : "\n  ],\n")
        out.raw("  \"summary\": { \"files\": \(results.files.count + results.failures.count), "
            + "\"errors\": \(results.count(.error)), \"warnings\": \(results.count(.warning)), "
            + "\"notes\": \(results.count(.note)), \"failed\": \(results.failures.count) }\n}\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
