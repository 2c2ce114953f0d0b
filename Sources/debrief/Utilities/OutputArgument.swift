/// What an `--output` value names. `-` is standard output, as `-` among the notes is standard
/// input: `-o -` used to make a folder or a file named "-".
enum OutputArgument {
    /// The path to write, or nil for standard output.
    static func path(_ argument: String?) -> String? {
        argument == "-" ? nil : argument
    }
}
