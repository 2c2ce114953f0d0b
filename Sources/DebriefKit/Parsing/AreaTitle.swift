/// Area titles without the "— examples you can say" tail notes apps add.
enum AreaTitle {
    static let tailWords = [
        "examples you can say", "examples you could say", "example phrasings",
        "example phrases", "examples", "what you can say", "what you could say",
        "things you can say", "phrases to use", "sample phrasing", "sample phrasings",
        "suggested phrasing", "suggested phrasings",
    ]

    static func cleaned(_ markdown: String) -> String {
        var title = MarkupStripper.unwrappingEmphasis(markdown.trimmed).withoutTrailingColon
        if let tail = tailRange(in: title) { title = String(title[..<tail.lowerBound]) }
        return MarkupStripper.unwrappingEmphasis(title.trimmed).withoutTrailingColon
    }

    static func hasExamplesTail(_ plain: String) -> Bool { tailRange(in: plain) != nil }

    /// Short and without a closing full stop: "Communication & Depth", not a sentence that
    /// introduces the bullets below it.
    static func readsLikeTitle(_ plain: String) -> Bool {
        let text = plain.withoutTrailingColon
        return text.hasAtMostSpaceSeparatedPieces(8) && !(text.last.map { ".!?".contains($0) } ?? false)
    }

    /// A line that only announces phrasings: "Examples you can say:", "Example phrasings".
    static func isExamplesHeader(_ plain: String) -> Bool {
        // Headers are short; most lines are not, and need no normalising at all.
        guard plain.count <= 40 else { return false }
        return examplesHeaders.contains(LabelText.normalised(plain.withoutTrailingColon))
    }

    private static let examplesHeaders = Set(tailWords.map(LabelText.normalised))

    /// Every tail has one of these: most titles and lines have none, and need no search.
    static let tailMarks = ["exampl", "say", "phras"]
    private static let tailMarkBytes = tailMarks.map { Array($0.utf8) }
    private static let separators = [" — ", " – ", " - ", "—", ": ", " ("]
    /// Each separator with each tail, in the order they are tried, as bytes.
    private static let tails: [[UInt8]] = separators.flatMap { separator in
        tailWords.map { Array((separator + $0).utf8) }
    }

    /// Where the tail starts: a separator, then one of `tailWords` with nothing after it but
    /// closing colons, parentheses and white space.
    private static func tailRange(in text: String) -> Range<String.Index>? {
        // The marks are ASCII letters: compared with the letters' case bit set, before
        // anything is lower-cased or copied.
        guard text.containsIgnoringASCIICase(anyOf: tailMarkBytes) else { return nil }
        let lower = text.lowercased()
        let bytes = Array(lower.utf8)
        var end = bytes.count
        while end > 0, [UInt8(ascii: ":"), UInt8(ascii: ")"), 32, 9, 10].contains(bytes[end - 1]) {
            end -= 1
        }
        for tail in tails {
            guard tail.count <= end, bytes[(end - tail.count)..<end].elementsEqual(tail) else {
                continue
            }
            // Lowercasing can change lengths; map back through the character offset.
            let startInLower = lower.utf8.index(lower.utf8.startIndex, offsetBy: end - tail.count)
            let offset = lower.distance(from: lower.startIndex, to: startInLower)
            let start = text.index(text.startIndex, offsetBy: offset)
            return start..<text.endIndex
        }
        return nil
    }
}
