import Testing

@testable import DebriefKit

/// Notes whose candidate report once came out empty, every section read as private, though
/// nothing in them was: a level named in a title or detail line, a weak private cue in an
/// area title, a sentence before an aside with a colon. Each must keep its content for the
/// candidate, and the private forms close to them must stay private.
@Suite struct OverWithholdingTests {
    static let kept: [NamedInput<(note: String, strength: String)>] = [
        NamedInput("level line under a plain label", (
            "Details\n\nTargeted Level:\nMid (L4)\n\nAreas of Strength\n\n• Asked about load first\n",
            "Asked about load first")),
        NamedInput("email subject naming the level", (
            "Subject: Interview feedback – Ana Li – Frontend Engineer (Mid, L4)\n\nHi Jo,\n\n"
                + "Strengths:\n- Wrote the test first\n", "Wrote the test first")),
        NamedInput("sentence before an aside with a colon", (
            "Summary\n\nGood design work. (For the recruiter: she is interviewing elsewhere.)\n\n"
                + "Strengths\n\n- Drew the write path first\n", "Drew the write path first")),
    ]

    @Test(arguments: kept)
    func theCandidateKeepsTheContent(_ input: NamedInput<(note: String, strength: String)>) throws {
        let report = NotesParser().parse(input.value.note, source: "n.md").prepared(for: .candidate)
        #expect(report.strengths.map(\.text) == [input.value.strength])
        let json = String(decoding: try ReportJSON.encode(report, for: .candidate), as: UTF8.self)
        #expect(!json.contains("recruiter"))
        #expect(!json.contains("elsewhere"))
    }

    @Test func aWeakCueInAnAreaTitleKeepsTheArea() {
        let note = "Areas to Improve\n\n*Landing the result*\n\n* State the outcome first\n"
        let report = NotesParser().parse(note, source: "n.md").prepared(for: .candidate)
        let items = report.improvements.flatMap(\.items)
        #expect(items.contains { ($0.headline + " " + ($0.detail ?? "")).contains("State the outcome first") })
        #expect(report.privateNotes == nil)
    }

    static let stillPrivate: [NamedInput<String>] = [
        NamedInput("result label", "Strengths\n\n- Calm\n\nResult\n\nSECRET no hire\n"),
        NamedInput("interview outcome label", "Strengths\n\n- Calm\n\nInterview outcome\n\nSECRET reject\n"),
        NamedInput("culture fit label", "Strengths\n\n- Calm\n\nCulture fit:\n\nSECRET unsure\n"),
        NamedInput("decision in a title with a level", "# Strong hire SECRET – Ana (Mid, L4)\n\nStrengths\n\n- Calm\n"),
        NamedInput("calibration in a label", "Strengths\n\n- Calm\n\nCalibrated at L5:\n\nSECRET down\n"),
    ]

    @Test(arguments: stillPrivate)
    func privateFormsStayPrivate(_ input: NamedInput<String>) throws {
        let report = NotesParser().parse(input.value, source: "n.md").prepared(for: .candidate)
        let json = String(decoding: try ReportJSON.encode(report, for: .candidate), as: UTF8.self)
        #expect(!json.contains("SECRET"))
    }
}
