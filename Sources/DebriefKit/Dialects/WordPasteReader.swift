/// Microsoft Word pastes: `Key:⇥value` fields, `•⇥` and `o⇥` bullets (the second level), a
/// sign-off. Fields become `Key: value` lines and bullets become Markdown list items.
struct WordPasteReader: DialectReader {
    var dialect: Dialect { .word }

    func confidence(_ lines: [Substring]) -> Int {
        var score = 0
        for line in lines where line.contains("\t") {
            let text = line.leftTrimmed
            if Self.bulletDepth(text) != nil { score += 1 } else if Self.field(text) != nil { score += 1 }
        }
        return score
    }

    /// `•⇥` → 0, `o⇥` → 1, `▪⇥` / `§⇥` → 2.
    static func bulletDepth(_ text: Substring) -> Int? {
        guard let first = text.first, text.dropFirst().first == "\t" else { return nil }
        switch first {
        case "•", "·", "-", "*": return 0
        case "o", "◦": return 1
        case "▪", "§", "■": return 2
        default: return nil
        }
    }

    /// `Candidate:⇥Ana`, `Coding⇥3/4`.
    static func field(_ text: Substring) -> (Substring, Substring)? {
        guard let tab = text.firstIndex(of: "\t") else { return nil }
        var key = text[..<tab].trimmedSubstring
        let value = text[text.index(after: tab)...].trimmedSubstring
        if key.hasSuffix(":") { key = key.dropLast() }
        guard !key.isEmpty, !value.isEmpty, key.count <= 40, !key.contains("\t") else { return nil }
        return (key, value)
    }

    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        let signOff = LetterFrame.signOffStart(lines) ?? lines.count
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let text = line.leftTrimmed
            if index >= signOff {
                output.emit("", from: number)
            } else if let depth = Self.bulletDepth(text) {
                let rest = text.dropFirst(2).leftTrimmed
                output.emit(String(repeating: "  ", count: depth) + "- " + rest, from: number)
            } else if let (key, value) = Self.field(text) {
                output.emit("\(key): \(value.replacingOccurrences(of: "\t", with: " "))", from: number)
            } else {
                output.emit(line.replacingOccurrences(of: "\t", with: " "), from: number)
            }
        }
    }
}
