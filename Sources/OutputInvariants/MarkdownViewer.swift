import CCmarkGFM
import Foundation

/// What a Markdown viewer would make of a Markdown report: cmark's HTML with raw HTML and
/// every link kept (`CMARK_OPT_UNSAFE`), as the least careful viewer would. Checking that HTML
/// reads links, autolinks, character references and raw tags exactly as CommonMark does,
/// where a scan of the Markdown text would guess.
enum MarkdownViewer {
    static func html(_ markdown: String) -> String {
        let length = markdown.utf8.count
        guard let rendered = cmark_markdown_to_html(markdown, length, CMARK_OPT_UNSAFE) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
