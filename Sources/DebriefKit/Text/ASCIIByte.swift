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
