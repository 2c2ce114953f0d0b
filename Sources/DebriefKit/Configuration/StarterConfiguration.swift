/// `debrief init`: a `.debrief.yml` with every setting at its default, each commented, so a
/// team edits values rather than looks up keys. It parses to the defaults (a test says so).
public enum StarterConfiguration {
    public static var text: String {
        var lines = [
            "# Debrief configuration, shared by `debrief render` and `debrief lint`.",
            "# Debrief uses the nearest .debrief.yml in a note's folder or above it,",
            "# or the file given with --config. Every value below is the default.",
            "",
            "# Rules: off, note, warning or error. `debrief lint --explain RULE` says more.",
            "rules:",
        ]
        for info in DiagnosticRegistry.all {
            let padded = (info.code.rawValue + ":").padding(toLength: 26, withPad: " ", startingAt: 0)
            if WordListRule.codes.contains(info.code) {
                lines += [
                    "  \(info.code.rawValue):",
                    "    severity: \(info.defaultSeverity.rawValue)",
                    "    words: []     # more words or phrases to flag",
                    "    ignore: []    # built-in entries not to flag",
                ]
            } else if info.code.rawValue == "too-many-improvements" {
                lines += [
                    "  \(info.code.rawValue):",
                    "    severity: \(info.defaultSeverity.rawValue)",
                    "    max: 5        # improvement items a candidate can act on",
                ]
            } else {
                lines.append("  \(padded)\(info.defaultSeverity.rawValue)")
            }
        }
        lines += [
            "",
            "# Details `missing-detail` asks for: candidate, interviewer, company, role, level,",
            "# date, interview-type.",
            "required-details: [" + RequiredDetail.defaults.map(\.rawValue).joined(separator: ", ") + "]",
            "",
            "# Your own section labels, read as well as Debrief's, by section:",
            "# " + SectionLabelTable.names.joined(separator: ", ") + ".",
            "sections:",
        ]
        for name in SectionLabelTable.names { lines.append("  \(name): []") }
        lines += [
            "",
            "# Team phrasebooks (paths relative to this file), suggested before Debrief's own.",
            "phrasebooks: []",
            "",
            "# What `debrief render` does when the command line does not say.",
            "render:",
            "  formats: [json]",
            "  audience: candidate",
            "  suggestions: 2",
            "",
            "# Settings for some notes only: globs relative to this file's folder.",
            "# overrides:",
            "#   - files: [\"drafts/*\"]",
            "#     rules:",
            "#       missing-detail: off",
            "#     required-details: [candidate]",
            "overrides: []",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
