/// Jira and Confluence wiki markup: `h2.` headings, `*`/`#` lists, `||` header rows,
/// `{quote}` and `{code}` blocks, `*bold*` and `{{monospace}}`.
struct JiraWikiReader: DialectReader {
    var dialect: Dialect { .jira }

    func confidence(_ lines: [Substring]) -> Int {
        var score = 0
        for line in lines {
            let text = line.leftTrimmed
            if Self.heading(text) != nil { score += 2 }
            if text.hasPrefix("||") || text.hasPrefix("{quote}") || text.hasPrefix("{code")
                || text.hasPrefix("{noformat}")
            {
                score += 2
            }
        }
        return score
    }

    static func heading(_ text: Substring) -> (Int, Substring)? {
        guard text.count > 3, text.first == "h", let level = text.dropFirst().first?.wholeNumberValue,
            (1...6).contains(level), text.dropFirst(2).hasPrefix(". ")
        else { return nil }
        return (level, text.dropFirst(4))
    }

    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        var inQuote = false
        var inCode = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let text = line.leftTrimmed
            if text.hasPrefix("{code") || text.hasPrefix("{noformat}") {
                inCode.toggle()
                output.emit("```", from: number)
                continue
            }
            if inCode {
                output.emit(line, from: number)
                continue
            }
            // "{panel:title=Private - hiring team only}": a titled panel is a section.
            if text.hasPrefix("{panel") {
                let title = text.byteRange(of: "title=").map { range in
                    text[range.upperBound...].prefix(while: { $0 != "|" && $0 != "}" })
                }
                output.emit(title.map { "\($0.trimmedSubstring):" } ?? "", from: number)
                continue
            }
            if text.hasPrefix("{color") || text.hasPrefix("{info") || text.hasPrefix("{note")
                || text.hasPrefix("{tip") || text.hasPrefix("{warning")
            {
                output.emit("", from: number)
                continue
            }
            if text.hasPrefix("{quote}") {
                let rest = text.dropFirst(7)
                if rest.hasSuffix("{quote}") {
                    output.emit("> " + Self.inline(rest.dropLast(7)), from: number)
                } else {
                    inQuote.toggle()
                    output.emit(rest.isEmpty ? "" : "> " + Self.inline(rest), from: number)
                }
                continue
            }
            if inQuote {
                if text.hasSuffix("{quote}") {
                    inQuote = false
                    output.emit("> " + Self.inline(text.dropLast(7)), from: number)
                } else {
                    output.emit(text.isEmpty ? ">" : "> " + Self.inline(text), from: number)
                }
                continue
            }
            if let (level, title) = Self.heading(text) {
                output.emit(String(repeating: "#", count: level) + " " + Self.inline(title), from: number)
            } else if text.hasPrefix("||") {
                let cells = Self.cells(text)
                output.emit("| " + cells.joined(separator: " | ") + " |", from: number)
                output.emit("|" + String(repeating: " --- |", count: cells.count), from: number)
            } else if text.hasPrefix("|") {
                output.emit("| " + Self.cells(text).joined(separator: " | ") + " |", from: number)
            } else if let (depth, marker, rest) = Self.listItem(text) {
                let indent = String(repeating: marker == "-" ? "  " : "   ", count: depth - 1)
                output.emit(indent + marker + " " + Self.inline(rest), from: number)
            } else {
                output.emit(Self.inline(line), from: number)
            }
        }
    }

    private static func cells(_ text: Substring) -> [String] {
        text.split(separator: "|", omittingEmptySubsequences: true)
            .map { inline($0.trimmedSubstring) }
    }

    /// `** item` → depth 2, bullet; `# item` → depth 1, numbered.
    private static func listItem(_ text: Substring) -> (Int, String, Substring)? {
        guard let first = text.first, first == "*" || first == "#" || first == "-" else {
            return nil
        }
        let markers = text.prefix(while: { $0 == first })
        let rest = text.dropFirst(markers.count)
        guard rest.first == " ", markers.count <= 6 else { return nil }
        return (markers.count, first == "#" ? "1." : "-", rest.dropFirst())
    }

    /// `*bold*` → `**bold**`, `{{code}}` → `` `code` ``, `[text|url]` → `[text](url)`.
    static func inline(_ text: Substring) -> String {
        var result = String(text)
        if result.contains("{{") {
            result = result.replacingOccurrences(of: "{{", with: "`")
                .replacingOccurrences(of: "}}", with: "`")
        }
        guard result.contains("*") else { return result }
        var out = ""
        var index = result.startIndex
        while index < result.endIndex {
            let character = result[index]
            let next = result.index(after: index)
            let before = index > result.startIndex ? result[result.index(before: index)] : " "
            if character == "*", !before.isWordCharacter, next < result.endIndex,
                !result[next].isBlank, result[next] != "*",
                let close = result[next...].firstIndex(of: "*"), close > next,
                !result[result.index(before: close)].isBlank
            {
                out += "**" + result[next..<close] + "**"
                index = result.index(after: close)
                continue
            }
            out.append(character)
            index = next
        }
        return out
    }
}
