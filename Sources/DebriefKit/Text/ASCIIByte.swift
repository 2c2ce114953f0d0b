/// What an ASCII byte is, for the byte-level paths of the parser, the privacy screen and lint.
extension UInt8 {
    var isASCIILetter: Bool { (65...90).contains(self) || (97...122).contains(self) }
    var isASCIIDigit: Bool { (48...57).contains(self) }
    /// A letter or digit: the bytes of a word.
    var isASCIILetterOrDigit: Bool { isASCIILetter || isASCIIDigit }
}
