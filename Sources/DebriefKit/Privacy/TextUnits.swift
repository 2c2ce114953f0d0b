/// Splits a piece of Markdown into the smallest units privacy can withhold: a list, quote or
/// table line whole; prose into sentences. A prose line that opens with a label ("Rec: ...")
/// starts a unit of its own, so the label stays with its text.
///
/// Units are ranges of the original text, so what is kept is copied out unchanged.
struct TextUnits {
    struct Unit {
        var range: Range<String.Index>
        /// The source line the unit starts on.
        var line: Int
        /// `true` for a whole line (a bullet, a quote, a table row); `false` for a sentence.
        var isWholeLine: Bool
        /// The first unit of a prose paragraph or of a labelled line.
        var startsParagraph: Bool
    }

    let text: String
    private(set) var units: [Unit] = []

    init(_ text: String, firstLine: Int) {
        self.text = text
        var lineNumber = firstLine
        var lineStart = text.startIndex
        var proseStart: String.Index?
        var proseLine = firstLine
        // Whether the prose before is still the same paragraph (a row read on its own is
        // part of it: a private label before it keeps the row and what follows private).
        var paragraphOpen = false
        var proseContinues = false
        while lineStart < text.endIndex {
            let lineEnd = nextEvent(from: lineStart, before: text.endIndex, lineEndsOnly: true)?.index
                ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            let trimmed = line.drop(while: \.isBlank)
            let isBlank = trimmed.isEmpty
            let isStructural = !isBlank && Self.isStructural(trimmed)
            let opensLabel = !isBlank && !isStructural && LabelText.leadingLabel(of: trimmed) != nil
            // "Testing ........ 2 - No": a scorecard's row is a unit of its own, inside its
            // paragraph, so the sentence before it does not run on into it.
            let isRow = !isBlank && !isStructural && !opensLabel && DotLeader.split(trimmed) != nil
            if isBlank || isStructural || opensLabel || isRow, let start = proseStart {
                addSentences(start..<Self.endOfPrevious(lineStart, in: text), line: proseLine,
                             continuesParagraph: proseContinues)
                proseStart = nil
            }
            if isStructural {
                units.append(Unit(range: lineStart..<lineEnd, line: lineNumber, isWholeLine: true,
                                  startsParagraph: true))
                paragraphOpen = false
            } else if isRow {
                units.append(Unit(range: lineStart..<lineEnd, line: lineNumber, isWholeLine: false,
                                  startsParagraph: !paragraphOpen))
                paragraphOpen = true
            } else if isBlank {
                paragraphOpen = false
            } else if proseStart == nil {
                proseStart = lineStart
                proseLine = lineNumber
                proseContinues = paragraphOpen && !opensLabel
                paragraphOpen = true
            }
            lineNumber += 1
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        if let start = proseStart {
            addSentences(start..<text.endIndex, line: proseLine, continuesParagraph: proseContinues)
        }
    }

    private static func endOfPrevious(_ lineStart: String.Index, in text: String) -> String.Index {
        lineStart > text.startIndex ? text.index(before: lineStart) : lineStart
    }

    private static func isStructural(_ line: Substring) -> Bool {
        guard let first = line.first else { return false }
        if first == ">" || first == "|" || first == "#" { return true }
        // An arrow ("→ so she'd need…") goes on the sentence above: a private label there
        // keeps it private.
        guard let marker = PastedBullet.marker(in: String(line.prefix(5))) else { return false }
        return !PastedBullet.arrows.contains(marker)
    }

    /// Sentences end at `.`, `!` or `?` followed by white space and a word that does not
    /// start in lower case; "e.g. this" and "3.5 s" do not end one.
    private mutating func addSentences(_ range: Range<String.Index>, line: Int, continuesParagraph: Bool) {
        var start = range.lowerBound
        var startLine = line
        var currentLine = line
        var first = !continuesParagraph
        var from = range.lowerBound
        while let (index, character) = nextEvent(from: from, before: range.upperBound) {
            if character == "\n" { currentLine += 1 }
            // A private emoji inside a sentence ("rolled back first 🔒 between us, …", a quote
            // joined to the bullet above it) starts a unit: what it marks is withheld, and
            // the words before it are not.
            if index > start, !character.isASCII, let scalar = character.unicodeScalars.first,
                LabelCues.emojiKind(scalar) == .privateNotes
            {
                units.append(Unit(range: start..<index, line: startLine, isWholeLine: false,
                                  startsParagraph: first))
                first = false
                start = index
                startLine = currentLine
            }
            let next = text.index(after: index)
            if character == "." || character == "!" || character == "?", next < range.upperBound,
                text[next].isBlank,
                !Self.isAbbreviation(before: index, in: text, from: start)
            {
                var following = next
                while following < range.upperBound, text[following].isBlank {
                    following = text.index(after: following)
                }
                if following < range.upperBound, !text[following].isLowercase {
                    units.append(Unit(range: start..<next, line: startLine, isWholeLine: false,
                                      startsParagraph: first))
                    first = false
                    let skipped = text[next..<following].filter { $0 == "\n" }.count
                    currentLine += skipped
                    start = following
                    startLine = currentLine
                    from = following
                    continue
                }
            }
            from = next
        }
        if start < range.upperBound {
            units.append(Unit(range: start..<range.upperBound, line: startLine, isWholeLine: false,
                              startsParagraph: first))
        }
    }

    /// The next Character from `start` that the walk acts on: a line end, a sentence end
    /// (`.`, `!`, `?`) or one that may be a private emoji (all at U+2100 or beyond, whose
    /// UTF-8 opens with 0xE2 or more). The Characters between are passed by on their bytes;
    /// a byte that does not open a Character of its own (the line feed of "\r\n", a scalar
    /// a cluster before it takes in) is passed by too, as the Character walk would.
    private func nextEvent(from start: String.Index, before end: String.Index, lineEndsOnly: Bool = false)
        -> (index: String.Index, character: Character)?
    {
        let utf8 = text.utf8
        var offset = utf8.distance(from: utf8.startIndex, to: start)
        let endOffset = utf8.distance(from: utf8.startIndex, to: end)
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> (String.Index, Character)? {
            while offset < endOffset {
                defer { offset += 1 }
                let byte = bytes[offset]
                let acts = byte == 10 || !lineEndsOnly
                    && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                        || byte >= 0xE2)
                guard acts, let index = String.Index(utf8.index(utf8.startIndex, offsetBy: offset), within: text)
                else { continue }
                return (index, text[index])
            }
            return nil
        }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }

    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "vs", "etc", "dr", "mr", "ms", "mrs", "approx", "ca", "cf", "no", "fig",
    ]

    private static func isAbbreviation(before dot: String.Index, in text: String,
                                       from start: String.Index) -> Bool {
        guard text[dot] == "." else { return false }
        var wordStart = dot
        while wordStart > start {
            let previous = text.index(before: wordStart)
            guard !text[previous].isBlank else { break }
            wordStart = previous
        }
        let word = text[wordStart..<dot].lowercased().drop(while: { $0 == "(" })
        return abbreviations.contains(String(word)) || (word.count == 1 && word.first!.isLetter)
    }

    /// The text with `removed` units taken out, and lines left empty by it dropped.
    func keeping(_ removed: Set<Int>) -> String {
        guard !removed.isEmpty else { return text }
        var result = ""
        var cursor = text.startIndex
        for (index, unit) in units.enumerated() {
            guard removed.contains(index) else { continue }
            result += text[cursor..<unit.range.lowerBound]
            cursor = unit.range.upperBound
        }
        result += text[cursor...]
        return result.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> Substring in
                var trimmedEnd = line
                while trimmedEnd.last == " " { trimmedEnd = trimmedEnd.dropLast() }
                return trimmedEnd
            }
            .filter { !$0.allSatisfy(\.isBlank) }
            .joined(separator: "\n")
            .replacingBytes(of: "  ", with: " ")
            .trimmed
    }

    subscript(_ index: Int) -> Substring { text[units[index].range] }
}
