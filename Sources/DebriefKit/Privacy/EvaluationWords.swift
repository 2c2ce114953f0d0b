/// A piece of note text folded into lower-case words for meaning checks: invisible characters
/// from a paste (zero-width space, soft hyphen) are dropped, fullwidth letters become ASCII,
/// apostrophes join their word ("wouldn't" → "wouldnt", "I'd" → "id"), and every other
/// character separates words (a zero-width space too). Currency signs, `%` and `@` stay as words of their own, because
/// "$185k", "top 10%" and "@recruiter" carry meaning.
struct EvaluationWords {
    private(set) var words: [Substring] = []
    /// The folded text the words point into.
    let folded: String

    init(_ text: String) {
        folded = Self.fold(text)
        var start: String.Index?
        var index = folded.startIndex
        while index < folded.endIndex {
            let character = folded[index]
            let next = folded.index(after: index)
            if character.isWordCharacter {
                if start == nil { start = index }
            } else {
                if let wordStart = start {
                    words.append(folded[wordStart..<index])
                    start = nil
                }
                if character == "$" || character == "€" || character == "£" || character == "%"
                    || character == "@" || character == "?"
                {
                    words.append(folded[index..<next])
                }
            }
            index = next
        }
        if let wordStart = start { words.append(folded[wordStart...]) }
    }

    var count: Int { words.count }
    subscript(_ index: Int) -> Substring { words[index] }

    /// Lower-cased, with what a paste hides taken out; apostrophes removed so a contraction
    /// stays one word.
    static func fold(_ text: String) -> String {
        var needsUnicodeFolding = false
        var needsApostrophes = false
        for byte in text.utf8 {
            if byte >= 0x80 { needsUnicodeFolding = true }
            if byte == UInt8(ascii: "'") { needsApostrophes = true }
        }
        var result = text
        if needsUnicodeFolding {
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x200B:
                    scalars.append(" ")  // a zero-width *space* still parts two words
                case 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                    continue  // invisible inside a word: "Recom\u{AD}mendation"
                case 0x2018, 0x2019, 0x02BC, 0xFF07:
                    scalars.append("'")
                case 0xFF01...0xFF5E:
                    // Fullwidth ASCII ("Ｄｅｃｉｓｉｏｎ") is ASCII shifted by 0xFEE0.
                    scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
                case 0x3000:
                    scalars.append(" ")
                default:
                    scalars.append(scalar)
                }
            }
            result = String(scalars)
            needsApostrophes = needsApostrophes || result.contains("'")
        }
        result = result.lowercased()
        if needsApostrophes {
            result.removeAll { $0 == "'" }
        }
        return result
    }
}
