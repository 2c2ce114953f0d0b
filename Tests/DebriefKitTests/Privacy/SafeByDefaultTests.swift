import Foundation
import Testing

@testable import DebriefKit

/// Every public way to serialise or render a report gives the candidate's view unless the
/// internal audience is asked for.
@Suite struct SafeByDefaultTests {
    static let note = "## Strengths\n\n- Clear plan\n\n## Hiring Recommendation\n\nLean hire CANARY-S\n"

    static func report() -> Report { NotesParser().parse(note, source: "team/rejected/ann.md") }

    @Test func reportJSONIsForTheCandidateByDefault() throws {
        let json = String(decoding: try ReportJSON.encode(Self.report()), as: UTF8.self)
        #expect(!json.contains("CANARY-S"))
        #expect(!json.contains("rejected"))
        #expect(json.contains("Clear plan"))
    }

    @Test func anyEncoderIsForTheCandidateByDefault() throws {
        let json = String(decoding: try JSONEncoder().encode(Self.report()), as: UTF8.self)
        #expect(!json.contains("CANARY-S"))
    }

    @Test func rendererIsForTheCandidateByDefault() throws {
        for format in ReportFormat.allCases {
            let leaked = try ReportRenderer().render(Self.report(), as: format).contains("CANARY-S")
            #expect(!leaked, "\(format)")
        }
    }

    @Test func internalMustBeAskedFor() throws {
        let json = String(decoding: try ReportJSON.encode(Self.report(), for: .internal),
                          as: UTF8.self)
        #expect(json.contains("CANARY-S"))
        let encoder = JSONEncoder()
        encoder.userInfo[.debriefAudience] = Audience.internal
        #expect(String(decoding: try encoder.encode(Self.report()), as: UTF8.self)
            .contains("CANARY-S"))
    }
}
