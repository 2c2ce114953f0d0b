import Foundation

/// Where the repository's files are, found from this source file so tests run from any
/// working directory.
enum TestFiles {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // DebriefKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let snapshots = packageRoot.appendingPathComponent("Tests/DebriefKitTests/Snapshots")

    /// The notes in `Examples/`, by file name, sorted.
    static var examples: [String] {
        let folder = packageRoot.appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The seed note lives beside the repository in `../shared/seeds/` (CI lays it there).
    static let seedPath = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seeds/000_cb47a0aaa99d6edd.txt").path

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
