import Foundation

/// `index.html` and `index.json` of an output folder: every converted note with its details,
/// counts and links to its reports, and every note that failed with the reason.
///
/// The page is one self-contained file in the reports' visual style. Its only script sorts
/// the table's columns; the page's Content-Security-Policy allows that script by its hash
/// and nothing else, and nothing loads from outside. Every value from a note is escaped.
public struct ReportIndex: Sendable {
    public var rows: [IndexRow]
    public var failures: [Failure]

    public struct Failure: Codable, Equatable, Sendable {
        public var note: String
        public var reason: String

        public init(note: String, reason: String) {
            self.note = note
            self.reason = reason
        }
    }

    /// Rows and failures are listed in the order of their notes' paths (by bytes, the same
    /// on every machine).
    public init(rows: [IndexRow], failures: [Failure]) {
        self.rows = rows.sorted { $0.note.utf8.lexicographicallyPrecedes($1.note.utf8) }
        self.failures = failures.sorted { $0.note.utf8.lexicographicallyPrecedes($1.note.utf8) }
    }

    /// `{"failures": [...], "notes": [...]}`, one entry a line.
    public func json() -> String {
        var all = ""
        json { all += $0 }
        return all
    }

    /// The same, handed over a piece at a time, so an index of 50,000 notes is never one
    /// string or one document tree in memory: each row is encoded on its own.
    public func json(into emit: (String) -> Void) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func lines(_ values: [some Encodable]) {
            guard !values.isEmpty else { return }
            for (index, value) in values.enumerated() {
                // Strings, numbers and collections of them cannot fail to encode.
                let line = String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
                emit((index == 0 ? "\n    " : ",\n    ") + line)
            }
            emit("\n  ")
        }
        emit("{\n  \"failures\": [")
        lines(failures)
        emit("],\n  \"notes\": [")
        lines(rows)
        emit("]\n}\n")
    }

    /// The formats that have a column of links, in a fixed order.
    private var formats: [ReportFormat] {
        ReportFormat.allCases.filter { format in rows.contains { $0.reports[format.rawValue] != nil } }
    }

    public func html() -> String {
        var all = ""
        html { all += $0 }
        return all
    }

    /// The same, handed over a row at a time.
    public func html(into emit: (String) -> Void) {
        let formats = formats
        var out = Self.head
        out += "<h1>Feedback reports</h1>\n"
        out += "<p class=\"summary\">\(rows.count) \(rows.count == 1 ? "report" : "reports")"
        if !failures.isEmpty {
            out += ", <a href=\"#failed\">\(failures.count) failed</a>"
        }
        out += "</p>\n"
        out += "<table id=\"reports\">\n<thead><tr>"
        let columns: [(String, String)] = [
            ("Candidate", "text"), ("Role", "text"), ("Level", "text"), ("Interview", "text"),
            ("Date", "text"), ("Strengths", "number"), ("Improvement items", "number"),
            ("Reports", "none"), ("Note", "text"),
        ]
        for (name, kind) in columns {
            if kind == "none" {
                out += "<th scope=\"col\">\(name)</th>"
            } else {
                out += "<th scope=\"col\" data-sort=\"\(kind)\" aria-sort=\"none\">"
                    + "<button type=\"button\">\(name)</button></th>"
            }
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for value in [row.candidate, row.role, row.level, row.interviewType, row.date] {
                out += "<td>\(SafeHTML.escape(value ?? ""))</td>"
            }
            out += "<td class=\"number\">\(row.strengths)</td>"
            out += "<td class=\"number\">\(row.improvementItems)</td>"
            let links = formats.compactMap { format in
                row.reports[format.rawValue].map {
                    "<a href=\"\(SafeHTML.escape(Self.linkPath($0)))\">\(Self.formatName(format))</a>"
                }
            }
            out += "<td class=\"links\">\(links.joined(separator: " "))</td>"
            out += "<td class=\"note\">\(SafeHTML.escape(row.note))</td>"
            out += "</tr>\n"
            emit(out)
            out = ""
        }
        out += "</tbody>\n</table>\n"
        if !failures.isEmpty {
            out += "<h2 id=\"failed\">Notes that failed</h2>\n<ul class=\"failed\">\n"
            for failure in failures {
                out += "<li><span class=\"note\">\(SafeHTML.escape(failure.note))</span>: "
                    + "\(SafeHTML.escape(failure.reason))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</main>\n<script>\(Self.sortScript)</script>\n</body>\n</html>\n"
        emit(out)
    }

    private static func formatName(_ format: ReportFormat) -> String {
        switch format {
        case .html: "HTML"
        case .md: "Markdown"
        case .text: "Text"
        case .json: "JSON"
        }
    }

    /// A relative link: each path segment percent-encoded, so a note called "a#b.md" or
    /// "50% notes.md" still links to its report.
    static func linkPath(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#%;:")
        return path.split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        }.joined(separator: "/")
    }

    /// Sorts the table by a header's column; a second click reverses. Numbers compare as
    /// numbers, text in the reader's locale; empty cells go last.
    static let sortScript = """
        for (const header of document.querySelectorAll("th[data-sort] button")) {
          header.addEventListener("click", () => {
            const th = header.parentElement;
            const table = th.closest("table");
            const column = Array.from(th.parentElement.children).indexOf(th);
            const ascending = th.getAttribute("aria-sort") !== "ascending";
            for (const other of table.querySelectorAll("th[data-sort]")) other.setAttribute("aria-sort", "none");
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            const numeric = th.dataset.sort === "number";
            const body = table.tBodies[0];
            const rows = Array.from(body.rows);
            const value = (row) => row.cells[column].textContent.trim();
            rows.sort((a, b) => {
              const x = value(a), y = value(b);
              if (x === "" || y === "") return (x === "") - (y === "");
              const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
              return ascending ? order : -order;
            });
            for (const row of rows) body.appendChild(row);
          });
        }
        """

    /// The SHA-256 of `sortScript`, which the page's policy allows; `ReportIndexTests`
    /// checks it against the script.
    static let sortScriptHash = "sha256-Y6SLThZoE0oXBVt320awjFZy/7RVQ0vgOnClHcbIkeQ="

    private static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '\(sortScriptHash)'; img-src 'none'; base-uri 'none'; form-action 'none'">
        <meta name="referrer" content="no-referrer">
        <title>Feedback reports</title>
        <style>
        :root {
          color-scheme: light dark;
          --text: #1f2328; --muted: #4b5563; --background: #ffffff; --surface: #f4f6f8;
          --border: #d0d7de; --accent: #0b5cad; --error: #b42318;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #e6edf3; --muted: #b1bac4; --background: #0d1117; --surface: #161b22;
            --border: #30363d; --accent: #79b8ff; --error: #ff7b72;
          }
        }
        * { box-sizing: border-box; }
        body {
          margin: 0; background: var(--background); color: var(--text);
          font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        }
        main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; overflow-wrap: anywhere; }
        h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .5rem; }
        h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--border); }
        a { color: var(--accent); }
        .summary { color: var(--muted); margin: 0 0 1rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--border); vertical-align: top; }
        th { background: var(--surface); white-space: nowrap; }
        th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
        th[aria-sort="ascending"] button::after { content: " ▲"; }
        th[aria-sort="descending"] button::after { content: " ▼"; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.links a { margin-right: .4rem; white-space: nowrap; }
        td.note, .failed .note { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
        .failed li { color: var(--error); }
        @media (max-width: 40rem) { th, td { padding: .35rem .3rem; } }
        </style>
        </head>
        <body>
        <main>

        """
}
