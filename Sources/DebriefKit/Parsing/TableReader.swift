/// Reads a GFM table's rows from the source lines (cells as written, Markdown kept).
struct TableReader {
    let source: SourceText

    func rows(of table: MarkdownNode) -> [TableRow] {
        table.children.compactMap { row in
            guard let line = row.start?.line else { return nil }
            return TableRow(cells: Self.cells(in: source.line(line)), line: line)
        }
    }

    /// Splits `| a | b |` on pipes that are not escaped (`\|`) or inside a code span.
    static func cells(in line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var inCode = false
        var escaped = false
        for character in line.trimmed {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "`" {
                inCode.toggle()
                current.append(character)
            } else if character == "|", !inCode {
                cells.append(current.trimmed)
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current.trimmed)
        // The outer pipes of "| a | b |" leave empty cells at both ends.
        if cells.first == "", line.trimmed.hasPrefix("|") { cells.removeFirst() }
        if cells.last == "", line.trimmed.hasSuffix("|") { cells.removeLast() }
        return cells.map { $0.replacingBytes(of: "\\|", with: "|") }
    }
}
