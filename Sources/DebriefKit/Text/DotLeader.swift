/// "Accessibility ............ 2 - No": a key and its value set apart by a run of dots, as
/// forms and scorecards print them. Four dots at least ("…" counts three): "..." alone is
/// an ellipsis in prose.
enum DotLeader {
    private static let shortest = 4

    /// The key and the value, trimmed, when `text` is such a line.
    static func split(_ text: Substring) -> (key: Substring, value: Substring)? {
        // Most lines have no dots in a row: passed by on their bytes.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == 0xE2 }) else { return nil }
        var index = text.startIndex
        while index < text.endIndex {
            guard isDot(text[index]) else {
                index = text.index(after: index)
                continue
            }
            var end = index
            var dots = 0
            while end < text.endIndex, isDot(text[end]) {
                dots += text[end] == "…" ? 3 : 1
                end = text.index(after: end)
            }
            if dots >= shortest {
                let key = text[..<index].trimmedSubstring
                let value = text[end...].trimmedSubstring
                guard key.contains(where: \.isLetter), !value.isEmpty else { return nil }
                return (key, value)
            }
            index = end
        }
        return nil
    }

    private static func isDot(_ character: Character) -> Bool {
        character == "." || character == "…" || character == "·"
    }
}
