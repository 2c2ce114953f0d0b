import Foundation
import Testing

@testable import DebriefKit

/// Loads rendered reports in headless Chromium with JavaScript on, as a candidate's browser
/// would, and checks that nothing from the notes ran: the title is still the report's, and
/// no script or planted element exists in the live DOM. The hostile note is loaded twice:
/// as rendered, and with the report's Content-Security-Policy removed, so the check proves
/// the escaping itself and not only the policy. `make test` installs Chromium (Debian's
/// `chromium`); without it these tests are skipped outside CI and fail in CI.
@Suite(.enabled(if: Chromium.path != nil || TestFiles.isCI), .serialized)
struct BrowserTests {
    static var pages: [String] {
        TestFiles.examples.map { "Examples/\($0)" } + ["hostile", "hostile-without-csp"]
    }

    @Test func chromiumIsInstalledInCI() {
        #expect(Chromium.path != nil, "install Debian's chromium (make test does)")
    }

    @Test(arguments: pages)
    func nothingFromTheNotesRuns(_ page: String) throws {
        let chromium = try #require(Chromium.path)
        let text = page.hasPrefix("hostile")
            ? HostileInputs.note : try TestFiles.text(page)
        let report = NotesParser().parse(text, source: page)
        var html = try ReportRenderer(options: .init(audience: .internal)).render(report, as: .html)
        if page == "hostile-without-csp" {
            html = html.split(separator: "\n")
                .filter { !$0.contains("Content-Security-Policy") }.joined(separator: "\n")
        }
        let dom = try Chromium.dumpDOM(of: html, using: chromium)
        let writtenTitle = try #require(Self.title(in: html))
        #expect(Self.title(in: dom) == writtenTitle, "the page title changed: a payload ran")
        #expect(!dom.contains("<script"), "a script element is in the live DOM")
        #expect(dom.range(of: #"<[a-z]+[^>]*\sid="pwned""#, options: .regularExpression) == nil)
        #expect(dom.contains("</main>"), "the page did not load")
    }

    @Test func screenshotsAtPhoneAndDesktopWidths() throws {
        let chromium = try #require(Chromium.path)
        let report = NotesParser().parse(try TestFiles.text("Examples/ats-scorecard.md"),
                                         source: "ats-scorecard.md")
        let html = try ReportRenderer().render(report, as: .html)
        let folder = TestFiles.packageRoot.appendingPathComponent(".build/screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, width) in [("phone", 390), ("desktop", 1280)] {
            let png = folder.appendingPathComponent("ats-scorecard-\(name).png")
            try? FileManager.default.removeItem(at: png)
            try Chromium.screenshot(of: html, width: width, to: png, using: chromium)
            let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size]) as? Int
            #expect((size ?? 0) > 10_000, "\(png.path)")
        }
    }

    private static func title(in html: String) -> String? {
        guard let open = html.range(of: "<title>"),
            let close = html[open.upperBound...].range(of: "</title>")
        else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }
}

enum Chromium {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
            .split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static func dumpDOM(of html: String, using chromium: String) throws -> String {
        try withPage(html) { url in
            try run(chromium, ["--virtual-time-budget=3000", "--dump-dom", url.absoluteString])
        }
    }

    static func screenshot(of html: String, width: Int, to png: URL, using chromium: String)
        throws
    {
        _ = try withPage(html) { url in
            try run(chromium, ["--hide-scrollbars", "--window-size=\(width),2000",
                               "--screenshot=\(png.path)", url.absoluteString])
        }
    }

    private static func withPage(_ html: String, _ body: (URL) throws -> String) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        return try body(page)
    }

    static func run(_ chromium: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu",
                             "--disable-dev-shm-usage", "--no-first-run"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
