import Foundation
import Mustache

/// Renders a report in any `ReportFormat`: JSON from the model itself, the other formats from
/// their Mustache templates over `ReportViewModel`.
public struct ReportRenderer: Sendable {
    public struct Options: Sendable {
        public var audience: Audience
        /// Line width of the text report.
        public var width: Int
        /// ANSI colour in the text report (the CLI sets it only for a terminal).
        public var colour: Bool

        public init(audience: Audience = .candidate, width: Int = 80, colour: Bool = false) {
            self.audience = audience
            self.width = width
            self.colour = colour
        }
    }

    public var templates: ReportTemplates
    public var options: Options

    public init(templates: ReportTemplates = .builtIn(), options: Options = Options()) {
        self.templates = templates
        self.options = options
    }

    public func render(_ report: Report, as format: ReportFormat) throws -> String {
        try prepare(report).render(as: format)
    }

    /// The report made ready for this renderer's audience, to render in several formats
    /// from one view model.
    public func prepare(_ report: Report) -> PreparedReport {
        PreparedReport(report.prepared(for: options.audience), renderer: self)
    }

    /// No trailing spaces, at most one blank line in a row and exactly one newline at the
    /// end, whatever the template's sections left behind.
    static func tidy(_ text: String) -> String {
        // On the bytes, in one pass over contiguous storage: a line feed and a space are
        // always Characters of their own here (line endings were normalised when read).
        var text = text
        let out = text.withUTF8 { bytes -> [UInt8] in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 1)
            var previousBlank = true
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                var end = lineEnd
                while end > lineStart, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                let blank = end == lineStart
                if !(blank && previousBlank) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]))
                    out.append(UInt8(ascii: "\n"))
                    previousBlank = blank
                }
                lineStart = lineEnd + 1
            }
            while out.count >= 2, out[out.count - 1] == UInt8(ascii: "\n"),
                out[out.count - 2] == UInt8(ascii: "\n")
            {
                out.removeLast()
            }
            return out
        }
        return out.isEmpty ? "\n" : String(decoding: out, as: UTF8.self)
    }
}

/// A report ready for one audience. The templates' view model is built the first time a
/// template format is rendered and shared by the next ones, and each text in it is parsed
/// at most once (`ReportText`). One thread at a time: make one per report per task.
public final class PreparedReport {
    private let report: Report
    private let renderer: ReportRenderer
    private lazy var model = ReportViewModel(report, audience: renderer.options.audience)

    init(_ report: Report, renderer: ReportRenderer) {
        self.report = report
        self.renderer = renderer
    }

    public func render(as format: ReportFormat) throws -> String {
        let options = renderer.options
        guard format != .json else {
            return String(decoding: try ReportJSON.encode(report, for: options.audience),
                          as: UTF8.self) + "\n"
        }
        guard let template = renderer.templates.template(for: format) else {
            throw TemplateError(path: format.templateFileName ?? format.rawValue,
                                message: "no template for \(format.rawValue)")
        }
        var output = ReportRenderer.tidy(template.render(model))
        // Whether a run of backticks is a code span depends on the whole paragraph it ends up
        // in, which no text sees alone: if the report as a viewer reads it has live raw HTML
        // or an unsafe link, it is made again with what looked like code spans cleaned too.
        if format == .md, model.policy.keepsCodeSpans, Self.hasLiveMarkup(output) {
            model.policy.keepsCodeSpans = false
            output = ReportRenderer.tidy(template.render(model))
        }
        // Should any still be live, nothing of it may stay a tag or a link: fail closed.
        if format == .md, Self.hasLiveMarkup(output) {
            output = output.replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: "](", with: "] (")
        }
        if format == .text {
            return TextLayout(width: options.width, colour: options.colour).apply(to: output)
        }
        return output
    }

    /// Raw HTML, or a link or image to an address a report never links to.
    private static func hasLiveMarkup(_ markdown: String) -> Bool {
        // Most reports hold no "<" or "]" outside what the notes wrote: no parse needed then.
        guard markdown.containsByte(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "]") })
        else { return false }
        func walk(_ node: MarkdownNode) -> Bool {
            node.kind == .htmlInline || node.kind == .htmlBlock
                || ((node.kind == .link || node.kind == .image) && !SafeHTML.isSafeURL(node.url ?? ""))
                || node.children.contains(where: walk)
        }
        // Read both ways a viewer may read it: GFM splits table cells before it pairs
        // backticks, plain CommonMark does not, so the same text can pair them differently.
        return walk(CommonMarkConverter.convert(markdown, withInlines: true))
            || walk(CommonMarkConverter.convert(markdown, withInlines: true, gfm: false))
    }
}
