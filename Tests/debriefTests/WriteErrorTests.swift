import Foundation
import Testing

/// A write that fails (full disk, closed or broken standard output) is one line naming where
/// and why, with exit status 1: never a crash or a kill by SIGPIPE.
@Suite struct WriteErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var output: Output
        /// Words the cause must contain (from strerror, lower-cased or not).
        var cause: String

        enum Output { case full, closed, brokenPipe }

        var testDescription: String { name }
    }

    static let example = TestFolder.packageRoot
        .appendingPathComponent("Examples/terse-pros-cons.md").path

    static let cases: [Case] = [
        Case(name: "one report > /dev/full", arguments: ["render", example], output: .full,
             cause: "no space left on device"),
        Case(name: "JSON array > /dev/full", arguments: ["render", example, example],
             output: .full, cause: "no space left on device"),
        Case(name: "text report > /dev/full", arguments: ["render", "-f", "text", example],
             output: .full, cause: "no space left on device"),
        Case(name: "phrases > /dev/full", arguments: ["phrases", "went", "quiet"],
             output: .full, cause: "no space left on device"),
        Case(name: "phrases --format json > /dev/full",
             arguments: ["phrases", "--format", "json", "went", "quiet"], output: .full,
             cause: "no space left on device"),
        Case(name: "report >&-", arguments: ["render", example], output: .closed,
             cause: "closed"),
        Case(name: "report into a pipe nobody reads", arguments: ["render", example],
             output: .brokenPipe, cause: "broken pipe"),
        Case(name: "phrases into a pipe nobody reads", arguments: ["phrases", "went", "quiet"],
             output: .brokenPipe, cause: "broken pipe"),
    ]

    @Test(arguments: cases)
    func standardOutputErrorIsOneLine(_ test: Case) throws {
        let full = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        defer { try? full.close() }
        let output: DebriefBinary.Output = switch test.output {
        case .full: .file(full)
        case .closed: .closed
        case .brokenPipe: .brokenPipe
        }
        // Warnings would be lines too; only render has --quiet.
        let quiet = test.arguments[0] == "render" ? ["-q"] : []
        let result = try DebriefBinary.run(
            test.arguments + quiet, in: TestFolder.packageRoot, stdout: output)
        #expect(!result.signalled, "killed by signal \(result.status)")
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1, "\(result.errorLines)")
        let line = try #require(result.errorLines.first)
        #expect(line.hasPrefix("standard output: error: "))
        #expect(line.lowercased().contains(test.cause), "\(line)")
    }

    /// Nothing can be said when standard error itself fails, but the run must not crash and
    /// the missing input still counts.
    @Test func fullStandardErrorIsNotACrash() throws {
        let full = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        defer { try? full.close() }
        let result = try DebriefBinary.run(
            ["render", "missing.md", Self.example], in: TestFolder.packageRoot, stderr: full)
        #expect(!result.signalled, "killed by signal \(result.status)")
        #expect(result.status == 1)
        #expect(!result.stdout.isEmpty)
    }

    @Test func outputFolderThroughAFileIsOneLine() throws {
        let folder = try TestFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(TestFolder.goodNote.utf8).write(to: folder.appendingPathComponent("notes.md"))
        let result = try DebriefBinary.run(
            ["render", "-f", "md", "-o", "notes.md/out", "notes.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("notes.md/out: error: ") == true)
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.md"), encoding: .utf8)
                == TestFolder.goodNote)
    }
}
