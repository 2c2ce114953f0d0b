/// An HTML tag written in prose as the name of an element ("used a real <label> element",
/// "reached for <div onclick> instead of a <button>"), which the reports show as text
/// instead of dropping: dropped, it left "used a real  element". Only a plain tag is shown:
/// a name and bare attribute words, nothing quoted, assigned or addressed; not a line break,
/// nor an element whose content a browser treats as code or raw text (`<script>`, `<style>`,
/// `<iframe>`…), which stays dropped in case a viewer reads it as a tag after all; and with
/// prose on at least one side (a space or punctuation) and no letter on either. A tag closed
/// in the same text (the same run of inlines, for the HTML and text reports), one inside a
/// word ("o<li>ut") or one alone on its line is markup, and goes as before.
enum MentionedTags {
    /// Whether `tag` (an HTML inline's text, "<label>") is shown, given the names of the tags
    /// closed in the same text and the Characters either side of it.
    static func isShown(_ tag: String, closed: Set<String>, before: Character?, after: Character?) -> Bool {
        guard let name = name(of: tag), !neverShown.contains(name), !closed.contains(name) else { return false }
        // Prose on one side at least: not a tag alone on its line ("<details>").
        let isProse = { (character: Character?) in character.map(proseNeighbours.contains) ?? false }
        return !(before?.isWordCharacter ?? false) && !(after?.isWordCharacter ?? false)
            && (isProse(before) || isProse(after))
    }

    /// What stands next to a word in prose: a space or punctuation. Not a bracket: a tag
    /// between "]" and "(" is someone joining a link.
    private static let proseNeighbours: Set<Character> = [
        " ", "\t", ",", ".", ";", ":", "!", "?", "\"", "'", "“", "”", "‘", "’", "—", "–", "-",
    ]

    /// `isShown` for the HTML inline at `index` of an inline run, read from its neighbours;
    /// `closed` is `closedNames(among: nodes)`, found once for the run.
    static func isShown(at index: Int, of nodes: [MarkdownNode], closed: Set<String>) -> Bool {
        guard let tag = nodes[index].literal else { return false }
        let before = index > 0 && nodes[index - 1].kind == .text ? nodes[index - 1].literal?.last : nil
        let after = index + 1 < nodes.count && nodes[index + 1].kind == .text ? nodes[index + 1].literal?.first : nil
        return isShown(tag, closed: closed, before: before, after: after)
    }

    /// The names of the tags closed in `text` ("</b>" gives "b").
    static func closedNames(in text: some StringProtocol) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.byteRange(of: "</") {
            let name = rest[open.upperBound...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            if !name.isEmpty { names.insert(name.lowercased()) }
            rest = rest[open.upperBound...]
        }
        return names
    }

    /// The names of the tags closed among `nodes`, an inline run of one block.
    static func closedNames(among nodes: [MarkdownNode]) -> Set<String> {
        closedNames(in: nodes.filter { $0.kind == .htmlInline }.compactMap(\.literal).joined())
    }

    /// Line breaks, and elements whose content is code or raw text to a browser.
    private static let neverShown: Set<String> = [
        "br", "hr", "wbr", "script", "style", "iframe", "object", "embed", "svg", "math",
        "template", "textarea", "title", "xmp", "plaintext", "noscript", "noembed", "noframes",
        "frame", "frameset", "base", "link", "meta",
    ]

    /// The tag's name, lower-cased, when the tag is plain: "<name>" or "<name word word>".
    private static func name(of tag: String) -> String? {
        guard tag.hasPrefix("<"), tag.hasSuffix(">"), tag.utf8.count > 2 else { return nil }
        let inside = tag.utf8.dropFirst().dropLast()
        guard let first = inside.first, first.isASCIILetter,
            inside.allSatisfy({ $0.isASCIILetterOrDigit || $0 == UInt8(ascii: "-") || $0 == 32 })
        else { return nil }
        let name = inside.prefix { $0 != 32 }
        return String(decoding: name, as: UTF8.self).lowercased()
    }
}
