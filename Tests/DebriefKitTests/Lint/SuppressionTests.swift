import Testing

@testable import DebriefKit

/// `<!-- debrief-disable-next-line RULE -->` and `<!-- debrief-disable RULE -->` …
/// `<!-- debrief-enable -->` silence findings in the note; the comments stay private.
@Suite struct SuppressionTests {
    static func codes(_ text: String) -> [String] {
        Linter().lint(text, file: "n.md").filter { $0.severity != .note }.map(\.code.rawValue)
    }

    static let vagueStrength = LintRuleTests.note(strengths: "- Great job.")

    @Test func theNextLineIsSilencedForTheNamedRule() {
        #expect(Self.codes(Self.vagueStrength) == ["vague-feedback"])
        let silenced = LintRuleTests.note(strengths: """
            <!-- debrief-disable-next-line vague-feedback -->
            - Great job.
            """)
        #expect(Self.codes(silenced) == [])
    }

    @Test func anotherRuleIsNotSilenced() {
        let other = LintRuleTests.note(strengths: """
            <!-- debrief-disable-next-line personality-language -->
            - Great job.
            """)
        #expect(Self.codes(other) == ["vague-feedback"])
    }

    @Test func aSpanIsSilencedUntilEnabledAgain() {
        let text = LintRuleTests.note(strengths: """
            <!-- debrief-disable vague-feedback -->
            - Great job.
            - Good communication.
            <!-- debrief-enable -->
            - Strong technical skills
            """)
        #expect(Linter().lint(text, file: "n.md").filter { $0.code == "vague-feedback" }
            .map { $0.location?.line } == [16])
    }

    @Test func noRuleIdSilencesEveryRule() {
        let text = LintRuleTests.note(strengths: """
            <!-- debrief-disable-next-line -->
            - Great job, though a bit arrogant.
            """)
        #expect(Self.codes(text) == [])
    }

    @Test func aMisspeltRuleOrDirectiveIsReported() {
        let text = LintRuleTests.note(strengths: """
            <!--debrief-disable-next-line vague-feedbak-->
            - Great job.
            <!-- debrief-disable-nextline vague-feedback -->
            """)
        let findings = Linter().lint(text, file: "n.md").filter { $0.code == .unknownSuppression }
        #expect(findings.map { $0.location?.line } == [12, 14])
        #expect(Self.codes(text).contains("vague-feedback"))
    }

    @Test func theCommentsNeverReachTheCandidate() throws {
        let text = LintRuleTests.note(strengths: """
            <!-- debrief-disable-next-line vague-feedback -->
            - Great job.
            """)
        let report = NotesParser().parse(text, source: "n.md").prepared(for: .candidate)
        let json = String(decoding: try ReportJSON.encode(report, for: .candidate), as: UTF8.self)
        #expect(!json.contains("debrief-disable"))
    }
}
