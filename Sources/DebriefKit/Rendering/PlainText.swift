/// Renders note Markdown as plain text for the text report: markup removed, links shown as
/// "text (address)", list items as bullets.
enum PlainText {
    /// Inline Markdown on one line. A phrasing that happens to parse as a block ("1. First,
    /// I'd…" is a list to CommonMark) keeps its words.
    static func inline(_ markdown: String) -> String {
        inline(CommonMarkConverter.convert(markdown, withInlines: true))
    }

    /// The same from a document already parsed with its inlines.
    static func inline(_ document: MarkdownNode) -> String {
        blocks(document).split(whereSeparator: \.isNewline).map { $0.trimmed }
            .joined(separator: " ")
    }

    /// Block Markdown as paragraphs separated by blank lines; list items as "• item".
    static func blocks(_ markdown: String) -> String {
        blocks(CommonMarkConverter.convert(markdown, withInlines: true))
    }

    /// The same from a document already parsed with its inlines.
    static func blocks(_ document: MarkdownNode) -> String {
        document.children.compactMap { render(block: $0, indent: "") }
            .joined(separator: "\n\n")
    }

    private static func render(block: MarkdownNode, indent: String) -> String? {
        switch block.kind {
        case .paragraph, .heading:
            var out = ""
            renderInlines(block.children, into: &out)
            return indent + out
        case .list:
            return block.children.enumerated().map { index, item in
                let marker = block.isOrderedList ? "\(block.listStart + index). " : "• "
                let body = item.children.compactMap { render(block: $0, indent: "") }
                    .joined(separator: "\n")
                return indent + marker + body
            }.joined(separator: "\n")
        case .blockQuote:
            return block.children.compactMap { render(block: $0, indent: indent + "  ") }
                .joined(separator: "\n")
        case .codeBlock, .deepBlock:
            return (block.literal ?? "").split(separator: "\n", omittingEmptySubsequences: false)
                .map { indent + "    " + $0 }.joined(separator: "\n")
        case .table:
            return block.children.map { row in
                row.children.map { cell in
                    var out = ""
                    renderInlines(cell.children, into: &out)
                    return out
                }.joined(separator: " | ")
            }.joined(separator: "\n")
        case .document, .item, .htmlBlock, .thematicBreak, .tableHeader, .tableRow, .tableCell,
            .taskList, .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong,
            .link, .image, .strikethrough, .other:
            return nil
        }
    }

    private static func renderInlines(_ nodes: [MarkdownNode], into out: inout String) {
        // The tags closed in this run, found at its first HTML inline.
        var closed: Set<String>?
        for (index, node) in nodes.enumerated() {
            switch node.kind {
            case .text, .code:
                out += node.literal ?? ""
            case .softBreak:
                out += " "
            case .lineBreak:
                out += "\n"
            case .link:
                var text = ""
                renderInlines(node.children, into: &text)
                out += text
                if let url = node.url, !url.isEmpty, url != text, SafeHTML.isSafeURL(url) {
                    out += " (\(url))"
                }
            case .htmlInline:
                let names = closed ?? MentionedTags.closedNames(among: nodes)
                closed = names
                if let tag = node.literal, MentionedTags.isShown(at: index, of: nodes, closed: names) {
                    out += tag
                }
            case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph,
                .heading, .thematicBreak, .table, .tableHeader, .tableRow, .tableCell, .taskList,
                .emphasis, .strong, .image, .strikethrough, .deepBlock, .other:
                renderInlines(node.children, into: &out)
            }
        }
    }
}
