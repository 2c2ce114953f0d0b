import Testing

@testable import DebriefKit

/// Section labels are read by meaning: the examples, emoji and numbered forms.
@Suite struct LabelClassifierTests {
    @Test(arguments: [
        ("Things to work on", SectionKind.improvements), ("What to work on", .improvements),
        ("Areas to develop", .improvements), ("Development areas", .improvements),
        ("Key strengths", .strengths), ("The good", .strengths),
        ("Tips for next time", .preparation), ("Recommended preparation", .preparation),
        ("Summary (both)", .summary), ("Overall impressions", .summary),
        ("✅ Nailed it", .strengths), ("⚠️ Watch", .improvements), ("💡 Ideas", .preparation),
        ("🔒 Misc", .privateNotes), ("1) What went well", .strengths),
        ("2. Areas to improve", .improvements), ("What didn't go well", .improvements),
        ("Red flags", .privateNotes), ("Calibration", .privateNotes),
        ("Bar raiser notes", .privateNotes), ("Debrief notes", .privateNotes),
        ("Signal", .privateNotes), ("Level assessment", .privateNotes),
    ])
    func labelIsReadByMeaning(_ label: String, _ kind: SectionKind) {
        #expect(LabelClassifier.classify(label)?.kind == kind)
    }

    @Test func labelReadByCueIsReported() {
        let report = NotesParser().parse("Things to develop:\n- tests first\n", source: "a.md")
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["tests first"])
        #expect(report.diagnostics.contains { $0.code == "label-by-cue" && $0.severity == .note })
    }

    @Test func criticismNeverLandsUnderStrengths() {
        let report = NotesParser().parse(
            "Strengths\n- calm\n\nThings to work on\n- rushed\n", source: "a.md")
        #expect(report.strengths.map(\.text) == ["calm"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["rushed"])
    }

    @Test func longTextAfterALabelStillCounts() {
        let long = String(repeating: "The design was careful and well argued. ", count: 10)
        let report = NotesParser().parse("Summary: \(long)\n\nRecommendation: \(long) hire\n",
                                         source: "a.md")
        #expect(report.summary.count == 1)
        #expect(report.privateNotes?.contains { $0.title == "Recommendation" } == true)
    }

    @Test func unknownLabelUnderStrengthsKeepsItsContentApart() {
        let report = NotesParser().parse(
            "Strengths\n- calm\n\nRandom musings:\n- rushed the ending\n", source: "a.md")
        #expect(report.strengths.map(\.text) == ["calm"])
        #expect(report.other.map(\.title) == ["Random musings"])
        #expect(report.diagnostics.contains { $0.code == "unclassified-section" })
    }

    @Test func criticalSubheadingEndsStrengths() {
        let report = NotesParser().parse(
            "## Strengths\n\n- calm\n\n### Things I'd change\n\n- rushed\n", source: "a.md")
        #expect(report.strengths.map(\.text) == ["calm"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["rushed"])
    }
}
