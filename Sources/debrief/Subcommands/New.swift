import ArgumentParser
import DebriefKit
import Foundation

/// `debrief new`: prints a starter note in the house style.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a starter note with every section Debrief reads.",
        discussion: """
            The prompts are HTML comments, which never reach a candidate; debrief lint \
            reports the sections still empty. Fill it in, then run debrief lint on it.
            """)

    @Option(name: .customLong("type"), help: ArgumentHelp(
        "The kind of interview.",
        valueName: StarterNote.InterviewType.allCases.map(\.rawValue).joined(separator: "|")))
    var interviewType: StarterNote.InterviewType = .coding

    @Option(help: "The candidate's name.")
    var candidate: String?

    @Option(help: "The level interviewed for (e.g. L4, Senior).")
    var level: String?

    @Option(help: ArgumentHelp("The interview's date (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write the note to this file instead (never replacing one unless --force); - for "
            + "standard output.", valueName: "file"))
    var outputArgument: String?

    @Flag(help: "Replace an existing --output file.")
    var force = false

    func validate() throws {
        if let date, !StarterNote.readsAsDate(date) {
            throw ValidationError("--date '\(date)' is not a date (write it as 2026-05-06)")
        }
        for (name, value) in [("--candidate", candidate), ("--level", level), ("--date", date)] {
            if let value, value.contains(where: \.isNewline) {
                throw ValidationError("\(name) must be one line")
            }
        }
    }

    func run() throws {
        let text = StarterNote.text(type: interviewType, candidate: candidate, level: level,
                                    date: date ?? Self.today())
        guard let output = OutputArgument.path(outputArgument) else {
            try StandardOutput.write(text)
            return
        }
        try NewFile.write(text, to: output, force: force, what: "a new note")
    }

    /// Today in ISO form, in the local time zone.
    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = .current
        return formatter.string(from: Date())
    }
}

extension StarterNote.InterviewType: ExpressibleByArgument {}
