import Testing

@testable import DebriefKit

/// The screen withholds the smallest unit that holds an evaluation, says where, and leaves
/// what the interviewer marked candidate-facing.
@Suite struct PrivacyScreenTests {
    func parse(_ text: String) -> Report { NotesParser().parse(text, source: "a.md") }

    @Test func onlyTheSentenceIsWithheldFromAParagraph() {
        let report = parse("## Summary\n\nClear thinker. Strong hire for L5. Tests came late.\n")
        #expect(report.summary == ["Clear thinker. Tests came late."])
        #expect(report.privateNotes?.map(\.markdown) == ["Strong hire for L5."])
        let diagnostic = report.diagnostics.first { $0.code == "withheld" }
        #expect(diagnostic?.location?.line == 3)
        #expect(diagnostic?.message.contains("a hiring decision") == true)
    }

    @Test func markedSentenceIsShown() {
        let report = parse("## Summary\n\n<!-- debrief: show -->\nWe would love to move forward with you.\n")
        #expect(report.summary == ["We would love to move forward with you."])
        #expect(report.privateNotes?.isEmpty == true)
    }

    @Test func seedWordsInTheirEverydaySenseStay() {
        let report = parse("""
            ## Areas for Improvement

            - Periodic check-ins to calibrate: “Any concerns before I go on?”
            - Raised the bar on testing: wrote tests first
            """)
        #expect(report.improvements.flatMap(\.items).count == 2)
        #expect(!report.diagnostics.contains { $0.code == "withheld" })
    }

    /// The phrasebook is three hundred lines of feedback written for candidates: read as a
    /// note, the screen must find nothing in it. A pattern that does has reached past
    /// evaluations into ordinary feedback ("no result, no outcome" once read as a verdict).
    @Test func phrasebookLanguageIsNotAnEvaluation() {
        let report = NotesParser().parse(Phrasebook.builtInText, source: "phrasebook.md")
        let withheld = report.diagnostics.filter { $0.code == "withheld" }
        #expect(withheld.isEmpty, "\(withheld.map(\.message))")
    }

    @Test func termsExamplePrivacyLineIsWithheld() throws {
        let text = try TestFiles.text("Examples/terse-pros-cons.md")
        let report = NotesParser().parse(text, source: "terse-pros-cons.md")
        #expect(!report.summary.joined().contains("Lean hire"))
        #expect(report.privateNotes?.contains { $0.markdown.contains("Lean hire") } == true)
    }

    @Test(arguments: [
        ("2 - No Hire", EvaluationCues.Category.decision),
        ("rec: lean hire", .decision),
        ("Clearly below the bar", .bar),
        ("Not at the Staff bar yet", .level),
        ("Would down-level to L4", .level),
        ("Stronger than the other two candidates this week", .comparison),
        ("Expects 185k base", .compensation),
        ("Note to hiring team: check references", .hiringTeam),
        ("Closer to mid than senior", .level),
        ("I'd say hire", .decision),
        ("The strongest of the three", .comparison),
        ("Best we've seen today", .comparison),
        ("I'd put her ahead of Rafael", .comparison),
        ("TODO for me: book the follow-up", .hiringTeam),
        ("Check with HR about relocation", .hiringTeam),
        ("(internal) good session", .hiringTeam),
        ("[private] follow up", .hiringTeam),
        ("OTE ask is 140k", .compensation),
        ("Yes, hire.", .decision),
    ])
    func languageFindsEachCategory(_ text: String, _ category: EvaluationCues.Category) {
        #expect(EvaluationLanguage.shared.find(in: text)?.category == category)
    }

    /// The quick check that clears most notes at once must see what the unit by unit reading
    /// withholds: a verdict standing alone as a sentence inside a longer paragraph.
    @Test func aVerdictAnsweringAQuestionInsideAParagraphIsWithheld() {
        let report = NotesParser().parse("""
            # Feedback — Zainab Okafor

            Summary
            Zainab built a rate limiter. Would I hire her? Yes. She tested the edges well.
            """, source: "yes.md")
        let summary = report.summary.joined(separator: " ")
        #expect(summary.contains("She tested the edges well"))
        #expect(!summary.contains("Yes"))
        #expect(report.privateNotes?.contains { $0.markdown == "Yes." } == true)
    }

    @Test(arguments: [
        NamedInput("an aside of prose", "Worked in payments (private sector, mostly banking and retail) for years"),
        NamedInput("the cache ahead of the database", "Put the cache ahead of the database"),
        NamedInput("a to-do in the code", "Left a TODO comment for the retry"),
        NamedInput("an ellipsis", "Then... it worked"),
    ])
    func everydayWordsAreNotEvaluations(_ input: NamedInput<String>) {
        #expect(EvaluationLanguage.shared.find(in: input.value) == nil)
    }
}
