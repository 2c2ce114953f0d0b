import CCmarkGFM
import Synchronization

/// The one place that talks to cmark-gfm: parses with the GFM extensions and source positions,
/// copies the block tree into `MarkdownNode` values and frees every C object before returning.
enum CommonMarkConverter {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// - Parameter withInlines: also copy inline nodes (emphasis, links, code) under
    ///   paragraphs, headings and table cells, for rendering.
    /// - Parameter gfm: with the GFM extensions (tables, strikethrough, autolinks, task
    ///   lists); without, as plain CommonMark reads the text.
    static func convert(_ text: String, withInlines: Bool = false, gfm: Bool = true) -> MarkdownNode {
        guard let document = parse(text, gfm: gfm) else { return MarkdownNode(kind: .document) }
        defer { cmark_node_free(document) }
        var copier = Copier(text: text, withInlines: withInlines)
        return copier.copyBlock(document, depth: 0)
    }

    /// cmark-gfm's parse, one at a time in the process. Its extensions mark their characters
    /// ("~", "|", ":") as special in a table shared by every parser, set at the start of a
    /// parse and cleared at its end, so a parse on another thread could miss a strikethrough
    /// or a table half-way: the same note read two ways depending on the scheduling. The
    /// parse is a small part of the work; reading the tree into `MarkdownNode`s, the costly
    /// part, runs outside the lock.
    private static func parse(_ text: String, gfm: Bool) -> OpaquePointer? {
        parseLock.withLock { _ in
            guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS) else { return nil }
            defer { cmark_parser_free(parser) }
            for syntaxExtension in gfm ? SyntaxExtensions.shared.pointers : [] {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
            return cmark_parser_finish(parser)
        }
    }

    private static let parseLock = Mutex(())

    /// The GFM extensions, registered and found once per process. cmark-gfm registers them
    /// into a global list with no lock, so parsers on several threads at once (a batch, the
    /// tests) must not each call `cmark_gfm_core_extensions_ensure_registered`: two threads
    /// registering together corrupted the list and crashed a later parse. A `static let` is
    /// initialised exactly once, whichever thread comes first.
    private struct SyntaxExtensions: @unchecked Sendable {
        // Unchecked: C pointers are not Sendable, but these are only read once made.
        let pointers: [OpaquePointer]

        static let shared: SyntaxExtensions = {
            cmark_gfm_core_extensions_ensure_registered()
            return SyntaxExtensions(pointers: extensionNames.compactMap { cmark_find_syntax_extension($0) })
        }()
    }

    /// Containers nested deeper than this are kept as their source text (kind
    /// `"deep_block"`) instead of being walked: a pasted note with thousands of nested list
    /// levels must not overflow the stack here or in any recogniser or renderer after.
    static let maximumDepth = 48

    private struct Copier {
        let text: String
        let withInlines: Bool
        private var source: SourceText?

        init(text: String, withInlines: Bool) {
            self.text = text
            self.withInlines = withInlines
        }

        mutating func copyBlock(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
            var copy = CommonMarkConverter.copyBlock(node, withInlines: withInlines)
            if copy.kind == .codeBlock, copy.isFenced { correctFenceEnd(&copy) }
            if CommonMarkConverter.isContainer(copy.kind), depth < CommonMarkConverter.maximumDepth {
                copy.children = CommonMarkConverter.children(of: node) {
                    copyBlock($0, depth: depth + 1)
                }
            } else if CommonMarkConverter.isContainer(copy.kind), let start = copy.start {
                // The container keeps its kind, so renderers walk it as usual; its content
                // becomes one leaf of source text (inside an item when it is a list).
                if source == nil { source = SourceText(text) }
                var leaf = MarkdownNode(kind: .deepBlock, start: copy.start, end: copy.end)
                leaf.literal = source?.block(from: start.line, to: copy.endLine)
                if copy.kind == .list {
                    var item = MarkdownNode(kind: .item, start: copy.start, end: copy.end)
                    item.children = [leaf]
                    copy.children = [item]
                } else {
                    copy.children = [leaf]
                }
            }
            return copy
        }

        /// cmark-gfm 0.29 ends a fence that its list item closes one line too late, taking in
        /// the next item; the literal says how many lines the code has, the source whether a
        /// closing fence follows it.
        private mutating func correctFenceEnd(_ copy: inout MarkdownNode) {
            guard let start = copy.start, let literal = copy.literal else { return }
            if source == nil { source = SourceText(text) }
            let codeLines = literal.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            let afterCode = start.line + codeLines + 1
            let fence = source?.line(afterCode).trimmed ?? ""
            let end = fence.hasPrefix("```") || fence.hasPrefix("~~~") ? afterCode : afterCode - 1
            if end < copy.endLine { copy.end = SourceLocation(line: end, column: 1) }
        }
    }

