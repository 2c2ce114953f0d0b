import Testing

@testable import DebriefKit

/// Shapes that notes apps and pastes give feedback: Word's multilevel numbering, a Slack
/// thread with replies from others, Obsidian callouts inside a section, details set apart by
/// dot leaders, dashes or slashes, and retro-style labels ("Good:", "Glows", "Even better if").
@Suite struct PastedShapesTests {
    private func parse(_ note: String) -> Report {
        NotesParser().parse(note, source: "note.md")
    }

    private func headlines(_ report: Report) -> [String] {
        report.improvements.flatMap(\.items).map(\.headline)
    }

    @Test func wordMultilevelNumberingGivesSectionsAndTitledItems() {
        let note = """
            Feedback – Data Engineer
            Candidate:\tIsla Moreno

            1.\tSummary
            Isla designed a nightly load into the warehouse.

            2.\tStrengths
            2.1\tIdempotent runs
            \tEach run overwrote its own partition.

            3.\tAreas for improvement
            3.1\tLate data
            \tAssumed every event lands on the same day.

            4.\tPreparation
            4.1\tRead how tools test data freshness.
            """
        let report = parse(note)
        #expect(report.summary == ["Isla designed a nightly load into the warehouse."])
        #expect(report.strengths.map(\.text) == ["**Idempotent runs** Each run overwrote its own partition."])
        #expect(headlines(report) == ["Late data"])
        #expect(report.improvements.flatMap(\.items).first?.detail == "Assumed every event lands on the same day.")
        #expect(report.preparation == ["Read how tools test data freshness."])
        #expect(!report.summary.joined().contains("1.:"))
    }

