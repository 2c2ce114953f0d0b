import Mustache

/// One text of a report in every form a template reads: `markdown` as written (less raw HTML
/// and unsafe links, see `SafeMarkdown`), `itemMarkdown` (the same as a list item's text),
/// `html` (see `SafeHTML`), `text` (plain), `cell` (a Markdown table cell) and `rule` (a
/// "-----" line as long as the text).
///
/// Each form is made the first time a template reads it, from one cmark parse shared by the
/// HTML and the plain text: a JSON and HTML run never makes the plain text, and a Markdown
/// report never parses at all. A single line with no Markdown syntax (most headlines,
/// strengths and details) is not parsed either: every form is the line itself, escaped for
/// HTML, which is what the parse would give.
///
/// A class so that what has been made is kept while the same view model renders several
/// formats; a report's view model is used by one thread at a time.
final class ReportText: MustacheParent {
    enum Shape {
        /// A headline, a strength, a detail: HTML without a wrapping paragraph, text on one line.
        case inline
        /// A summary paragraph or a kept section: HTML blocks, text paragraphs.
        case blocks
    }

    let source: String
    let shape: Shape
    /// Shared by every text of one report: whether the Markdown forms keep code spans.
    let policy: MarkdownPolicy

    init(inline source: String, policy: MarkdownPolicy = MarkdownPolicy()) {
        self.source = source
        shape = .inline
        self.policy = policy
    }

    init(blocks source: String, policy: MarkdownPolicy = MarkdownPolicy()) {
        self.source = source
        shape = .blocks
        self.policy = policy
    }

    private lazy var isPlain = PlainLine.isPlain(source)
    private lazy var document = CommonMarkConverter.convert(source, withInlines: true)

    private lazy var markdownKeepingCodeSpans = SafeMarkdown.clean(source)
    private lazy var markdownWithoutTags = SafeMarkdown.clean(source, keepingCodeSpans: false)

    /// As written, less raw HTML and unsafe links; code spans kept unless the report's
    /// policy says otherwise.
    var markdown: String { policy.keepsCodeSpans ? markdownKeepingCodeSpans : markdownWithoutTags }

    lazy var html: String = {
        switch (shape, isPlain) {
        case (.inline, true): SafeHTML.escape(source)
        case (.blocks, true): source.isEmpty ? "" : "<p>\(SafeHTML.escape(source))</p>\n"
        case (.inline, false): SafeHTML.inline(document)
        case (.blocks, false): SafeHTML.blocks(document)
        }
    }()

    lazy var text: String = {
        switch (shape, isPlain) {
        case (_, true): source
        case (.inline, false): PlainText.inline(document)
        case (.blocks, false): PlainText.blocks(document)
        }
    }()

    /// The Markdown form as a list item's text: the lines after the first indented under the
    /// item's marker, so that a code block or a second paragraph stays inside the item.
    var itemMarkdown: String {
        let text = markdown
        guard text.containsByte(where: { $0 == 10 }) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return ([String(lines[0])] + lines.dropFirst().map { $0.isEmpty ? "" : "  " + $0 })
            .joined(separator: "\n")
    }

    var cell: String {
        markdown.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
    }

    lazy var rule = String(repeating: "-", count: max(text.count, 3))

    func child(named name: String) -> Any? {
        switch name {
        case "markdown": markdown
        case "itemMarkdown": itemMarkdown
        case "html": html
        case "text": text
        case "cell": cell
        case "rule": rule
        default: nil
        }
    }
}

/// Whether the Markdown forms of a report's texts keep code spans as written. One object
/// for all of a report's texts, so that the report can be made again without them when the
/// document it makes turns out to hold live HTML (see `PreparedReport`).
final class MarkdownPolicy {
    var keepsCodeSpans = true
}

/// Whether a text is one line that CommonMark reads as nothing but its own characters, so
/// that parsing it would give back the line: no character that starts inline syntax, no
/// line start that makes a block, no autolink, and nothing that a parse or a trim would
/// change (control characters, white space at either end, Unicode line separators).
enum PlainLine {
    static func isPlain(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last,
            isVisibleASCII(first) || first >= 0x80, isVisibleASCII(last) || last >= 0x80
        else { return false }
        // Block starts: headings, quotes, bullets and numbered items ("12. ", "3) ").
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"),
            UInt8(ascii: "="):
            return false
        default: break
        }
        if isDigit(first), let after = bytes.first(where: { !isDigit($0) }),
            after == UInt8(ascii: ".") || after == UInt8(ascii: ")")
        {
            return false
        }
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case 0..<0x20, 0x7F,
                UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "&"),
                UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "@"):
                return false
            case UInt8(ascii: "."):
                // "www." starts an autolink, in any case.
                if previous | 0x20 == UInt8(ascii: "w"), beforePrevious | 0x20 == UInt8(ascii: "w") {
                    return false
                }
            case UInt8(ascii: ":"):
                // "https://…", "mailto:…": a colon followed by anything but a space.
                let next = bytes.index(after: index)
                if next != bytes.endIndex, bytes[next] != UInt8(ascii: " ") { return false }
            case 0x85 where previous == 0xC2:
                return false  // U+0085, a line break to `Character.isNewline`
            case 0xA8, 0xA9:
                // U+2028 and U+2029 (E2 80 A8/A9) separate lines too.
                if previous == 0x80, beforePrevious == 0xE2 { return false }
            default:
                break
            }
            beforePrevious = previous
            previous = byte
            index = bytes.index(after: index)
        }
        // A line ending in a non-ASCII character might end in white space (U+00A0, U+3000),
        // which the plain text's trim would take off.
        if last >= 0x80, let scalar = text.unicodeScalars.last, scalar.properties.isWhitespace {
            return false
        }
        if first >= 0x80, let scalar = text.unicodeScalars.first, scalar.properties.isWhitespace {
            return false
        }
        return true
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
