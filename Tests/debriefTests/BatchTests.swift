import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `debrief render DIR -o OUTDIR`: a mirrored tree, an index, per-note failures, safe writes,
/// incremental runs, shards and parallel runs that give the same bytes.
@Suite struct BatchTests {
    static let fileManager = FileManager.default

    /// A notes tree: notes/a.md, notes/team/b.markdown, notes/team/deep/c.txt, plus files
    /// that are not notes (a hidden folder, a PDF).
    static func tree(extra: [String: String] = [:]) throws -> URL {
        let folder = try TestFolder.make()
        var files = [
            "notes/a.md": note(candidate: "Ana"),
            "notes/team/b.markdown": note(candidate: "Bo"),
            "notes/team/deep/c.txt": note(candidate: "Cy"),
            "notes/.drafts/hidden.md": note(candidate: "Hidden"),
            "notes/team/slides.pdf": "%PDF-1.4",
        ]
        files.merge(extra) { _, new in new }
        for (path, text) in files { try write(text, to: folder.appendingPathComponent(path)) }
        return folder
    }

    static func note(candidate: String) -> String {
        "Candidate: \(candidate)\nRole: Backend Engineer\nDate: 2026-03-12\n\n" + TestFolder.goodNote
    }

    static func write(_ text: String, to url: URL) throws {
        try fileManager.createDirectory(at: url.deletingLastPathComponent(),
                                        withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every file under `folder`, by relative path, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = fileManager.enumerator(atPath: base) else { return [:] }
        for case let path as String in walker {
            let full = base + "/" + path
            var isFolder: ObjCBool = false
            if fileManager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return result
    }

    static func index(_ out: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: out.appendingPathComponent("index.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func mirrorsTheTreeAndWritesAnIndex() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let result = try DebriefBinary.run(["render", "notes", "-o", "out", "-f", "html,json"], in: folder)
        #expect(result.status == 0)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.last?.hasPrefix("3 converted, 0 up to date, 0 failed in ") == true)
        let out = folder.appendingPathComponent("out")
        let files = Set(try Self.contents(of: out).keys)
        #expect(files == [
            ".debrief-manifest", "index.html", "index.json", "a.html", "a.json",
            "team/b.html", "team/b.json", "team/deep/c.html", "team/deep/c.json",
        ])
        let notes = try #require(try Self.index(out)["notes"] as? [[String: Any]])
        #expect(notes.map { $0["note"] as? String } == ["a.md", "team/b.markdown", "team/deep/c.txt"])
        #expect(notes.map { $0["candidate"] as? String } == ["Ana", "Bo", "Cy"])
        #expect(notes.first?["date"] as? String == "2026-03-12")
        #expect(notes.first?["strengths"] as? Int == 1)
        #expect(notes.first?["improvementItems"] as? Int == 1)
        #expect((notes.first?["reports"] as? [String: String]) == ["html": "a.html", "json": "a.json"])
        // Every link in the page leads to a report that is there.
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let links = html.components(separatedBy: "href=\"").dropFirst()
            .compactMap { $0.split(separator: "\"").first.map(String.init) }
            .filter { !$0.hasPrefix("#") }
        #expect(links.count == 6)
        for link in links {
            let path = try #require(link.removingPercentEncoding)
            #expect(Self.fileManager.fileExists(atPath: out.appendingPathComponent(path).path), "\(link)")
        }
    }

    @Test func includeAndExcludeChooseTheNotes() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let result = try DebriefBinary.run(
            ["render", "-q", "notes", "-o", "out", "-f", "json", "--include", "*.md",
             "--include", "*.txt", "--exclude", "team/deep"], in: folder)
        #expect(result.status == 0)
        let files = Set(try Self.contents(of: folder.appendingPathComponent("out")).keys)
        #expect(files == [".debrief-manifest", "index.html", "index.json", "a.json"])
    }

