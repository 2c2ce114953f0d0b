/// Reads interview dates in the forms notes use ("October 24, 2025 5:00 PM", "2026-02-11",
/// "24 Oct 2025", "10/24/2025 17:00") into ISO 8601 without a time zone, because notes
/// rarely give one and inventing one would be wrong.
///
/// ```swift
/// DateReader.isoDate(from: "Friday, October 24th, 2025 at 5:00 PM PT")  // "2025-10-24T17:00"
/// DateReader.isoDate(from: "2026-02-30")                                 // nil
/// ```
///
/// A small tokenizer over UTF-8 bytes and a handful of shapes, with no formatter objects:
/// this runs for every note, and building ICU formatters for it took a quarter of the tool's
/// time. A date in any other shape (a two-digit year, a date that does not exist) is not
/// guessed at: the note keeps the text as written.
enum DateReader {
    static func isoDate(from written: String) -> String? {
        guard var tokens = DateTokens(MarkupStripper.plainText(written)) else { return nil }
        tokens.dropDecoration()
        return tokens.reading()
    }

    /// A numeric date whose day and month could swap: both parts 12 or less and different
    /// ("05/06/2026"; not "10/24/2025", "06/06/2026" or "2026-05-06").
    static func isAmbiguous(_ written: String) -> Bool {
        readings(of: written) != nil
    }

    /// The two days an ambiguous date could be, month first and day first, as ISO dates
    /// ("05/06/2026" → "2026-05-06" and "2026-06-05"); nil when it reads only one way.
    static func readings(of written: String) -> (monthFirst: String, dayFirst: String)? {
        let text = MarkupStripper.plainText(written).trimmed
        let parts = text.prefix(while: { $0.isASCIIDigit || $0 == "/" || $0 == "." || $0 == "-" })
            .split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
            let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]),
            (1...12).contains(first), (1...12).contains(second), first != second,
            let monthFirst = DateTokens.CalendarDate(year: year, month: first, day: second).isoDay,
            let dayFirst = DateTokens.CalendarDate(year: year, month: second, day: first).isoDay
        else { return nil }
        return (monthFirst, dayFirst)
    }
}

