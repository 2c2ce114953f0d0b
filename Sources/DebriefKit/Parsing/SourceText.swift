/// The note's text split into lines, for reading blocks back exactly as they were written.
struct SourceText {
    /// `lines[0]` is line 1. Line endings are already LF (see `NoteDecoder`).
    let lines: [Substring]

    init(_ text: String) {
        lines = text.lineSlices
    }

    func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lines.count else { return "" }
        return lines[number - 1]
    }

    /// The rest of `line` from a 1-based UTF-8 byte column.
    func line(_ number: Int, fromColumn column: Int) -> Substring {
        let text = line(number)
        let utf8 = text.utf8
        let offset = min(max(column - 1, 0), utf8.count)
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        return text[index...]
    }

    /// Lines `first...last` with their common indentation removed and trailing blank lines
    /// dropped: how a whole block (a list, a table) is kept "as written".
    func block(from first: Int, to last: Int) -> String {
        guard first >= 1, last >= first else { return "" }
        var slice = Array(lines[(first - 1)..<min(last, lines.count)])
        while let tail = slice.last, tail.allSatisfy(\.isWhitespace) { slice.removeLast() }
        let indents = slice.filter { !$0.allSatisfy(\.isWhitespace) }.map(\.leadingSpaces)
        let common = indents.min() ?? 0
        return slice.map { String($0.dropFirst(min(common, $0.leadingSpaces))) }
            .joined(separator: "\n")
    }
}

extension StringProtocol {
    /// Count of leading spaces, tabs and non-breaking spaces (notes apps indent with those);
    /// a tab counts as one, since only relative indentation matters.
    var leadingSpaces: Int {
        var count = 0
        for character in self {
            guard character == " " || character == "\t" || character == "\u{00A0}" else { break }
            count += 1
        }
        return count
    }

    /// Trimmed of white space at both ends, including the non-breaking spaces notes apps paste.
    var trimmed: String {
        // Most texts start and end with a printable ASCII byte: no Character need be read.
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last, first > 32, first < 127, last > 32,
            last < 127
        {
            return whole
        }
        guard let first = firstIndex(where: { !$0.isBlank }),
            let last = lastIndex(where: { !$0.isBlank })
        else { return "" }
        return String(self[first...last])
    }
}
