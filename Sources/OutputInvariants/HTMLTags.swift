/// The start tags of an HTML page with their attributes, read the way a browser tokenises
/// them (names lowercased, values unquoted), skipping comments and the insides of `<style>`
/// and `<script>`. Good enough to find live markup; not a full HTML parser.
struct HTMLTag {
    var name: String
    var attributes: [(name: String, value: String)]

    static func all(in text: String) -> [HTMLTag] {
        let scalars = Array(text.unicodeScalars)
        var tags: [HTMLTag] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            if starts(scalars, at: index, with: Array("<!--".unicodeScalars)) {
                index = end(of: "-->", in: scalars, from: index + 4)
                continue
            }
            var reader = TagReader(scalars: scalars, index: index + 1)
            // A tag still open at the end of the page is dropped by a browser.
            guard let tag = reader.readTag(), reader.closed else {
                index += 1
                continue
            }
            tags.append(tag)
            index = reader.index
            if tag.name == "style" || tag.name == "script" {
                index = end(of: "</\(tag.name)", in: scalars, from: index)
            }
        }
        return tags
    }

    /// Whether `prefix` (lowercase ASCII) starts at `index`, ignoring ASCII case.
    private static func starts(_ scalars: [Unicode.Scalar], at index: Int,
                               with prefix: [Unicode.Scalar]) -> Bool
    {
        guard index + prefix.count <= scalars.count else { return false }
        return zip(scalars[index...], prefix).allSatisfy { scalar, wanted in
            let lower = ("A"..."Z").contains(scalar)
                ? Unicode.Scalar(scalar.value + 32)! : scalar
            return lower == wanted
        }
    }

    /// The index just past the next `marker` at or after `start`, or the end of the text.
    private static func end(of marker: String, in scalars: [Unicode.Scalar], from start: Int)
        -> Int
    {
        let wanted = Array(marker.unicodeScalars)
        var index = start
        while index < scalars.count {
            if starts(scalars, at: index, with: wanted) { return index + wanted.count }
            index += 1
        }
        return scalars.count
    }
}

/// Reads one tag after its `<`: a name starting with a letter, then attributes up to `>`.
private struct TagReader {
    let scalars: [Unicode.Scalar]
    var index: Int
    /// Whether the tag ended with `>` rather than at the end of the text.
    private(set) var closed = false

    mutating func readTag() -> HTMLTag? {
        guard index < scalars.count, scalars[index].properties.isAlphabetic else { return nil }
        let name = read { !Self.isSpace($0) && $0 != "/" && $0 != ">" }.lowercased()
        var attributes: [(name: String, value: String)] = []
        while index < scalars.count, scalars[index] != ">" {
            // Each turn reads a space, a slash, a name or "=value", so the loop always moves on.
            if Self.isSpace(scalars[index]) || scalars[index] == "/" { index += 1; continue }
            let attribute = read { !Self.isSpace($0) && $0 != "/" && $0 != ">" && $0 != "=" }
            skipSpaces()
            var value = ""
            if index < scalars.count, scalars[index] == "=" {
                index += 1
                skipSpaces()
                value = readValue()
            }
            attributes.append((attribute.lowercased(), value))
        }
        closed = index < scalars.count
        if closed { index += 1 }
        return HTMLTag(name: name, attributes: attributes)
    }

    private mutating func readValue() -> String {
        guard index < scalars.count else { return "" }
        let quote = scalars[index]
        guard quote == "\"" || quote == "'" else {
            return read { !Self.isSpace($0) && $0 != ">" }
        }
        index += 1
        let value = read { $0 != quote }
        if index < scalars.count { index += 1 }
        return value
    }

    private mutating func read(while accept: (Unicode.Scalar) -> Bool) -> String {
        var out = String.UnicodeScalarView()
        while index < scalars.count, accept(scalars[index]) {
            out.append(scalars[index])
            index += 1
        }
        return String(out)
    }

    private mutating func skipSpaces() {
        while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }
}
