/// A block of the CommonMark tree, copied out of cmark-gfm into plain Swift values so that no
/// C pointer outlives `CommonMarkConverter`.
///
/// Only block structure is copied: the recognisers read a block's text from the source lines
/// (the Markdown as the interviewer wrote it), because cmark-gfm 0.29's positions for inline
/// nodes drift on indented continuation lines while block positions are exact.
struct MarkdownNode: Sendable {
    /// cmark's type string (`"paragraph"`, `"table"`, `"tasklist"`): extension nodes have no
    /// stable enum value, so the string is the identity.
    var kind: String
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
