/// A section's content as a tree of entries, the same whether the interviewer used CommonMark
/// lists, pasted `•` bullets, block quotes or indentation. The recognisers for strengths,
/// improvements and preparation all read this one shape.
struct OutlineEntry {
    enum Kind: Equatable {
        /// A line of prose (or a wrapped paragraph).
        case text
        /// A list item: a CommonMark item or a pasted bullet.
        case bullet
        /// A paragraph inside a block quote.
        case quote
        /// A heading or bold-only paragraph inside the section.
        case heading
        /// A table, kept with its rows.
        case table([TableRow])
        /// A fenced code block or raw HTML: content kept as written, never interpreted.
        case verbatim
    }

    var kind: Kind
    var line: NoteLine
    /// Wrapped lines that continue `line`'s sentence.
    var continuation: [NoteLine] = []
    var children: [OutlineEntry] = []

    /// The entry's Markdown with wrapped lines joined by spaces.
    var markdown: String {
        continuation.isEmpty
            ? line.markdown
            : ([line.markdown] + continuation.map(\.markdown)).joined(separator: " ")
    }

    var plain: String {
        continuation.isEmpty
            ? line.plain : ([line.plain] + continuation.map(\.plain)).joined(separator: " ")
    }
}

struct TableRow: Equatable {
    var cells: [String]
    var line: Int
}
