/// A block of the CommonMark tree, copied out of cmark-gfm into plain Swift values so that no
/// C pointer outlives `CommonMarkConverter`.
///
/// Only block structure is copied: the recognisers read a block's text from the source lines
/// (the Markdown as the interviewer wrote it), because cmark-gfm 0.29's positions for inline
/// nodes drift on indented continuation lines while block positions are exact.
struct MarkdownNode: Sendable {
    var kind: Kind
    var start: SourceLocation?
    var end: SourceLocation?
    /// Heading level (1–6), 0 for other nodes.
    var headingLevel: Int = 0
    /// For lists: `true` when ordered, and the number the list starts at.
    var isOrderedList: Bool = false
    var listStart: Int = 1
    /// For links and images: the destination as written.
    var url: String?
    /// For code blocks: `true` when fenced (```), `false` when indented.
    var isFenced: Bool = false
    /// Literal text of code and HTML blocks, and of inline text, code and HTML.
    var literal: String?
    /// Plain inline text of paragraphs and headings, lines separated by `\n`.
    var inlineText: String = ""
    /// `true` for a paragraph whose only content is one strong span (`**Label**`), optionally
    /// followed by a colon: the way bold-only labels look in Google Docs exports.
    var isStrongOnly: Bool = false
    /// Child blocks; for paragraphs, headings and table cells, their inline nodes, but only
    /// when the tree was copied `withInlines` (the renderers need them, the parser does not).
    var children: [MarkdownNode] = []

    var startLine: Int { start?.line ?? 0 }
    var endLine: Int { end?.line ?? startLine }
}

extension MarkdownNode {
    /// What a node is. cmark's extension nodes (tables, task lists) have no stable C enum
    /// value, so the converter maps cmark's type strings here, once; everywhere else switches
    /// over this type and the compiler checks every case is handled.
    enum Kind: Equatable, Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading
        case thematicBreak, table, tableHeader, tableRow, tableCell, taskList
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        case strikethrough
        /// A container nested past `CommonMarkConverter.maximumDepth`, kept as source text.
        case deepBlock
        /// A node Debrief does not read (a footnote, an extension added later).
        case other(String)

        init(cmarkType: String) {
            switch cmarkType {
            case "document": self = .document
            case "block_quote": self = .blockQuote
            case "list": self = .list
            case "item": self = .item
            case "code_block": self = .codeBlock
            case "html_block": self = .htmlBlock
            case "paragraph": self = .paragraph
            case "heading": self = .heading
            case "thematic_break": self = .thematicBreak
            case "table": self = .table
            case "table_header": self = .tableHeader
            case "table_row": self = .tableRow
            case "table_cell": self = .tableCell
            case "tasklist": self = .taskList
            case "text": self = .text
            case "softbreak": self = .softBreak
            case "linebreak": self = .lineBreak
            case "code": self = .code
            case "html_inline": self = .htmlInline
            case "emph": self = .emphasis
            case "strong": self = .strong
            case "link": self = .link
            case "image": self = .image
            case "strikethrough": self = .strikethrough
            default: self = .other(cmarkType)
            }
        }
    }
}
