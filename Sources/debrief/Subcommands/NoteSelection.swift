import ArgumentParser
import DebriefKit
import Foundation

/// The options `render` and `lint` share: which notes a folder holds, how they are read, and
/// how many at once.
struct NoteSelection: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The notes' syntax; detected when not given.",
        valueName: Dialect.allCases.map(\.rawValue).joined(separator: "|")))
    var dialect: Dialect?

    @Option(help: ArgumentHelp("Notes to read in folders, by name or relative path (a glob). "
            + "Repeatable; default: *.md, *.markdown, *.txt.", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Files and folders to skip in folders (a glob). Repeatable.",
                               valueName: "glob"))
    var exclude: [String] = []

    @Option(name: .shortAndLong, help: "Notes read at once (1 to 256; default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Refuse inputs larger than this (e.g. 5MiB, 512KiB, 100000; at most 1GiB).")
    var maxSize: ByteCount = ByteCount(bytes: NoteFile.defaultSizeLimit)

    static let jobCounts = 1...256
    /// Up to 1 GiB: a notes file is a few KiB, and reading past this would only exhaust memory.
    static let sizeLimits = 1...(1 << 30)

    func validate() throws {
        try Self.jobCounts.check(jobs, "--jobs")
        if maxSize.bytes(in: Self.sizeLimits) == nil {
            throw ValidationError("--max-size must be between 1 byte and 1GiB")
        }
    }

    var patterns: [String] { include.isEmpty ? NoteWalker.defaultPatterns : include }

    var sizeLimit: Int { maxSize.bytes(in: Self.sizeLimits) ?? NoteFile.defaultSizeLimit }
}
