import CCmarkGFM

/// The one place that talks to cmark-gfm: parses with the GFM extensions and source positions,
/// copies the block tree into `MarkdownNode` values and frees every C object before returning.
enum CommonMarkConverter {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// - Parameter withInlines: also copy inline nodes (emphasis, links, code) under
    ///   paragraphs, headings and table cells, for rendering.
    static func convert(_ text: String, withInlines: Bool = false) -> MarkdownNode {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS) else {
            return MarkdownNode(kind: "document")
        }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            return MarkdownNode(kind: "document")
        }
        defer { cmark_node_free(document) }
        return copyBlock(document, withInlines: withInlines)
    }

    private static func copyBlock(_ node: OpaquePointer, withInlines: Bool) -> MarkdownNode {
        let kind = String(cString: cmark_node_get_type_string(node))
        var copy = MarkdownNode(
            kind: kind,
            start: SourceLocation(
                cmarkLine: cmark_node_get_start_line(node),
                column: cmark_node_get_start_column(node)),
            end: SourceLocation(
                cmarkLine: cmark_node_get_end_line(node),
                column: cmark_node_get_end_column(node) + 1))
        switch kind {
        case "heading":
            copy.headingLevel = Int(cmark_node_get_heading_level(node))
            copy.inlineText = inlineText(of: node)
        case "paragraph":
            copy.inlineText = inlineText(of: node)
            copy.isStrongOnly = isStrongOnly(node)
        case "list":
            copy.isOrderedList = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            copy.listStart = Int(cmark_node_get_list_start(node))
        case "code_block":
            // cmark-gfm writes through these pointers, so they must be real.
            var length: Int32 = 0
            var offset: Int32 = 0
            var character: CChar = 0
            copy.isFenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            copy.literal = cmark_node_get_literal(node).map { String(cString: $0) }
        case "html_block":
            copy.literal = cmark_node_get_literal(node).map { String(cString: $0) }
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
        if isContainer(kind) {
            copy.children = children(of: node) { copyBlock($0, withInlines: withInlines) }
        } else if withInlines, kind == "paragraph" || kind == "heading" || kind == "table_cell" {
            copy.children = children(of: node, copyInline)
        }
        return copy
    }

    private static func copyInline(_ node: OpaquePointer) -> MarkdownNode {
        var copy = MarkdownNode(kind: String(cString: cmark_node_get_type_string(node)))
        copy.literal = cmark_node_get_literal(node).map { String(cString: $0) }
        copy.url = cmark_node_get_url(node).map { String(cString: $0) }
        copy.children = children(of: node, copyInline)
        return copy
    }

    private static func children(
        of node: OpaquePointer, _ copy: (OpaquePointer) -> MarkdownNode
    ) -> [MarkdownNode] {
        var copies: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            copies.append(copy(current))
            child = cmark_node_next(current)
        }
        return copies
    }

    /// Blocks whose children are blocks; paragraphs, headings and table cells hold inlines.
    private static func isContainer(_ kind: String) -> Bool {
        switch kind {
        case "document", "block_quote", "list", "item", "tasklist", "table", "table_header",
            "table_row":
            return true
        default:
            return false
        }
    }

    private static func inlineText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            let kind = String(cString: cmark_node_get_type_string(current))
            switch kind {
            case "text", "code":
                if let literal = cmark_node_get_literal(current) {
                    text += String(cString: literal)
                }
            case "softbreak", "linebreak":
                text += "\n"
            case "html_inline":
                break
            default:
                text += inlineText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }

    private static func isStrongOnly(_ node: OpaquePointer) -> Bool {
        var sawStrong = false
        var child = cmark_node_first_child(node)
        while let current = child {
            let kind = String(cString: cmark_node_get_type_string(current))
            if kind == "strong", !sawStrong {
                sawStrong = true
            } else if kind == "text", sawStrong,
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
