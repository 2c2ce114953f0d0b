import ArgumentParser
import DebriefKit
import Foundation

/// `debrief lint FILE|DIR...`: option parsing only; the work is in `LintFrontend`.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check notes for feedback a candidate cannot act on, unfair words, and what "
            + "must not reach a candidate.",
        discussion: """
            Reads notes as render does, with each note's .debrief.yml (the nearest one in its \
            folder or above, or --config). Findings go to standard output; the summary line to \
            standard error. Silence a finding with <!-- debrief-disable-next-line RULE --> on \
            the line before it, or <!-- debrief-disable RULE --> ... <!-- debrief-enable -->.

            Exit status: 0 when no finding shown is an error (or a warning, with --strict), 1 \
            otherwise or when a note could not be read, 2 for a usage or configuration error.
            """)

    @Argument(help: "Notes files or folders of notes (searched recursively). Use - for standard input.")
    var files: [String] = []

    @OptionGroup var notes: NoteSelection

    @Option(name: .shortAndLong, help: ArgumentHelp(LintReporters.formatHelp,
                                                    valueName: LintReporters.identifiers))
    var format: String = "text"

    @Flag(help: "Warnings fail the run too (exit 1).")
    var strict = false

    @Option(help: ArgumentHelp("Show only findings this severe or more.",
                               valueName: "note|warning|error"))
    var minSeverity: Diagnostic.Severity = .note

    @Option(help: ArgumentHelp("A configuration file to use instead of searching for "
            + ".debrief.yml.", valueName: "file"))
    var config: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write the findings to this file (replaced whole, never left half-written); - for "
            + "standard output.", valueName: "file"))
    var outputArgument: String?

    @Option(help: ArgumentHelp("Print a rule's documentation and exit.", valueName: "rule"))
    var explain: String?

    @Flag(help: "List every rule with its default severity and exit.")
    var listRules = false


    @Flag(name: .shortAndLong, help: "Do not print the summary line.")
    var quiet = false

    func validate() throws {
        if explain != nil || listRules { return }
        if files.isEmpty {
            throw ValidationError("name at least one note or folder (or - for standard input)")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
        }
        guard LintReporters.named(format) != nil else {
            throw ValidationError("unknown --format '\(format)'; use "
                                  + LintReporters.identifiers)
        }
    }

    func run() throws {
        if listRules {
            try StandardOutput.write(RuleDocumentation.list())
            return
        }
        if let explain {
            guard let text = RuleDocumentation.explain(explain) else {
                throw LintUsageError("unknown rule '\(explain)'; debrief lint --list-rules lists them")
            }
            try StandardOutput.write(text)
            return
        }
        let options = LintFrontend.Options(
            reporter: LintReporters.named(format)!, strict: strict, minimumSeverity: minSeverity,
            configFile: config, output: OutputArgument.path(outputArgument), dialect: notes.dialect,
            sizeLimit: notes.sizeLimit, jobs: notes.jobs, include: notes.patterns,
            exclude: notes.exclude, quiet: quiet)
        switch LintFrontend(options: options).run(files) {
        case .clean: return
        case .failed: throw ExitCode(1)
        case .configurationError: throw ExitCode(2)
        }
    }
}

/// A usage error found after parsing (an unknown rule for --explain): exit 2, like the rest.
struct LintUsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Diagnostic.Severity: ExpressibleByArgument {}
