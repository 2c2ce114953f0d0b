/// Reads ratings from a table (name, score and optional notes columns) or from lines such as
/// "Communication: 3/4", "Coding — 3 out of 4", "Design: ★★★☆".
struct RatingsRecogniser {
    private(set) var ratings: [Rating] = []
    /// Lines that are not ratings, kept for `other`.
    private(set) var leftovers: [NoteLine] = []

    mutating func read(_ entries: [OutlineEntry]) {
        for entry in entries {
            switch entry.kind {
            case .table(let rows):
                readTable(rows)
            case .heading:
                continue
            default:
                for line in [entry.line] + entry.continuation { readLine(line) }
                read(entry.children)
            }
        }
    }

    private mutating func readTable(_ rows: [TableRow]) {
        guard let header = rows.first else { return }
        let names = header.cells.map { LabelText.normalised(MarkupStripper.plainText($0)) }
        let scoreColumn = names.firstIndex(where: {
            ["score", "rating", "result", "grade", "level", "points", "mark"].contains($0)
        }) ?? 1
        let commentColumn = names.indices.first(where: {
            $0 != 0 && $0 != scoreColumn
        })
        for row in rows.dropFirst() where row.cells.count > scoreColumn {
            let value = row.cells[scoreColumn]
            let (score, scale) = Self.score(in: MarkupStripper.plainText(value))
            let comment = commentColumn.flatMap { row.cells.indices.contains($0) ? row.cells[$0] : nil }
            ratings.append(Rating(
                name: MarkupStripper.plainText(row.cells[0]), score: score, scale: scale,
                value: value, comment: comment?.isEmpty == false ? comment : nil, line: row.line))
        }
    }

    private mutating func readLine(_ line: NoteLine) {
        let plain = line.plain
        if let pair = KeyValueLine(line) {
            let (value, comment) = Self.valueAndComment(pair.value)
            let (score, scale) = Self.score(in: MarkupStripper.plainText(value))
            ratings.append(Rating(name: pair.key, score: score, scale: scale, value: value,
                                  comment: comment, line: line.location.line))
            return
        }
        // "Coding — 3/4" or "Coding 3/4": a name, then a score at the end.
        for separator in [" — ", " – ", " - "] {
            if let range = plain.range(of: separator, options: .backwards) {
                let value = String(plain[range.upperBound...]).trimmed
                let (score, scale) = Self.score(in: value)
                if score != nil {
                    ratings.append(Rating(name: String(plain[..<range.lowerBound]).trimmed,
                                          score: score, scale: scale, value: value,
                                          line: line.location.line))
                    return
                }
            }
        }
        leftovers.append(line)
    }

    /// "3/4 — clear and concise" → ("3/4", "clear and concise"), when the part before the
    /// dash is a score.
    static func valueAndComment(_ text: String) -> (String, String?) {
        for separator in [" — ", " – ", " - ", " ("] {
            guard let range = text.range(of: separator) else { continue }
            let value = String(text[..<range.lowerBound]).trimmed
            guard score(in: MarkupStripper.plainText(value)).0 != nil else { continue }
            var comment = String(text[range.upperBound...]).trimmed
            if separator == " (", comment.hasSuffix(")") { comment.removeLast() }
            return (value, comment.isEmpty ? nil : comment)
        }
        return (text, nil)
    }

    /// "3/4" → (3, 4); "3 out of 4" → (3, 4); "★★★☆" → (3, 4); "3.5" → (3.5, nil).
    static func score(in text: String) -> (Double?, Double?) {
        let stars = text.filter { $0 == "★" || $0 == "☆" }
        if !stars.isEmpty {
            return (Double(stars.count(where: { $0 == "★" })), Double(stars.count))
        }
        let normalised = text.lowercased()
            .replacingOccurrences(of: "out of", with: "/")
            .replacingOccurrences(of: " of ", with: "/")
        var numbers: [Double] = []
        var slashBetween = false
        var current = ""
        for character in normalised + " " {
            if character.isASCIIDigit || (character == "." && !current.isEmpty) {
                current.append(character)
                continue
            }
            if let number = Double(current) { numbers.append(number) }
            current = ""
            if character == "/", numbers.count == 1 { slashBetween = true }
        }
        switch numbers.count {
        case 1: return (numbers[0], nil)
        case 2 where slashBetween: return (numbers[0], numbers[1])
        default: return (nil, nil)
        }
    }
}
