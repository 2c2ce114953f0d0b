import ArgumentParser

@main
struct DebriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Turn interviewer notes into consistent feedback reports.",
        discussion: """
            Exit status: 0 when every input was read (warnings do not change it), 1 when some \
            input could not be read or some report could not be written, 64 for a usage error.
            """,
        version: "0.1.0",
        subcommands: [Render.self, Phrases.self, Index.self],
        defaultSubcommand: Render.self)

    /// Sets up signals and descriptors before ArgumentParser runs the subcommand.
    static func main() {
        ProcessSetup.prepare()
        main(nil)
    }
}
