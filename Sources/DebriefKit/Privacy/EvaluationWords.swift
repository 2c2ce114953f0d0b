/// A piece of note text folded into lower-case words for meaning checks: invisible characters
/// from a paste (zero-width space, soft hyphen) are dropped, fullwidth letters become ASCII,
/// apostrophes join their word ("wouldn't" → "wouldnt", "I'd" → "id"), and every other
/// character separates words (a zero-width space too). Currency signs, `%` and `@` stay as words of their own, because
/// "$185k", "top 10%" and "@recruiter" carry meaning.
struct EvaluationWords {
    /// The folded text the words are taken from.
    let folded: String
    /// Each word's bytes in `folded`, as offsets: the privacy gate reads every word of every
    /// note, and a `Substring` per word costs a reference count each time it is touched.
    private(set) var spans: [Range<Int>] = []

    init(_ text: String) {
        folded = Self.fold(text)
        // Bytes, and scalars only beyond ASCII, not Characters: this runs on every unit of
        // every note, and grapheme breaking costs more than the words are worth.
        let utf8 = folded.utf8
        let scalars = folded.unicodeScalars
        var start: Int?
        var offset = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next: String.Index
            let isWord: Bool
            let standsAlone: Bool
            if byte < 0x80 {
                next = utf8.index(after: index)
                isWord = byte.isASCIILetterOrDigit
                standsAlone = byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")
                    || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "?")
            } else {
                let scalar = scalars[index]
                next = scalars.index(after: index)
                isWord = Self.isWordScalar(scalar)
                standsAlone = scalar == "€" || scalar == "£" || scalar == Self.unitSeparator
            }
            let nextOffset = offset + utf8.distance(from: index, to: next)
            if isWord {
                if start == nil { start = offset }
            } else {
                if let wordStart = start {
                    spans.append(wordStart..<offset)
                    start = nil
                }
                if standsAlone { spans.append(offset..<nextOffset) }
            }
            index = next
            offset = nextOffset
        }
        if let wordStart = start { spans.append(wordStart..<offset) }
    }

    /// The words as slices of `folded`, for callers that read a few.
    var words: [Substring] { spans.indices.map { self[$0] } }

    private static func needsFolding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD, 0x2018, 0x2019, 0x02BC, 0xFF01...0xFF5E,
            0x3000:
            true
        default:
            foldedEmoji[scalar.value] != nil
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90)
                || (value >= 48 && value <= 57)
        }
        // General punctuation (dashes, curly quotes, the unit separator) is common in notes
        // and never a letter or digit: no property tables for it.
        if (0x2000...0x206F).contains(value) { return false }
        // Combining marks stay inside their word ("é" written as e + U+0301).
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Joins several units into one text to read at once; patterns that end a unit
    /// (`<end>`) match before it, and nothing else does.
    static let unitSeparator: Unicode.Scalar = "\u{2029}"

    var count: Int { spans.count }

    subscript(_ index: Int) -> Substring {
        let utf8 = folded.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: spans[index].lowerBound)
        return folded[start..<utf8.index(start, offsetBy: spans[index].count)]
    }

    /// Emoji read as words of their own. A thumb can be a vote ("overall 👍 from me") or a
    /// strength's bullet, so it is a word that only the patterns giving it the vote's sense
    /// (`EvaluationCues`) use.
    static let foldedEmoji: [UInt32: String] = [0x1F44D: "emojithumbsup", 0x1F44E: "emojithumbsdown"]

    /// A folded word as the interviewer wrote it, for messages.
    static func shown(_ word: Substring) -> String {
        foldedEmoji.first { $0.value == word }.flatMap { Unicode.Scalar($0.key).map(String.init) }
            ?? String(word)
    }

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
        // Most text beyond ASCII is curly quotes and dashes, which need no folding.
        if needsUnicodeFolding, !text.unicodeScalars.contains(where: Self.needsFolding) {
            needsUnicodeFolding = false
        }
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
                    if let word = foldedEmoji[scalar.value] {
                        scalars.append(contentsOf: " \(word) ".unicodeScalars)
                    } else {
                        scalars.append(scalar)
                    }
                }
            }
            result = String(scalars)
            needsApostrophes = needsApostrophes || result.contains("'")
        }
        // Most text has no letter beyond ASCII that lower-casing changes (curly quotes,
        // dashes and emoji have no case): then the bytes are lower-cased and the apostrophes
        // dropped in one pass.
        let hasCasedNonASCII = result.utf8.contains(where: { $0 >= 0x80 })
            && result.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.changesWhenLowercased })
        if !hasCasedNonASCII {
            let bytes = result.utf8
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                for byte in bytes where !(needsApostrophes && byte == UInt8(ascii: "'")) {
                    buffer[count] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    count += 1
                }
                return count
            }
        }
        result = result.lowercased()
        if needsApostrophes {
            result.removeAll { $0 == "'" }
        }
        return result
    }
}