    /// Copies one block's own fields (and its inlines when asked); children are the
    /// `Copier`'s job.
    private static func copyBlock(_ node: OpaquePointer, withInlines: Bool) -> MarkdownNode {
        let kind = Self.kind(of: node)
        var copy = MarkdownNode(
            kind: kind,
            start: SourceLocation(
                cmarkLine: cmark_node_get_start_line(node),
                column: cmark_node_get_start_column(node)),
            end: SourceLocation(
                cmarkLine: cmark_node_get_end_line(node),
                column: cmark_node_get_end_column(node) + 1))
        switch kind {
        case .heading:
            copy.headingLevel = Int(cmark_node_get_heading_level(node))
            copy.inlineText = inlineText(of: node)
        case .paragraph:
            copy.inlineText = inlineText(of: node)
            copy.isStrongOnly = isStrongOnly(node)
        case .list:
            copy.isOrderedList = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            copy.listStart = Int(cmark_node_get_list_start(node))
        case .codeBlock:
            // cmark-gfm writes through these pointers, so they must be real.
            var length: Int32 = 0
            var offset: Int32 = 0
            var character: CChar = 0
            copy.isFenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            copy.literal = cmark_node_get_literal(node).map(text(of:))
        case .htmlBlock:
            copy.literal = cmark_node_get_literal(node).map(text(of:))
            // cmark-gfm 0.29 ends a multi-line HTML block one line early; the literal is exact.
            if let start = copy.start, let literal = copy.literal {
                let lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
                let count = max(lines.last?.isEmpty == true ? lines.count - 1 : lines.count, 1)
                copy.end = SourceLocation(line: start.line + count - 1,
                                          column: lines[count - 1].utf8.count + 1)
            }
        default:
            break
        }
        if withInlines, kind == .paragraph || kind == .heading || kind == .tableCell {
            copy.children = children(of: node, copyInline)
        }
        return copy
    }

    private static func copyInline(_ node: OpaquePointer) -> MarkdownNode {
        copyInline(node, depth: 0)
    }

    /// A literal or address from the tree. A character reference decodes to any code point,
    /// control characters too ("&#26;"), which no report may hold: they become U+FFFD, as a
    /// browser shows them, and a carriage return a space. Tabs and line feeds stay.
    static func text(of cString: UnsafePointer<CChar>) -> String {
        let text = String(cString: cString)
        guard text.containsByte(where: { $0 < 0x20 && $0 != 9 && $0 != 10 || $0 == 0x7F || $0 == 0xC2 })
        else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // A carriage return ("&#13;") is a space to a browser; line endings are "\n" here.
            if value == 13 {
                scalars.append(" ")
                continue
            }
            let isControl = value < 0x20 && value != 9 && value != 10 || (0x7F...0x9F).contains(value)
            scalars.append(isControl ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    /// Inline nodes nested deeper than `maximumDepth` ("**" thousands of times) become one
    /// text node with their words.
    private static func copyInline(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        var copy = MarkdownNode(kind: kind(of: node))
        copy.literal = cmark_node_get_literal(node).map(text(of:))
        copy.url = cmark_node_get_url(node).map(text(of:))
        if depth < maximumDepth {
            copy.children = children(of: node) { copyInline($0, depth: depth + 1) }
        } else if cmark_node_first_child(node) != nil {
            copy = MarkdownNode(kind: .text)
            copy.literal = inlineText(of: node)
        }
        return copy
    }

    private static func children(
        of node: OpaquePointer, _ copy: (OpaquePointer) throws -> MarkdownNode
    ) rethrows -> [MarkdownNode] {
        var copies: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            copies.append(try copy(current))
            child = cmark_node_next(current)
        }
        return copies
    }

    /// A core node's kind from its type number; an extension's (a table, strikethrough),
    /// whose number is given out when it registers, from its type name. Every node of every
    /// note is asked, and the name is a string made and compared each time. A list item too
    /// goes by its name: the task-list extension keeps the item's number and names it
    /// "tasklist".
    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: MarkdownNode.Kind(cmarkType: String(cString: cmark_node_get_type_string(node)))
        }
    }

    /// Blocks whose children are blocks; paragraphs, headings and table cells hold inlines.
    private static func isContainer(_ kind: MarkdownNode.Kind) -> Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .taskList, .table, .tableHeader, .tableRow:
            return true
        case .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak, .tableCell, .text,
            .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image,
            .strikethrough, .deepBlock, .other:
            return false
        }
    }

    /// The words under `node`, line breaks as `\n`. Walks with cmark's iterator rather than
    /// recursion, so deeply nested emphasis cannot overflow the stack.
    private static func inlineText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator),
                current != node
            else { continue }
            switch kind(of: current) {
            case .text, .code:
                if let literal = cmark_node_get_literal(current) {
                    text += Self.text(of: literal)
                }
            case .softBreak, .lineBreak:
                text += "\n"
            default:
                break
            }
        }
        return text
    }

    private static func isStrongOnly(_ node: OpaquePointer) -> Bool {
        var sawStrong = false
        var child = cmark_node_first_child(node)
        while let current = child {
            let kind = kind(of: current)
            if kind == .strong, !sawStrong {
                sawStrong = true
            } else if kind == .text, sawStrong,
                let literal = cmark_node_get_literal(current),
                String(cString: literal).allSatisfy({ $0 == ":" || $0.isWhitespace })
            {
                // "**Strengths**:" still reads as a label.
            } else {
                return false
            }
            child = cmark_node_next(current)
        }
        return sawStrong
    }
}
