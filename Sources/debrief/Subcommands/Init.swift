import ArgumentParser
import DebriefKit

/// `debrief init [FOLDER]`: writes a commented `.debrief.yml` with every default.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented .debrief.yml with every default into a folder.",
        discussion: """
            An existing .debrief.yml is never replaced unless --force is given. Exit status: \
            0 when the file was written, 1 when it could not be.
            """)

    @Argument(help: "The folder to write .debrief.yml into.")
    var folder: String = "."

    @Flag(help: "Replace an existing .debrief.yml.")
    var force = false

    @Flag(name: .long, help: "Print the configuration instead of writing it.")
    var print = false

    func run() throws {
        if print {
            try StandardOutput.write(StarterConfiguration.text)
            return
        }
        let path = Folder.join(folder, TeamConfiguration.fileName)
        try NewFile.write(StarterConfiguration.text, to: path, force: force,
                          what: "a configuration")
        StandardError.write("debrief: wrote \(TerminalText.escaping(path))\n")
    }
}

/// Writing a file a user asked for, without replacing one they already have.
enum NewFile {
    static func write(_ text: String, to path: String, force: Bool, what: String) throws {
        let printer = DiagnosticPrinter()
        if !force, Folder.entry(at: path) != .none {
            printer.printError("already exists; use --force to replace it with \(what)",
                               path: path, location: nil)
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch {
            printer.printError("cannot write it: \(error)", path: path, location: nil)
            throw ExitCode(1)
        }
    }
}
