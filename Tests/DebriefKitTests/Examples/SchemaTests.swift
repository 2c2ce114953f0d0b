import Foundation
import Testing

@testable import DebriefKit

/// Every example's JSON (both audiences) and the seed's validate against
/// `Schema/report.schema.json`, checked by Python's jsonschema (`make test` installs it).
@Suite struct SchemaTests {
    @Test func examplesValidateAgainstTheSchema() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var inputs = TestFiles.examples.map { ("Examples/\($0)", try? TestFiles.text("Examples/\($0)")) }
        if let seed = try? NoteFile.read(path: TestFiles.seedPath) { inputs.append(("seed", seed)) }
        var written = 0
        for (source, text) in inputs {
            let report = NotesParser().parse(try #require(text), source: source)
            for audience in Audience.allCases {
                let file = folder.appendingPathComponent("\(written).json")
                try ReportJSON.encode(report, for: audience).write(to: file)
                written += 1
            }
        }
        let python = try #require(Self.pythonWithJSONSchema(), "no python3 with jsonschema; run `make test`")
        let result = try Self.run(python, [
            TestFiles.packageRoot.appendingPathComponent("Tests/schema/validate.py").path,
            TestFiles.packageRoot.appendingPathComponent("Schema/report.schema.json").path,
            folder.path,
        ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\(written) valid"), "\(result.output)")
    }

    private static func pythonWithJSONSchema() -> String? {
        ["/usr/bin/env python3", "/usr/bin/python3"].first { candidate in
            let parts = candidate.split(separator: " ").map(String.init)
            return (try? run(parts[0], parts.dropFirst() + ["-c", "import jsonschema"]))?.status == 0
        }
    }

    private static func run(_ executable: String, _ arguments: some Sequence<String>) throws
        -> (status: Int32, output: String)
    {
        var parts = executable.split(separator: " ").map(String.init)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: parts.removeFirst())
        process.arguments = parts + Array(arguments)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
