/// Confluence, Notion and Apple Notes exports: whole HTML pages or HTML mixed into Markdown.
/// Tags are read one by one: headings, paragraphs and `<div>` lines, lists (nested, numbered),
/// tables (a two-column table becomes `Key: value` details, a wider one a Markdown table),
/// `<br>`, bold, code, entities, `<aside>` callouts and `<details>` toggles. A toggle titled
/// like a label ("Example phrasings", "🔒 Hiring team only", "Strengths") is that label; any
/// other toggle ("Research depth") is an item, its body indented under it. `&nbsp;` spacer
/// paragraphs become blank lines, never empty bullets.
struct HTMLExportReader: DialectReader {
    var dialect: Dialect { .html }

    private static let signs = [
        "<br", "<details", "<summary", "<aside", "</p>", "<div", "&nbsp;", "&amp;", "&rsquo;",
        "&ldquo;", "<strong>", "<b>", "</li>", "<td", "<h1", "<h2", "<html", "&ndash;", "&#",
    ]

    /// Signs are ASCII, so they are looked for by bytes: this runs on every line of every
    /// note with a "<" or "&" in it ("Q&A", "a < b").
    func confidence(_ lines: [Substring]) -> Int {
        var score = 0
        for line in lines
        where line.containsByte(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            score += Self.signs.filter { line.byteRange(of: $0) != nil }.count
        }
        return score
    }

    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        var writer = HTMLLineWriter()
        for (index, line) in lines.enumerated() {
            writer.read(line, sourceLine: index + 1)
            writer.endSourceLine()
        }
        writer.finish()
        for (line, source) in zip(writer.lines, writer.sources) {
            output.emit(line, from: source)
        }
    }
}

/// The state of reading HTML into lines: the line being built, the open lists, the table
/// row and the toggles.
private struct HTMLLineWriter {
    private(set) var lines: [String] = []
    private(set) var sources: [Int] = []
    private var current = ""
    private var currentSource = 1
    private var sourceLine = 1
    /// Open lists, innermost last: `true` for a numbered one.
    private var lists: [Bool] = []
    private var inItem = false
    private var row: [String]?
    private var cell: String?
    private var tableRows = 0
    /// Whether the row being read has only header cells, and whether this table's first did.
    private var rowIsHeader = false
    private var headedTable = false
    private var inTable = false
    private var summary: String?
    /// Indentation for a toggle's body when the toggle is an item.
    private var toggleIndent: [String] = []
    private var skipping = false

