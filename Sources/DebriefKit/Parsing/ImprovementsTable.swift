/// An improvements table, one item per row: the columns are read by their header ("Area",
/// "What happened", "Try saying"), so their order does not matter.
///
/// ```markdown
/// | Area | What happened | Try saying |
/// | --- | --- | --- |
/// | Estimation | skipped the numbers | "Let me size this first." |
/// ```
enum ImprovementsTable {
    private static let detailWords = [
        "what happened", "observation", "observed", "detail", "details", "notes", "note",
        "evidence", "why", "context", "comment", "comments", "feedback", "issue", "gap",
    ]
    private static let exampleWords = [
        "try saying", "say", "example", "examples", "phrasing", "phrasings", "you could say",
        "what to say", "script", "try", "suggestion", "suggested phrasing",
    ]

    /// The items of `rows` (the first is the header); `nil` when the table has no header that
    /// names at least one column beyond the first.
    static func items(_ rows: [TableRow]) -> [ImprovementItem]? {
        guard let header = rows.first, header.cells.count >= 2, rows.count >= 2 else { return nil }
        let names = header.cells.map { LabelText.normalised(MarkupStripper.plainText($0)) }
        let detail = names.indices.dropFirst().first { index in
            detailWords.contains { names[index].contains($0) }
        }
        let example = names.indices.dropFirst().first { index in
            exampleWords.contains { names[index] == $0 || names[index].hasPrefix($0 + " ") }
        }
        guard detail != nil || example != nil else { return nil }
        return rows.dropFirst().compactMap { row in
            let cell = { (index: Int?) -> String? in
                guard let index, index < row.cells.count else { return nil }
                let text = row.cells[index].trimmed
                return text.isEmpty ? nil : text
            }
            guard let headline = cell(0) else { return nil }
            var item = ImprovementItem(headline: headline, detail: cell(detail), line: row.line)
            if let phrasing = cell(example) {
                let split = ExampleText.phrasings(inExampleLine: phrasing)
                let texts = split.phrasings.isEmpty ? [phrasing] : split.phrasings
                item.examples = texts.map { ExamplePhrasing(text: $0, line: row.line) }
            }
            return item
        }
    }
}
