/// A text's words as the lint rules compare them: lower case, apostrophes dropped ("didn't"
/// → "didnt", "candidate’s" → "candidates"), split at anything that is not a letter or digit,
/// each with its byte range in the text, so a finding points at the words it is about.
///
/// Words inside quotation marks are marked `quoted`: a phrasing the candidate could say ("I
/// won't be emotional about this design") or a quote of their words is not the interviewer
/// judging them.
struct LintWords {
    struct Word {
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

    /// The text the words were read from.
    let source: Substring
    private(set) var words: [Word] = []

    /// The word as written.
    func text(of word: Word) -> Substring {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: word.start)
        return source[start..<utf8.index(start, offsetBy: word.end - word.start)]
    }

    init(_ text: Substring) {
        source = text
        // On the contiguous bytes, each word's folded form made once when it ends: every
        // rule reads every word of every text this way.
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
            var words: [Word] = []
            words.reserveCapacity(bytes.count / 5)
            var index = 0
            var quoted = false
            var start: Int?
            // Bytes of the word so far that are left out of its folded form (apostrophes).
            var skipped: [Range<Int>] = []
            func finish(at end: Int) {
                guard let begin = start else { return }
                let folded = String(unsafeUninitializedCapacity: end - begin) { output in
                    var count = 0
                    var offset = begin
                    var next = 0
                    while offset < end {
                        if next < skipped.count, offset == skipped[next].lowerBound {
                            offset = skipped[next].upperBound
                            next += 1
                            continue
                        }
                        let byte = bytes[offset]
                        output[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                        count += 1
                        offset += 1
                    }
                    return count
                }
                words.append(Word(folded: folded, start: begin, end: end, quoted: quoted, endsSentence: false))
                start = nil
                skipped.removeAll(keepingCapacity: true)
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
                        if start == nil || third == 0x98 { finish(at: index) } else { skipped.append(index..<index + 3) }
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
                    skipped.append(index..<index + 1)
                    index += 1
                    continue
                }
                let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                    || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
                if isLetter {
                    if start == nil { start = index }
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
            return words
        }
        words = text.utf8.withContiguousStorageIfAvailable(read) ?? Array(text.utf8).withUnsafeBufferPointer(read)
    }

    init(_ text: String) { self.init(Substring(text)) }

    /// The index of the first word of the sentence holding word `index`.
    func sentenceStart(of index: Int) -> Int {
        var start = index
        while start > 0, !words[start - 1].endsSentence { start -= 1 }
        return start
    }
}
