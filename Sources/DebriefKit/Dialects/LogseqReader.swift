/// Logseq outlines: every line a bullet, `key:: value` properties, `- ## Heading` bullets,
/// `collapsed:: true`. Properties become `Key: value` details, heading bullets become
/// headings with their children lifted one level, and Logseq's own properties are dropped.
struct LogseqReader: DialectReader {
    var dialect: Dialect { .logseq }

    private static let ownProperties: Set<String> = [
        "collapsed", "id", "heading", "background-color", "template", "alias",
    ]

    func confidence(_ lines: [Substring]) -> Int {
        let content = lines.filter { !$0.leftTrimmed.isEmpty }
        guard content.count >= 3 else { return 0 }
        let bullets = content.filter { $0.leftTrimmed.hasPrefix("- ") || $0.leftTrimmed == "-" }
        let properties = content.filter { Self.property($0) != nil }.count
        guard bullets.count * 10 >= content.count * 6, properties > 0
            || content.contains(where: { $0.leftTrimmed.hasPrefix("- #") })
        else { return 0 }
        return 3 + properties
    }

    /// `key:: value`, with or without a bullet before it.
    static func property(_ line: Substring) -> (key: Substring, value: Substring)? {
        var text = line.leftTrimmed
        if text.hasPrefix("- ") { text = text.dropFirst(2) }
        guard let range = text.byteRange(of: ":: ") ?? (text.hasSuffix("::") ? text.byteRange(of: "::") : nil)
        else { return nil }
        let key = text[..<range.lowerBound]
        guard !key.isEmpty, key.split(separator: " ").count <= 4, key.count <= 40 else {
            return nil
        }
        return (key, text[range.upperBound...].trimmedSubstring)
    }

    private static func indentWidth(_ line: Substring) -> Int {
        line.prefix(while: { $0 == " " || $0 == "\t" }).reduce(0) { $0 + ($1 == "\t" ? 2 : 1) }
    }

    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        var headingIndent: Int?
        var sawHeading = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let indent = Self.indentWidth(line)
            var text = line.leftTrimmed
            if let (key, value) = Self.property(line) {
                // The block a note's properties hang from is its title:
                // "- Interview feedback — Ana" above "candidate:: Ana".
                if headingIndent == nil, !sawHeading, !Self.ownProperties.contains(key.lowercased()),
                    let previous = output.lines.last, previous.hasPrefix("- "),
                    !previous.hasPrefix("- #")
                {
                    output.replaceLast(with: "# " + previous.dropFirst(2))
                    output.emit("", from: number)
                }
                if Self.ownProperties.contains(key.lowercased()) {
                    output.emit("", from: number)
                } else {
                    // "interview-type" → "Interview type"; "SQL" stays "SQL".
                    let name = key.replacingOccurrences(of: "-", with: " ")
                    let value = value.replacingOccurrences(of: "[[", with: "")
                        .replacingOccurrences(of: "]]", with: "")
                    output.emit("\(name.prefix(1).uppercased() + name.dropFirst()): \(value)",
                                from: number)
                }
                continue
            }
            if text.hasPrefix("- #"), let hashes = Optional(text.dropFirst(2).prefix(while: { $0 == "#" })),
                text.dropFirst(2 + hashes.count).first == " "
            {
                headingIndent = indent
                sawHeading = true
                output.emit("", from: number)
                output.emit("\(hashes) \(text.dropFirst(3 + hashes.count))", from: number)
                output.emit("", from: number)
                continue
            }
            if let base = headingIndent, indent <= base, !text.isEmpty { headingIndent = nil }
            let lifted = max(indent - (headingIndent.map { $0 + 2 } ?? 0), 0)
            text = Substring(text.replacingOccurrences(of: "[[", with: "")
                .replacingOccurrences(of: "]]", with: ""))
            output.emit(String(repeating: " ", count: lifted) + text, from: number)
        }
    }
}
