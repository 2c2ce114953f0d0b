import ArgumentParser
import Foundation

@main
struct DebriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Turn interviewer notes into consistent feedback reports.",
        discussion: """
            Exit status: 0 when every input was read (warnings do not change it), 1 when some \
            input could not be read or some report could not be written, 2 for a \
            configuration error (and for any usage error of debrief lint), 64 for a usage \
            error.
            """,
        version: "0.1.0",
        subcommands: [Render.self, Lint.self, New.self, Init.self, Phrases.self, Index.self],
        defaultSubcommand: Render.self)

    /// Sets up signals and descriptors, then runs the subcommand as ArgumentParser would,
    /// except that `debrief lint` reports usage errors with status 2, as linters do.
    static func main() {
        ProcessSetup.prepare()
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let isLint = arguments.first == "lint"
            if isLint, let usage = error as? LintUsageError {
                StandardError.write("Error: \(usage.description)\n")
                Foundation.exit(2)
            }
            if isLint, exitCode(for: error) == .validationFailure {
                StandardError.write(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
