import Testing

@testable import DebriefKit

/// Feedback sent as an email: its headers, greeting, sign-off, signature and the message it
/// replies to are the frame, not the feedback.
@Suite struct EmailReaderTests {
    static let outlookReply = """
        From: Rosa Lindqvist <rosa@example.com>
        Sent: 3 December 2026 14:05
        To: Hiring Team
        Subject: RE: FW: Feedback – Tariq Hassan (Backend Engineer)

        Hi all,

        What went well
        - Broke the problem into a queue and a worker before coding

        Where he could improve
        - Never said what happens when the worker crashes mid-job

        Kind regards,
        Rosa

        -----Original Message-----
        From: Hiring Team
        Subject: Feedback – Tariq Hassan
        Great work everyone, please send notes by Friday.
        """

    @Test func outlookReplyIsReadWithoutItsFrame() {
        let report = NotesParser().parse(Self.outlookReply, source: "a.eml")
        #expect(report.details.candidate == "Tariq Hassan")
        #expect(report.details.role == "Backend Engineer")
        #expect(report.details.dateISO == "2026-12-03T14:05")
        #expect(report.details.interviewer == "Rosa Lindqvist")
        #expect(report.strengths.map(\.text) == ["Broke the problem into a queue and a worker before coding"])
        #expect(report.improvements.flatMap(\.items).map(\.headline)
                == ["Never said what happens when the worker crashes mid-job"])
        let everything = ([report.summary.joined(), report.other.map(\.markdown).joined()]
            + report.strengths.map(\.text)).joined()
        #expect(!everything.contains("Rosa") && !everything.contains("Great work everyone"))
    }

    /// A sign-off with a name and a signature under "--" below it: the sign-off is found
    /// above the signature, so "Thanks," and the name are not read as an item.
    @Test func signOffAboveASignatureIsLeftOut() {
        let note = """
            From: Ken Ito <ken@example.com>
            To: recruiting@example.com
            Subject: Feedback: Lena Vogt

            Hi Sam,

            Strengths:
            - Clear plan before coding

            Areas for improvement:
            - Skipped the empty input

            Thanks,
            Ken

            --
            Ken Ito | Staff Engineer
            Sent from my phone
            """
        let report = NotesParser().parse(note, source: "a.eml")
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["Skipped the empty input"])
        #expect(report.other.isEmpty)
    }

    /// A forwarded note: the quoted part is the feedback, and the sender only passed it on.
    @Test func forwardedFeedbackIsKept() {
        let note = """
            From: Dana Hollis <dana@example.com>
            Subject: FW: Feedback for Omar Haddad
            To: Hiring Team

            See below.

            -----Original Message-----
            From: Jo Park
            Strengths:
            - Clear plan before coding

            Areas for improvement:
            - Skipped the empty input
            """
        let report = NotesParser().parse(note, source: "a.eml")
        #expect(report.strengths.map(\.text) == ["Clear plan before coding"])
        #expect(report.improvements.flatMap(\.items).map(\.headline) == ["Skipped the empty input"])
        #expect(report.details.interviewer != "Dana Hollis")
    }

    @Test(arguments: [
        ("RE: FW: Feedback", "Feedback"), ("Re: re: Feedback", "Feedback"), ("AW: Notes", "Notes"),
        ("Feedback: Ana", "Feedback: Ana"), ("Ready: yes", "Ready: yes"),
    ])
    func replyPrefixesLeaveTheSubject(_ subject: String, _ expected: String) {
        #expect(EmailReader.withoutReplyPrefixes(Substring(subject)) == expected)
    }

    /// A quoted earlier message closing the note, in "> " lines.
    @Test func quotedBlockClosingTheNoteIsAReply() {
        let lines: [Substring] = ["Strengths:", "- calm", "", "> On Monday you wrote:", "> send notes", ""]
        #expect(LetterFrame.replyStart(lines) == 3)
        #expect(LetterFrame.replyStart(["Strengths:", "> a quote in the middle", "- calm"]) == nil)
    }
}
