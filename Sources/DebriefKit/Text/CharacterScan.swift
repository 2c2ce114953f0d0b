/// Finding a few punctuation Characters (quotes) in a text by their UTF-8 bytes, so the
/// Characters between them are never made: walking a line Character by Character, and
/// comparing each with a non-ASCII literal, costs more than the rest of reading it.
///
/// What is found is what a Character walk would find: a Character that is exactly one of
/// the wanted ones. A quote with a combining mark is another Character and is passed by,
/// as is a quote's scalar that a grapheme cluster before it takes in.
struct CharacterScan {
    /// The Characters, each a single Unicode scalar.
    let characters: [Character]
    private let encodings: [[UInt8]]
    /// Whether a byte opens the encoding of any of them.
    private let opens: [Bool]

    init(_ characters: [Character]) {
        precondition(characters.allSatisfy { $0.unicodeScalars.count == 1 })
        self.characters = characters
        encodings = characters.map { Array(String($0).utf8) }
        var opens = [Bool](repeating: false, count: 256)
        for encoding in encodings { opens[Int(encoding[0])] = true }
        self.opens = opens
    }

    /// The first of the Characters at or after `start` (a Character boundary of `text`), and
    /// which of them it is.
    func first(in text: String, from start: String.Index) -> (index: String.Index, which: Int)? {
        let utf8 = text.utf8
        var offset = utf8.distance(from: utf8.startIndex, to: start)
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> (String.Index, Int)? {
            while offset < bytes.count {
                defer { offset += 1 }
                guard opens[Int(bytes[offset])] else { continue }
                for (which, encoding) in encodings.enumerated()
                where offset + encoding.count <= bytes.count
                    && encoding.indices.allSatisfy({ bytes[offset + $0] == encoding[$0] })
                {
                    let position = utf8.index(utf8.startIndex, offsetBy: offset)
                    // A Character starts here, and it is the scalar alone.
                    if let index = String.Index(position, within: text),
                        text.index(after: index) == text.unicodeScalars.index(after: index)
                    {
                        return (index, which)
                    }
                }
            }
            return nil
        }
        // A bridged or foreign string has no contiguous UTF-8: copy it once.
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}
