/// A table whose first column names each row's section (a Confluence or Notion paste):
///
/// ```markdown
/// | Area | Observation | Rating |
/// | --- | --- | --- |
/// | Strengths | Small, consistent props API | Strong |
/// | Improvement | Modal did not trap focus | Needs work |
/// ```
///
/// Each row is an entry of its section: its second cell the entry's text, and the cells after
/// it (a rating, a comment) its detail, so nothing written is lost. A cell that is a verdict
/// ("Yes", "Strong hire") or sits under a private header ("Hire signal") is kept apart, for
/// the hiring team only: joined to the text, no unit of the privacy screen would hold it alone.
enum SectionsTable {
    struct Entry {
        var kind: SectionKind
        var text: String
        /// The row's further cells, joined by dashes; `nil` when there are none.
        var detail: String?
        /// Cells kept from the candidate, as "Header: cell".
        var withheld: [String] = []
        var line: Int
    }

    /// The entries of `rows` (the first is the header); `nil` unless every other row names a
    /// section of entries (strengths, improvements, preparation) in its first cell.
    static func entries(_ rows: [TableRow]) -> [Entry]? {
        guard rows.count >= 3, rows[0].cells.count >= 2 else { return nil }
        var entries: [Entry] = []
        for row in rows.dropFirst() {
            guard let name = row.cells.first,
                let kind = SectionLabels.kind(of: MarkupStripper.plainText(name).trimmed),
                SectionKind.entryKinds.contains(kind)
            else { return nil }
            let cells = Array(row.cells.map(\.trimmed).enumerated().dropFirst())
            guard let text = cells.first?.element, !text.isEmpty else { continue }
            var kept: [String] = []
            var withheld: [String] = []
            for (column, cell) in cells.dropFirst() where !cell.isEmpty {
                let header = column < rows[0].cells.count ? MarkupStripper.plainText(rows[0].cells[column]).trimmed : ""
                if isPrivate(cell, under: header) {
                    withheld.append(header.isEmpty ? cell : "\(header): \(cell)")
                } else {
                    kept.append(cell)
                }
            }
            let detail = kept.joined(separator: " — ")
            entries.append(Entry(kind: kind, text: text, detail: detail.isEmpty ? nil : detail,
                                 withheld: withheld, line: row.line))
        }
        return entries.isEmpty ? nil : entries
    }

    private static func isPrivate(_ cell: String, under header: String) -> Bool {
        let language = EvaluationLanguage.shared
        return (!header.isEmpty && LabelClassifier.isPrivate(header))
            || language.bareVerdict(in: EvaluationWords(cell)) != nil || language.find(in: cell) != nil
    }
}
