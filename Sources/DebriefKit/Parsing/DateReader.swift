import Foundation

/// Reads interview dates in the forms notes use ("October 24, 2025 5:00 PM", "2026-02-11",
/// "24 Oct 2025", "10/24/2025 17:00") into ISO 8601 without a time zone, because notes
/// rarely give one and inventing one would be wrong.
enum DateReader {
    private static let dateFormats = [
        "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "yyyy/MM/dd",
        "MM/dd/yyyy", "M/d/yyyy", "dd.MM.yyyy",
    ]
    private static let timeFormats = ["h:mm a", "h:mma", "ha", "h a", "HH:mm", "H:mm"]

    static func isoDate(from written: String) -> String? {
        let text = cleaned(written)
        guard !text.isEmpty, text.contains(where: \.isNumber) else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.isLenient = false
        let output = DateFormatter()
        output.locale = formatter.locale
        output.timeZone = formatter.timeZone
        for dateFormat in dateFormats {
            for (timeFormat, separator) in [("", "")] + timeFormats.flatMap({
                [($0, " "), ($0, "'T'")]
            }) {
                formatter.dateFormat = dateFormat + separator + timeFormat
                guard let date = formatter.date(from: text) else { continue }
                output.dateFormat = timeFormat.isEmpty ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm"
                return output.string(from: date)
            }
        }
        return nil
    }

    /// A numeric date whose day and month could swap: both parts 12 or less and different
    /// ("05/06/2026"; not "10/24/2025", "06/06/2026" or "2026-05-06").
    static func isAmbiguous(_ written: String) -> Bool {
        let text = MarkupStripper.plainText(written).trimmed
        let parts = text.prefix(while: { $0.isASCIIDigit || $0 == "/" || $0 == "." || $0 == "-" })
            .split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
            let first = Int(parts[0]), let second = Int(parts[1])
        else { return false }
        return (1...12).contains(first) && (1...12).contains(second) && first != second
    }

    /// "Friday, October 24th, 2025 at 5:00 PM PT" → "October 24 2025 5:00 PM".
    private static func cleaned(_ written: String) -> String {
        var words = MarkupStripper.plainText(written)
            .replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: \.isWhitespace)
            .map(String.init)
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                        "sat", "sun"]
        if let first = words.first, weekdays.contains(first.lowercased()) { words.removeFirst() }
        words.removeAll { $0.lowercased() == "at" || $0 == "@" || $0 == "-" || $0 == "–" }
        // A trailing zone ("PT", "UTC", "CET") is dropped: the ISO form carries no zone.
        if let last = words.last, last.count >= 2, last.count <= 4,
            last.allSatisfy({ $0.isUppercase }), last != "AM", last != "PM"
        {
            words.removeLast()
        }
        return words.map { word in
            // Ordinals: "24th" → "24".
            let digits = word.prefix(while: \.isASCIIDigit)
            let suffix = word.dropFirst(digits.count).lowercased()
            return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(suffix)
                ? String(digits) : word
        }.joined(separator: " ")
    }
}
