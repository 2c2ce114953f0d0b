/// A run of a note under one label, before its content is recognised.
struct Section {
    /// The label that opened the section; `nil` for content before the first label.
    var label: SectionLabel?
    var pieces: [Piece] = []

    var kind: SectionKind { label?.kind ?? .other }

    /// Top-level paragraphs arrive as lines (a paragraph may be split by label lines inside
    /// it); every other block arrives whole.
    enum Piece {
        case lines([NoteLine])
        case block(MarkdownNode)

        var startLine: Int? {
            switch self {
            case .lines(let lines): lines.first?.location.line
            case .block(let node): node.start?.line
            }
        }
    }
}

struct SectionLabel {
    var kind: SectionKind
    /// The label as written, without Markdown and trailing colon.
    var title: String
    var location: SourceLocation?
    /// Heading level 1–6; 7 for a bold-only paragraph; 8 for a plain line. A heading that is
    /// not a label stays inside a section of a lower level as a sub-heading.
    var level: Int
    /// Read from the label's words or emoji rather than an exact name.
    var byCue = false
    /// Opened by a note's shape, with no label written: dropped if nothing follows it.
    var isImplied = false

    static let boldLevel = 7
    static let plainLevel = 8
}

extension String {
    /// A label's words without the trailing colon notes apps add ("Side note:").
    var withoutTrailingColon: String {
        var text = trimmed
        // Most texts end in neither colon: their last byte says so (":" is 3A; "：" ends in 9A).
        guard let last = text.utf8.last, last == 0x3A || last == 0x9A else { return text }
        while text.hasSuffix(":") || text.hasSuffix("：") { text = String(text.dropLast()).trimmed }
        return text
    }
}
