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
    let spans: [Range<Int>]

    init(_ text: String) {
        // `withUTF8` lends a short, inline string's bytes too, without a copy.
        var folded = Self.fold(text)
        spans = folded.withUTF8(Self.wordSpans)
        self.folded = folded
    }

    /// Where each word of `bytes` is. Bytes, and a scalar decoded only beyond ASCII, not
    /// Characters: this runs on every unit of every note, and grapheme breaking costs more
    /// than the words are worth. (A function of its own, not a closure: a closure appending
    /// to the caller's array checks exclusive access at every word.)
    private static func wordSpans(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        spans.reserveCapacity(bytes.count / 4)
        var start: Int?
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            let length: Int
            let isWord: Bool
            let standsAlone: Bool
            if byte < 0x80 {
                length = 1
                isWord = byte.isASCIILetterOrDigit
                standsAlone = byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")
                    || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "?")
            } else {
                let (scalar, scalarLength) = UTF8Scalar.decode(bytes, at: offset)
                length = scalarLength
                isWord = isWordScalar(scalar)
                standsAlone = scalar == "€" || scalar == "£" || scalar == unitSeparator
            }
            if isWord {
                if start == nil { start = offset }
            } else {
                if let wordStart = start {
                    spans.append(wordStart..<offset)
                    start = nil
                }
                if standsAlone { spans.append(offset..<offset + length) }
            }
            offset += length
        }
        if let wordStart = start { spans.append(wordStart..<offset) }
        return spans
    }

    /// The words as slices of `folded`, for callers that read a few.
    var words: [Substring] { spans.indices.map { self[$0] } }

    /// For a scalar beyond ASCII (ASCII bytes are read as bytes).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
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
        var text = text
        return text.withUTF8 { source in
            // An emoji's word is the longest a scalar becomes (a lower-case mapping is at most
            // three scalars): room for it at every scalar beyond ASCII.
            let beyondASCII = source.reduce(0) { $0 + ($1 >= 0xC0 ? 1 : 0) }
            return String(unsafeUninitializedCapacity: source.count + beyondASCII * longestFolding) {
                fold(source, into: $0)
            }
        }
    }

    private static let longestFolding = max(12, foldedEmoji.values.map { $0.utf8.count + 2 }.max() ?? 0)

    /// Writes the folded `source` into `output`, which has room for it; returns its length.
    private static func fold(_ source: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>)
        -> Int
    {
        var count = 0
        func write(_ byte: UInt8) {
            output[count] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            count += 1
        }
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte < 0x80 {
                if byte != UInt8(ascii: "'") { write(byte) }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(source, at: index)
            switch scalar.value {
            case 0x200B, 0x3000:
                write(32)  // a zero-width or ideographic *space* still parts two words
            case 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                break  // invisible inside a word: "Recom\u{AD}mendation"
            case 0x2018, 0x2019, 0x02BC, 0xFF07:
                break  // an apostrophe: the contraction stays one word
            case 0xFF01...0xFF5E:
                // Fullwidth ASCII ("Ｄｅｃｉｓｉｏｎ") is ASCII shifted by 0xFEE0.
                write(UInt8(scalar.value - 0xFEE0))
            case 0x2000...0x206F:
                // Dashes and curly quotes, common in notes, have no case.
                for offset in 0..<length { write(source[index + offset]) }
            default:
                if let word = foldedEmoji[scalar.value] {
                    for byte in " \(word) ".utf8 { write(byte) }
                } else if scalar.properties.changesWhenLowercased {
                    for byte in scalar.properties.lowercaseMapping.utf8 { write(byte) }
                } else {
                    for offset in 0..<length { write(source[index + offset]) }
                }
            }
            index += length
        }
        return count
    }
}
