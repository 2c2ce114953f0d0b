@testable import DebriefKit
import Testing

/// Interview details from front matter, key-value lines, bold keys and two-column tables.
@Suite struct DetailsParsingTests {
    func parse(_ text: String) -> Report {
        NotesParser().parse(text, source: "details.md")
    }

    @Test func frontMatterFillsFieldsAndExtra() {
        let report = parse("""
            ---
            candidate: Rin Okabe
            interview_type: System design
            date: 2026-02-11
            tags:
              - backend
              - mock
            ---

            ## Strengths

            - Drew the data flow first
            """)
        #expect(report.details.candidate == "Rin Okabe")
        #expect(report.details.interviewType == "System design")
        #expect(report.details.date == "2026-02-11")
        #expect(report.details.dateISO == "2026-02-11")
        #expect(report.details.extra == [DetailField(key: "tags", value: "backend, mock")])
        // Blanked front-matter lines keep the body's line numbers true to the file.
        #expect(report.strengths.first?.line == 12)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func invalidFrontMatterIsReportedAndKept() throws {
        let report = parse("---\ncandidate: Rin\n\tlevel: L4\n---\n\nStrengths\n\n- Calm\n")
        let diagnostic = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1)
        #expect(diagnostic.code == "invalid-front-matter")
        #expect(diagnostic.location?.line == 3)
        #expect(report.other == [
            OtherSection(title: "Front matter", markdown: "candidate: Rin\n\tlevel: L4", line: 1),
        ])
        #expect(report.details.candidate == nil)
        #expect(report.strengths.map(\.text) == ["Calm"])
    }

    @Test func keyValueLinesWithSynonymsAreNormalised() {
        let report = parse("""
            Interview Details
            Candidate: Mara Quill
            Interviewer:\u{00A0}
            Dev Patel
            Targeted Company:
            Targeted Level: L5
            Position: Backend Engineer
            Round: Onsite 2
            Interview Time: October 24, 2025 5:00 PM
            Record Link: https://rec.example.com/abc
            """)
        var expected = InterviewDetails()
        expected.candidate = "Mara Quill"
        expected.interviewer = "Dev Patel"
        expected.company = ""  // named, but empty: the next line is another key
        expected.level = "L5"
        expected.role = "Backend Engineer"
        expected.interviewType = "Onsite 2"
        expected.date = "October 24, 2025 5:00 PM"
        expected.dateISO = "2025-10-24T17:00"
        expected.recording = "https://rec.example.com/abc"
        #expect(report.details == expected)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func boldKeysInBothForms() {
        let report = parse("""
            ## Details

            **Candidate:** Mara Quill
            **Company**: Glimmer Labs
            - **Level:** Senior
            """)
        #expect(report.details.candidate == "Mara Quill")
        #expect(report.details.company == "Glimmer Labs")
        #expect(report.details.level == "Senior")
    }

    @Test func unknownKeysStayInOrderInExtra() {
        let report = parse("""
            ## Details

            Favourite snack: plums
            Candidate: Mara
            Team: Payments
            Shoe size: 9
            """)
        #expect(report.details.candidate == "Mara")
        #expect(report.details.extra == [
            DetailField(key: "Favourite snack", value: "plums"),
            DetailField(key: "Team", value: "Payments"),
            DetailField(key: "Shoe size", value: "9"),
        ])
    }

    @Test(arguments: [
        NamedInput("with a header row",
                   "| Field | Value |\n|---|---|\n| Candidate | Mara |\n| Date | 2026-02-11 |\n"
                       + "| Pod | Blue |"),
        NamedInput("first row as header",
                   "| Candidate | Mara |\n|---|---|\n| Date | 2026-02-11 |\n| Pod | Blue |"),
    ])
    func twoColumnTable(_ table: NamedInput<String>) {
        let report = parse("## Details\n\n\(table.value)\n")
        #expect(report.details.candidate == "Mara")
        #expect(report.details.date == "2026-02-11")
        #expect(report.details.dateISO == "2026-02-11")
        #expect(report.details.extra == [DetailField(key: "Pod", value: "Blue")])
    }

    @Test(arguments: [
        ("October 24, 2025 5:00 PM", "2025-10-24T17:00"),
        ("2026-02-11", "2026-02-11"),
        ("24 Oct 2025", "2025-10-24"),
        ("Friday, October 24th, 2025 at 5:00 PM PT", "2025-10-24T17:00"),
        ("10/24/2025 17:00", "2025-10-24T17:00"),
        ("2025/10/24 09:05", "2025-10-24T09:05"),
    ])
    func dateIsReadIntoISO(_ written: String, _ iso: String) {
        let report = parse("## Details\n\nDate: \(written)\n")
        #expect(report.details.date == written)
        #expect(report.details.dateISO == iso)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func unreadableDateKeepsTextAndNotes() throws {
        let report = parse("## Details\n\nDate: the Tuesday after launch 2\n")
        #expect(report.details.date == "the Tuesday after launch 2")
        #expect(report.details.dateISO == nil)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.code == "unparsed-date")
        #expect(diagnostic.location?.line == 3)
    }

    @Test func isoDateWithTimeIsRead() {
        // dateISO's own format must read back (from front matter, say), "T" and all.
        do {
            let report = parse("---\ndate: 2025-10-24T17:00\n---\n\nPros: calm\n")
            #expect(report.details.dateISO == "2025-10-24T17:00")
            #expect(report.diagnostics.isEmpty)
        }
    }

    @Test func detailsBeforeAnyLabelAreRecognised() {
        let report = parse("Candidate: Ada Byron\nLevel: L4\n\n## Strengths\n\n- Calm\n")
        #expect(report.details.candidate == "Ada Byron")
        #expect(report.details.level == "L4")
        #expect(report.other.isEmpty)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func firstValueWinsAndRepeatGoesToExtra() {
        let report = parse("## Details\n\nCandidate: Mara\nName: Mara Q.\n")
        #expect(report.details.candidate == "Mara")
        #expect(report.details.extra == [DetailField(key: "Name", value: "Mara Q.")])
    }

    @Test func tableCellCommentDoesNotLeakIntoDetails() {
        // Was a bug: the comment stayed in the candidate's name and was not collected.
        let report = parse("## Details\n\n| Candidate | Mara <!-- nervous --> |\n|---|---|\n")
        #expect(report.details.candidate == "Mara")
        #expect(report.privateNotes?.map(\.markdown) == ["nervous"])
        #expect(report.privateNotes?.first?.line == 3)
    }
}
