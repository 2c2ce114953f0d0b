/// Recognises example phrasings ("examples you can say") in a line: quoted text in curly or
/// straight quotes, double or single, or text after a label such as `Example:`, `e.g.`,
/// `Say:`, `Try:`.
enum ExampleText {
    /// Labels that introduce a phrasing, lowercased, longest first so "try saying" wins
    /// over "try" and "examples you can say" over "examples". The headers that announce
    /// phrasings on lines of their own (`AreaTitle.tailWords`) introduce them on one line too.
    static let labels = Array(Set(AreaTitle.tailWords + [
        "suggested phrasings", "suggested phrasing", "example phrasings", "example phrasing",
        "for example", "for instance", "you could say", "you can say", "you might say",
        "you could try", "try saying", "examples", "example", "e.g.", "e.g", "eg.", "say",
        "try", "ask", "script",
    ])).sorted { ($0.utf8.count, $1) > ($1.utf8.count, $0) }

    static let quotePairs: [Character: Set<Character>] = [
        "“": ["”", "“"], "\"": ["\""], "«": ["»"], "„": ["“", "”"], "‘": ["’"], "'": ["'"],
    ]

    /// Words after which an inline quote is a phrasing rather than a quoted term.
    private static let leadIns = ["try", "say", "e.g.", "e.g.,", "eg", "example:", "like", "ask"]

    /// The result of reading a line for phrasings.
    struct Split: Equatable {
        /// The text that is not a phrasing (a headline or a detail), trimmed of connectors.
        var rest: String
        var phrasings: [String]
    }

    /// "“Shall I…” *(suggested)*" → ("“Shall I…”", true): the marker Debrief's Markdown report
    /// puts after phrasebook suggestions.
    static func withoutSuggestedMarker(_ markdown: String) -> (String, Bool) {
        let lower = markdown.lowercased()
        for marker in ["*(suggested)*", "_(suggested)_", "(suggested)"] where lower.hasSuffix(marker) {
            return (String(markdown.dropLast(marker.count)).trimmed, true)
        }
        return (markdown, false)
    }

    /// Words a candidate says rather than an interviewer's observation: first person, a
    /// question to the interviewer ("I'll check the constraints first", "Could we…?").
    static func readsAsSpoken(_ plain: String) -> Bool {
        let lower = plain.lowercased().replacingBytes(of: "’", with: "'")
        if lower.hasSuffix("?") { return true }
        return spokenOpenings.contains { lower.hasPrefix($0) }
    }

    /// An interviewer's account of what happened: past tense or a third-person subject
    /// ("skipped the empty input", "She did not say…", "No test for duplicates").
    static func readsAsObservation(_ plain: String) -> Bool {
        let lower = " " + plain.lowercased().replacingBytes(of: "’", with: "'") + " "
        guard let first = lower.split(separator: " ").first else { return false }
        if observationOpenings.contains(String(first)) { return true }
        if first.count > 4, first.hasSuffix("ed") { return true }
        return [" was ", " were ", " did not ", " didn't ", " never ", " will be ", " had "]
            .contains { lower.contains($0) }
    }

    private static let observationOpenings: Set<String> = [
        "he", "she", "they", "candidate", "the", "there", "no", "not", "never", "did", "didn't",
        "was", "wasn't", "were", "had", "hadn't", "forgot", "took", "went", "spent", "got",
        "made", "wrote", "ran", "only", "barely", "mostly", "seemed", "felt", "struggled",
        "kept", "lost", "left", "jumped", "dove", "gave", "said", "asked", "mentioned",
    ]

    private static let spokenOpenings = [
        "i ", "i'", "let me", "let's", "we ", "we'", "can i", "could i", "could we", "can we",
        "shall i", "shall we", "would you", "would it", "do you", "is it ok", "before i",
        "before we", "my ", "our ", "if i", "if we", "what if", "how about", "to recap",
        "here's", "okay", "ok,", "so far", "so i", "so we", "just to", "quick ",
    ]

