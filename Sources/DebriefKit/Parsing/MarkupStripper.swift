/// Removes inline Markdown markup to get the words a reader sees. Used only to *recognise*
/// labels, keys and quotes; what Debrief outputs keeps the Markdown as written.
///
/// Written by hand rather than asking cmark again: recognition runs on every line of a note,
/// and a second cmark parse per line would cost more than the whole first parse.
enum MarkupStripper {
    static func plainText(_ markdown: String) -> String {
        // Every markup character is ASCII: the bytes say whether there is any.
        guard markdown.containsByte(where: isMarkup) else { return markdown }
        if markupStandsAlone(markdown) { return plainBytes(markdown) }
        var out = ""
        out.reserveCapacity(markdown.utf8.count)
        var characters = Array(markdown)[...]
        var previous: Character = " "
        // Once a search for ")" or ">" has failed, none is further on either: remembering
        // it keeps a line of thousands of "<" or "](" linear.
        var noParenAhead = false
        var noAngleAhead = false
        while let character = characters.popFirst() {
            switch character {
            case "\\":
                if let escaped = characters.popFirst() { out.append(escaped) }
            case "*", "`", "~":
                break
            case "_":
                // Intraword underscores (order_id) are text, not emphasis.
                let next = characters.first ?? " "
                if previous.isWordCharacter, next.isWordCharacter {
                    out.append(character)
                }
            case "!" where characters.first == "[":
                break
            case "[":
                // [text](url) keeps the text; the "(url)" part is dropped below.
                break
            case "]" where characters.first == "(":
                if !noParenAhead, let close = characters.firstIndex(of: ")") {
                    characters = characters[(close + 1)...]
                } else {
                    noParenAhead = true
                }
            case "]":
                break
            case "<":
                // <https://...> autolinks keep the address; other tags are dropped.
                if !noAngleAhead, let close = characters.firstIndex(of: ">") {
                    let inside = String(characters[..<close])
                    if inside.contains("://") || inside.contains("@") { out += inside }
                    characters = characters[(close + 1)...]
                } else {
                    noAngleAhead = true
                    out.append(character)
                }
            default:
                out.append(character)
            }
            previous = character
        }
        return out.trimmed
    }

    /// Whether every byte `plainText` acts on is a Character of its own, so that the steps
    /// can be taken on bytes: an ASCII byte next to one beyond ASCII may be part of another
    /// Character (a combining mark after it, a prepended mark before it). Text with an angle
    /// bracket is read on bytes only when all ASCII, for what is inside the brackets.
    private static func markupStandsAlone(_ markdown: String) -> Bool {
        var previous: UInt8 = 32
        var previousActedOn = false
        for byte in markdown.utf8 {
            if byte >= 0x80 {
                if previousActedOn { return false }
            } else {
                let actedOn = isMarkup(byte) || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "(")
                    || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ">")
                if actedOn, previous >= 0x80 { return false }
                previousActedOn = actedOn
            }
            previous = byte
        }
        return !markdown.containsByte(where: { $0 == UInt8(ascii: "<") })
            || !markdown.containsByte(where: { $0 >= 0x80 })
    }

    /// `plainText` for text whose markup bytes are Characters of their own: the same steps
    /// on bytes, every other byte copied as it is.
    private static func plainBytes(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var previous: UInt8 = 32
        var noParenAhead = false
        var noAngleAhead = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            let next: UInt8? = index < bytes.count ? bytes[index] : nil
            switch byte {
            case UInt8(ascii: "\\"):
                if let next {
                    out.append(next)
                    index += 1
                }
            case UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "~"):
                break
            case UInt8(ascii: "_"):
                if previous.isASCIILetterOrDigit, next?.isASCIILetterOrDigit == true { out.append(byte) }
            case UInt8(ascii: "!") where next == UInt8(ascii: "["):
                break
            case UInt8(ascii: "["):
                break
            case UInt8(ascii: "]") where next == UInt8(ascii: "("):
                if !noParenAhead, let close = bytes[index...].firstIndex(of: UInt8(ascii: ")")) {
                    index = close + 1
                } else {
                    noParenAhead = true
                }
            case UInt8(ascii: "]"):
                break
            case UInt8(ascii: "<"):
                if !noAngleAhead, let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                    let inside = bytes[index..<close]
                    if inside.contains(UInt8(ascii: "@"))
                        || String(decoding: inside, as: UTF8.self).byteRange(of: "://") != nil
                    {
                        out.append(contentsOf: inside)
                    }
                    index = close + 1
                } else {
                    noAngleAhead = true
                    out.append(byte)
                }
            default:
                out.append(byte)
            }
            previous = byte
        }
        return String(decoding: out, as: UTF8.self).trimmed
    }

    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "~"),
            UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"):
            true
        default: false
        }
    }
}

extension MarkupStripper {
    /// "**Title**" → "Title", "*“Shall I…”*" → "“Shall I…”": emphasis wrapped round the whole
    /// text is presentation, not part of a title or a phrasing.
    static func unwrappingEmphasis(_ text: String) -> String {
        // Most texts open with no marker at all: nothing to count or compare then.
        guard let first = text.utf8.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else {
            return text
        }
        var result = Substring(text)
        for marker in ["**", "__", "*", "_"] {
            // The markers are ASCII: once they hold at both ends, bytes between them are whole
            // Characters, so counting bytes says what counting Characters did.
            while result.hasPrefix(marker), result.hasSuffix(marker),
                result.utf8.count > marker.utf8.count * 2
            {
                result = result.dropFirst(marker.count).dropLast(marker.count)
            }
        }
        return String(result)
    }
}
