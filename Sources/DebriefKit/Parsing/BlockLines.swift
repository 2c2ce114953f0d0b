/// Reads the lines of a paragraph or an indented code block back from the source, as written.
struct BlockLines {
    let source: SourceText

    /// The paragraph's lines. Continuation lines lose their indentation and, inside block
    /// quotes, their `>` markers (cmark's block positions are exact; only the first line's
    /// start column is known, so the container prefix of later lines is stripped here).
    func paragraph(_ node: MarkdownNode, quoteDepth: Int) -> [NoteLine] {
        guard let start = node.start else { return [] }
        var raw: [(text: Substring, indent: Int)] = []
        for number in start.line...max(node.endLine, start.line) {
            if number == start.line {
                raw.append((source.line(number, fromColumn: start.column), start.column - 1))
            } else {
                let text = Self.droppingQuoteMarkers(source.line(number), depth: quoteDepth)
                raw.append((text, text.leadingSpaces))
            }
        }
        var lines: [NoteLine] = []
        for (offset, (text, indent)) in raw.enumerated() {
            let line = NoteLine(
                markdown: String(text),
                location: SourceLocation(
                    line: start.line + offset,
                    column: offset == 0 ? start.column : text.leadingSpaces + 1),
                indent: indent)
            if !line.isBlank { lines.append(line) }
        }
        return lines
    }

    /// An indented code block in a note is almost always a pasted line that happened to be
    /// indented four spaces after a blank line (a quote under a bullet), so it is read as text.
    func indentedCode(_ node: MarkdownNode) -> [NoteLine] {
        guard let start = node.start else { return [] }
        var lines: [NoteLine] = []
        for number in start.line...max(node.endLine, start.line) {
            let text = source.line(number)
            let line = NoteLine(
                markdown: String(text),
                location: SourceLocation(line: number, column: text.leadingSpaces + 1),
                indent: text.leadingSpaces)
            if !line.isBlank { lines.append(line) }
        }
        return lines
    }

    /// The whole block as written, dedented.
    func markdown(of node: MarkdownNode) -> String {
        guard let start = node.start else { return "" }
        return source.block(from: start.line, to: node.endLine).trimmed
    }

    private static func droppingQuoteMarkers(_ line: Substring, depth: Int) -> Substring {
        var text = line
        for _ in 0..<depth {
            let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
            guard trimmed.first == ">" else { break }
            text = trimmed.dropFirst()
            if text.first == " " { text = text.dropFirst() }
        }
        return text
    }
}
