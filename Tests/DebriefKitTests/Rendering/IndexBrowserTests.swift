import Foundation
import Testing

@testable import DebriefKit

/// The batch index page in headless Chromium: its sort script runs under the page's own
/// Content-Security-Policy (so the hash in the policy is the script's), a click on a header
/// sorts the rows both ways, and the page loads nothing at all. The page is opened inside a
/// harness page's frame, whose script clicks and reads the result into the DOM Chromium dumps.
@Suite(.enabled(if: Chromium.path != nil || TestFiles.isCI), .serialized)
struct IndexBrowserTests {
    static func row(_ note: String, candidate: String?, strengths: Int) -> IndexRow {
        var report = Report(source: note)
        report.details.candidate = candidate
        report.strengths = (0..<strengths).map { Strength(text: "s\($0)", line: $0 + 1) }
        return IndexRow(note: note, report: report, reports: ["html": note + ".html"])
    }

    static let index = ReportIndex(
        rows: [
            row("b.md", candidate: "Bea", strengths: 10),
            row("a.md", candidate: "Cai <script>alert(1)</script>", strengths: 2),
            row("c.md", candidate: nil, strengths: 3),
        ],
        failures: [ReportIndex.Failure(note: "bad.md", reason: "invalid UTF-8 at line 2")])

    static let harness = """
        <!DOCTYPE html>
        <html><body><iframe id="page" src="index.html"></iframe><pre id="result">waiting</pre>
        <script>
        const frame = document.getElementById("page");
        frame.addEventListener("load", () => {
          const doc = frame.contentDocument;
          const column = (n) => Array.from(doc.querySelectorAll("#reports tbody tr"))
            .map((row) => row.cells[n].textContent).join("|");
          const click = (n) => doc.querySelectorAll("#reports thead th")[n].querySelector("button").click();
          const lines = ["loaded " + column(0)];
          click(5); lines.push("strengths up " + column(5));
          click(5); lines.push("strengths down " + column(5));
          click(0); lines.push("candidate up " + column(0));
          lines.push("resources " + frame.contentWindow.performance.getEntriesByType("resource").length);
          lines.push("scripts " + doc.scripts.length);
          document.getElementById("result").textContent = lines.join("\\n");
        });
        </script></body></html>
        """

    @Test func sortsUnderItsOwnPolicyAndLoadsNothing() throws {
        let chromium = try #require(Chromium.path)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.index.html().write(to: folder.appendingPathComponent("index.html"), atomically: true,
                                    encoding: .utf8)
        let harness = folder.appendingPathComponent("harness.html")
        try Self.harness.write(to: harness, atomically: true, encoding: .utf8)
        let dom = try Chromium.run(chromium, ["--allow-file-access-from-files",
                                              "--virtual-time-budget=3000", "--dump-dom",
                                              harness.absoluteString])
        #expect(dom.contains("loaded Cai &lt;script&gt;alert(1)&lt;/script&gt;|Bea|"))
        #expect(dom.contains("strengths up 2|3|10"), "numbers sort as numbers")
        #expect(dom.contains("strengths down 10|3|2"))
        #expect(dom.contains("candidate up Bea|Cai &lt;script&gt;alert(1)&lt;/script&gt;|"),
                "empty cells sort last")
        #expect(dom.contains("resources 0"))
        #expect(dom.contains("scripts 1"), "only the page's own script")
    }

    /// The policy allows the page's script by its SHA-256; a changed script without a new
    /// hash would silently stop sorting.
    @Test func policyHashIsTheScripts() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c",
                             "import sys,hashlib,base64;print(base64.b64encode(hashlib.sha256("
                                 + "sys.stdin.buffer.read()).digest()).decode())"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(ReportIndex.sortScript.utf8))
        try input.fileHandleForWriting.close()
        let digest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(ReportIndex.sortScriptHash == "sha256-" + digest.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func everyValueIsEscapedAndFailuresListed() {
        let html = Self.index.html()
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("<li><span class=\"note\">bad.md</span>: invalid UTF-8 at line 2</li>"))
        #expect(html.contains("<a href=\"a.md.html\">HTML</a>"))
        #expect(!html.contains("http://") && !html.contains("https://"), "nothing from outside")
    }

    @Test(arguments: [
        NamedInput("space", ("team a/x.html", "team%20a/x.html")),
        NamedInput("hash", ("a#b.html", "a%23b.html")),
        NamedInput("percent", ("50% notes.html", "50%25%20notes.html")),
        NamedInput("colon", ("a:b.html", "a%3Ab.html")),
    ])
    func linksAreEncodedPaths(_ input: NamedInput<(String, String)>) {
        #expect(ReportIndex.linkPath(input.value.0) == input.value.1)
    }
}
