/// One line of a note as the recognisers see it: the Markdown as written (a pasted bullet
/// marker removed), a plain-text form for matching, and where it stands.
struct NoteLine: Sendable {
    /// Inline Markdown as written, trimmed, HTML comments removed.
    var markdown: String
    /// The same text without Markdown markup, for matching labels and keys.
    var plain: String
    var location: SourceLocation
    /// Leading white space in the source line: how pasted bullets show nesting.
    var indent: Int
    /// The pasted bullet (`•`, `◦`, `–`, `1.`) that opened the line, if any.
    var bullet: String?

    init(markdown rawMarkdown: String, location: SourceLocation, indent: Int) {
        var text = rawMarkdown.trimmed
        bullet = PastedBullet.marker(in: text)
        if let bullet {
            text = String(text.dropFirst(bullet.count)).trimmed
        }
        markdown = text
        plain = MarkupStripper.plainText(text)
        self.location = location
        self.indent = indent
    }

    var isBlank: Bool { markdown.isEmpty }
}

/// Bullets that notes apps paste as text. CommonMark sees them as paragraph text, so Debrief
/// recognises them itself.
enum PastedBullet {
    static let symbols: Set<Character> = [
        "•", "◦", "▪", "▫", "‣", "⁃", "●", "○", "■", "□", "–", "·", "→", "➔", "➜",
    ]
    static let asciiSymbols: Set<Character> = ["-", "*", "+"]
    /// Arrows, which prose uses too: a list item to the reader, never a unit of its own to
    /// the privacy screen.
    static let arrows: Set<String> = ["→", "➔", "➜"]

    /// How deep a symbol sits in the usual ● ○ ■ sequence: Google Docs pastes nested levels
    /// without indentation, so the symbol is the only sign of nesting.
    static func depth(of marker: String?) -> Int {
        switch marker {
        case "○", "◦": 1
        case "■", "▪", "▫", "□": 2
        default: 0
        }
    }

    /// The marker at the start of `text` (already trimmed), or `nil`.
    static func marker(in text: String) -> String? {
        // Most lines open with a letter, which no marker is: no Character need be read.
        if text.utf8.first?.isASCIILetter == true { return nil }
        guard let first = text.first else { return nil }
        let rest = text.dropFirst()
        if symbols.contains(first) {
            return rest.first.map(\.isWhitespace) ?? true ? String(first) : nil
        }
        if asciiSymbols.contains(first), rest.first?.isWhitespace == true {
            // "**Bold**" and "*emphasis*" start with "*" too, but never with "* ".
            return String(first)
        }
        // "1." / "2)" lines that CommonMark left inside a paragraph.
        let digits = text.prefix(while: \.isASCIIDigit)
        if (1...3).contains(digits.count) {
            let after = text.dropFirst(digits.count)
            if let delimiter = after.first, delimiter == "." || delimiter == ")",
                after.dropFirst().first?.isWhitespace == true
            {
                return String(text.prefix(digits.count + 1))
            }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension NoteLine {
    /// The line as written, with its pasted bullet: for sections kept whole.
    var written: String { bullet.map { "\($0) \(markdown)" } ?? markdown }
}

extension NoteLine {
    /// A short line without closing punctuation, like "Coding exercise" above its paragraph.
    var readsLikeTitle: Bool {
        guard bullet == nil, let last = plain.last, !".,;:!?)”\"".contains(last) else {
            return false
        }
        return plain.hasAtMostSpaceSeparatedPieces(6) && plain.first?.isUppercase == true
    }
}

extension NoteLine {
    /// A line shaped like a section label rather than a sentence: it ends with a colon or a
    /// question mark, is numbered, starts with an emoji, or is a few words with no closing
    /// punctuation.
    var readsLikeLabel: Bool {
        guard let last = plain.last else { return false }
        if last == ":" || last == "?" || last == "：" { return true }
        if bullet?.first?.isASCIIDigit == true { return true }
        if let first = plain.unicodeScalars.first, first.properties.isEmojiPresentation
            || first.properties.isEmoji && first.value > 0x2000
        {
            return true
        }
        // "Strengths (shared with candidate)": a parenthesis after the label is part of it.
        if last == ")", let open = plain.lastIndex(of: "("), open > plain.startIndex {
            return plain[..<open].hasAtMostSpaceSeparatedPieces(6)
        }
        return !".,;!)”\"".contains(last) && plain.hasAtMostSpaceSeparatedPieces(6)
    }
}

extension Character {
    /// `isLetter || isNumber`, answering ASCII without the Unicode property tables: this runs
    /// on every character of every note and query.
    var isWordCharacter: Bool {
        if let ascii = asciiValue {
            return (ascii >= 97 && ascii <= 122) || (ascii >= 65 && ascii <= 90)
                || (ascii >= 48 && ascii <= 57)
        }
        return isLetter || isNumber
    }

    /// `isWhitespace`, answering ASCII without the Unicode property tables.
    var isBlank: Bool {
        if let ascii = asciiValue { return ascii == 32 || (ascii >= 9 && ascii <= 13) }
        return isWhitespace
    }
}
