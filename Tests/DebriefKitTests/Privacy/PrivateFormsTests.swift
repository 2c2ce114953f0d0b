import Foundation
import Testing

@testable import DebriefKit

/// Each note in `Fixtures/PrivateForms` hides one hiring evaluation, written in one of many
/// forms, around a canary (`CANARY07`). The candidate must never see it in any format; the
/// interviewer must see it in every internal format. The `safe-` notes use the same words in
/// an innocent sense, and their token (`SAFE03`) must stay visible.
@Suite struct PrivateFormsTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/PrivateForms")

    static func names(prefix: String) -> [String] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return all.filter { $0.hasSuffix(".md") && $0 != "README.md" }
            .filter { prefix.isEmpty ? $0.first?.isNumber == true : $0.hasPrefix(prefix) }
            .sorted()
    }

    static let privateForms = names(prefix: "")
    static let safeForms = names(prefix: "safe-")

    /// The token a fixture carries: `CANARY07` for `07-…md`, `SAFE03` for `safe-03-…md`.
    static func token(_ name: String) -> String {
        if name.hasPrefix("safe-") { return "SAFE" + name.dropFirst(5).prefix(2) }
        return "CANARY" + name.prefix(2)
    }

    static func render(_ name: String, _ audience: Audience, _ format: ReportFormat) throws
        -> String
    {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let report = NotesParser().parse(text, source: name)
        return try ReportRenderer(options: .init(audience: audience)).render(report, as: format)
    }

    /// The table must cover the forms the issue names: at least 40 distinct ones, each with
    /// its own canary, and the files present (not just counted).
    @Test func thereAreAtLeastFortyFormsEachWithItsCanary() throws {
        #expect(Self.privateForms.count >= 40)
        #expect(Self.safeForms.count >= 5)
        for name in Self.privateForms {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name),
                                  encoding: .utf8)
            #expect(text.components(separatedBy: Self.token(name)).count == 2, "\(name)")
        }
    }

    /// The candidate never sees it in any format; the interviewer sees it in every one.
    @Test(arguments: privateForms)
    func onlyTheInterviewerSeesIt(_ name: String) throws {
        for format in ReportFormat.allCases {
            let leaked = try Self.render(name, .candidate, format).contains(Self.token(name))
            #expect(!leaked, "candidate \(format)")
            let kept = try Self.render(name, .internal, format).contains(Self.token(name))
            #expect(kept, "internal \(format)")
        }
    }

    @Test(arguments: safeForms)
    func innocentWordsStay(_ name: String) throws {
        for format in ReportFormat.allCases {
            let shown = try Self.render(name, .candidate, format).contains(Self.token(name))
            #expect(shown, "\(format)")
        }
    }
}
