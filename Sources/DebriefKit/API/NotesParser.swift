/// Reads interviewer notes in any common house style into a `Report`.
///
/// Parsing never throws: Markdown always parses, and whatever Debrief cannot place is kept
/// (under `other`) and reported in `diagnostics`.
///
/// ```swift
/// let report = NotesParser().parse("Strengths\n\n• Clear requirements", source: "note.md")
/// report.strengths.first?.text  // "Clear requirements"
/// ```
public struct NotesParser: Sendable {
    /// The note's syntax; `nil` detects it (see `Dialect`).
    public var dialect: Dialect?
    /// A team's own section labels, read as well as Debrief's.
    public var extraLabels: SectionLabelTable
    /// Off only for phrasebooks, which are not notes about a candidate (`NoteReading`).
    var screensForCandidates = true

    public init(dialect: Dialect? = nil, extraLabels: SectionLabelTable = SectionLabelTable()) {
        self.dialect = dialect
        self.extraLabels = extraLabels
    }

    /// Control characters other than tab and line feed (terminal escapes, bells) carry
    /// nothing a report should show, and would act on a terminal that prints the text report.
    static func withoutControlCharacters(_ text: String) -> String {
        let isControl = { (scalar: Unicode.Scalar) in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n")
                || (0x7F...0x9F).contains(scalar.value)
        }
        // Found on bytes first (every note passes here, and few hold one): C0 controls and
        // DEL are single bytes, and C1 controls are U+0080–U+009F, C2 80 to C2 9F in UTF-8.
        var bytes = text
        let holdsControl = bytes.withUTF8 { utf8 in
            utf8.indices.contains { index in
                let byte = utf8[index]
                return (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F
                    || (byte == 0xC2 && index + 1 < utf8.count && utf8[index + 1] <= 0x9F)
            }
        }
        guard holdsControl else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isControl($0) })
        return String(scalars)
    }

    public func parse(_ text: String, source: String) -> Report {
        read(text, source: source).report
    }

    /// The report and where its sections are, for the linter.
    func read(_ text: String, source: String) -> ParsedNote {
        guard !extraLabels.isEmpty else { return readNote(text, source: source) }
        return SectionLabels.$extra.withValue(extraLabels) { readNote(text, source: source) }
    }

    private func readNote(_ text: String, source: String) -> ParsedNote {
        let text = Self.withoutControlCharacters(NoteDecoder.readable(text))
        var (withoutComments, comments) = HTMLComments.extract(text)
        let rewritten = Dialect.rewrite(withoutComments, as: dialect)
        if let rewritten { withoutComments = rewritten.text }
        let (body, frontMatter) = FrontMatter.split(withoutComments)
        let sourceText = SourceText(body)
        let document = CommonMarkConverter.convert(body)
        var reading = NoteReading(source: sourceText, report: Report(source: source))
        reading.screensForCandidates = screensForCandidates
        switch frontMatter {
        case .success(let fields):
            reading.details.read(fields)
        case .failure(let problem):
            reading.report.other.append(
                OtherSection(title: "Front matter", markdown: problem.yaml, line: 1))
            reading.report.diagnostics.append(
                .invalidFrontMatter(problem.message, at: SourceLocation(line: problem.line)))
        case nil:
            break
        }
        reading.keep(comments)
        reading.read(document.children, hasFrontMatter: frontMatter != nil)
        var report = reading.finish()
        var layout = reading.layout
        if let rewritten, !rewritten.keepsLineNumbers {
            report.mapLines(rewritten.sourceLines)
            layout.mapLines(rewritten.sourceLines)
        }
        return ParsedNote(report: report, layout: layout)
    }
}
