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
    public init() {}

    public func parse(_ text: String, source: String) -> Report {
        var text = NoteDecoder.normaliseLineEndings(text)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let (withoutComments, comments) = HTMLComments.extract(text)
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
        return reading.finish()
    }
}