    /// A line that is itself a phrasing: it opens with a quote or an example label.
    static func startsExample(_ plain: String) -> Bool {
        guard let first = plain.first else { return false }
        if first == "'" {
            if isWordStartQuote(in: plain, at: plain.startIndex),
                closingQuote(in: plain, openingAt: plain.startIndex, closers: apostrophe) != nil
            {
                return true
            }
        } else if quotePairs[first] != nil, first != "‘" || plain.contains("’") {
            return true
        }
        return labelPrefix(of: plain) != nil
    }

    /// Reads a whole line that is an example: "“A” or “B”" gives two phrasings;
    /// "Say: I'd like to…" gives the text after the label.
    static func phrasings(inExampleLine markdown: String) -> Split {
        var text = MarkupStripper.unwrappingEmphasis(markdown.trimmed)
        var labelled = false
        if let label = labelPrefix(of: MarkupStripper.plainText(text)) {
            text = dropLabel(label, from: text)
            labelled = true
        }
        let split = quotedSpans(in: text, inlineOnly: false)
        if split.phrasings.isEmpty, labelled, !text.isEmpty {
            return Split(rest: "", phrasings: [text])
        }
        return split
    }

    /// Reads a headline or detail line for a phrasing placed after it on the same line:
    /// "Make it a conversation: “Shall I go deeper?”", "rushed in; try "Can I restate it?"".
    static func phrasings(inTextLine markdown: String) -> Split {
        quotedSpans(in: markdown.trimmed, inlineOnly: true)
    }

    // MARK: - Scanning

    /// The first scalar of every opening quote in `quotePairs`.
    private static let openingScalars = Set(quotePairs.keys.compactMap { $0.unicodeScalars.first?.value })
    /// The opening quotes, found by their bytes, and the closers of each (for “, ” first:
    /// `closingQuote` counts them apart).
    private static let openers = CharacterScan(quotePairs.keys.sorted())
    private static let closers: [CharacterScan] = openers.characters.map { opener in
        CharacterScan(opener == "“" ? ["”", "“"] : quotePairs[opener, default: []].sorted())
    }
    private static let apostrophe = CharacterScan(["'"])

    private static func quotedSpans(in text: String, inlineOnly: Bool) -> Split {
        // Most lines open no quote: say so from the bytes and scalars, before any Character
        // is made.
        guard text.containsByte(where: { $0 == UInt8(ascii: "\"") || $0 >= 0x80 })
            && text.unicodeScalars.contains(where: { openingScalars.contains($0.value) })
            || mayOpenSingleQuote(text)
        else {
            return Split(rest: text, phrasings: [])
        }
        var rest = ""
        var phrasings: [String] = []
        // The text not yet moved into `rest`, and the text since the last phrasing, start here.
        var restStart = text.startIndex
        var sincePhrasing = text.startIndex
        // Openers whose closer was not found: later openers of the same kind cannot find one
        // either, so a line of unmatched quotes stays linear.
        var unclosed: Set<Int> = []
        var index = text.startIndex
        while let (open, kind) = openers.first(in: text, from: index) {
            index = text.index(after: open)
            let quote = openers.characters[kind]
            guard !unclosed.contains(kind), quote != "'" || isWordStartQuote(in: text, at: open) else {
                continue
            }
            guard let close = Self.closingQuote(in: text, openingAt: open, closers: closers[kind]) else {
                unclosed.insert(kind)
                continue
            }
            let inside = text[text.index(after: open)..<close].trimmed
            // A second quote joined by "or" / "and" / "," follows a phrasing: it is one too.
            let afterPhrasing = !phrasings.isEmpty && text[sincePhrasing..<open].split(separator: " ")
                .allSatisfy { ["or", "and", ",", "/", ";", "—", "–", "-"].contains($0.lowercased()) }
            let acceptable = inlineOnly
                ? inside.split(separator: " ").count >= 3
                    && (afterPhrasing || followsLeadIn(rest + text[restStart..<open]))
                : !inside.isEmpty
            index = text.index(after: close)
            if acceptable {
                phrasings.append(inside)
                rest += text[restStart..<open]
                restStart = index
                sincePhrasing = index
            }
        }
        rest += text[restStart...]
        return Split(rest: phrasings.isEmpty ? text : trimConnectors(rest), phrasings: phrasings)
    }

