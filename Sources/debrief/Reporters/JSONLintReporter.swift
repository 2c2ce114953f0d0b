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
        var out = "{\n  \"version\": \(Self.formatVersion),\n"
        out += "  \"tool\": { \"name\": \"debrief\", \"version\": "
            + JSONText.quoted(DebriefCommand.configuration.version) + " },\n"
        out += "  \"diagnostics\": ["
        var first = true
        for file in results.files {
            for diagnostic in file.diagnostics {
                out += first ? "\n" : ",\n"
                first = false
                let range = diagnostic.range
                out += "    { \"file\": \(JSONText.quoted(file.path)), "
                    + "\"rule\": \(JSONText.quoted(diagnostic.code.rawValue)), "
                    + "\"severity\": \"\(diagnostic.severity.rawValue)\",\n"
                    + "      \"message\": \(JSONText.quoted(diagnostic.message)),\n"
                    + "      \"line\": \(JSONText.number(range?.start.line)), "
                    + "\"column\": \(JSONText.number(range?.start.column)), "
                    + "\"endLine\": \(JSONText.number(range?.end.line)), "
                    + "\"endColumn\": \(JSONText.number(range?.end.column)),\n"
                    + "      \"notes\": [" + diagnostic.notes.map { note in
                        "{ \"message\": \(JSONText.quoted(note.message)), "
                            + "\"line\": \(JSONText.number(note.range?.start.line)), "
                            + "\"column\": \(JSONText.number(note.range?.start.column)) }"
                    }.joined(separator: ", ") + "] }"
            }
        }
        out += first ? "],\n" : "\n  ],\n"
        out += "  \"failures\": [" + results.failures.map {
            "\n    { \"file\": \(JSONText.quoted($0.path)), \"message\": \(JSONText.quoted($0.message)) }"
        }.joined(separator: ",") + (results.failures.isEmpty ? "],\n" : "\n  ],\n")
        out += "  \"summary\": { \"files\": \(results.files.count + results.failures.count), "
            + "\"errors\": \(results.count(.error)), \"warnings\": \(results.count(.warning)), "
            + "\"notes\": \(results.count(.note)), \"failed\": \(results.failures.count) }\n}\n"
        return out
    }
}

/// JSON literals, written by hand.
enum JSONText {
    /// `text` as a JSON string (`JSONString`, the reports' escaping).
    static func quoted(_ text: String) -> String {
        JSONString.quoted(text)
    }

    static func number(_ value: Int?) -> String {
        value.map(String.init) ?? "null"
    }
}
