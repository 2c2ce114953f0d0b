import DebriefKit

/// What one lint run found, for a reporter to print.
struct LintResults {
    struct File {
        /// As the user named it ("-" for standard input).
        var path: String
        var diagnostics: [Diagnostic]
        /// The note's lines, for a reporter that counts columns in another unit than UTF-8
        /// bytes (SARIF counts UTF-16 code units).
        var lines: [Substring] = []
    }

    struct Failure {
        var path: String
        var message: String
    }

    var files: [File] = []
    var failures: [Failure] = []

    func count(_ severity: Diagnostic.Severity) -> Int {
        files.reduce(0) { $0 + $1.diagnostics.count { $0.severity == severity } }
    }
}

/// One output format of `debrief lint`, known by a string identifier (`--format sarif`), as
/// SwiftLint's reporters are.
protocol LintReporter: Sendable {
    var identifier: String { get }
    /// One line for `--help`.
    var summary: String { get }
    /// Whether `File.lines` must be filled in.
    var needsSourceLines: Bool { get }

    /// The whole report, ready to print. `colour`: it goes to a terminal that shows colour.
    func report(_ results: LintResults, colour: Bool) -> String
}

extension LintReporter {
    var needsSourceLines: Bool { false }
}

/// Every reporter, by identifier.
enum LintReporters {
    static let all: [any LintReporter] = [
        CompilerReporter(), JSONLintReporter(), SARIFReporter(), GitHubReporter(),
    ]

    static var identifiers: String {
        all.map(\.identifier).joined(separator: "|")
    }

    static var formatHelp: String {
        "Output format. " + all.map { "\($0.identifier): \($0.summary)" }.joined(separator: "; ") + "."
    }

    static func named(_ identifier: String) -> (any LintReporter)? {
        all.first { $0.identifier == identifier }
    }

    /// The path as printed: standard input has a name a reader understands.
    static func displayPath(_ path: String) -> String {
        path == "-" ? "<stdin>" : path
    }
}
