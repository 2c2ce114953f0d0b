/// What an ASCII byte is, for the byte-level paths of the parser, the privacy screen and lint.
extension UInt8 {
    var isASCIILetter: Bool { (65...90).contains(self) || (97...122).contains(self) }
    var isASCIIDigit: Bool { (48...57).contains(self) }
    /// A letter or digit: the bytes of a word.
    var isASCIILetterOrDigit: Bool { isASCIILetter || isASCIIDigit }
}

extension StringProtocol {
    /// How many runs between spaces, tabs and line feeds hold an ASCII letter or digit. Each
    /// is at least one word to any of the word splitters, so this bounds their counts from
    /// below without splitting anything: texts too long for a rule are passed on their bytes.
    var asciiWordRunCount: Int {
        var runs = 0
        var runHasWord = false
        for byte in utf8 {
            if byte == 32 || byte == 9 || byte == 10 {
                if runHasWord { runs += 1 }
                runHasWord = false
            } else if byte.isASCIILetterOrDigit {
                runHasWord = true
            }
        }
        return runHasWord ? runs + 1 : runs
    }
}

extension StringProtocol {
    /// Whether `split(separator: " ")` gives at most `limit` pieces, told from the bytes and
    /// without making a piece: rules ask this of nearly every line. A space next to a byte
    /// beyond ASCII may be part of another Character (a combining mark after it, a prepended
    /// mark before it), which is not a separator, so such text is split as before.
    func hasAtMostSpaceSeparatedPieces(_ limit: Int) -> Bool {
        var pieces = 0
        var inPiece = false
        var previousWasSpace = false
        var previous: UInt8 = 0
        for byte in utf8 {
            if (previousWasSpace && byte >= 0x80) || (byte == 32 && previous >= 0x80) {
                return split(separator: " ").count <= limit
            }
            previous = byte
            previousWasSpace = byte == 32
            if previousWasSpace {
                inPiece = false
            } else if !inPiece {
                inPiece = true
                pieces += 1
                if pieces > limit { return false }
            }
        }
        return true
    }
}
