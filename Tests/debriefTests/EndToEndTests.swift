import DebriefKit
import Foundation
import Testing

/// Runs the built `debrief` binary on each folder in `Cases/`: `args` (one argument a line),
/// optional `stdin`, and the expected `expected-status`, `expected-stderr` and
/// `expected-stdout` (JSON compared after decoding). `RECORD_SNAPSHOTS=1` re-records the
/// expected output (never the status, which is written by hand) and fails each case.
@Suite struct EndToEndTests {
    static let casesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Cases")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path)) ?? []).sorted()
    }

    @Test(arguments: cases)
    func runCase(_ name: String) throws {
        let folder = Self.casesFolder.appendingPathComponent(name)
        let arguments = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let stdin = try? Data(contentsOf: folder.appendingPathComponent("stdin"))
        let result = try DebriefBinary.run(arguments, in: folder, stdin: stdin)

        let expectedStatus = try String(
            contentsOf: folder.appendingPathComponent("expected-status"), encoding: .utf8)
        #expect("\(result.status)" == expectedStatus.trimmingCharacters(in: .whitespacesAndNewlines))

        let stdoutFile = folder.appendingPathComponent("expected-stdout")
        let stderrFile = folder.appendingPathComponent("expected-stderr")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try result.stdout.write(to: stdoutFile)
            try result.stderr.write(to: stderrFile)
            // A recording run compares nothing, so it must not pass: CI with the variable set
            // would otherwise bless whatever the binary now prints.
            Issue.record(Comment(rawValue: "recorded \(name)'s expected output; review the "
                                 + "diff, then run the tests without RECORD_SNAPSHOTS"))
            return
        }
        #expect(String(decoding: result.stderr, as: UTF8.self)
                == (try String(contentsOf: stderrFile, encoding: .utf8)))
        let expectedStdout = try Data(contentsOf: stdoutFile)
        if let actual = try? JSONSerialization.jsonObject(with: result.stdout) as? NSObject,
            let expected = try? JSONSerialization.jsonObject(with: expectedStdout) as? NSObject
        {
            #expect(actual == expected, "\(String(decoding: result.stdout, as: UTF8.self))")
        } else {
            #expect(result.stdout == expectedStdout)
        }
    }

    @Test func candidateOutputNeverHasPrivateText() throws {
        let folder = Self.casesFolder.appendingPathComponent("candidate-hides-private")
        let result = try DebriefBinary.run(["render", "scorecard.md"], in: folder)
        let output = String(decoding: result.stdout, as: UTF8.self)
        #expect(!output.contains("CANARY-PRIV"))
        #expect(!output.contains("\"private\""))
        let internalRun = try DebriefBinary.run(
            ["render", "--audience", "internal", "scorecard.md"], in: folder)
        let internalOutput = String(decoding: internalRun.stdout, as: UTF8.self)
        for canary in ["CANARY-PRIV-1", "CANARY-PRIV-2", "CANARY-PRIV-3"] {
            #expect(internalOutput.contains(canary))
        }
    }

    @Test func outputFolderGetsOneReportPerReadableInput() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let folder = Self.casesFolder.appendingPathComponent("missing-file-others-go-on")
        let result = try DebriefBinary.run(
            ["render", "--output", output.path, "does-not-exist.md", "good.md"], in: folder)
        #expect(result.status == 1)
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(written.sorted() == [".debrief-manifest", "good.json", "index.html", "index.json"])
        let report = try ReportJSON.decode(
            Data(contentsOf: output.appendingPathComponent("good.json")))
        #expect(report.strengths.count == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test func examplesRenderFromAnyWorkingDirectory() throws {
        let root = Self.casesFolder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let example = root.appendingPathComponent("Examples/notes-app-paste.md").path
        let result = try DebriefBinary.run(
            ["render", example], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        let report = try ReportJSON.decode(result.stdout)
        #expect(report.improvements.count == 3)
    }
}

/// `--output` with several formats and inputs, and what a bad template leaves behind.
@Suite struct OutputFolderTests {
    static let cases = EndToEndTests.casesFolder

    @Test func everyInputInEveryFormat() throws {
        let output = try TestFolder.make()
        defer { try? FileManager.default.removeItem(at: output) }
        let folder = Self.cases.appendingPathComponent("format-markdown")
        let result = try DebriefBinary.run(
            ["render", "--format", "json,md,html,text", "--output", output.path, "good.md",
             "../stdin/stdin"], in: folder)
        #expect(result.status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(written == [".debrief-manifest", "good.html", "good.json", "good.md", "good.txt",
                            "index.html", "index.json", "stdin.html", "stdin.json", "stdin.md",
                            "stdin.txt"])
    }

    @Test func brokenTemplateWritesNothing() throws {
        let output = try TestFolder.make()
        defer { try? FileManager.default.removeItem(at: output) }
        let folder = Self.cases.appendingPathComponent("template-broken")
        let result = try DebriefBinary.run(
            ["render", "--format", "html,md", "--template", "broken.html.mustache",
             "--output", output.path, "good.md"], in: folder)
        #expect(result.status == 1)
        #expect(String(decoding: result.stderr, as: UTF8.self)
            .hasPrefix("broken.html.mustache:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    @Test func aFileThatCannotBeWrittenDoesNotStopTheOthers() throws {
        let output = try TestFolder.make()
        defer { try? FileManager.default.removeItem(at: output) }
        // A folder where good.html should go.
        try FileManager.default.createDirectory(
            at: output.appendingPathComponent("good.html"), withIntermediateDirectories: true)
        let folder = Self.cases.appendingPathComponent("format-markdown")
        let result = try DebriefBinary.run(
            ["render", "-q", "--format", "html,md", "--output", output.path, "good.md",
             "../stdin/stdin"], in: folder)
        #expect(result.status == 1)
        let message = String(decoding: result.stderr, as: UTF8.self)
        #expect(message.contains("good.html: error: cannot write the report: a folder"))
        #expect(message.split(separator: "\n").count == 1)
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        // No temporary file is left where good.html could not be written.
        #expect(written == [".debrief-manifest", "good.html", "good.md", "index.html",
                            "index.json", "stdin.html", "stdin.md"])
    }
}
