/// Confluence, Notion and Apple Notes exports: HTML entities, `<br>`, `<aside>` callouts and
/// `<details>` toggles inside otherwise Markdown text. Toggle titles become labels, `<br>`
/// breaks lines, and `&nbsp;` spacer paragraphs become blank lines, never empty bullets.
struct HTMLExportReader: DialectReader {
    var dialect: Dialect { .html }

    private static let signs = [
        "<br", "<details", "<summary", "<aside", "</p>", "<div", "&nbsp;", "&amp;", "&rsquo;",
        "&ldquo;", "<strong>", "<b>", "</li>",
    ]

    func confidence(_ lines: [Substring]) -> Int {
        var score = 0
        for line in lines where line.contains("<") || line.contains("&") {
            score += Self.signs.filter { line.contains($0) }.count
        }
        return score
    }

    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        for (index, line) in lines.enumerated() {
            let number = index + 1
            var text = Self.decodeEntities(String(line))
            text = Self.replaceTags(text)
            for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = part.trimmed
                // A spacer paragraph (`&nbsp;`) or a line that held only tags.
                output.emit(trimmed.isEmpty ? "" : part, from: number)
            }
        }
    }

    private static let entities: [(String, String)] = [
        ("&nbsp;", " "), ("&#160;", " "), ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ldquo;", "“"),
        ("&rdquo;", "”"), ("&mdash;", "—"), ("&ndash;", "–"), ("&hellip;", "…"),
        ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&#8217;", "’"), ("&bull;", "•"),
        ("&amp;", "&"),
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in entities where result.contains(entity) {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }

    private static let replacements: [(String, String)] = [
        ("<br/>", "\n"), ("<br />", "\n"), ("<br>", "\n"), ("<details>", ""), ("</details>", ""),
        ("<summary>", "\n"), ("</summary>", ":\n"), ("<aside>", ""), ("</aside>", ""),
        ("<p>", ""), ("</p>", ""), ("<div>", ""), ("</div>", ""), ("<strong>", "**"),
        ("</strong>", "**"), ("<b>", "**"), ("</b>", "**"), ("<em>", "*"), ("</em>", "*"),
        ("<i>", "*"), ("</i>", "*"), ("<code>", "`"), ("</code>", "`"), ("<ul>", ""),
        ("</ul>", ""), ("<ol>", ""), ("</ol>", ""), ("<li>", "- "), ("</li>", ""),
        ("<span>", ""), ("</span>", ""),
    ]

    static func replaceTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var result = text
        for (tag, replacement) in replacements where result.contains(tag) {
            result = result.replacingOccurrences(of: tag, with: replacement)
        }
        // "<details open>", "<aside class=…>": the same tags with attributes.
        for name in ["details", "aside", "div", "p", "span"] where result.contains("<\(name) ") {
            result = removingTags(named: name, in: result)
        }
        return result
    }

    private static func removingTags(named name: String, in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "<\(name) ") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else {
                rest = rest[start.lowerBound...]
                break
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}
