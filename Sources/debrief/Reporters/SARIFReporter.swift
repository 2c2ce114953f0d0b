import DebriefKit
import Foundation

/// `--format sarif`: SARIF 2.1.0, which code-scanning dashboards (GitHub's among them) read.
/// The run carries every rule's metadata (`tool.driver.rules`, with help text and default
/// level), each result points at its rule by id and index, and columns are counted in UTF-16
/// code units, SARIF's default, converted from the UTF-8 byte columns Debrief uses elsewhere.
struct SARIFReporter: LintReporter {
    let identifier = "sarif"
    let summary = "SARIF 2.1.0 with rule metadata, for code-scanning dashboards"
    let needsSourceLines = true

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var columnKind = "utf16CodeUnits"
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "debrief"
        var version = DebriefCommand.configuration.version
        var semanticVersion = DebriefCommand.configuration.version
        var rules: [RuleMetadata]
    }

    struct RuleMetadata: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
        var properties: Properties
    }

    struct Properties: Encodable { var tags: [String] }
    struct Text: Encodable { var text: String }
    struct Configuration: Encodable { var level: String }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Encodable {
        var level = "error"
        var message: Text
        var locations: [Location]
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [RelatedLocation]?
    }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }

    struct RelatedLocation: Encodable {
        var id: Int
        var physicalLocation: PhysicalLocation
        var message: Text
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable { var uri: String }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    func report(_ results: LintResults, colour: Bool) -> String {
        let rules = DiagnosticRegistry.all
        let index = Dictionary(rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        var sarifResults: [Result] = []
        for file in results.files {
            let uri = Self.uri(file.path)
            for diagnostic in file.diagnostics {
                let place = PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri),
                                             region: diagnostic.range.map { region($0, file.lines) })
                let related = diagnostic.notes.enumerated().map { offset, note in
                    RelatedLocation(
                        id: offset + 1,
                        physicalLocation: PhysicalLocation(
                            artifactLocation: ArtifactLocation(uri: uri),
                            region: (note.range ?? diagnostic.range).map { region($0, file.lines) }),
                        message: Text(text: note.message))
                }
                sarifResults.append(Result(
                    ruleId: diagnostic.code.rawValue, ruleIndex: index[diagnostic.code],
                    level: diagnostic.severity.rawValue, message: Text(text: diagnostic.message),
                    locations: [Location(physicalLocation: place)],
                    relatedLocations: related.isEmpty ? nil : related))
            }
        }
        let notifications = results.failures.map { failure in
            Notification(message: Text(text: failure.message), locations: [
                Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(failure.path)), region: nil)),
            ])
        }
        let run = Run(
            tool: Tool(driver: Driver(rules: rules.map(Self.metadata))),
            invocations: [Invocation(executionSuccessful: results.failures.isEmpty,
                                     toolExecutionNotifications: notifications)],
            results: sarifResults)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Log(runs: [run]))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func metadata(_ info: Diagnostic.Code.Info) -> RuleMetadata {
        RuleMetadata(
            id: info.code.rawValue,
            name: info.code.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(),
            shortDescription: Text(text: info.summary),
            fullDescription: Text(text: info.summary + (info.help.isEmpty ? "" : " " + info.help)),
            help: Text(text: info.help.isEmpty ? info.summary : info.help),
            defaultConfiguration: Configuration(level: info.defaultSeverity.rawValue),
            properties: Properties(tags: [info.origin == .rule ? "feedback-quality" : "parsing"]))
    }

    /// A region in UTF-16 columns: the byte column moved over the line's text.
    private func region(_ range: SourceRange, _ lines: [Substring]) -> Region {
        func column(_ location: SourceLocation) -> Int {
            guard lines.indices.contains(location.line - 1) else { return location.column }
            let line = lines[location.line - 1].utf8
            let bytes = min(max(location.column - 1, 0), line.count)
            let end = line.index(line.startIndex, offsetBy: bytes)
            return String(Substring(line[..<end])).utf16.count + 1
        }
        return Region(startLine: range.start.line, startColumn: column(range.start),
                      endLine: range.end.line, endColumn: column(range.end))
    }

    /// A relative reference: the path as named, with what a URI cannot hold percent-encoded;
    /// an absolute path becomes a file URI.
    static func uri(_ path: String) -> String {
        if path == "-" { return "stdin" }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        let relative = encoded.hasPrefix("./") ? String(encoded.dropFirst(2)) : encoded
        return path.hasPrefix("/") ? "file://" + encoded : relative
    }
}
