import Testing

@testable import DebriefKit

/// Dates as notes write them, read into ISO 8601 as the `DateFormatter` that DateReader replaced
/// read them (en_US_POSIX, UTC, non-lenient): every expectation here held for it too, except
/// those in `nonsenseNumbersAreNotRead` and `combiningMarkAfterTheDateIsNoDate`, and the forms
/// read since: a day-first date that can only be day-first, and an email's Date header.
@Suite struct DateReaderTests {
    @Test(arguments: [
        ("October 24 2025", "2025-10-24"),  // MMMM d yyyy
        ("Oct 24 2025", "2025-10-24"),  // MMM d yyyy
        ("24 October 2025", "2025-10-24"),  // d MMMM yyyy
        ("24 Oct 2025", "2025-10-24"),  // d MMM yyyy
        ("2026-03-12", "2026-03-12"),  // yyyy-MM-dd
        ("2026/03/12", "2026-03-12"),  // yyyy/MM/dd
        ("10/24/2025", "2025-10-24"),  // MM/dd/yyyy
        ("3/5/2026", "2026-03-05"),  // M/d/yyyy
        ("24.10.2025", "2025-10-24"),  // dd.MM.yyyy
        ("14/01/2026", "2026-01-14"),  // dd/MM/yyyy, when the day cannot be a month
    ])
    func eachDateFormIsRead(_ written: String, _ iso: String) {
        #expect(DateReader.isoDate(from: written) == iso)
    }

    @Test(arguments: [
        ("2026-03-12 5:07 PM", "2026-03-12T17:07"),  // h:mm a
        ("2026-03-12 5:07PM", "2026-03-12T17:07"),  // h:mma
        ("2026-03-12 5PM", "2026-03-12T17:00"),  // ha
        ("2026-03-12 5 PM", "2026-03-12T17:00"),  // h a
        ("2026-03-12 17:07", "2026-03-12T17:07"),  // HH:mm
        ("2026-03-12 9:07", "2026-03-12T09:07"),  // H:mm
        ("2026-03-12T14:30", "2026-03-12T14:30"),
        ("2026-03-12T2:30 PM", "2026-03-12T14:30"),
        ("October 24 2025T5:00 PM", "2025-10-24T17:00"),
        ("24 Oct 2025 17:00", "2025-10-24T17:00"),
        ("10/24/2025 5:00 PM", "2025-10-24T17:00"),
        ("24.10.2025 17:00", "2025-10-24T17:00"),
        ("2026/03/12 09:05", "2026-03-12T09:05"),
        ("2026-03-12 14:30:00", "2026-03-12T14:30"),  // seconds are left out
        ("Tue, 10 Mar 2026 16:22:05 +0000", "2026-03-10T16:22"),  // an email's Date header
        ("Mon, 2 Feb 2026 09:05:00 -0500", "2026-02-02T09:05"),
    ])
    func eachTimeFormIsRead(_ written: String, _ iso: String) {
        #expect(DateReader.isoDate(from: written) == iso)
    }

    @Test(arguments: [
        ("Friday, October 24th, 2025 at 5:00 PM PT", "2025-10-24T17:00"),
        ("Fri 24 Oct 2025", "2025-10-24"),
        ("THURS, 2026-03-12", "2026-03-12"),
        ("2026-03-12 at 14:30", "2026-03-12T14:30"),
        ("2026-03-12 AT 14:30", "2026-03-12T14:30"),
        ("2026-03-12 @ 14:30", "2026-03-12T14:30"),
        ("2026-03-12 - 14:30", "2026-03-12T14:30"),
        ("2026-03-12 – 14:30", "2026-03-12T14:30"),
        ("October 1st, 2025", "2025-10-01"),
        ("October 2ND 2025", "2025-10-02"),
        ("3rd October 2025", "2025-10-03"),
        ("2026-03-12 14:30 UTC", "2026-03-12T14:30"),
        ("24 Oct 2025 CEST", "2025-10-24"),
        ("**2026-03-12**", "2026-03-12"),
        ("[Oct 24, 2025](https://cal.example/e/1)", "2025-10-24"),
        ("  2026-03-12  ", "2026-03-12"),
    ])
    func decorationAroundTheDateIsDropped(_ written: String, _ iso: String) {
        #expect(DateReader.isoDate(from: written) == iso)
    }