    /// An unreadable note, a binary one and two that would share reports each fail with
    /// their path; every other note converts, and the index lists the failures.
    @Test func failuresAreNamedAndTheRestConverts() throws {
        let folder = try Self.tree(extra: [
            "notes/team/b.md": Self.note(candidate: "Twin"),
            "notes/bad.md": "Strengths\n\n- fine\n\u{0}\n",
        ])
        defer { try? Self.fileManager.removeItem(at: folder) }
        try Self.fileManager.createSymbolicLink(
            atPath: folder.appendingPathComponent("notes/gone.md").path, withDestinationPath: "nowhere.md")
        let result = try DebriefBinary.run(["render", "notes", "-o", "out", "-f", "html"], in: folder)
        #expect(result.status == 1)
        let errors = result.errorLines.filter { $0.contains(": error: ") }.sorted()
        #expect(errors.count == 4)
        #expect(errors.contains { $0.hasPrefix("notes/bad.md:4:1: error: ") })
        #expect(errors.contains { $0.hasPrefix("notes/gone.md: error: no such file") })
        #expect(errors.contains {
            $0.hasPrefix("notes/team/b.markdown: error: has the same report name as notes/team/b.md")
        })
        #expect(errors.contains {
            $0.hasPrefix("notes/team/b.md: error: has the same report name as notes/team/b.markdown")
        })
        #expect(result.errorLines.last?.hasPrefix("2 converted, 0 up to date, 4 failed in ") == true)
        let out = folder.appendingPathComponent("out")
        #expect(Set(try Self.contents(of: out).keys).isSuperset(of: ["a.html", "team/deep/c.html"]))
        #expect(!Self.fileManager.fileExists(atPath: out.appendingPathComponent("team/b.html").path))
        let failures = try #require(try Self.index(out)["failures"] as? [[String: String]])
        #expect(failures.map { $0["note"] } == ["bad.md", "gone.md", "team/b.markdown", "team/b.md"])
    }

    @Test func failFastStopsAtTheFirstFailure() throws {
        let folder = try Self.tree(extra: ["notes/0-bad.md": "\u{0}"])
        defer { try? Self.fileManager.removeItem(at: folder) }
        let result = try DebriefBinary.run(
            ["render", "notes", "-o", "out", "-f", "json", "--jobs", "1", "--fail-fast"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines.last?.hasPrefix("0 converted, 0 up to date, 1 failed in ") == true)
    }

    /// A folder inside the output folder that is a link to elsewhere is never written through,
    /// and a link to a folder among the notes is not followed.
    @Test func nothingIsWrittenOutsideTheOutputFolder() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try Self.fileManager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("out")
        try Self.fileManager.createDirectory(at: out, withIntermediateDirectories: true)
        try Self.fileManager.createSymbolicLink(atPath: out.appendingPathComponent("team").path,
                                                withDestinationPath: elsewhere.path)
        try Self.fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("notes/loop").path,
                                                withDestinationPath: "..")
        let result = try DebriefBinary.run(["render", "-q", "notes", "-o", "out", "-f", "json"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 2)
        #expect(result.errorLines.allSatisfy { $0.contains("is a symbolic link") })
        #expect(try Self.fileManager.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        #expect(Self.fileManager.fileExists(atPath: out.appendingPathComponent("a.json").path))
    }

    /// A note named with ".." on the command line, or called "..x.md", still has its report
    /// inside the output folder, under its own name.
    @Test func namesWithDotsStayInside() throws {
        let folder = try Self.tree(extra: ["notes/team/..odd.md": Self.note(candidate: "Odd")])
        defer { try? Self.fileManager.removeItem(at: folder) }
        let result = try DebriefBinary.run(
            ["render", "-q", "../a.md", "..odd.md", "-o", "../../out", "-f", "json"],
            in: folder.appendingPathComponent("notes/team"))
        #expect(result.status == 0, "\(result.errorLines)")
        #expect(Set(try Self.contents(of: folder.appendingPathComponent("out")).keys)
                == [".debrief-manifest", "index.html", "index.json", "a.json", "..odd.json"])
        #expect(try Self.contents(of: folder.appendingPathComponent("notes")).count == 6)
    }

    /// An input folder inside the output folder: a report that would land on another note
    /// is refused, and the note is left as it was.
    @Test func aReportNeverReplacesANoteFoundInAFolder() throws {
        let folder = try TestFolder.make()
        defer { try? Self.fileManager.removeItem(at: folder) }
        try Self.write(Self.note(candidate: "Top"), to: folder.appendingPathComponent("out/sub/x.md"))
        try Self.write(Self.note(candidate: "Deep"), to: folder.appendingPathComponent("out/sub/sub/x.md"))
        let result = try DebriefBinary.run(["render", "-q", "out/sub", "-o", "out", "-f", "md"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines.contains { $0.hasPrefix("out/sub/x.md: error: is the input ") })
        #expect(try String(contentsOf: folder.appendingPathComponent("out/sub/x.md"), encoding: .utf8)
                == Self.note(candidate: "Top"))
    }

    @Test func aUsersOwnFileIsLeftAlone() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let mine = folder.appendingPathComponent("out/team/b.html")
        try Self.write("<p>mine</p>", to: mine)
        let result = try DebriefBinary.run(["render", "-q", "notes", "-o", "out", "-f", "html"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines == [
            "out/team/b.html: error: exists and was not written by debrief; use --force to replace it",
        ])
        #expect(try String(contentsOf: mine, encoding: .utf8) == "<p>mine</p>")
    }

    /// A second run converts nothing and changes no byte; a changed note converts alone; a
    /// changed template converts everything; --force converts everything.
    @Test func rerunsConvertOnlyWhatChanged() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let arguments = ["render", "notes", "-o", "out", "-f", "html,md"]
        func summary(_ extra: [String] = []) throws -> String {
            let result = try DebriefBinary.run(arguments + extra, in: folder)
            #expect(result.status == 0, "\(result.errorLines)")
            return String(result.errorLines.last?.split(separator: " in ").first ?? "")
        }
        #expect(try summary() == "3 converted, 0 up to date, 0 failed")
        let first = try Self.contents(of: folder.appendingPathComponent("out"))
        let index = folder.appendingPathComponent("out/index.html").path
        let written = try Self.fileManager.attributesOfItem(atPath: index)[.modificationDate] as? Date
        #expect(try summary() == "0 converted, 3 up to date, 0 failed")
        #expect(try Self.contents(of: folder.appendingPathComponent("out")) == first)
        // Nothing changed: the index is not written again.
        #expect(try Self.fileManager.attributesOfItem(atPath: index)[.modificationDate] as? Date == written)

        try Self.write(Self.note(candidate: "Ana Changed"), to: folder.appendingPathComponent("notes/a.md"))
        #expect(try summary() == "1 converted, 2 up to date, 0 failed")

        let template = folder.appendingPathComponent("brief.mustache")
        try Self.write("# {{reportTitle.text}}\n", to: template)
        #expect(try summary(["--template", "md=brief.mustache"]) == "3 converted, 0 up to date, 0 failed")
        #expect(try summary(["--template", "md=brief.mustache"]) == "0 converted, 3 up to date, 0 failed")
        #expect(try summary(["--template", "md=brief.mustache", "--force"])
                == "3 converted, 0 up to date, 0 failed")
        #expect(try summary(["--width", "60"]) == "3 converted, 0 up to date, 0 failed")
    }

    /// A folder written by an earlier version (a manifest that is one JSON object) keeps
    /// its word: the files it lists are Debrief's to replace.
    @Test func aManifestOfTheFirstFormatIsHonoured() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        try Self.write("<p>old report</p>", to: folder.appendingPathComponent("out/a.html"))
        try Self.write(#"{"files": ["a.html"], "writtenBy": "debrief"}"#,
                       to: folder.appendingPathComponent("out/.debrief-manifest"))
        let result = try DebriefBinary.run(["render", "-q", "notes", "-o", "out", "-f", "html"], in: folder)
        #expect(result.status == 0, "\(result.errorLines)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/a.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func pruneRemovesReportsOfNotesThatAreGone() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        _ = try DebriefBinary.run(["render", "-q", "notes", "-o", "out", "-f", "html"], in: folder)
        try Self.fileManager.removeItem(at: folder.appendingPathComponent("notes/a.md"))
        _ = try DebriefBinary.run(["render", "-q", "notes", "-o", "out", "-f", "html"], in: folder)
        #expect(Self.fileManager.fileExists(atPath: out.appendingPathComponent("a.html").path),
                "without --prune a report stays")
        let pruned = try DebriefBinary.run(["render", "-q", "--prune", "notes", "-o", "out", "-f", "html"],
                                           in: folder)
        #expect(pruned.status == 0)
        #expect(!Self.fileManager.fileExists(atPath: out.appendingPathComponent("a.html").path))
        let notes = try #require(try Self.index(out)["notes"] as? [[String: Any]])
        #expect(notes.count == 2)
    }

    /// Three shards and `debrief index` give the very tree one run gives, and each note is
    /// in exactly one shard.
    @Test func threeShardsMakeTheSameTreeAsOneRun() throws {
        var extra: [String: String] = [:]
        for number in 0..<30 { extra["notes/more/n\(number).md"] = Self.note(candidate: "N\(number)") }
        let folder = try Self.tree(extra: extra)
        defer { try? Self.fileManager.removeItem(at: folder) }
        let one = try DebriefBinary.run(["render", "-q", "notes", "-o", "one", "-f", "html,json"], in: folder)
        #expect(one.status == 0)
        var converted = 0
        for shard in 0..<3 {
            let result = try DebriefBinary.run(
                ["render", "notes", "-o", "three", "-f", "html,json", "--shard", "\(shard)/3"], in: folder)
            #expect(result.status == 0)
            converted += Int(result.errorLines.last?.split(separator: " ").first ?? "") ?? 0
        }
        #expect(converted == 33, "every note in exactly one shard")
        let index = try DebriefBinary.run(["index", "three"], in: folder)
        #expect(index.status == 0)
        #expect(try Self.contents(of: folder.appendingPathComponent("three"))
                == (try Self.contents(of: folder.appendingPathComponent("one"))))
    }

    /// One job or several: the same bytes in every file, and the same log.
    @Test func theNumberOfJobsChangesNoByte() throws {
        var extra: [String: String] = [:]
        // Strikethrough, tables and autolinks: cmark-gfm's extensions share state between
        // parsers, which must not make one note read two ways under different schedules.
        let extensions = "\n## Ratings\n\n| Competency | Score |\n| --- | --- |\n| ~~Old~~ Coding | 3/4 |\n"
            + "\n## Summary\n\nSee www.example.com and ~dropped~ words.\n"
        for number in 0..<40 {
            extra["notes/more/n\(number).md"] = Self.note(candidate: "N\(number)") + extensions
        }
        extra["notes/more/n7.md"] = "Strengths\n\n- fine\n\n## Wiki notes\n\nkept\n"
        let folder = try Self.tree(extra: extra)
        defer { try? Self.fileManager.removeItem(at: folder) }
        var logs: [[String]] = []
        for (jobs, out) in [("1", "serial"), ("4", "parallel")] {
            let result = try DebriefBinary.run(
                ["render", "notes", "-o", out, "-f", "html,json,md,text", "--jobs", jobs], in: folder)
            #expect(result.status == 0)
            logs.append(result.errorLines.dropLast().map { $0 })
        }
        #expect(logs[0] == logs[1])
        #expect(!logs[0].isEmpty, "the unclassified section is reported")
        #expect(try Self.contents(of: folder.appendingPathComponent("serial"))
                == (try Self.contents(of: folder.appendingPathComponent("parallel"))))
    }

    /// A run killed at any moment leaves only complete reports visible, and the next run
    /// removes what it left and completes.
    @Test func aKilledRunLeavesOnlyCompleteReports() throws {
        var extra: [String: String] = [:]
        let body = String(repeating: "- Explained the trade-off between cost and latency\n", count: 60)
        for number in 0..<400 {
            extra["notes/bulk/\(number / 100)/n\(number).md"] = Self.note(candidate: "N\(number)") + body
        }
        let folder = try Self.tree(extra: extra)
        defer { try? Self.fileManager.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = DebriefBinary.url
        process.arguments = ["render", "-q", "notes", "-o", "out", "-f", "html,json", "--jobs", "2"]
        process.currentDirectoryURL = folder
        try process.run()
        // Kill once some reports are there, while others are being written.
        var waited = 0
        while waited < 400,
            ((try? Self.fileManager.subpathsOfDirectory(atPath: out.path)) ?? []).count < 100
        {
            usleep(5_000)
            waited += 1
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        for (path, data) in try Self.contents(of: out) where !path.split(separator: "/").last!.hasPrefix(".") {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is cut short")
            } else if path.hasSuffix(".html") {
                #expect(text.hasSuffix("</html>\n"), "\(path) is cut short")
            }
        }
        let rerun = try DebriefBinary.run(["render", "-q", "notes", "-o", "out", "-f", "html,json"], in: folder)
        #expect(rerun.status == 0)
        let left = try Self.contents(of: out).keys.filter { $0.contains(".debrief-tmp-") }
        #expect(left.isEmpty)
        #expect(try Self.contents(of: out).count == 2 * 403 + 3)
    }

    @Test func oneInputToAReportFile() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let result = try DebriefBinary.run(["render", "-q", "notes/a.md", "-o", "r.html"], in: folder)
        #expect(result.status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let clash = try DebriefBinary.run(["render", "-q", "notes/a.md", "-o", "r.html", "-f", "md"], in: folder)
        #expect(clash.status == 1)
        #expect(clash.errorLines == ["r.html: error: names a .html file, but --format asks for md"])
        let input = try DebriefBinary.run(["render", "-q", "notes/a.md", "-o", "notes/a.md"], in: folder)
        #expect(input.status == 1)
        #expect(try String(contentsOf: folder.appendingPathComponent("notes/a.md"), encoding: .utf8)
                == Self.note(candidate: "Ana"))
    }

    @Test func aFolderWithoutOutputIsOneJSONArray() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let result = try DebriefBinary.run(["render", "-q", "notes"], in: folder)
        #expect(result.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(reports.map { $0["source"] as? String } == ["a.md", "b.markdown", "c.txt"])
    }

    @Test func aPipeWithoutDashSaysHowToReadIt() throws {
        let folder = try TestFolder.make()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let result = try DebriefBinary.run(["render"], in: folder, stdin: Data("Strengths\n".utf8))
        #expect(result.status == 64)
        #expect(result.errorLines.first?.contains("debrief render -") == true)
    }

    @Test func theOutputFolderCannotBeAnInputFolder() throws {
        let folder = try Self.tree()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let result = try DebriefBinary.run(["render", "-q", "notes", "-o", "notes/"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(try Self.contents(of: folder.appendingPathComponent("notes")).count == 5)
    }
}
