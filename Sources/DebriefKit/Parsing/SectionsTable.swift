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
/// it (a rating, a comment) its detail, so nothing written is lost.
enum SectionsTable {
    struct Entry {
        var kind: SectionKind
        var text: String
        /// The row's further cells, joined by dashes; `nil` when there are none.
        var detail: String?
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
                [.strengths, .improvements, .preparation].contains(kind)
            else { return nil }
            let cells = row.cells.dropFirst().map(\.trimmed).filter { !$0.isEmpty }
            guard let text = cells.first else { continue }
            let detail = cells.dropFirst().joined(separator: " — ")
            entries.append(Entry(kind: kind, text: text, detail: detail.isEmpty ? nil : detail, line: row.line))
        }
        return entries.isEmpty ? nil : entries
    }
}