    /// The quote that closes the one at `open`. Curly quotes nest (“I’d say “this” first”
    /// closes at the last ”), so a phrasing that quotes a word stays whole; other quotes
    /// close at the next closer.
    private static func closingQuote(in text: String, openingAt open: String.Index,
                                     closers: CharacterScan) -> String.Index? {
        let after = text.index(after: open)
        switch text.unicodeScalars[open] {
        case "'":
            var from = after
            while let (index, _) = closers.first(in: text, from: from) {
                if isWordEndQuote(in: text, at: index) { return index }
                from = text.index(after: index)
            }
            return nil
        case "“":
            // `closers` is ” then “.
            var depth = 1
            var firstCloser: String.Index?
            var firstOpener: String.Index?
            var from = after
            while let (index, which) = closers.first(in: text, from: from) {
                if which == 0 {
                    depth -= 1
                    if firstCloser == nil { firstCloser = index }
                    if depth == 0 { return index }
                } else {
                    depth += 1
                    if firstOpener == nil { firstOpener = index }
                }
                from = text.index(after: index)
            }
            // Unbalanced (“A“ from a careless paste): fall back to the first closer, or failing
            // that the first “.
            return firstCloser ?? firstOpener
        default:
            return closers.first(in: text, from: after)?.index
        }
    }

    /// A straight single quote is an apostrophe too ("didn't", "the candidates' answers"): it
    /// opens a quote only where a word starts (after a space, a bracket or a dash, not a
    /// letter or digit, and before something other than a space)…
    private static func isWordStartQuote(in text: String, at index: String.Index) -> Bool {
        let next = text.index(after: index)
        guard next < text.endIndex, !text[next].isWhitespace else { return false }
        guard index > text.startIndex else { return true }
        let previous = text[text.index(before: index)]
        return !previous.isLetter && !previous.isNumber
    }

    /// …and closes one only where a word ends (after something other than a space, before
    /// the end, a space or punctuation): "I'm" and "it's" close nothing.
    private static func isWordEndQuote(in text: String, at index: String.Index) -> Bool {
        guard index > text.startIndex, !text[text.index(before: index)].isWhitespace else { return false }
        let next = text.index(after: index)
        return next == text.endIndex || !(text[next].isLetter || text[next].isNumber)
    }

