/// A "Key: value" line in any of the forms notes use: `Key: value`, `**Key:** value`,
/// `**Key**: value`, `- Key: value`, or `Key:` alone with the value on the next line; for a
/// known details key, also `Key ........ value`, `Key - Value` and `key = value` (see `ledPair`).
struct KeyValueLine {
    var key: String
    /// Markdown as written; empty when the value is on the next line or missing.
    var value: String

    /// `nil` when the line is not a key-value pair. Keys are short names that start with a
    /// letter; "https://…" and "10:30" are values, not keys.
    init?(_ line: NoteLine) {
        guard let colon = line.plain.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
            guard let (key, value) = Self.ledPair(line.markdown) else { return nil }
            self.key = key
            self.value = value
            return
        }
        // "📅 Date:": an emoji before the key is decoration.
        let key = String(line.plain[..<colon].drop(while: { !$0.isLetter && !$0.isNumber }))
            .trimmed
        // The colon ends the key only when a space or the line end follows: "5:00 PM" and
        // "https://…" are values.
        let afterColon = line.plain[line.plain.index(after: colon)...].first
        guard let first = key.first, first.isLetter, key.count <= 40,
            key.hasAtMostSpaceSeparatedPieces(5),
            afterColon.map(\.isWhitespace) ?? true
        else { return nil }
        self.key = key
        value = Self.value(afterKeyIn: line.markdown)
    }

    /// Details keys that a form may set apart from their value with dot leaders or a dash
    /// instead of a colon ("Candidate ........ Mei Chen", "Role - Analytics Engineer"). Only
    /// these: "Interview - went well" is a sentence, not the interview's type.
    private static let ledKeys: Set<String> = [
        "candidate", "candidate name", "interviewer", "interviewed by", "role", "position",
        "job title", "level", "date", "interview date", "company", "interview type",
    ]

    /// A known key, a leader (dots, an ellipsis, a dash between spaces, or "="), and a value.
    private static func ledPair(_ markdown: String) -> (String, String)? {
        let text = markdown.trimmed
        guard text.utf8.count <= 120, let first = text.first, first.isLetter || first == "*" else { return nil }
        var keyEnd = text.startIndex
        var valueStart: String.Index?
        var dashed = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "." || character == "…" || character == "-" || character == "–" || character == "—"
                || character == "="
            {
                var end = index
                var dots = 0
                var dashes = 0
                var equals = 0
                while end < text.endIndex, ".… -–—=".contains(text[end]) {
                    if text[end] == "." || text[end] == "…" { dots += text[end] == "…" ? 3 : 1 }
                    if "-–—".contains(text[end]) { dashes += 1 }
                    if text[end] == "=" { equals += 1 }
                    end = text.index(after: end)
                }
                let spacedDash = dashes == 1 && dots == 0 && equals == 0 && index > text.startIndex
                    && text[text.index(before: index)] == " " && text[..<end].hasSuffix(" ")
                // "candidate = Ibrahim Nasser": a config-file habit.
                let assigned = equals == 1 && dots == 0 && dashes == 0
                if dots >= 3 && dashes == 0 && equals == 0 || spacedDash || assigned {
                    keyEnd = index
                    valueStart = end
                    dashed = spacedDash
                }
                break
            }
            index = text.index(after: index)
        }
        guard let valueStart else { return nil }
        // "**Candidate** ....": the bold round the key is not part of it.
        var key = text[..<keyEnd].drop(while: { $0 == "*" || $0 == "_" })
        while let last = key.last, " *_".contains(last) { key = key.dropLast() }
        let value = String(text[valueStart...]).trimmed
        // "Role - she owned the migration" is a sentence: a dash sets apart a value that
        // starts as a name or a date does, not in lower case.
        if dashed, value.first?.isLowercase == true { return nil }
        guard !value.isEmpty, ledKeys.contains(LabelText.normalised(String(key))) else { return nil }
        return (String(key), value)
    }

    /// The Markdown after the key's colon, without the bold markers that closed the key.
    private static func value(afterKeyIn markdown: String) -> String {
        guard let colon = markdown.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
            return ""
        }
        var rest = markdown[markdown.index(after: colon)...]
        rest = rest.drop(while: { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" })
        // "**Key:** value" closes the bold after the colon.
        for marker in ["**", "__", "*", "_"] where rest.hasPrefix(marker) {
            rest = rest.dropFirst(marker.count)
            break
        }
        return String(rest).trimmed
    }
}
