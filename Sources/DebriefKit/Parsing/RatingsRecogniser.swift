/// Reads ratings from a table (name, score and optional notes columns) or from lines such as
/// "Communication: 3/4", "Coding — 3 out of 4", "Design: ★★★☆".
struct RatingsRecogniser {
    private(set) var ratings: [Rating] = []
    /// Lines that are not ratings, kept for `other`.
    private(set) var leftovers: [NoteLine] = []
    /// Sub-headings, which ratings have no place for (reported, not kept).
    private(set) var headings: [NoteLine] = []
    /// "Hiring Recommendation | No Hire" in a scorecard is private, not a rating.
    private(set) var privateRows: [PrivateNote] = []

    mutating func read(_ entries: [OutlineEntry]) {
        for entry in entries {
            switch entry.kind {
            case .table(let rows):
                readTable(rows)
            case .heading:
                headings.append(entry.line)
            default:
                for line in [entry.line] + entry.continuation { readLine(line) }
                read(entry.children)
            }
        }
    }

    static let scoreHeaders: Set<String> = [
        "score", "scores", "rating", "ratings", "result", "grade", "points", "mark", "marks",
    ]
    static let nameHeaders: Set<String> = [
        "competency", "competencies", "skill", "skills", "area", "criteria", "criterion",
        "dimension", "name", "category", "attribute", "signal",
    ]

    /// A table whose header names a score column: ratings, wherever it stands.
    static func isRatingsTable(_ rows: [TableRow]) -> Bool {
        rows.first?.cells.contains {
            isScoreHeader(headerName($0)) && !LabelClassifier.isPrivate(MarkupStripper.plainText($0))
        } ?? false
    }

    /// A header cell as compared with the header words: "Score (1–5)" → "score".
    private static func headerName(_ cell: String) -> String {
        let plain = MarkupStripper.plainText(cell)
        return LabelText.normalised(LabelText.withoutTrailingAside(plain) ?? plain)
    }

    /// "Score", "Rating", "Score out of 5", "Score 1-5", "Score /4".
    private static func isScoreHeader(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, scoreHeaders.contains(String(first)) else { return false }
        return words.dropFirst().allSatisfy { word in
            word.allSatisfy(\.isASCIIDigit) || ["out", "of", "scale", "max"].contains(word)
        }
    }

    /// The name column is the one headed "Competency", "Skill"…, else the first; the score
    /// column the one headed "Score", "Rating"…, else the second. Every other column joins the
    /// comment, so nothing in the table is dropped.
    private mutating func readTable(_ rows: [TableRow]) {
        guard let header = rows.first else { return }
        let names = header.cells.map(Self.headerName)
        let scoreColumn = names.firstIndex(where: Self.isScoreHeader) ?? 1
        let nameColumn = names.firstIndex(where: Self.nameHeaders.contains)
            ?? (scoreColumn == 0 ? 1 : 0)
        // A column headed "Private notes", "Internal" or "Panel-only note" is private, cell
        // by cell.
        let privateColumns = Set(header.cells.indices.filter {
            $0 != nameColumn && (SectionLabels.kind(of: header.cells[$0]) == .privateNotes
                || LabelClassifier.isPrivate(MarkupStripper.plainText(header.cells[$0])))
        })
        for row in rows.dropFirst() {
            guard row.cells.indices.contains(nameColumn) else { continue }
            let name = MarkupStripper.plainText(row.cells[nameColumn])
            if SectionLabels.kind(of: name) == .privateNotes {
                privateRows.append(PrivateNote(
                    kind: .section, title: name,
                    markdown: row.cells.filter { !$0.isEmpty }.dropFirst().joined(separator: " — "),
                    line: row.line))
                continue
            }
            for column in privateColumns.sorted()
            where row.cells.indices.contains(column) && !row.cells[column].isEmpty {
                let header = MarkupStripper.plainText(header.cells[column])
                privateRows.append(PrivateNote(kind: .section, title: "\(name) — \(header)",
                                               markdown: row.cells[column], line: row.line))
            }
            // "Score (HM only)": a private score column's cells went to the private rows.
            let value = row.cells.indices.contains(scoreColumn) && !privateColumns.contains(scoreColumn)
                ? row.cells[scoreColumn] : ""
            let (score, scale) = Self.score(in: MarkupStripper.plainText(value))
            let others = row.cells.indices
                .filter {
                    $0 != nameColumn && $0 != scoreColumn && !privateColumns.contains($0)
                        && !row.cells[$0].isEmpty
                }
                .map { row.cells[$0] }
            ratings.append(Rating(
                name: name, score: score, scale: scale,
                value: value, comment: others.isEmpty ? nil : others.joined(separator: " — "),
                line: row.line))
        }
    }

    /// "Coding 4/5, Testing 3/5, Design 2/5": two or more names each followed by a score,
    /// apart by commas, middle dots ("Craft 5 · Research 2"), bars or semicolons.
    static func scoreList(in text: String) -> [(name: String, value: String)]? {
        for separator: Character in [",", "·", "|", ";", "•"] where text.contains(separator) {
            if let pairs = scoreList(in: text, apartBy: separator) { return pairs }
        }
        return nil
    }

    private static func scoreList(in text: String, apartBy separator: Character)
        -> [(name: String, value: String)]?
    {
        let parts = text.split(separator: separator).map { $0.trimmed }
        guard parts.count >= 2 else { return nil }
        var pairs: [(String, String)] = []
        for part in parts {
            guard let space = part.lastIndex(of: " ") else { return nil }
            let name = String(part[..<space]).trimmed
            var value = String(part[part.index(after: space)...])
            if value.hasSuffix(".") { value.removeLast() }
            guard !name.isEmpty, score(in: value).0 != nil else { return nil }
            pairs.append((name, value))
        }
        return pairs
    }

    private mutating func readLine(_ line: NoteLine) {
        let plain = line.plain
        if KeyValueLine(line) == nil, let pairs = Self.scoreList(in: plain) {
            for pair in pairs {
                let (score, scale) = Self.score(in: pair.value)
                ratings.append(Rating(name: pair.name, score: score, scale: scale,
                                      value: pair.value, line: line.location.line))
            }
            return
        }
        if let pair = KeyValueLine(line) {
            if SectionLabels.kind(of: pair.key) == .privateNotes {
                privateRows.append(PrivateNote(kind: .section, title: pair.key,
                                               markdown: pair.value, line: line.location.line))
                return
            }
            let (value, comment) = Self.valueAndComment(pair.value)
            let (score, scale) = Self.score(in: MarkupStripper.plainText(value))
            ratings.append(Rating(name: pair.key, score: score, scale: scale, value: value,
                                  comment: comment, line: line.location.line))
            return
        }
        // "Coding — 3/4" or "Coding 3/4": a name, then a score at the end.
        for separator in [" — ", " – ", " - "] {
            if let range = plain.lastByteRange(of: separator) {
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
            guard let range = text.byteRange(of: separator) else { continue }
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
            .replacingBytes(of: "out of", with: "/")
            .replacingBytes(of: " of ", with: "/")
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