    /// A first-level number with nothing numbered under it and no section name is an item of
    /// a numbered list, not a heading.
    /// Terse notes mark strengths "+" and concerns "-" as they come to mind; CommonMark makes
    /// a new list at each change of marker, and each list keeps its sign.
    @Test(arguments: [
        NamedInput("strengths first, one more at the end", """
            Notes on Priya (API design)

            + asked who calls the endpoint before naming it
            + versioned the path from the start
            - no plan for retries
            + clear error bodies
            """),
        NamedInput("concerns first", """
            # Priya, API design

            - no plan for retries
            + asked who calls the endpoint before naming it
            + versioned the path from the start
            + clear error bodies
            """),
    ])
    func alternatingSignsKeepTheirSections(_ note: NamedInput<String>) {
        let report = parse(note.value)
        #expect(Set(report.strengths.map(\.text)) == [
            "asked who calls the endpoint before naming it", "versioned the path from the start",
            "clear error bodies",
        ])
        #expect(headlines(report) == ["no plan for retries"])
    }

    /// One list of quick points, each signed inside its bullet: the signs sort the points,
    /// a label names its own point only, and a point with no label is the summary.
    @Test func signedPointsInOneListSortThemselves() {
        let note = """
            - summary: quick on the queries, slower explaining them
            - + wrote the join right first time
            - + named each step with a CTE
            - - the running total needed a hint
            - prep: finish each answer with what it means for the business
            - friendly, asked about the data's time zone
            - + spotted the duplicated rows himself
            """
        let report = parse(note)
        #expect(report.strengths.map(\.text) == [
            "wrote the join right first time", "named each step with a CTE",
            "spotted the duplicated rows himself",
        ])
        #expect(headlines(report) == ["the running total needed a hint"])
        #expect(report.preparation == ["finish each answer with what it means for the business"])
        #expect(report.summary == [
            "quick on the queries, slower explaining them", "friendly, asked about the data's time zone",
        ])
        #expect(report.other.isEmpty)
    }

    /// A private label among signed lists or points keeps what follows it private: no sign
    /// after it opens a section the candidate sees.
    @Test(arguments: [
        NamedInput("lists", """
            + clear about trade-offs

            - Private: lean no hire

            + honestly the weakest of the loop
            """),
        NamedInput("points", """
            - + clear about trade-offs
            - - slow on the second part
            - Private: lean no hire
            - + honestly the weakest of the loop
            - told me about another offer
            """),
    ])
    func signsDoNotEndAPrivateSection(_ note: NamedInput<String>) {
        let report = parse(note.value)
        let shown = (report.summary + report.strengths.map(\.text) + headlines(report)
            + report.other.map(\.markdown)).joined(separator: " ")
        #expect(report.strengths.map(\.text) == ["clear about trade-offs"])
        #expect(!shown.contains("weakest"))
        #expect(!shown.contains("offer"))
        #expect(!shown.contains("lean no hire"))
    }

    @Test func wordNumberedListStaysAList() {
        let note = """
            Strengths
            1.\tAsked who the users were before sketching
            2.\tSketched the whole flow first
            """
        let report = parse(note)
        #expect(report.strengths.map(\.text)
                == ["Asked who the users were before sketching", "Sketched the whole flow first"])
    }

    @Test func slackThreadNamesTheInterviewerAndKeepsRepliesAside() {
        let note = """
            Maya Chen  10:42 AM
            notes on the incident round with Leo
            Maya Chen  10:43 AM
            Strengths:
            - rolled back before digging into logs
            Sam Patel  10:44 AM
            agreed, same in my round
            Maya Chen  10:46 AM
            Things to work on:
            - never posted a status update
            """
        let report = parse(note)
        #expect(report.details.interviewer == "Maya Chen")
        #expect(report.strengths.map(\.text) == ["rolled back before digging into logs"])
        // The reply is private, and the interviewer's next message is not kept with it.
        #expect(headlines(report) == ["never posted a status update"])
        let privateText = (report.privateNotes ?? []).map(\.markdown).joined()
        #expect(privateText.contains("Sam Patel: agreed, same in my round"))
        let candidateText = (report.summary + report.strengths.map(\.text) + report.other.map(\.markdown)).joined()
        #expect(!candidateText.contains("agreed"))
    }

    @Test func slackThreadKeepsTheInterviewerTheNoteNames() {
        let note = """
            Maya Chen  10:42 AM
            Interviewer: Rui Costa
            Strengths:
            - calm under pressure
            """
        #expect(parse(note).details.interviewer == "Rui Costa")
    }

    @Test func obsidianCalloutsInsideASectionAreItsItems() {
        let note = """
            ## Strengths
            > [!tip] Coaching
            > Moved an engineer from missed deadlines to leading a project.

            ## Areas to improve
            > [!warning] Delegation
            > Still reviews every pull request himself.

            > [!note]
            > Vague on how he measures the team's impact.
            """
        let report = parse(note)
        #expect(report.strengths.map(\.text)
                == ["**Coaching** Moved an engineer from missed deadlines to leading a project."])
        #expect(headlines(report) == ["Delegation", "Vague on how he measures the team's impact."])
        #expect(report.summary.isEmpty)
    }

    /// A callout titled with a section's name still opens that section.
    @Test func obsidianCalloutNamingASectionOpensIt() {
        let note = """
            ## Summary
            Built a ledger reconciler in Go.

            > [!success] Strengths
            > - Table-driven tests

            > [!warning] Areas for improvement
            > - Floats for money
            """
        let report = parse(note)
        #expect(report.strengths.map(\.text) == ["Table-driven tests"])
        #expect(headlines(report) == ["Floats for money"])
    }

    @Test(arguments: [
        ("dot leaders", "Candidate ........ Mei Chen\nRole ............. Product Designer\n\nSummary\nShowed two case studies."),
        ("dashes", "Candidate - Mei Chen\nRole - Product Designer\n\nSummary\nShowed two case studies."),
        ("slashes on one line", "Candidate: Mei Chen / Role: Product Designer\n\nSummary\nShowed two case studies."),
    ])
    func detailsSetApartWithoutAColon(_ shape: String, _ note: String) {
        let report = parse(note)
        #expect(report.details.candidate == "Mei Chen", "\(shape)")
        #expect(report.details.role == "Product Designer", "\(shape)")
    }

    /// Only a details key may be set apart by a dash: a sentence with a dash is a sentence.
    @Test func aDashInASentenceIsNotADetail() {
        let report = parse("## Summary\n\nInterview - went well overall, with a calm start.\n")
        #expect(report.details.interviewType == nil)
        #expect(report.summary == ["Interview - went well overall, with a calm start."])
    }

    @Test func retroLabelsOpenTheirSections() {
        let note = """
            Good: asked about the list size before starting.

            Not so good: stale responses were not dropped.

            Next time: cancel the older request.

            Glows
            - clear names

            Grows
            - no tests for the empty state
            """
        let report = parse(note)
        #expect(report.strengths.map(\.text) == ["asked about the list size before starting.", "clear names"])
        #expect(headlines(report) == ["stale responses were not dropped.", "no tests for the empty state"])
        #expect(report.preparation == ["cancel the older request."])
    }

    /// "## Title" opening a note whose sections are bold or plain is its title; a note of
    /// "##" sections has none among them.
    @Test func secondLevelHeadingTitlesANoteOnlyWhenItIsTheOnlyOne() {
        let titled = parse("## Analytics Engineer — Take-home debrief\nCandidate: Zara Ahmed\n\n**Summary**\nWell organised.\n")
        #expect(titled.details.candidate == "Zara Ahmed")
        #expect(titled.other.isEmpty)
        let sectioned = parse("## Coding exercise\nBuilt a parser.\n\n## Strengths\n- Clear names\n")
        #expect(sectioned.other.map(\.title) == ["Coding exercise"])
    }

    /// "Even better if" items finish the label's sentence; alone they would say the opposite.
    @Test func evenBetterIfItemsKeepTheirLead() {
        let note = """
            ## Went well
            - Interviewed three squads first

            ## Even better if
            - She had used a scoring framework
            - API versioning had been discussed
            """
        #expect(headlines(parse(note)) == ["Even better if she had used a scoring framework",
                                           "Even better if API versioning had been discussed"])
    }

    /// A Confluence table whose first column names each row's section.
    @Test func tableOfAreasGoesToItsSections() {
        let note = """
            Summary
            Designed a Button and a Modal for a design system.

            | Area | Observation | Rating |
            | --- | --- | --- |
            | Strengths | Small, consistent props API | Strong |
            | Improvement | Modal did not trap focus | Needs work |
            | Preparation | Read the WAI-ARIA dialog pattern | |
            """
        let report = parse(note)
        #expect(report.summary == ["Designed a Button and a Modal for a design system."])
        #expect(report.strengths.map(\.text) == ["Small, consistent props API — Strong"])
        #expect(headlines(report) == ["Modal did not trap focus"])
        #expect(report.improvements.flatMap(\.items).first?.detail == "Needs work")
        #expect(report.preparation == ["Read the WAI-ARIA dialog pattern"])
    }

    /// A table whose first column is not all section names stays a table.
    @Test func tableOfTopicsStaysATable() {
        let note = """
            Summary
            Built a cache in front of the API.

            | Topic | Notes |
            | --- | --- |
            | Strengths | clear names |
            | Caching | skipped it |
            """
        let report = parse(note)
        #expect(report.strengths.isEmpty)
        #expect(report.summary.joined().contains("| Caching | skipped it |"))
    }

    /// "Result:" closing a STAR story is the story's end, not a private section that keeps
    /// the rest of the note from the candidate; "Result: no hire" is still withheld.
    @Test func starResultIsPartOfTheStory() {
        let note = """
            ## Strengths
            - Clear stories

            ## Q1: A time you disagreed

            **Action:** Proposed a feature flag at 5% traffic.
            **Result:** Shipped to 5% first, then to everyone.

            ## Areas for improvement
            - Answers ran long
            """
        let report = parse(note)
        #expect(report.other.map(\.markdown).joined().contains("Shipped to 5% first"))
        #expect(headlines(report) == ["Answers ran long"])
        let verdict = parse("## Summary\nCalm and clear.\n\nResult: no hire\n")
        #expect(!(verdict.summary + verdict.other.map(\.markdown)).joined().contains("no hire"))
    }

    @Test func teamsChatNamesTheInterviewer() {
        let note = """
            [10:02] Priya Shah
            notes on Liam's test design round

            [10:05] Marcus Webb
            go ahead

            [10:06] Priya Shah
            Strengths: went straight to boundary values
            """
        let report = parse(note)
        #expect(report.details.interviewer == "Priya Shah")
        #expect(report.strengths.map(\.text) == ["went straight to boundary values"])
        #expect(!report.summary.joined().contains("go ahead"))
    }

    /// Lines marked by emoji alone: a tip's emoji is preparation, and an emoji line with a
    /// short lead and a colon is an item, its lead the headline.
    @Test func emojiLinesKeepTheirWordsAndTheirSections() {
        let note = """
            ✅ Rolled back first, investigated second
            ⚠️ Didn't delegate: tried to do comms and rollback herself
            💡 Practise a tabletop with roles assigned
            💡 **Tip:** read the chapter on managing incidents
            """
        let report = parse(note)
        #expect(report.strengths.map(\.text) == ["Rolled back first, investigated second"])
        #expect(headlines(report) == ["Didn't delegate"])
        #expect(report.preparation == ["Practise a tabletop with roles assigned",
                                       "read the chapter on managing incidents"])
    }

    /// A sentence that quotes a phrase before its colon is not a label that opens a section.
    @Test func quotedPhraseBeforeAColonIsNoLabel() {
        let note = """
            ## Preparation
            - Read about cohort analysis

            Practise a "so what" summary: one sentence, then three numbers.
            """
        let report = parse(note)
        #expect(report.summary.isEmpty)
        #expect(report.preparation.last?.contains("Practise a \"so what\" summary") == true)
    }

    /// An HTML table with a header row is a table however many columns it has, and rows on
    /// lines of their own stay one table.
    @Test func htmlTableWithAHeaderRowIsOneTable() {
        let note = """
            <h2>Scores</h2>
            <table>
            <tr><th>Competency</th><th>Score</th></tr>
            <tr><td>SQL</td><td>4</td></tr>
            <tr><td>Communication</td><td>2</td></tr>
            </table>
            <h2>Strengths</h2>
            <ul><li>Fluent SQL</li></ul>
            """
        let report = NotesParser(dialect: .html).parse(note, source: "note.html")
        #expect(report.ratings.map(\.name) == ["SQL", "Communication"])
        #expect(report.ratings.map(\.value) == ["4", "2"])
    }

    /// A header block: a title, short lines about the interview, and details among them.
    @Test func headerBlockWithLooseLinesGivesItsDetails() {
        let note = """
            Interview notes – Maya Okonkwo
            iOS Engineer, onsite loop
            Interviewer: Dev Raman

            STRENGTHS
            – Sketched the states before coding
            """
        let report = parse(note)
        #expect(report.details.candidate == "Maya Okonkwo")
        #expect(report.details.interviewer == "Dev Raman")
        // The loose line is kept, as the note's lead (a detail of its own when alone).
        #expect((report.summary + report.details.extra.map(\.value)).joined().contains("iOS Engineer, onsite loop"))
        #expect(report.other.isEmpty)
        #expect(report.strengths.map(\.text) == ["Sketched the states before coding"])
    }

    /// A code block kept as a strength stays inside its list item in the Markdown report.
    @Test func multiLineStrengthStaysInsideItsItem() throws {
        let note = "## Strengths\n\n- Wrote this test first:\n\n```rust\n#[test]\nfn chunks() {}\n```\n"
        let markdown = try ReportRenderer().render(parse(note), as: .md)
        #expect(markdown.contains("- ```rust\n  #[test]\n  fn chunks() {}\n  ```"))
    }

    /// A timestamped note of one's own ("[10:15] Jumped into coding") is not a Teams chat.
    @Test func timestampedNoteLinesAreNotChatAuthors() {
        let note = "## Summary\n\n[10:02] Started with the requirements\n\n[10:15] Jumped into coding\n"
        let report = parse(note)
        #expect(report.details.interviewer == nil)
        #expect(report.summary.joined().contains("Jumped into coding"))
    }

    /// A table's cell that is a verdict, or sits under a private header, stays with the
    /// hiring team; the rest of its row reaches the candidate.
    @Test func tableOfAreasKeepsVerdictCellsPrivate() {
        let note = """
            Summary
            Designed a modal.

            | Area | Observation | Hire signal | Rating |
            | --- | --- | --- | --- |
            | Strengths | Clean API | Yes | Strong |
            | Improvement | No focus trap | Mixed | Needs work |
            """
        let report = parse(note)
        #expect(report.strengths.map(\.text) == ["Clean API — Strong"])
        #expect(report.improvements.flatMap(\.items).first?.detail == "Needs work")
        #expect((report.privateNotes ?? []).map(\.markdown) == ["Hire signal: Yes", "Hire signal: Mixed"])
    }

    /// "Role - she owned the migration" is a sentence, not the role.
    @Test func aDashBeforeALowerCaseValueIsNoDetail() {
        let report = parse("Candidate - Ana Ruiz\nRole - she owned the migration\n\n## Summary\nCalm.\n")
        #expect(report.details.candidate == "Ana Ruiz")
        #expect(report.details.role == nil)
    }
}
