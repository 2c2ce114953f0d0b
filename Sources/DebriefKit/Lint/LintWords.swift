/// A text's words as the lint rules compare them: lower case, apostrophes dropped ("didn't"
/// → "didnt", "candidate’s" → "candidates"), split at anything that is not a letter or digit,
/// each with its byte range in the text, so a finding points at the words it is about.
///
/// Words inside quotation marks are marked `quoted`: a phrasing the candidate could say ("I
/// won't be emotional about this design") or a quote of their words is not the interviewer
/// judging them.
struct LintWords {
    struct Word {
        var text: Substring
        /// Folded form used for matching.
        var folded: String
        /// Byte offsets in the text.
        var start: Int
        var end: Int
        var quoted: Bool
        /// The word ends a sentence (followed by `.`, `!`, `?`, `;` or a line end).
        var endsSentence: Bool
        var isNumber: Bool { folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    private(set) var words: [Word] = []

    init(_ text: Substring) {
        let bytes = Array(text.utf8)
        var index = 0
        var quoted = false
        var start: Int?
        var folded: [UInt8] = []
        func finish(at end: Int) {
            guard let begin = start else { return }
            let startIndex = text.utf8.index(text.startIndex, offsetBy: begin)
            let endIndex = text.utf8.index(text.startIndex, offsetBy: end)
            words.append(Word(text: text[startIndex..<endIndex],
                              folded: String(decoding: folded, as: UTF8.self),
                              start: begin, end: end, quoted: quoted, endsSentence: false))
            start = nil
            folded.removeAll(keepingCapacity: true)
        }
        func markSentenceEnd() {
            if !words.isEmpty { words[words.count - 1].endsSentence = true }
        }
        while index < bytes.count {
            let byte = bytes[index]
            // ’ (E2 80 99) and ' inside a word are dropped; “ ” (E2 80 9C/9D) toggle quotes.
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                let third = bytes[index + 2]
                if third == 0x99 || third == 0x98 {
                    if start == nil || third == 0x98 { finish(at: index) }
                    index += 3
                    continue
                }
                if third == 0x9C || third == 0x9D {
                    finish(at: index)
                    quoted = third == 0x9C
                    index += 3
                    continue
                }
            }
            if byte == UInt8(ascii: "'"), start != nil {
                index += 1
                continue
            }
            let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
            if isLetter {
                if start == nil { start = index }
                folded.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                index += 1
                continue
            }
            finish(at: index)
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"),
                UInt8(ascii: "\n"):
                markSentenceEnd()
            default: break
            }
            index += 1
        }
        finish(at: bytes.count)
        markSentenceEnd()
    }

    init(_ text: String) { self.init(Substring(text)) }

    /// The index of the first word of the sentence holding word `index`.
    func sentenceStart(of index: Int) -> Int {
        var start = index
        while start > 0, !words[start - 1].endsSentence { start -= 1 }
        return start
    }
}
