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
        var pieces = PieceCount(limit: limit)
        var previous: UInt8 = 0
        for byte in utf8 {
            if (previous == 32 && byte >= 0x80) || (byte == 32 && previous >= 0x80) {
                return hasAtMostSpaceSeparatedPiecesByCharacters(limit)
            }
            previous = byte
            guard pieces.add(isSpace: byte == 32) else { return false }
        }
        return true
    }

    /// `hasAtMostSpaceSeparatedPieces` Character by Character, stopping past the limit: what
    /// `split(separator: " ").count <= limit` says, without splitting a long text whole.
    private func hasAtMostSpaceSeparatedPiecesByCharacters(_ limit: Int) -> Bool {
        var pieces = PieceCount(limit: limit)
        for character in self {
            guard pieces.add(isSpace: character == " ") else { return false }
        }
        return true
    }

    /// Whether the text has more than `limit` Characters (`!dropFirst(limit).isEmpty`), told
    /// from the bytes where they settle it. An ASCII byte between two ASCII bytes (or an end)
    /// is a Character of its own unless it is a CR before a LF: nothing beyond ASCII joins it
    /// from either side. More such bytes than `limit` settle it; too few are counted again
    /// by Character, only as far as the limit.
    func hasMoreCharacters(than limit: Int) -> Bool {
        guard utf8.count > limit else { return false }
        let settled = utf8.withContiguousStorageIfAvailable { bytes in
            var certain = 0
            for index in bytes.indices where bytes[index] < 0x80 {
                let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
                if next < 0x80, index == 0 || bytes[index - 1] < 0x80, !(bytes[index] == 13 && next == 10) {
                    certain += 1
                    if certain > limit { return true }
                }
            }
            return false
        }
        return settled == true || !dropFirst(limit).isEmpty
    }
}

/// Counts the runs between spaces, one unit (byte or Character) at a time.
private struct PieceCount {
    let limit: Int
    private var pieces = 0
    private var inPiece = false

    init(limit: Int) { self.limit = limit }

    /// Takes the next unit; `false` once the pieces are more than `limit`.
    mutating func add(isSpace: Bool) -> Bool {
        if isSpace {
            inPiece = false
        } else if !inPiece {
            inPiece = true
            pieces += 1
        }
        return pieces <= limit
    }
}