    @Test(arguments: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ].enumerated().flatMap { index, name in
        let iso = "2026-" + (index < 9 ? "0" : "") + "\(index + 1)-05"
        let short = String(name.prefix(3))
        return [(name + " 5 2026", iso)] + (short == name ? [] : [(short + " 5 2026", iso)])
    })
    func everyMonthNameAndAbbreviationIsRead(_ written: String, _ iso: String) {
        #expect(DateReader.isoDate(from: written) == iso)
    }

    @Test(arguments: [
        ("OCTOBER 24 2025", "2025-10-24"),
        ("oct 24 2025", "2025-10-24"),
        ("sEp 5 2025", "2025-09-05"),
        ("2026-03-12 2:30 pm", "2026-03-12T14:30"),
        ("2026-03-12 2:30 Am", "2026-03-12T02:30"),
        ("2026-03-12 2:30 p", "2026-03-12T14:30"),
        ("2026-03-12 12:30 AM", "2026-03-12T00:30"),
        ("2026-03-12 12 PM", "2026-03-12T12:00"),
        ("2026-03-12 00:00", "2026-03-12T00:00"),
        ("2026-03-12 23:59", "2026-03-12T23:59"),
    ])
    func monthNamesAndDayPeriodsIgnoreCase(_ written: String, _ iso: String) {
        #expect(DateReader.isoDate(from: written) == iso)
    }

    /// Shapes notes do not use for dates, or dates that do not exist, are not guessed at:
    /// the note keeps its text.
    @Test(arguments: [
        "10 24 2025", "Oct/24/2025", "2026-03-12 14.30", "October 24 25", "Feb 29 1500",
        "12030-01-01", "99999-01-01", "٢٠٢٦-٠٣-١٢", "２０２６-０３-１２", "Auguſt 5 2025",
        "2026-03-12 0:30 AM",
    ])
    func shapesNotesDoNotUseAreNotGuessed(_ written: String) {
        #expect(DateReader.isoDate(from: written) == nil)
    }

    @Test(arguments: zip([
        NamedInput("no-break space before the time", "2026-03-12\u{A0}14:30"),
        NamedInput("narrow no-break space before PM", "2026-03-12 2:30\u{202F}PM"),
        NamedInput("left-to-right mark before the time", "2026-03-12\u{200E}14:30"),
        NamedInput("zero-width space after the date", "2026-03-12\u{200B}"),
    ], ["2026-03-12T14:30", "2026-03-12T14:30", "2026-03-12T14:30", "2026-03-12"]))
    func invisibleSpacesSeparate(_ input: NamedInput<String>, _ iso: String) {
        #expect(DateReader.isoDate(from: input.value) == iso)
    }

    @Test(arguments: [
        "2026-02-30", "Feb 30 2026", "2026-04-31", "Apr 31, 2026", "2026-02-29", "2/29/2100",
        "Feb 29 1900", "2026-13-01", "13/13/2026", "2026-00-10", "2026-03-00", "2026-03-32",
        "0000-01-01", "144684-01-01",
    ])
    func impossibleDatesAreRejected(_ written: String) {
        #expect(DateReader.isoDate(from: written) == nil)
    }

    @Test(arguments: [
        "2026-03-12 25:00", "2026-03-12 24:00", "2026-03-12 13 PM", "2026-03-12 13:00 PM",
        "2026-03-12 12:60", "2026-03-12 5:60 PM", "2026-03-12 -5:30", "2026-03-12 14:30:61",
        "2026-03-12 +0000", "2026-03-12 14:30 +00",
        "2026-03-12t14:30", "2026-03-12 2:30 p.m.",
    ])
    func impossibleTimesAreRejected(_ written: String) {
        #expect(DateReader.isoDate(from: written) == nil)
    }

    @Test(arguments: [
        "", "   ", "TBD", "Friday", "at", "PT", "the Tuesday after launch 2", "Sept 5 2025",
        "Octo 24 2025", "2026-03-12.", "2026-03-12 x", "2026-03-12 PM",
        "5:00 PM", "20260312", "2026-03-12 1430",
    ])
    func textThatIsNoDateIsRejected(_ written: String) {
        #expect(DateReader.isoDate(from: written) == nil)
    }

    /// ICU took these for numbers (an exponent, not-a-number, infinity, a value wrapped round
    /// 32 bits); a reader would not.
    @Test(arguments: [
        "2e3-03-12", "2026-03-12 1e1:30", "2026-03-12 NaN:30", "2026-03-12 ∞:30",
        "October 4294967297 2025",
    ])
    func nonsenseNumbersAreNotRead(_ written: String) {
        #expect(DateReader.isoDate(from: written) == nil)
    }

    /// The formatter trapped here: its reading stopped inside a Character.
    @Test(arguments: [
        NamedInput("combining acute accent", "2026-03-12\u{301}"),
        NamedInput("emoji variation selector", "2026-03-12\u{FE0F}"),
    ])
    func combiningMarkAfterTheDateIsNoDate(_ input: NamedInput<String>) {
        #expect(DateReader.isoDate(from: input.value) == nil)
    }

    @Test(arguments: [
        ("05/06/2026", true), ("5.6.2026", true), ("12-11-2025", true), ("**05/06/2026**", true),
        ("10/24/2025", false), ("06/06/2026", false), ("2026-05-06", false), ("13/06/2026", false),
        ("5/6", false), ("October 5 2026", false), ("", false),
    ])
    func numericDateIsAmbiguousWhenDayAndMonthCouldSwap(_ written: String, _ ambiguous: Bool) {
        #expect(DateReader.isAmbiguous(written) == ambiguous)
    }

    /// The warning names this date's two readings, not a fixed example of other dates.
    @Test func ambiguousDateWarningNamesBothReadings() {
        let readings = DateReader.readings(of: "05/02/2026")
        #expect(readings?.monthFirst == "2026-05-02")
        #expect(readings?.dayFirst == "2026-02-05")
        let message = Diagnostic.ambiguousDate("05/02/2026", at: nil).message
        #expect(message.contains("2026-05-02") && message.contains("2026-02-05"))
    }
}
