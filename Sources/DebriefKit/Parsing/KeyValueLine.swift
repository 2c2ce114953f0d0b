/// A "Key: value" line in any of the forms notes use: `Key: value`, `**Key:** value`,
/// `**Key**: value`, `- Key: value`, or `Key:` alone with the value on the next line.
struct KeyValueLine {
    var key: String
    /// Markdown as written; empty when the value is on the next line or missing.
    var value: String

    /// `nil` when the line is not a key-value pair. Keys are short names that start with a
    /// letter; "https://…" and "10:30" are values, not keys.
    init?(_ line: NoteLine) {
        guard let colon = line.plain.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
            return nil
        }
        // "📅 Date:": an emoji before the key is decoration.
        let key = String(line.plain[..<colon].drop(while: { !$0.isLetter && !$0.isNumber }))
            .trimmed
        // The colon ends the key only when a space or the line end follows: "5:00 PM" and
        // "https://…" are values.
        let afterColon = line.plain[line.plain.index(after: colon)...].first
        guard let first = key.first, first.isLetter, key.count <= 40,
            key.split(separator: " ").count <= 5,
            afterColon.map(\.isWhitespace) ?? true
        else { return nil }
        self.key = key
        value = Self.value(afterKeyIn: line.markdown)
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
