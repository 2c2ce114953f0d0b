/// A reader for one foreign syntax (a Confluence export, a Logseq outline, a Slack paste):
/// it rewrites the note, line by line, into the Markdown shapes the recognisers already read,
/// and says how sure it is that a note is written in its dialect.
protocol DialectReader: Sendable {
    var dialect: Dialect { get }
    /// 0 when the note shows nothing of the dialect; higher the more it shows.
    func confidence(_ lines: [Substring]) -> Int
    func rewrite(_ lines: [Substring], into output: inout DialectOutput)
}

/// The rewritten note, with the source line of every line written, so that every location
/// Debrief reports still names a line of the original note.
struct DialectOutput {
    private(set) var lines: [String] = []
    private(set) var sourceLines: [Int] = []

    mutating func emit(_ line: some StringProtocol, from sourceLine: Int) {
        lines.append(String(line))
        sourceLines.append(sourceLine)
    }

    mutating func replaceLast(with line: some StringProtocol) {
        guard !lines.isEmpty else { return }
        lines[lines.count - 1] = String(line)
    }

    var text: String { lines.joined(separator: "\n") }

    /// Whether the last line written is text, neither blank nor a list item: what a list
    /// or a heading written next must be set apart from.
    var lastIsText: Bool {
        guard let last = lines.last.map({ Substring($0).trimmedSubstring }), !last.isEmpty else { return false }
        return !last.hasPrefix("- ") && !last.hasPrefix("#")
    }

    /// `true` when every line stands where it stood, so nothing needs mapping back.
    var keepsLineNumbers: Bool {
        sourceLines.enumerated().allSatisfy { $0.offset + 1 == $0.element }
    }
}

/// The syntaxes Debrief reads. `markdown` is the house style; the others are rewritten into it.
public enum Dialect: String, CaseIterable, Sendable {
    case markdown
    case html
    case logseq
    case obsidian
    case jira
    case slack
    case email
    case word

    static let readers: [any DialectReader] = [
        HTMLExportReader(), LogseqReader(), ObsidianCalloutReader(), JiraWikiReader(),
        SlackPasteReader(), EmailReader(), WordPasteReader(),
    ]

    /// The dialect a note shows most, or `markdown` when none shows clearly. `lines` are the
    /// note's lines as `lineSlices` gives them: consecutive slices of one text.
    static func detect(_ lines: [Substring]) -> Dialect {
        // Front matter is YAML whatever the dialect of the body.
        var lines = lines[...]
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            lines = lines[(end + 1)...]
        }
        let body = Array(lines)
        var best: (Dialect, Int) = (.markdown, 3)
        let signs = Signs(body)
        for reader in readers where signs.mayBe(reader.dialect) {
            let score = reader.confidence(body)
            if score > best.1 { best = (reader.dialect, score) }
        }
        return best.0
    }

    var reader: (any DialectReader)? {
        Self.readers.first { $0.dialect == self }
    }

    /// `text` rewritten from `dialect` (detected when `nil`), with its line map; `nil` when
    /// the note is plain Markdown.
    static func rewrite(_ text: String, as dialect: Dialect?) -> DialectOutput? {
        let lines = text.lineSlices
        let chosen = dialect ?? detect(lines)
        guard let reader = chosen.reader else { return nil }
        var output = DialectOutput()
        reader.rewrite(lines, into: &output)
        return output
    }
}

/// What a note shows of each dialect, read from its bytes in one pass, so the readers'
/// line-by-line checks run only on notes that could be theirs.
private struct Signs {
    var angleOrEntity = false
    var tab = false
    var doubleColon = false
    var calloutOpen = false
    var wikiMarkup = false
    /// A clock time ("10:42", digit colon digit), which every chat author line ends in or
    /// opens with, or a line with two colons, as a `:shortcode:` needs.
    var clockOrShortcode = false

    /// The lines are consecutive slices of one text, a line feed apart (`lineSlices`), so
    /// their bytes are read in one pass over that text.
    init(_ lines: [Substring]) {
        guard let first = lines.first, let last = lines.last else {
            self.init()
            return
        }
        // Not slices of one text a line feed apart: read them joined, as if they were.
        guard first.base.utf8.count == last.base.utf8.count, first.startIndex <= last.endIndex,
            first.base.utf8.distance(from: first.startIndex, to: last.endIndex)
                == lines.reduce(lines.count - 1, { $0 + $1.utf8.count })
        else {
            self.init(lines.joined(separator: "\n").lineSlices)
            return
        }
        let utf8 = first.base.utf8
        let start = utf8.distance(from: utf8.startIndex, to: first.startIndex)
        let end = utf8.distance(from: utf8.startIndex, to: last.endIndex)
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Signs {
            var signs = Signs()
            var lineStart = start
            var previous: UInt8 = 0
            var beforePrevious: UInt8 = 0
            var colons = 0
            for offset in start...end {
                let byte = offset < end ? bytes[offset] : 10
                if byte == 10 {
                    signs.endLine(bytes[lineStart..<offset], colons: colons)
                    lineStart = offset + 1
                    previous = 0
                    beforePrevious = 0
                    colons = 0
                    continue
                }
                if Self.isDigit(byte), previous == UInt8(ascii: ":"), Self.isDigit(beforePrevious) {
                    signs.clockOrShortcode = true
                }
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: "&"): signs.angleOrEntity = true
                case 9: signs.tab = true
                case UInt8(ascii: ":"):
                    colons += 1
                    if previous == UInt8(ascii: ":") { signs.doubleColon = true }
                case UInt8(ascii: "!") where previous == UInt8(ascii: "["): signs.calloutOpen = true
                case UInt8(ascii: "|") where previous == UInt8(ascii: "|"): signs.wikiMarkup = true
                case UInt8(ascii: "{"): signs.wikiMarkup = true
                default: break
                }
                beforePrevious = previous
                previous = byte
            }
            return signs
        }
        self = utf8.withContiguousStorageIfAvailable(read) ?? Array(utf8).withUnsafeBufferPointer(read)
    }

    private init() {}

    /// What a line shows by its opening bytes, and by its colons.
    private mutating func endLine(_ line: Slice<UnsafeBufferPointer<UInt8>>, colons: Int) {
        if colons >= 2 { clockOrShortcode = true }
        let start = line.prefix(4)
        if start.count == 4, start.first == UInt8(ascii: "h"),
            start.dropFirst(2).first == UInt8(ascii: ".")
        {
            wikiMarkup = true
        }
        if line.starts(with: [45, 32, 35]) || line.starts(with: [9, 45, 32]) {  // "- #", "\t- "
            doubleColon = true
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    func mayBe(_ dialect: Dialect) -> Bool {
        switch dialect {
        case .html: angleOrEntity
        case .word: tab
        case .logseq: doubleColon
        case .obsidian: calloutOpen
        case .jira: wikiMarkup
        case .slack: clockOrShortcode
        case .markdown, .email: true
        }
    }
}

extension Substring {
    /// The line without white space at either end, still a slice of it.
    var trimmedSubstring: Substring {
        guard let start = firstIndex(where: { !$0.isBlank }),
            let end = lastIndex(where: { !$0.isBlank })
        else { return self[endIndex...] }
        return self[start...end]
    }

    /// The line without its leading white space.
    var leftTrimmed: Substring { drop(while: { $0 == " " || $0 == "\t" }) }
}
