import Foundation
import Testing

@testable import DebriefKit

/// `ReportJSON` writes reports with `PrettyJSONWriter`, not `JSONEncoder`; the two must give
/// the same bytes, or a report's JSON would depend on how a caller asked for it.
@Suite struct PrettyJSONWriterTests {
    static func bothPaths(_ report: Report, _ audience: Audience) throws -> (fast: String, foundation: String) {
        (String(decoding: try ReportJSON.encode(report, for: audience), as: UTF8.self),
         String(decoding: try ReportJSON.encodeThroughFoundation(report, for: audience), as: UTF8.self))
    }

    @Test(arguments: TestFiles.examples)
    func exampleReportsAreTheSameBothWays(name: String) throws {
        let report = NotesParser().parse(try TestFiles.text("Examples/\(name)"), source: "Examples/\(name)")
        for audience in Audience.allCases {
            let (fast, foundation) = try Self.bothPaths(report, audience)
            #expect(fast == foundation, "\(audience): \(FirstDifference.describe(expected: foundation, actual: fast))")
        }
    }

    @Test func aReportWithEveryFieldIsTheSameBothWays() throws {
        for audience in Audience.allCases {
            let (fast, foundation) = try Self.bothPaths(ReportEncodingTests.fullReport, audience)
            #expect(fast == foundation, "\(audience): \(FirstDifference.describe(expected: foundation, actual: fast))")
        }
    }

    /// Every control character, quotes, backslashes, slashes, line and paragraph separators,
    /// combining marks and emoji; scores with and without fractions.
    @Test func awkwardTextAndNumbersAreTheSameBothWays() throws {
        var report = ReportEncodingTests.fullReport
        let controls = String(String.UnicodeScalarView((0..<32).compactMap(Unicode.Scalar.init)))
        report.summary = [controls, "\"quoted\" \\ back/slash </script>", "\u{7F}\u{2028}\u{2029}",
                          "e\u{301}", "👩🏽‍💻 — “curly” ‘single’", ""]
        report.ratings = [3.5, 4, 0.1, -2, 1e-7, 123_456_789.25].map {
            Rating(name: "r", score: $0, scale: 4.0, value: "v", comment: nil, line: 1)
        }
        report.improvements.append(ImprovementArea(title: nil, items: []))
        for audience in Audience.allCases {
            let (fast, foundation) = try Self.bothPaths(report, audience)
            #expect(fast == foundation, "\(audience): \(FirstDifference.describe(expected: foundation, actual: fast))")
        }
    }

    @Test func severalReportsAreOneArrayAsFoundationWritesIt() throws {
        let reports = [ReportEncodingTests.fullReport, Report(source: "b.md")]
        let fast = String(decoding: try ReportJSON.encode(reports, for: .internal), as: UTF8.self)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[.debriefAudience] = Audience.internal
        let foundation = String(decoding: try encoder.encode(reports), as: UTF8.self)
            .replacingOccurrences(of: "[\n\n    ]", with: "[]")
            .replacingOccurrences(of: "[\n\n      ]", with: "[]")
        #expect(fast == foundation, "\(FirstDifference.describe(expected: foundation, actual: fast))")
    }
}