    /// Whether a straight single quote in `text` could open a quote, told from its bytes:
    /// most lines have apostrophes inside words and no quote at all.
    private static func mayOpenSingleQuote(_ text: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: " ")
        for byte in text.utf8 {
            if previous == UInt8(ascii: "'"), byte != UInt8(ascii: " ") { return true }
            previous = byte == UInt8(ascii: "'") && previous.isASCIILetterOrDigit ? 0 : byte
        }
        return false
    }

    /// An inline quote is a phrasing at the start of a line, or after a colon, a dash, a
    /// semicolon or a lead-in word ("try", "e.g."); elsewhere it is a quoted term.
    private static func followsLeadIn(_ before: String) -> Bool {
        let trimmed = MarkupStripper.unwrappingEmphasis(before.trimmed).lowercased()
        if trimmed.isEmpty { return true }
        // Not "(": "hand-wavy ("just put it in Kafka")" quotes the candidate's own words.
        if let last = trimmed.last, ":—–-;".contains(last) { return true }
        let lastWord = trimmed.split(separator: " ").last.map(String.init) ?? ""
        return leadIns.contains(lastWord) || leadIns.contains(lastWord + ":")
    }

    /// Words left over round a phrasing ("… or", "try:").
    private static let trailingConnectors: Set<String> = [
        "or", "and", ",", ";", ".", "/", "—", "–", "-", "(", ")", "try", "say", "e.g.", "e.g.,",
        "eg", "like", "ask", "example:", "e.g.:", "try:", "say:",
    ]
    /// Only joining words and punctuation go from the front: "Ask more questions" keeps its
    /// verb.
    private static let leadingConnectors: Set<String> = ["or", "and", ",", ";", "/", "—", "–", "-", "(", ")"]

    private static func trimConnectors(_ text: String) -> String {
        var words = text.trimmed.split(separator: " ").map(String.init)
        while let last = words.last, trailingConnectors.contains(last.lowercased()) { words.removeLast() }
        while let first = words.first, leadingConnectors.contains(first.lowercased()) {
            words.removeFirst()
        }
        var joined = words.joined(separator: " ")
        while let last = joined.last, ",;(—–".contains(last) || last == ":" {
            joined = String(joined.dropLast()).trimmed
        }
        // A label of several words left before the phrasing ("No check-ins. Try saying:").
        if joined.utf8.count >= 6, let last = joined.utf8.last, last.isASCIILetter {
            let lower = joined.lowercased()
            if let label = spacedLabels.first(where: { lower.hasSuffix($0) || lower == $0.dropFirst() }) {
                return trimConnectors(String(joined.dropLast(label.count - 1)))
            }
        }
        return joined
    }

    /// The labels of several words, each after a space: what `trimConnectors` looks for at
    /// the end of the text before a phrasing.
    private static let spacedLabels = labels.filter { $0.utf8.contains(UInt8(ascii: " ")) }.map { " " + $0 }

    /// `labels` as bytes, for `labelPrefix`.
    private static let labelBytes = labels.map { Array($0.utf8) }

    static func labelPrefix(of plain: String) -> String? {
        // Labels are ASCII: a line's first bytes are compared with them, letters in either
        // case, with no lower-cased copy of the line (this runs on nearly every line).
        let bytes = plain.utf8
        guard let first = bytes.first, first.isASCIILetter else { return nil }
        func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        func opens(with written: [UInt8]) -> Bool {
            // `withUTF8` lends a short (inline) line's bytes too.
            var line = plain
            return line.withUTF8 { line in
                line.count > written.count && written.indices.allSatisfy { lowered(line[$0]) == written[$0] }
            }
        }
        for (index, written) in labelBytes.enumerated() where written[0] == lowered(first) && opens(with: written) {
            let label = labels[index]
            // What follows the label; only an ASCII byte can close it (a combining mark
            // would make the label's last letter another one).
            let afterIndex = bytes.index(bytes.startIndex, offsetBy: label.utf8.count)
            let next = bytes[afterIndex]
            guard next < 0x80 else { continue }
            // "Try:" / "Say," / "e.g. “…”" / "Example - “…”"; not "Trying to…" or "Saying".
            if next == UInt8(ascii: ":") || next == UInt8(ascii: ",")
                || (label.hasSuffix(".") && next == UInt8(ascii: " "))
            {
                return label
            }
            let following = plain[afterIndex...].drop(while: { $0 == " " || $0 == "-" || $0 == "—" || $0 == "–" })
            if next == UInt8(ascii: " "), let quote = following.first, quotePairs[quote] != nil {
                return label
            }
        }
        return nil
    }

    /// Drops the label and what closes it (":", "**") from the Markdown.
    private static func dropLabel(_ label: String, from markdown: String) -> String {
        var text = Substring(markdown).drop(while: { $0 == "*" || $0 == "_" })
        text = text.dropFirst(label.count)
        text = text.drop(while: { ":,*_ -—–".contains($0) || $0.isWhitespace })
        return String(text).trimmed
    }

}

extension NoteLine {
    var startsExample: Bool { ExampleText.startsExample(plain) }
}
