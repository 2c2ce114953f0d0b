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

    public init(dialect: Dialect? = nil) {
        self.dialect = dialect
    }

    /// Control characters other than tab and line feed (terminal escapes, bells) carry
    /// nothing a report should show, and would act on a terminal that prints the text report.
    static func withoutControlCharacters(_ text: String) -> String {
        let isControl = { (scalar: Unicode.Scalar) in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n")
                || (0x7F...0x9F).contains(scalar.value)
        }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isControl($0) })
        return String(scalars)
    }

    public func parse(_ text: String, source: String) -> Report {
        var text = NoteDecoder.normaliseLineEndings(text)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = Self.withoutControlCharacters(text)
        var (withoutComments, comments) = HTMLComments.extract(text)
        let rewritten = Dialect.rewrite(withoutComments, as: dialect)
        if let rewritten { withoutComments = rewritten.text }
        let (body, frontMatter) = FrontMatter.split(withoutComments)
        let sourceText = SourceText(body)
        let document = CommonMarkConverter.convert(body)
        var reading = NoteReading(source: sourceText, report: Report(source: source))
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
        if let rewritten, !rewritten.keepsLineNumbers { report.mapLines(rewritten.sourceLines) }
        return report
    }
}
