import Foundation
import Mustache

/// The Mustache templates for the Markdown, HTML and text reports: the embedded defaults
/// (see `EmbeddedTemplates`), each replaceable by a file. Templates are parsed when loaded,
/// so a broken one is reported before any report is written.
public struct ReportTemplates: Sendable {
    private var templates: [ReportFormat: MustacheTemplate] = [:]
    /// Each template's text, for telling whether the templates changed between runs.
    private var sources: [ReportFormat: String] = [:]

    /// The built-in templates.
    public static func builtIn() -> ReportTemplates {
        var set = ReportTemplates()
        for format in ReportFormat.allCases {
            guard let name = format.templateFileName,
                let text = EmbeddedTemplates.byFileName[name]
            else { continue }
            // The embedded templates are checked by the tests; a failure here is a build bug.
            if let template = try? MustacheTemplate(string: text) {
                set.templates[format] = template
                set.sources[format] = text
            }
        }
        return set
    }

    /// Replaces one format's template with the file at `path`.
    public mutating func override(_ format: ReportFormat, withFileAt path: String)
        throws(TemplateError)
    {
        guard format != .json else {
            throw TemplateError(path: path, message: "JSON reports have no template")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw TemplateError(path: path,
                                message: exists ? "cannot read the template as UTF-8 text"
                                    : "no such template file")
        }
        templates[format] = try Self.parse(text, path: path)
        sources[format] = text
    }

    /// The text of the template a format is rendered with.
    public func source(for format: ReportFormat) -> String? { sources[format] }

    static func parse(_ text: String, path: String) throws(TemplateError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(path: path, line: error.context.lineNumber,
                                column: error.context.columnNumber,
                                message: "template error: \(Self.describe(error.error))")
        } catch {
            throw TemplateError(path: path, message: "template error: \(error)")
        }
    }

    func template(for format: ReportFormat) -> MustacheTemplate? { templates[format] }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section closes with the wrong name"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .invalidConfigVariableSyntax: return "invalid {{% ...}} pragma"
        case .unrecognisedConfigVariable: return "unknown {{% ...}} pragma"
        default:
            // The parser's "overflow" means it ran off the end of the template.
            return "\(error)" == "overflow"
                ? "the template ends inside a tag or section; close it with }} or {{/name}}"
                : "\(error)"
        }
    }
}
