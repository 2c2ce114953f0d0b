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

    /// "2.⇥", "2.1⇥", "3.2.1⇥": Word's multilevel numbering, as its parts ([2], [2, 1]).
    static func numbering(_ key: Substring) -> [Int]? {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        let numbers = (parts.last == "" ? parts.dropLast() : parts[...]).map { Int($0) }
        guard !numbers.isEmpty, numbers.count <= 4,
            key.allSatisfy({ $0.isASCIIDigit || $0 == "." }), numbers.allSatisfy({ $0 != nil && $0! < 100 })
        else { return nil }
        return numbers.compactMap { $0 }
    }

    /// A numbered line's Markdown: a first-level number is a heading when numbers under it
    /// follow ("2.⇥Strengths", then "2.1⇥…") or its text names a section; every other one
    /// is a list item, nested by its level under the nearest heading.
    private static func numbered(_ numbers: [Int], _ value: Substring, headings: Set<Int>,
                                 hasBody: Bool) -> String {
        if numbers.count == 1 {
            if headings.contains(numbers[0]) || LabelClassifier.classifyLine(String(value)) != nil {
                return "## " + value
            }
            return "\(numbers[0]). " + value
        }
        // "2.1" is under the heading "2." (a number with numbers under it is one, see above).
        let depth = numbers.count - 2
        // An item with its text indented below ("2.1⇥Data modelling", "⇥Proposed a…") is a
        // title: bold, so that the text joined to it still reads as title and text.
        let title = hasBody && !value.contains("*") ? "**\(value)**" : String(value)
        return String(repeating: "  ", count: depth) + "- " + title
    }

    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        let signOff = LetterFrame.signOffStart(lines) ?? lines.count
        let numberings = lines.map { line in
            Self.field(line.leftTrimmed).flatMap { key, value in Self.numbering(key).map { ($0, value) } }
        }
        let headings = Set(numberings.compactMap { $0?.0 }.filter { $0.count > 1 }.map { $0[0] })
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let text = line.leftTrimmed
            if index >= signOff {
                output.emit("", from: number)
            } else if let (numbers, value) = numberings[index] {
                // A heading or a first item needs a blank line above it to stand apart.
                if numbers.count == 1 || output.lastIsText { output.emit("", from: number) }
                let next = index + 1 < lines.count ? lines[index + 1] : ""
                let hasBody = next.first == "\t" && numberings[index + 1] == nil
                    && Self.bulletDepth(next.leftTrimmed) == nil && Self.field(next.leftTrimmed) == nil
                output.emit(Self.numbered(numbers, value, headings: headings, hasBody: hasBody), from: number)
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
