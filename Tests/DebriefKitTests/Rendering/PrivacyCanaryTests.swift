import Foundation
import Testing

@testable import DebriefKit

/// A canary string in every private form must never reach a candidate report in any format,
/// and must reach every internal one.
@Suite struct PrivacyCanaryTests {
    static let note = """
        ---
        candidate: Sam Rivera
        ---

        Summary

        Solid fundamentals. <!-- CANARY-01 inline comment -->

        <!--
        CANARY-02 block comment
        spanning lines
        -->

        Strengths

        • Clear naming <!-- CANARY-03 in a bullet -->

        | Field | Value |
        | --- | --- |
        | Round | Coding <!-- CANARY-04 in a table cell --> |

        Areas for Improvement

        • Test first:
          “I’ll write the empty-input case before the loop.”

        ## Private Notes

        CANARY-05 lean hire.

        ### Concerns

        - CANARY-06 under a sub-heading of a private section

        Interviewer Only

        CANARY-07 plain-line private label

        **Recommendation**

        CANARY-08 bold private label

        Decision: CANARY-09 inline private label

        ## Hiring Recommendation

        CANARY-10 hire at L4
        """

    static let canaries = (1...10).map { String(format: "CANARY-%02d", $0) }

    @Test(arguments: ReportFormat.allCases)
    func candidateReportsHaveNoCanary(_ format: ReportFormat) throws {
        let report = NotesParser().parse(Self.note, source: "private.md")
        let output = try ReportRenderer(options: .init(audience: .candidate)).render(report, as: format)
        for canary in Self.canaries {
            #expect(!output.contains(canary), "\(canary) in \(format)")
        }
        #expect(output.contains("Clear naming"))
        #expect(output.contains("Test first"))
        #expect(!output.lowercased().contains("private notes"))
    }

    @Test(arguments: ReportFormat.allCases)
    func internalReportsHaveEveryCanary(_ format: ReportFormat) throws {
        let report = NotesParser().parse(Self.note, source: "private.md")
        let output = try ReportRenderer(options: .init(audience: .internal)).render(report, as: format)
        for canary in Self.canaries {
            #expect(output.contains(canary), "\(canary) missing from internal \(format)")
        }
    }
}
