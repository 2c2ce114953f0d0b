/// Markup from the notes that would run code: a script element, an event-handler attribute
/// (`onerror=`), a `srcdoc` page or a refresh, or a script address (`javascript:`,
/// `vbscript:`, `data:`) in a link or source. The report templates have none of these, so
/// anything found came from a note.
enum ActiveMarkup {
    static let addressAttributes: Set = [
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background",
        "cite", "srcset", "ping",
    ]

    /// In an HTML report: every tag, read as a browser reads it.
    static func inHTML(_ html: String) -> String? {
        HTMLTag.all(in: html).lazy.compactMap(activePart).first
    }

    /// In a Markdown report, as the HTML a viewer makes of it.
    static func inMarkdown(_ markdown: String) -> String? {
        inHTML(MarkdownViewer.html(markdown))
    }

    private static func activePart(of tag: HTMLTag) -> String? {
        if tag.name == "script" { return "<script>" }
        for (name, value) in tag.attributes {
            if name.hasPrefix("on"), name.count > 2 { return "<\(tag.name) \(name)=…>" }
            if name == "srcdoc" { return "<\(tag.name) srcdoc=…>" }
            if name == "http-equiv", value.lowercased().contains("refresh") {
                return "<\(tag.name) http-equiv=refresh>"
            }
            if addressAttributes.contains(name), ScriptURL.isActive(value) {
                return "<\(tag.name) \(name)=\(value.prefix(40))>"
            }
        }
        return nil
    }
}
