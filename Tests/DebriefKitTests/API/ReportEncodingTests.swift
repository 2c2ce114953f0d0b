import Foundation
import Testing

@testable import DebriefKit

/// `encode(to:)` is written by hand for the report's types (to write `nil` as `null`), so a
/// property added to one of them would be left out of the JSON without a word. This reads
/// every stored property by reflection and looks for it in the JSON, for `Report` and every
/// type found inside it, so a new property or a new nested type is checked without a
/// change here.
@Suite struct ReportEncodingTests {
    /// Properties written under another key, by type.
    static let renamed: [String: [String: [String]]] = [
        "Report": ["privateNotes": ["private"]],
        "ImprovementArea": ["title": ["area"]],
        "Diagnostic": ["range": ["line", "column", "endLine", "endColumn"]],
        "Note": ["range": ["line", "column"]],
    ]

    /// A report with every optional set and every list filled, so reflection reaches every
    /// type and every property.
    static var fullReport: Report {
        var report = Report(source: "notes/a.md")
        report.details.candidate = "Ada"
        report.details.interviewer = "Lin"
        report.details.company = "Acme"
        report.details.level = "Senior"
        report.details.role = "Engineer"
        report.details.interviewType = "System design"
        report.details.date = "October 24, 2025"
        report.details.dateISO = "2025-10-24"
        report.details.recording = "https://example.com/r"
        report.details.extra = [DetailField(key: "Team", value: "Search")]
        report.summary = ["Steady."]
        report.strengths = [Strength(text: "Calm", line: 3)]
        report.improvements = [ImprovementArea(title: "Pacing", items: [
            ImprovementItem(headline: "Slow down", detail: "rushed", line: 5, examples: [
                ExamplePhrasing(text: "Let me think.", origin: .phrasebook, line: 6,
                                entry: "pacing/slow-down"),
            ]),
        ])]
        report.preparation = ["Review heaps"]
        report.ratings = [Rating(name: "Coding", score: 3, scale: 4, value: "3/4",
                                 comment: "fine", line: 9)]
        report.other = [OtherSection(title: "Photos", markdown: "Two.", line: 11)]
        report.privateNotes = [PrivateNote(kind: .section, title: "Decision",
                                           markdown: "x", line: 13)]
        report.diagnostics = [Diagnostic(
            severity: .warning, code: "c", message: "m",
            range: SourceRange(file: "notes/a.md", line: 1, column: 2, byteCount: 3),
            notes: [Diagnostic.Note("n", range: SourceRange(file: "notes/a.md", at: SourceLocation(line: 2)))])]
        return report
    }

    @Test func everyPropertyOfTheReportIsInItsJSON() throws {
        let report = Self.fullReport
        let json = try ReportRenderer(options: .init(audience: .internal))
            .render(report, as: .json)
        let keys = try Self.keys(of: Data(json.utf8))
        for key in Self.expectedKeys(of: report) {
            #expect(keys.contains(key), "Report.\(key) is not in the JSON")
        }
    }

    @Test func everyPropertyOfEveryNestedTypeIsInItsJSON() throws {
        var nested: [String: Any] = [:]
        var empty: [String] = []
        Self.collect(Mirror(reflecting: Self.fullReport), path: "Report", into: &nested,
                     empty: &empty)
        #expect(empty == [], "fill these in fullReport so their types are checked")
        #expect(nested.count >= 10, "found \(nested.keys.sorted())")
        for (name, value) in nested.sorted(by: { $0.key < $1.key }) {
            guard let encodable = value as? any Encodable else { continue }
            let data = try JSONEncoder().encode(encodable)
            // Single values (an origin, a kind) have no keys to check.
            guard let keys = try? Self.keys(of: data) else { continue }
            for key in Self.expectedKeys(of: value) {
                #expect(keys.contains(key), "\(name).\(key) is not in the JSON")
            }
        }
    }

    /// The JSON keys the stored properties of `value` should be written under.
    static func expectedKeys(of value: Any) -> [String] {
        let type = String(describing: Swift.type(of: value))
        return Mirror(reflecting: value).children.compactMap(\.label).flatMap {
            renamed[type]?[$0] ?? [$0]
        }
    }

    static func keys(of json: Data) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: json, options: .fragmentsAllowed)
        guard let dictionary = object as? [String: Any] else {
            throw CocoaError(.coderInvalidValue)
        }
        return Set(dictionary.keys)
    }

    /// One value of every struct type reachable from `mirror`, by type name; `empty` gets
    /// the path of each `nil` or empty list, which would hide what could be inside it.
    static func collect(_ mirror: Mirror, path: String, into found: inout [String: Any],
                        empty: inout [String])
    {
        for child in mirror.children {
            let childPath = "\(path).\(child.label ?? "[]")"
            let childMirror = Mirror(reflecting: child.value)
            switch childMirror.displayStyle {
            case .optional:
                if childMirror.children.isEmpty { empty.append(childPath) }
                collect(childMirror, path: childPath, into: &found, empty: &empty)
            case .collection:
                if childMirror.children.isEmpty { empty.append(childPath) }
                collect(childMirror, path: childPath, into: &found, empty: &empty)
            case .struct:
                found[String(describing: type(of: child.value))] = child.value
                collect(childMirror, path: childPath, into: &found, empty: &empty)
            default:
                break
            }
        }
    }
}