    mutating func read(_ line: Substring, sourceLine: Int) {
        self.sourceLine = sourceLine
        var rest = line
        while let open = rest.firstIndex(of: "<") {
            text(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else {
                text(rest[open...])
                return
            }
            tag(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        text(rest)
    }

    /// A source line ends: in Markdown mixed with HTML, a line break is a line break.
    mutating func endSourceLine() {
        // Rows on lines of their own are still one table: no blank line between them.
        if row == nil, summary == nil, !skipping { flush(keepBlank: !inTable) }
    }

    mutating func finish() {
        flush(keepBlank: false)
    }

    private mutating func text(_ raw: Substring) {
        guard !raw.isEmpty, !skipping else { return }
        let decoded = HTMLEntities.decode(String(raw))
        if summary != nil {
            summary! += decoded
        } else if cell != nil {
            cell! += decoded
        } else {
            if current.isEmpty { currentSource = sourceLine }
            current += decoded
        }
    }

    private mutating func tag(_ body: Substring) {
        let isClosing = body.hasPrefix("/")
        let name = body.drop(while: { $0 == "/" })
            .prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
        if name == "head" || name == "style" || name == "script" || name == "title" {
            skipping = !isClosing
            return
        }
        guard !skipping else { return }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush(keepBlank: false)
            if !isClosing { current = String(repeating: "#", count: Int(name.dropFirst()) ?? 2) + " " }
            else { flush(keepBlank: false); blank() }
        case "p", "div", "section", "article", "blockquote":
            if inItem { return }
            flush(keepBlank: false)
        case "br":
            if cell != nil { cell! += " " } else if summary != nil { summary! += " " } else {
                flush(keepBlank: true)
                if inItem { current = String(repeating: "  ", count: lists.count) }
            }
        case "b", "strong":
            append("**")
        case "i", "em":
            append("*")
        case "code":
            append("`")
        case "ul", "ol":
            flush(keepBlank: false)
            if isClosing { _ = lists.popLast() } else { lists.append(name == "ol") }
        case "li":
            flush(keepBlank: false)
            inItem = !isClosing
            if !isClosing {
                let depth = max(lists.count - 1, 0)
                current = (toggleIndent.last ?? "") + String(repeating: "  ", count: depth)
                    + (lists.last == true ? "1. " : "- ")
            }
        case "table":
            flush(keepBlank: false)
            tableRows = 0
            headedTable = false
            inTable = !isClosing
        case "tr":
            if isClosing { endRow() } else { row = []; rowIsHeader = true }
        case "td", "th":
            if !isClosing, name == "td" { rowIsHeader = false }
            if isClosing {
                if let text = cell { row?.append(text.trimmed) }
                cell = nil
            } else {
                cell = ""
            }
        case "summary":
            if isClosing { endSummary() } else { flush(keepBlank: false); summary = "" }
        case "details":
            if isClosing, !toggleIndent.isEmpty {
                flush(keepBlank: false)
                toggleIndent.removeLast()
                blank()
            }
        default:
            break  // aside, span, a, img and the rest: their text stays, the tag goes
        }
    }

    private mutating func append(_ marker: String) {
        if cell != nil { cell! += marker } else if summary != nil { summary! += marker } else {
            current += marker
        }
    }

    /// A two-cell row is a detail (`Key: value`); wider rows, and every row of a table that
    /// opens with a header row (`<th>` cells: "Competency | Score"), make a Markdown table.
    private mutating func endRow() {
        guard let cells = row else { return }
        row = nil
        guard !cells.isEmpty else { return }
        currentSource = sourceLine
        if tableRows == 0, rowIsHeader { headedTable = true }
        if cells.count == 2, !headedTable {
            current = "\(cells[0].withoutTrailingColon): \(cells[1])"
            flush(keepBlank: false)
        } else {
            current = "| " + cells.joined(separator: " | ") + " |"
            flush(keepBlank: false)
            if tableRows == 0 {
                current = "|" + String(repeating: " --- |", count: cells.count)
                flush(keepBlank: false)
            }
        }
        tableRows += 1
    }

    /// A toggle titled like a label is that label; any other toggle is an item.
    private mutating func endSummary() {
        guard let title = summary?.trimmed else { return }
        summary = nil
        currentSource = sourceLine
        let plain = MarkupStripper.plainText(title)
        let isLabel = ExampleText.labels.contains { plain.lowercased().hasPrefix($0) }
            || LabelClassifier.isPrivate(plain) || SectionLabels.listedKind(of: plain) != nil
            || LabelClassifier.classifyLine(plain)?.kind == .privateNotes
        blank()
        if isLabel {
            current = title.withoutTrailingColon + ":"
            flush(keepBlank: false)
        } else {
            current = (toggleIndent.last ?? "") + "- **\(title.withoutTrailingColon)**"
            flush(keepBlank: false)
            blank()
            toggleIndent.append((toggleIndent.last ?? "") + "  ")
        }
    }

    private mutating func blank() {
        if lines.last?.isEmpty == false {
            lines.append("")
            sources.append(sourceLine)
        }
    }

    private mutating func flush(keepBlank: Bool) {
        let trimmed = current.trimmed
        if trimmed.isEmpty || trimmed == "-" || trimmed == "1." {
            // A spacer (`&nbsp;`, `<div><br></div>`) or an empty item: a blank line.
            if keepBlank || !current.isEmpty { blank() }
            current = ""
            return
        }
        let indent = current.hasPrefix(" ") || toggleIndent.isEmpty ? "" : toggleIndent.last!
        // A no-break space (`&nbsp;`) is a space in Markdown; its second UTF-8 byte is 0xA0.
        let spaced = current.containsByte(where: { $0 == 0xA0 })
            ? current.replacingOccurrences(of: "\u{00A0}", with: " ") : current
        lines.append(indent + spaced.trimmingTrailingBlanks)
        sources.append(currentSource)
        current = ""
        currentSource = sourceLine
    }
}

/// HTML character references: the named ones exports use, and every numeric one.
enum HTMLEntities {
    private static let named: [String: String] = [
        "nbsp": "\u{00A0}", "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”",
        "mdash": "—", "ndash": "–", "hellip": "…", "quot": "\"", "apos": "'", "bull": "•",
        "amp": "&", "middot": "·", "rarr": "→", "larr": "←", "times": "×",
        "eacute": "é", "egrave": "è", "uuml": "ü", "ouml": "ö", "auml": "ä", "ccedil": "ç",
    ]

    static func decode(_ text: String) -> String {
        guard text.containsByte(where: { $0 == UInt8(ascii: "&") }) else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            if let replacement = replacement(for: name) {
                result += replacement
            } else {
                result += "&" + name + ";"
            }
            rest = after[after.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func replacement(for name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let scalar = value.flatMap(Unicode.Scalar.init) else { return nil }
            // A reference to a control character ("&#26;", "&#0;") becomes U+FFFD, as a
            // browser shows it: it must not reach a report, and "&#26;avascript:" must not
            // hide a scheme.
            // A carriage return ("&#13;") is a space to a browser; line endings are "\n" here.
            if scalar == "\r" { return " " }
            let isControl = scalar.value < 0x20 && scalar != "\t" && scalar != "\n"
                || (0x7F...0x9F).contains(scalar.value)
            return String(Character(isControl ? "\u{FFFD}" : scalar))
        }
        return named[String(name)]
    }
}

extension String {
    var trimmingTrailingBlanks: String {
        var text = self
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
