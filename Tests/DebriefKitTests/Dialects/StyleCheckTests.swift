import Foundation
import Testing

@testable import DebriefKit

/// Notes in eight real-world styles, written apart from the parser, each with what a careful
/// reader writes down (`*.expect.json`). Privacy is checked in every candidate format and
/// must hold for every note; the structure checks (counts, details, samples in the right
/// section) must hold for at least 90% of them, the bar the held-out notes are scored by.
@Suite struct StyleCheckTests {
    struct Expectation: Decodable {
        var candidate: String?
        var role: String?
        var strengths: Int
        var improvementItems: Int
        var itemsWithExamples: Int
        var preparation: Int
        var privateTokens: [String]
        var strengthSamples: [String]
        var improvementSamples: [String]
    }

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/StyleChecks")

    static let names: [String] = {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }()

    static func load(_ name: String) throws -> (Report, Expectation) {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let expectFile = folder.appendingPathComponent(
            (name as NSString).deletingPathExtension + ".expect.json")
        let expectation = try JSONDecoder().decode(Expectation.self,
                                                   from: Data(contentsOf: expectFile))
        return (NotesParser().parse(text, source: name), expectation)
    }

    @Test func thereAreNotesInEveryStyle() {
        #expect(Self.names.count >= 20)
    }

    @Test(arguments: names)
    func privateTextNeverReachesTheCandidate(_ name: String) throws {
        let (report, expectation) = try Self.load(name)
        for format in ReportFormat.allCases {
            let output = try ReportRenderer().render(report, as: format)
            let leaked = expectation.privateTokens.filter { output.contains($0) }
            #expect(leaked.isEmpty, "\(format)")
        }
        let internalJSON = try ReportRenderer(options: .init(audience: .internal))
            .render(report, as: .json)
        #expect(expectation.privateTokens.allSatisfy { internalJSON.contains($0) })
    }

    /// Each check that fails, named, for one note.
    static func failedChecks(_ report: Report, _ expected: Expectation) -> [String] {
        var failed: [String] = []
        func check(_ name: String, _ ok: Bool) { if !ok { failed.append(name) } }
        let items = report.improvements.flatMap(\.items)
        check("strengths \(report.strengths.count)≠\(expected.strengths)",
              report.strengths.count == expected.strengths)
        check("items \(items.count)≠\(expected.improvementItems)",
              items.count == expected.improvementItems)
        let withExamples = items.filter { $0.examples.contains { $0.origin == .notes } }.count
        check("items with examples \(withExamples)≠\(expected.itemsWithExamples)",
              withExamples == expected.itemsWithExamples)
        check("preparation \(report.preparation.count)≠\(expected.preparation)",
              report.preparation.count == expected.preparation)
        if let candidate = expected.candidate {
            check("candidate", report.details.candidate?.contains(candidate) == true)
        }
        if let role = expected.role {
            check("role", report.details.role?.contains(role) == true)
        }
        let strengthText = report.strengths.map(\.text).joined(separator: "\n")
        for sample in expected.strengthSamples {
            check("strength sample '\(sample)'", strengthText.contains(sample))
        }
        let headlines = items.map(\.headline).joined(separator: "\n")
        for sample in expected.improvementSamples {
            check("improvement sample '\(sample)'", headlines.contains(sample))
        }
        return failed
    }

    @Test func structureMatchesACarefulReader() throws {
        var total = 0
        var failures: [String] = []
        for name in Self.names {
            let (report, expected) = try Self.load(name)
            let failed = Self.failedChecks(report, expected)
            total += 7 + expected.strengthSamples.count + expected.improvementSamples.count
                - (expected.candidate == nil ? 1 : 0) - (expected.role == nil ? 1 : 0)
            failures += failed.map { "\(name): \($0)" }
        }
        let score = total == 0 ? 0 : Double(total - failures.count) / Double(total)
        print("StyleChecks: \(total - failures.count)/\(total) structure checks hold "
              + "(\(String(format: "%.1f", score * 100))%)")
        for failure in failures { print("  ✗ \(failure)") }
        #expect(score >= 0.9)
    }
}
