import Foundation
import Testing

/// `debrief lint`, `new` and `init` as a user runs them: output formats checked against their
/// schemas, exit statuses, the summary line, and files that are never replaced.
@Suite struct LintCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.deletingLastPathComponent()
        .appendingPathComponent("shared/seeds/000_cb47a0aaa99d6edd.txt")
    static let sarifSchema = root.deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Cases")

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Inputs with findings of every kind: the examples, the seed, the lint cases' notes.
    static var inputs: [String] {
        [root.appendingPathComponent("Examples").path, seed.path,
         cases.appendingPathComponent("lint-min-severity").path,
         cases.appendingPathComponent("lint-config-found/team").path]
    }

    @Test func theSeedAndEveryExampleLintWithNoError() throws {
        let result = try DebriefBinary.run(["lint", "-q", "--format", "json"] + Self.inputs.prefix(2),
                                           in: Self.root)
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let findings = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0["severity"] as? String != "error" })
    }

    @Test(arguments: [("json", "Schema/lint.schema.json"), ("sarif", "")])
    func theOutputValidatesAgainstItsSchema(_ format: String, _ schema: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DebriefBinary.run(["lint", "-q", "--format", format] + Self.inputs,
                                           in: Self.root)
        #expect(result.status == 1, "the inputs hold an error finding")
        try result.stdout.write(to: folder.appendingPathComponent("out.json"))
        let schemaPath = schema.isEmpty ? Self.sarifSchema.path
            : Self.root.appendingPathComponent(schema).path
        let check = try Self.python([Self.root.appendingPathComponent("Tests/schema/validate.py").path,
                                     schemaPath, folder.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("1 valid"), "\(check.output)")
    }

    @Test func sarifResultsPointAtTheirRulesWithUTF16Columns() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // "é" is 2 bytes and 1 UTF-16 unit; "🙂" is 4 bytes and 2 units.
        let note = "Candidate: Zoé 🙂\nLevel: L4\nDate: 2026-01-02\nInterview type: Coding\n\n"
            + "Strengths\n\n- Zoé 🙂 did a great job.\n\nAreas for improvement\n\n"
            + "- Zoé 🙂 seemed arrogant when I gave a hint\n  “Let me take that hint and rethink.”\n"
        try Data(note.utf8).write(to: folder.appendingPathComponent("n.md"))
        let result = try DebriefBinary.run(["lint", "-q", "--format", "sarif", "n.md"], in: folder)
        let log = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"]
            as? [[String: Any]])
        #expect(rules.allSatisfy { (($0["help"] as? [String: Any])?["text"] as? String)?.isEmpty == false })
        let results = try #require(run["results"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let personality = try #require(results.first { $0["ruleId"] as? String == "personality-language" })
        let region = try #require(((personality["locations"] as? [[String: Any]])?.first?["physicalLocation"]
            as? [String: Any])?["region"] as? [String: Any])
        // "- Zoé 🙂 seemed arrogant": 'arrogant' starts at UTF-16 unit 17 (byte 20).
        #expect(region["startLine"] as? Int == 12)
        #expect(region["startColumn"] as? Int == 17)
        #expect(region["endColumn"] as? Int == 25)
    }

    @Test func theSummaryLineCountsWhatWasFound() throws {
        let folder = Self.cases.appendingPathComponent("lint-min-severity")
        let result = try DebriefBinary.run(["lint", "feedback.md", "unfair.md", "missing.md"], in: folder)
        #expect(result.status == 1)
        let last = try #require(result.errorLines.last)
        #expect(last.wholeMatch(of: /2 linted, 1 failed in [0-9.]+ s: 1 errors, 4 warnings, 2 notes/) != nil,
                "\(last)")
        #expect(result.errorLines.first == "missing.md: error: no such file")
    }

    @Test func theOutputFileHoldsWhatStandardOutputWould() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = Self.cases.appendingPathComponent("lint-compiler-style/feedback.md").path
        let printed = try DebriefBinary.run(["lint", "-q", "--format", "sarif", note], in: folder)
        let written = try DebriefBinary.run(["lint", "-q", "--format", "sarif", "-o", "out.sarif", note],
                                            in: folder)
        #expect(written.stdout.isEmpty)
        #expect(try Data(contentsOf: folder.appendingPathComponent("out.sarif")) == printed.stdout)
    }

    @Test func theFindingsNeverReplaceANoteAndWriteThroughALink() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = Data("Strengths\n\n- Great job.\n".utf8)
        try note.write(to: folder.appendingPathComponent("n.md"))
        let own = try DebriefBinary.run(["lint", "-q", "-o", "n.md", "n.md"], in: folder)
        #expect(own.status == 1)
        #expect(own.errorLines == ["n.md: error: is the note n.md; the findings never replace a file debrief reads"])
        #expect(try Data(contentsOf: folder.appendingPathComponent("n.md")) == note)

        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.json").path,
                                                   withDestinationPath: "target.json")
        let linked = try DebriefBinary.run(["lint", "-q", "-f", "json", "-o", "link.json", "n.md"], in: folder)
        #expect(linked.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("link.json").path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try String(contentsOf: folder.appendingPathComponent("target.json"), encoding: .utf8)
            .contains("\"vague-feedback\""))
    }

    @Test func aFolderWithNoNotesFailsAStrictRun() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"),
                                                withIntermediateDirectories: true)
        let lenient = try DebriefBinary.run(["lint", "-q", "-f", "json", "empty"], in: folder)
        #expect(lenient.status == 0)
        #expect(String(decoding: lenient.stdout, as: UTF8.self).contains("\"no-notes\""))
        let strict = try DebriefBinary.run(["lint", "-q", "--strict", "empty"], in: folder)
        #expect(strict.status == 1)
    }

    @Test func theNumberOfJobsChangesNoByte() throws {
        let one = try DebriefBinary.run(["lint", "-q", "--jobs", "1"] + Self.inputs, in: Self.root)
        let four = try DebriefBinary.run(["lint", "-q", "--jobs", "4"] + Self.inputs, in: Self.root)
        #expect(one.stdout == four.stdout)
        #expect(!one.stdout.isEmpty)
    }

    @Test func initAndNewNeverReplaceAFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try DebriefBinary.run(["init"], in: folder)
        #expect(created.status == 0)
        let configuration = folder.appendingPathComponent(".debrief.yml")
        try Data("rules: {}\n".utf8).write(to: configuration)
        let again = try DebriefBinary.run(["init"], in: folder)
        #expect(again.status == 1)
        #expect(again.errorLines == ["./.debrief.yml: error: already exists; use --force to replace it "
                                     + "with a configuration"])
        #expect(try String(contentsOf: configuration, encoding: .utf8) == "rules: {}\n")
        #expect(try DebriefBinary.run(["init", "--force"], in: folder).status == 0)
        #expect(try String(contentsOf: configuration, encoding: .utf8).hasPrefix("# Debrief configuration"))

        try Data("mine\n".utf8).write(to: folder.appendingPathComponent("note.md"))
        let new = try DebriefBinary.run(["new", "-o", "note.md"], in: folder)
        #expect(new.status == 1)
        #expect(try String(contentsOf: folder.appendingPathComponent("note.md"), encoding: .utf8) == "mine\n")
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