/// A date written out, as tokens: numbers (with how many digits they had), words (ASCII
/// letters, lower-cased, with whether they were all capitals) and the separators that matter
/// between numbers. Spaces, commas and standalone dashes only part tokens.
struct DateTokens {
    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String, allCapitals: Bool)
        case separator(UInt8)
    }

    private(set) var tokens: [Token] = []

    /// Nil for text with a character no date form has (beyond ASCII, only spaces and dashes).
    init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.first {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digits = bytes.prefix(while: { $0 >= 48 && $0 <= 57 })
                // Nine digits at most: more is no part of a date, and cannot overflow.
                guard digits.count <= 9 else { return nil }
                tokens.append(.number(digits.reduce(0) { $0 * 10 + Int($1 - 48) }, digits: digits.count))
                bytes = bytes.dropFirst(digits.count)
                // "24th": an ordinal's letters go with its number.
                let suffix = String(decoding: bytes.prefix(2), as: UTF8.self).lowercased()
                if ["st", "nd", "rd", "th"].contains(suffix),
                    bytes.dropFirst(2).first.map({ !$0.isASCIILetter }) ?? true
                {
                    bytes = bytes.dropFirst(2)
                }
            case _ where byte.isASCIILetter:
                let letters = bytes.prefix(while: \.isASCIILetter)
                let word = String(decoding: letters, as: UTF8.self)
                tokens.append(.word(word.lowercased(), allCapitals: word.allSatisfy(\.isUppercase)))
                bytes = bytes.dropFirst(letters.count)
            case UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ":"):
                tokens.append(.separator(byte))
                bytes = bytes.dropFirst()
            case _ where (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"))
                && Self.isNumericZone(bytes, after: tokens):
                // A numeric time zone closing an email's Date header ("+0000", "-0500"):
                // dropped, as named zones are.
                bytes = bytes.dropFirst(5)
            case UInt8(ascii: "-"):
                // Between numbers a separator ("2026-03-12"); otherwise a dash ("Oct 24 - 5pm").
                if case .number = tokens.last, bytes.dropFirst().first.map({ $0 >= 48 && $0 <= 57 }) == true {
                    tokens.append(.separator(byte))
                }
                bytes = bytes.dropFirst()
            case UInt8(ascii: " "), UInt8(ascii: ","), 9, 10, 13, UInt8(ascii: "@"):
                bytes = bytes.dropFirst()
            default:
                guard let length = Self.spaceOrDashLength(bytes) else { return nil }
                bytes = bytes.dropFirst(length)
            }
        }
        guard tokens.contains(where: { if case .number = $0 { true } else { false } }) else { return nil }
    }

    /// "+0000" or "-0500" ending the text after a time ("16:22:05 +0000").
    private static func isNumericZone(_ bytes: ArraySlice<UInt8>, after tokens: [Token]) -> Bool {
        bytes.count == 5 && bytes.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
            && tokens.contains(.separator(UInt8(ascii: ":")))
    }

    /// A leading weekday ("Friday,"), "at" before the time and a trailing time zone ("PT",
    /// "UTC"): what notes write around a date that the ISO form has no place for.
    mutating func dropDecoration() {
        if case .word(let word, _) = tokens.first, Self.weekdays.contains(word) { tokens.removeFirst() }
        tokens.removeAll { $0 == .word("at", allCapitals: false) || $0 == .word("at", allCapitals: true) }
        if case .word(let word, let allCapitals) = tokens.last, allCapitals, (2...4).contains(word.count),
            word != "am", word != "pm"
        {
            tokens.removeLast()
        }
    }

    /// The ISO date (and time) the tokens spell, or nil.
    func reading() -> String? {
        for dateShape in Self.dateShapes {
            guard let (date, rest) = dateShape(tokens[...]), let day = date.isoDay else { continue }
            if rest.isEmpty { return day }
            // "2026-03-12T14:30": the "T" is a word token of its own.
            var time = rest
            if time.first == .word("t", allCapitals: true) { time = time.dropFirst() }
            guard let (hour, minute) = Self.time(time) else { return nil }
            return day + "T" + Self.twoDigits(hour) + ":" + Self.twoDigits(minute)
        }
        return nil
    }

    // MARK: - Dates

    struct CalendarDate {
        var year: Int
        var month: Int
        var day: Int

        /// "2026-03-12", when the date exists (Gregorian calendar, years 1000 to 9999).
        var isoDay: String? {
            guard (1000...9999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard day <= lengths[month - 1] else { return nil }
            return "\(year)-\(DateTokens.twoDigits(month))-\(DateTokens.twoDigits(day))"
        }
    }

    private typealias Tokens = ArraySlice<Token>
    private typealias DateShape = @Sendable (Tokens) -> (CalendarDate, Tokens)?

    /// The shapes dates are written in, each reading the start of the tokens.
    private static let dateShapes: [DateShape] = [
        // 2026-03-12, 2026/03/12, 2026.03.12
        { tokens in
            guard let (year, month, day, rest) = numbers(
                tokens, separators: [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")]),
                year.digits == 4, month.digits <= 2, day.digits <= 2
            else { return nil }
            return (CalendarDate(year: year.value, month: month.value, day: day.value), rest)
        },
        // 10/24/2025, 3/4/2026 (months first, as US notes write them)
        { tokens in
            guard let (month, day, year, rest) = numbers(tokens, separators: [UInt8(ascii: "/")]),
                year.digits == 4, month.digits <= 2, day.digits <= 2
            else { return nil }
            return (CalendarDate(year: year.value, month: month.value, day: day.value), rest)
        },
        // 24/10/2025: day first, read only when the first number cannot be a month (the
        // month-first shape above takes every date that can).
        { tokens in
            guard let (day, month, year, rest) = numbers(tokens, separators: [UInt8(ascii: "/")]),
                year.digits == 4, month.digits <= 2, day.digits <= 2, day.value > 12
            else { return nil }
            return (CalendarDate(year: year.value, month: month.value, day: day.value), rest)
        },
        // 24.10.2025
        { tokens in
            guard let (day, month, year, rest) = numbers(tokens, separators: [UInt8(ascii: ".")]),
                year.digits == 4, month.digits <= 2, day.digits <= 2
            else { return nil }
            return (CalendarDate(year: year.value, month: month.value, day: day.value), rest)
        },
        // October 24 2025, Oct. 24, 2025
        { tokens in
            guard let (month, afterMonth) = monthName(tokens),
                case .number(let day, let dayDigits)? = afterMonth.first, dayDigits <= 2,
                case .number(let year, 4)? = afterMonth.dropFirst().first
            else { return nil }
            return (CalendarDate(year: year, month: month, day: day), afterMonth.dropFirst(2))
        },
        // 24 October 2025, 14 Jan 2026
        { tokens in
            guard case .number(let day, let dayDigits)? = tokens.first, dayDigits <= 2,
                let (month, afterMonth) = monthName(tokens.dropFirst()),
                case .number(let year, 4)? = afterMonth.first
            else { return nil }
            return (CalendarDate(year: year, month: month, day: day), afterMonth.dropFirst())
        },
    ]

    private typealias Number = (value: Int, digits: Int)

    /// Three numbers parted by the same separator, one of `separators`.
    private static func numbers(_ tokens: Tokens, separators: [UInt8])
        -> (Number, Number, Number, Tokens)?
    {
        let parts = Array(tokens.prefix(5))
        guard parts.count == 5, case .number(let a, let aDigits) = parts[0],
            case .separator(let first) = parts[1], separators.contains(first),
            case .number(let b, let bDigits) = parts[2], parts[3] == .separator(first),
            case .number(let c, let cDigits) = parts[4]
        else { return nil }
        return ((a, aDigits), (b, bDigits), (c, cDigits), tokens.dropFirst(5))
    }

    /// A month's English name or three-letter abbreviation, with an optional full stop.
    private static func monthName(_ tokens: Tokens) -> (Int, Tokens)? {
        guard case .word(let word, _)? = tokens.first,
            let index = months.firstIndex(where: { $0 == word || $0.prefix(3) == word })
        else { return nil }
        var rest = tokens.dropFirst()
        if rest.first == .separator(UInt8(ascii: ".")), word.count == 3 { rest = rest.dropFirst() }
        return (index + 1, rest)
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    private static let weekdays: Set = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    // MARK: - Times

    /// "5:00 PM", "5:00pm", "5pm", "5 pm", "17:00", "9:30": the whole of what is left.
    private static func time(_ tokens: Tokens) -> (Int, Int)? {
        guard case .number(let hour, let hourDigits)? = tokens.first, hourDigits <= 2 else { return nil }
        var rest = tokens.dropFirst()
        var minute = 0
        var hasMinutes = false
        if rest.first == .separator(UInt8(ascii: ":")) {
            guard case .number(let value, 2)? = rest.dropFirst().first else { return nil }
            minute = value
            hasMinutes = true
            rest = rest.dropFirst(2)
            // Seconds ("16:22:05", an email's Date header) are read and left out.
            if rest.first == .separator(UInt8(ascii: ":")),
                case .number(let seconds, 2)? = rest.dropFirst().first, seconds < 60
            {
                rest = rest.dropFirst(2)
            }
        }
        guard minute < 60 else { return nil }
        guard rest.count <= 1 else { return nil }
        guard case .word(let period, _)? = rest.first else {
            // A 24-hour time needs its minutes: "17" alone is no time.
            return hasMinutes && hour < 24 ? (hour, minute) : nil
        }
        guard (1...12).contains(hour) else { return nil }
        switch period {
        case "am", "a": return (hour % 12, minute)
        case "pm", "p": return (hour % 12 + 12, minute)
        default: return nil
        }
    }

    // MARK: - Bytes

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The length of a no-break, thin or other Unicode space, or an en or em dash, at the
    /// start of `bytes`: parted like spaces. Nil for any other character beyond ASCII.
    private static func spaceOrDashLength(_ bytes: ArraySlice<UInt8>) -> Int? {
        let start = Array(bytes.prefix(3))
        if start.starts(with: [0xC2, 0xA0]) { return 2 }  // U+00A0
        guard start.count == 3 else { return nil }
        switch (start[0], start[1], start[2]) {
        case (0xE2, 0x80, 0x80...0x8B), (0xE2, 0x80, 0x93...0x94), (0xE2, 0x80, 0xAF),
            (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80), (0xE2, 0x80, 0x8E...0x8F):
            return 3  // U+2000–200B spaces, – —, U+202F, U+205F, U+3000, bidi marks
        default:
            return nil
        }
    }
}
