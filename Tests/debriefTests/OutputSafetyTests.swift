import Foundation
import Testing

/// `--output` never destroys a file it should not: not an input, not a file someone else
/// wrote (unless `--force`), and not another input's report.
@Suite struct OutputSafetyTests {
    static let fileManager = FileManager.default

    /// `notes/notes.md` and `notes/sub/other.md`, each a small readable note.
    static func notesFolder() throws -> URL {
        let folder = try TestFolder.make()
        try fileManager.createDirectory(at: folder.appendingPathComponent("sub"),
                                        withIntermediateDirectories: true)
        for name in ["notes.md", "sub/other.md"] {
            try Data(TestFolder.goodNote.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// The files the manifest (JSON Lines) lists.
    static func manifest(in folder: URL) throws -> [String] {
        let data = try Data(contentsOf: folder.appendingPathComponent(".debrief-manifest"))
        return try data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
            return object["file"] as? String
        }
    }

    static func text(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func reportThatWouldReplaceItsInputIsRefused() throws {
        let folder = try Self.notesFolder()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let result = try DebriefBinary.run(
            ["render", "-q", "-f", "md,html", "-o", ".", "notes.md", "sub/other.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("./notes.md: error: ") == true)
        #expect(result.errorLines.first?.contains("input") == true)
        #expect(try Self.text(folder, "notes.md") == TestFolder.goodNote)
        for written in ["notes.html", "other.md", "other.html"] {
            #expect(Self.fileManager.fileExists(
                atPath: folder.appendingPathComponent(written).path))
        }
    }

    @Test func linkToAnInputIsRefusedEvenWithForce() throws {
        let folder = try Self.notesFolder()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        try Self.fileManager.createDirectory(at: output, withIntermediateDirectories: true)
        try Self.fileManager.createSymbolicLink(
            atPath: output.appendingPathComponent("notes.md").path,
            withDestinationPath: "../notes.md")
        let result = try DebriefBinary.run(
            ["render", "-q", "--force", "-f", "md", "-o", "out", "notes.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("out/notes.md: error: ") == true)
        #expect(try Self.text(folder, "notes.md") == TestFolder.goodNote)
    }

    @Test func fileDebriefDidNotWriteIsKept() throws {
        let folder = try Self.notesFolder()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        try Self.fileManager.createDirectory(at: output, withIntermediateDirectories: true)
        let mine = output.appendingPathComponent("notes.html")
        try Data("<p>my own page</p>".utf8).write(to: mine)
        let result = try DebriefBinary.run(
            ["render", "-q", "-f", "html,md", "-o", "out", "notes.md", "sub/other.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines == [
            "out/notes.html: error: exists and was not written by debrief; "
                + "use --force to replace it",
        ])
        #expect(try String(contentsOf: mine, encoding: .utf8) == "<p>my own page</p>")
        #expect(try Self.manifest(in: output).sorted()
                == ["index.html", "index.json", "notes.md", "other.html", "other.md"])

        let forced = try DebriefBinary.run(
            ["render", "-q", "--force", "-f", "html", "-o", "out", "notes.md"], in: folder)
        #expect(forced.status == 0)
        #expect(forced.errorLines.isEmpty)
        #expect(try String(contentsOf: mine, encoding: .utf8).contains("<html"))
        #expect(try Self.manifest(in: output).contains("notes.html"))
    }

    /// `make run` renders into the same folder again and again.
    @Test func reportsFromAnEarlierRunAreReplaced() throws {
        let folder = try Self.notesFolder()
        defer { try? Self.fileManager.removeItem(at: folder) }
        let arguments = ["render", "-q", "-f", "json,md,html,text", "-o", "out", "notes.md",
                         "sub/other.md"]
        for _ in 1...2 {
            let result = try DebriefBinary.run(arguments, in: folder)
            #expect(result.status == 0)
            #expect(result.errorLines.isEmpty)
        }
        let output = folder.appendingPathComponent("out")
        let expected = ["json", "md", "html", "txt"].flatMap { ["notes.\($0)", "other.\($0)"] }
            + ["index.html", "index.json"]
        #expect(try Self.manifest(in: output).sorted() == expected.sorted())
        #expect(try Self.fileManager.contentsOfDirectory(atPath: output.path).sorted()
                == ([".debrief-manifest"] + expected).sorted())
    }

    /// Two inputs whose reports would share a name both fail, naming each other: neither
    /// wins by the order they were given in.
    @Test func inputsThatWouldShareReportsBothFail() throws {
        let folder = try TestFolder.make()
        defer { try? Self.fileManager.removeItem(at: folder) }
        try Self.fileManager.createDirectory(at: folder.appendingPathComponent("a"),
                                             withIntermediateDirectories: true)
        for name in ["x.md", "a/x.md", "x-2.md"] {
            try Data(TestFolder.goodNote.utf8).write(to: folder.appendingPathComponent(name))
        }
        let result = try DebriefBinary.run(
            ["render", "-q", "-f", "json,md", "-o", "out", "x.md", "a/x.md", "x-2.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines == [
            "x.md: error: has the same report name as a/x.md; rename one of them",
            "a/x.md: error: has the same report name as x.md; rename one of them",
        ])
        let written = try Self.fileManager.contentsOfDirectory(
            atPath: folder.appendingPathComponent("out").path)
        #expect(Set(written) == [".debrief-manifest", "index.html", "index.json", "x-2.json", "x-2.md"])
    }
}
