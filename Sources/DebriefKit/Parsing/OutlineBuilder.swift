/// Builds the `OutlineEntry` tree of a section from its pieces.
///
/// Pasted bullets nest by indentation. A line that opens a quote or an example label
/// ("“…”", "Example:", "e.g.") starts an entry of its own under the current bullet; any other
/// line continues the entry above it, as wrapped text does.
struct OutlineBuilder {
    let lines: BlockLines

    func build(_ pieces: [Section.Piece]) -> [OutlineEntry] {
        var builder = Tree()
        for piece in pieces {
            switch piece {
            case .lines(let noteLines):
                builder.addParagraph(noteLines, afterBlankLine: true)
            case .block(let node):
                add(node, to: &builder, quoteDepth: 0)
            }
        }
        return builder.roots
    }

    private func add(_ node: MarkdownNode, to tree: inout Tree, quoteDepth: Int) {
        switch node.kind {
        case .paragraph:
            let paragraphLines = lines.paragraph(node, quoteDepth: quoteDepth)
            if node.isStrongOnly, quoteDepth == 0, let first = paragraphLines.first {
                tree.addHeading(first)
            } else if quoteDepth > 0 {
                tree.addQuote(paragraphLines)
            } else {
                tree.addParagraph(paragraphLines, afterBlankLine: true)
            }
        case .heading:
            if let start = node.start {
                tree.addHeading(NoteLine(
                    markdown: node.inlineText.replacingNewlines, location: start, indent: 0))
            }
        case .list:
            for item in node.children { addListItem(item, to: &tree, quoteDepth: quoteDepth) }
        case .blockQuote:
            for child in node.children { add(child, to: &tree, quoteDepth: quoteDepth + 1) }
        case .codeBlock where !node.isFenced:
            tree.addParagraph(lines.indentedCode(node), afterBlankLine: true)
        case .table:
            if let start = node.start {
                let rows = TableReader(source: lines.source).rows(of: node)
                tree.addRoot(OutlineEntry(
                    kind: .table(rows),
                    line: NoteLine(markdown: lines.markdown(of: node), location: start,
                                   indent: 0)))
            }
        case .thematicBreak:
            tree.closeBullets()
        case .htmlBlock:
            let text = (node.literal ?? "").trimmed
            if !text.isEmpty, let start = node.start {
                tree.addRoot(OutlineEntry(
                    kind: .verbatim, line: NoteLine(markdown: text, location: start, indent: 0)))
            }
        case .document, .item, .codeBlock, .tableHeader, .tableRow, .tableCell, .taskList, .text,
            .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image,
            .strikethrough, .deepBlock, .other:
            if let start = node.start {
                let text = lines.markdown(of: node)
                if !text.isEmpty {
                    tree.addRoot(OutlineEntry(
                        kind: .verbatim,
                        line: NoteLine(markdown: text, location: start, indent: 0)))
                }
            }
        }
    }

    private func addListItem(_ item: MarkdownNode, to tree: inout Tree, quoteDepth: Int) {
        var children = item.children[...]
        var itemLines: [NoteLine] = []
        if let first = children.first, first.kind == .paragraph {
            itemLines = lines.paragraph(first, quoteDepth: quoteDepth)
            children = children.dropFirst()
        }
        guard let headline = itemLines.first ?? item.start.map({
            NoteLine(markdown: "", location: $0, indent: 0)
        }) else { return }
        var nested = Tree()
        nested.addParagraph(Array(itemLines.dropFirst()), afterBlankLine: false)
        // Wrapped lines of the item's own first paragraph continue its headline.
        var entry = OutlineEntry(kind: quoteDepth > 0 ? .quote : .bullet, line: headline)
        var roots = nested.roots[...]
        while let next = roots.first, next.kind == .text, !next.line.startsExample {
            entry.continuation.append(next.line)
            entry.continuation.append(contentsOf: next.continuation)
            roots = roots.dropFirst()
        }
        var childTree = Tree()
        childTree.roots = Array(roots)
        for child in children { add(child, to: &childTree, quoteDepth: quoteDepth) }
        entry.children = childTree.roots
        tree.addRoot(entry, isBullet: true)
    }
}

