import Testing

@testable import DebriefKit

/// `debrief new`'s note: every section Debrief reads, each reported empty until filled in,
/// and clean once it is.
@Suite struct StarterNoteTests {
    static func starter(_ type: StarterNote.InterviewType) -> String {
        StarterNote.text(type: type, candidate: "Ada Park", level: "L5", date: "2026-11-30")
    }

    @Test(arguments: StarterNote.InterviewType.allCases)
    func theUnfilledNoteSaysWhatIsLeft(_ type: StarterNote.InterviewType) {
        let codes = Linter().lint(Self.starter(type), file: "new.md").map(\.code.rawValue)
        #expect(codes == ["empty-section", "missing-strengths", "missing-improvements", "empty-section"])
        let report = NotesParser().parse(Self.starter(type), source: "new.md")
        #expect(report.details.candidate == "Ada Park")
        #expect(report.details.level == "L5")
        #expect(report.details.dateISO == "2026-11-30")
    }

    /// The prompts replaced by what an interviewer writes.
    static func filledIn(_ type: StarterNote.InterviewType) -> String {
        var text = starter(type)
        text = text.replacingOccurrences(of: "Role: ", with: "Role: Backend Engineer")
            .replacingOccurrences(of: "Interviewer: ", with: "Interviewer: Sam Lee")
        var lines: [String] = []
        var area = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("<!-- ") else {
                lines.append(line.hasPrefix("Recommendation:") ? "Recommendation: lean hire" : String(line))
                continue
            }
            switch lines.last(where: { $0.hasPrefix("#") }) ?? "" {
            case "## Summary":
                lines.append("We designed a URL shortener for 45 minutes; the core design held up.")
            case "## Strengths":
                lines.append("- Asked for the read/write ratio and peak QPS before drawing anything")
            case "## Preparation":
                lines.append("- Practise one estimate a day: users, requests per second, storage")
            case "## Private notes":
                lines.append(String(line))
            default:
                area += 1
                lines.append("- Sized the cache only after I asked twice (area \(area))")
                lines.append("  “Before I pick a cache size, let me estimate the hot set.”")
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: StarterNote.InterviewType.allCases)
    func theFilledInNoteLintsClean(_ type: StarterNote.InterviewType) {
        let findings = Linter().lint(Self.filledIn(type), file: "new.md")
        #expect(findings.map { "\($0.code) \($0.message)" } == [])
        let report = NotesParser().parse(Self.filledIn(type), source: "new.md")
        #expect(report.privateNotes?.contains { $0.markdown.contains("lean hire") } == true)
        #expect(report.prepared(for: .candidate).improvements.flatMap(\.items).count == 2)
    }
}
