import Foundation
import Testing

/// What is printed about an input that cannot be read is true and safe to print: exact sizes
/// where a rounded one would look like the limit, and control characters in names escaped.
@Suite struct InputMessageTests {
    @Test func oneByteOverTheDefaultLimitShowsExactSizes() throws {
        let folder = try TestFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let limit = 5 << 20
        try Data(repeating: UInt8(ascii: "x"), count: limit + 1)
            .write(to: folder.appendingPathComponent("big.md"))
        let result = try DebriefBinary.run(["render", "big.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.errorLines == [
            "big.md: error: file is 5242881 bytes, over the 5242880-byte (5 MiB) size limit "
                + "(see --max-size)",
        ])
    }

    struct Name: CustomTestStringConvertible, Sendable {
        var label: String
        var raw: String
        var printed: String
        var testDescription: String { label }
    }

    static let names: [Name] = [
        Name(label: "newline", raw: "a\nb.md", printed: "a\\nb.md"),
        Name(label: "escape sequence", raw: "a\u{1B}[2Jb.md", printed: "a\\u{1B}[2Jb.md"),
        Name(label: "carriage return and tab", raw: "a\r\tb.md", printed: "a\\r\\tb.md"),
        Name(label: "DEL and C1", raw: "a\u{7F}\u{9B}b.md", printed: "a\\u{7F}\\u{9B}b.md"),
        Name(label: "bidi override", raw: "a\u{202E}dm.b", printed: "a\\u{202E}dm.b"),
    ]

    @Test(arguments: names)
    func controlCharactersInNamesAreEscaped(_ name: Name) throws {
        let result = try DebriefBinary.run(["render", name.raw],
                                           in: FileManager.default.temporaryDirectory)
        #expect(result.status == 1)
        #expect(result.errorLines == ["\(name.printed): error: no such file"])
    }

    @Test func escapedInWarningsAndOutputErrorsToo() throws {
        let folder = try TestFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(TestFolder.goodNote.utf8).write(to: folder.appendingPathComponent("x.md"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a\u{1B}"),
                                                withIntermediateDirectories: true)
        // A date that could be read two ways, so the note's path is in a warning.
        try Data(("Date: 05/06/2026\n\n" + TestFolder.goodNote).utf8)
            .write(to: folder.appendingPathComponent("a\u{1B}/y.md"))
        // A folder where the second report should go, so its error names the path too.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("out\n/y.json"), withIntermediateDirectories: true)
        let result = try DebriefBinary.run(
            ["render", "-o", "out\n", "x.md", "a\u{1B}/y.md"], in: folder)
        #expect(result.status == 1)
        #expect(!result.stderr.contains(0x1B))
        #expect(result.errorLines.count == 3, "\(result.errorLines)")
        #expect(result.errorLines.dropLast().allSatisfy {
            $0.hasPrefix("a\\u{1B}/y.md:") && $0.contains(": warning: ")
                || $0.hasPrefix("out\\n/y.json: error: ")
        }, "\(result.errorLines)")
    }
}
