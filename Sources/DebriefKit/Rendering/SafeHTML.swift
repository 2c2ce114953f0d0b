/// Renders note Markdown to HTML that cannot run anything: note text is untrusted.
///
/// Written over Debrief's own copy of the cmark tree rather than with cmark's HTML renderer,
/// because cmark's safe mode still lets `data:` image URLs through and loads remote images,
/// and a report must be one self-contained file. Here every text is escaped, raw HTML is
/// dropped (its inner text stays as text) but for a tag named in prose, shown as text
/// (`MentionedTags`), links keep only `http`, `https`, `mailto` and relative destinations,
/// and images become their alt text.
public enum SafeHTML {
    /// Block Markdown (a summary paragraph, a kept section) to HTML blocks.
    static func blocks(_ markdown: String, headingOffset: Int = 2) -> String {
        blocks(CommonMarkConverter.convert(markdown, withInlines: true), headingOffset: headingOffset)
    }

    /// The same from a document already parsed with its inlines.
    static func blocks(_ document: MarkdownNode, headingOffset: Int = 2) -> String {
        var out = ""
        for block in document.children { render(block: block, into: &out, headingOffset: headingOffset) }
        return out
    }

    /// Inline Markdown (a headline, a strength) to HTML without a wrapping paragraph.
    static func inline(_ markdown: String) -> String {
        inline(CommonMarkConverter.convert(markdown, withInlines: true))
    }

    /// The same from a document already parsed with its inlines.
    static func inline(_ document: MarkdownNode) -> String {
        var out = ""
        for (index, block) in document.children.enumerated() {
            if index > 0 { out += " " }
            if block.kind == .paragraph || block.kind == .heading {
                renderInlines(block.children, into: &out)
            } else {
                render(block: block, into: &out, headingOffset: 2)
            }
        }
        return out
    }

    /// Text as HTML that shows it: `&`, `<`, `>` and both quotes escaped, so it is safe in
    /// element content and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        // On bytes: the five characters are ASCII, so no byte of them is part of another
        // character; most texts hold none of them and are returned as they are.
        guard text.containsByte(where: needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Destinations a candidate's browser may follow. Everything else (`javascript:`,
    /// `vbscript:`, `data:`, `file:`, unknown schemes) is dropped.
    static func isSafeURL(_ url: String) -> Bool {
        // CommonMark decodes character references in a destination ("&#106;avascript:"), so
        // the scheme is checked as it will be read; a reference left undecoded that could
        // hide a scheme or its colon ("javascript&colon;") is refused.
        let decoded = HTMLEntities.decode(url)
        // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
        let compact = decoded.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
            .map(String.init).joined().lowercased()
        let schemePart = compact.prefix(while: { !"/?#".contains($0) })
        if schemePart.contains("&"), schemePart.contains(";") { return false }
        guard let colon = compact.firstIndex(of: ":") else { return true }  // relative
        let scheme = compact[..<colon]
        // A colon after a "/", "?" or "#" is part of a relative path, not a scheme.
        if scheme.contains(where: { "/?#".contains($0) }) { return true }
        return ["http", "https", "mailto"].contains(String(scheme))
    }

    private static func render(block: MarkdownNode, into out: inout String, headingOffset: Int) {
        switch block.kind {
        case .paragraph:
            out += "<p>"
            renderInlines(block.children, into: &out)
            out += "</p>\n"
        case .heading:
            let level = min(block.headingLevel + headingOffset, 6)
            out += "<h\(level)>"
            renderInlines(block.children, into: &out)
            out += "</h\(level)>\n"
        case .list:
            let tag = block.isOrderedList ? "ol" : "ul"
            let start = block.isOrderedList && block.listStart != 1 ? " start=\"\(block.listStart)\"" : ""
            out += "<\(tag)\(start)>\n"
            for item in block.children {
                out += "<li>"
                for child in item.children {
                    // Tight lists read better without a paragraph per item.
                    if child.kind == .paragraph, item.children.count == 1 {
                        renderInlines(child.children, into: &out)
                    } else {
                        render(block: child, into: &out, headingOffset: headingOffset)
                    }
                }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .blockQuote:
            out += "<blockquote>\n"
            for child in block.children { render(block: child, into: &out, headingOffset: headingOffset) }
            out += "</blockquote>\n"
        case .codeBlock, .deepBlock:
            out += "<pre><code>\(escape(block.literal ?? ""))</code></pre>\n"
        case .thematicBreak:
            out += "<hr>\n"
        case .table:
            out += "<table>\n"
            for (index, row) in block.children.enumerated() {
                let cell = index == 0 ? "th" : "td"
                out += "<tr>"
                for column in row.children {
                    out += "<\(cell)>"
                    renderInlines(column.children, into: &out)
                    out += "</\(cell)>"
                }
                out += "</tr>\n"
            }
            out += "</table>\n"
        case .document, .item, .htmlBlock, .tableHeader, .tableRow, .tableCell, .taskList, .text,
            .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image,
            .strikethrough, .other:
            // html_block and anything unknown: raw HTML never passes through.
            break
        }
    }

    private static func renderInlines(_ nodes: [MarkdownNode], into out: inout String) {
        // The tags closed in this run, found at its first HTML inline.
        var closed: Set<String>?
        for (index, node) in nodes.enumerated() {
            switch node.kind {
            case .text:
                out += escape(node.literal ?? "")
            case .code:
                out += "<code>\(escape(node.literal ?? ""))</code>"
            case .emphasis:
                wrap("em", node.children, into: &out)
            case .strong:
                wrap("strong", node.children, into: &out)
            case .strikethrough:
                wrap("del", node.children, into: &out)
            case .softBreak:
                out += "\n"
            case .lineBreak:
                out += "<br>\n"
            case .link:
                if let url = node.url, isSafeURL(url) {
                    out += "<a href=\"\(escape(url))\" rel=\"noopener noreferrer nofollow\">"
                    renderInlines(node.children, into: &out)
                    out += "</a>"
                } else {
                    renderInlines(node.children, into: &out)
                }
            case .image:
                // No remote or data: images in a self-contained report: the alt text stays.
                renderInlines(node.children, into: &out)
            case .htmlInline:
                // A tag named in prose is shown as text; any other is dropped, and the text
                // between tags is ordinary text.
                let names = closed ?? MentionedTags.closedNames(among: nodes)
                closed = names
                if let tag = node.literal, MentionedTags.isShown(at: index, of: nodes, closed: names) {
                    out += escape(tag)
                }
            case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph,
                .heading, .thematicBreak, .table, .tableHeader, .tableRow, .tableCell, .taskList,
                .deepBlock, .other:
                break
            }
        }
    }

    private static func wrap(_ tag: String, _ children: [MarkdownNode], into out: inout String) {
        out += "<\(tag)>"
        renderInlines(children, into: &out)
        out += "</\(tag)>"
    }
}
