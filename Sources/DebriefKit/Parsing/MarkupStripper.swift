/// Removes inline Markdown markup to get the words a reader sees. Used only to *recognise*
/// labels, keys and quotes; what Debrief outputs keeps the Markdown as written.
///
/// Written by hand rather than asking cmark again: recognition runs on every line of a note,
/// and a second cmark parse per line would cost more than the whole first parse.
enum MarkupStripper {
    static func plainText(_ markdown: String) -> String {
        // Every markup character is ASCII: the bytes say whether there is any.
        guard markdown.utf8.contains(where: isMarkup) else { return markdown }
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
        var result = Substring(text)
        for marker in ["**", "__", "*", "_"] {
            while result.count > marker.count * 2, result.hasPrefix(marker),
                result.hasSuffix(marker)
            {
                result = result.dropFirst(marker.count).dropLast(marker.count)
            }
        }
        return String(result)
    }
}