/// The tree under construction, with the chain of open pasted bullets.
private struct Tree {
    var roots: [OutlineEntry] = []
    /// Index paths of the open bullets, outermost first, with their indentation.
    private var open: [(path: [Int], indent: Int)] = []
    /// The entry that plain continuation lines extend.
    private var lastPath: [Int]?

    mutating func addRoot(_ entry: OutlineEntry, isBullet: Bool = false) {
        roots.append(entry)
        open = isBullet ? [([roots.count - 1], -1)] : []
        lastPath = isBullet ? [roots.count - 1] : nil
    }

    mutating func addHeading(_ line: NoteLine) {
        closeBullets()
        roots.append(OutlineEntry(kind: .heading, line: line))
    }

    mutating func closeBullets() {
        open = []
        lastPath = nil
    }

    /// Quote paragraphs belong to the bullet above them, when there is one.
    mutating func addQuote(_ lines: [NoteLine]) {
        guard let first = lines.first else { return }
        var entry = OutlineEntry(kind: .quote, line: first)
        entry.continuation = Array(lines.dropFirst())
        if let parent = open.last?.path {
            insert(entry, under: parent)
        } else {
            roots.append(entry)
        }
    }

    mutating func addParagraph(_ lines: [NoteLine], afterBlankLine: Bool) {
        for (index, line) in lines.enumerated() {
            if line.bullet != nil {
                var line = line
                line.indent += PastedBullet.depth(of: line.bullet) * 2
                // Pop bullets at this indentation or deeper, and CommonMark items (indent -1):
                // a pasted bullet after a list is its sibling, not its child. Nesting stops at
                // the converter's depth so thousands of indent levels stay flat, not deep.
                while let top = open.last,
                    top.indent >= line.indent || top.indent < 0
                        || open.count >= CommonMarkConverter.maximumDepth
                {
                    open.removeLast()
                }
                let entry = OutlineEntry(kind: .bullet, line: line)
                let path: [Int]
                if let parent = open.last?.path {
                    path = insert(entry, under: parent)
                } else {
                    roots.append(entry)
                    path = [roots.count - 1]
                }
                open.append((path, line.indent))
                lastPath = path
                continue
            }
            let startsParagraph = index == 0 && afterBlankLine
            // After a blank line, an unindented line of prose ends the bullets above it.
            if startsParagraph, !line.startsExample,
                let top = open.last, line.indent <= max(top.indent, 0)
            {
                closeBullets()
            }
            // A line indented under a pasted bullet is a line of its own below it (a detail);
            // any other plain line continues the entry above, as wrapped text does.
            let indentedUnderBullet = open.last.map { $0.indent >= 0 && line.indent > $0.indent }
                ?? false
            if !line.startsExample, !startsParagraph, let path = lastPath,
                !(indentedUnderBullet && path == open.last?.path)
            {
                append(continuation: line, at: path)
                continue
            }
            let entry = OutlineEntry(kind: .text, line: line)
            if let parent = open.last?.path {
                lastPath = insert(entry, under: parent)
            } else {
                roots.append(entry)
                lastPath = [roots.count - 1]
            }
        }
    }

    @discardableResult
    private mutating func insert(_ entry: OutlineEntry, under path: [Int]) -> [Int] {
        var index = 0
        Self.modify(&roots, at: path) { parent in
            parent.children.append(entry)
            index = parent.children.count - 1
        }
        return path + [index]
    }

    private mutating func append(continuation line: NoteLine, at path: [Int]) {
        Self.modify(&roots, at: path) { $0.continuation.append(line) }
    }

    private static func modify(
        _ entries: inout [OutlineEntry], at path: [Int], _ change: (inout OutlineEntry) -> Void
    ) {
        guard let first = path.first, entries.indices.contains(first) else { return }
        if path.count == 1 {
            change(&entries[first])
        } else {
            modify(&entries[first].children, at: Array(path.dropFirst()), change)
        }
    }
}
