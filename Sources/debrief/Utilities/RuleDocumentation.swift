import DebriefKit

/// `debrief lint --list-rules` and `--explain RULE`: the registry's words, printed.
enum RuleDocumentation {
    static func list() -> String {
        let rules = DiagnosticRegistry.all
        let width = rules.map(\.code.rawValue.count).max() ?? 0
        var text = ""
        for origin in [Diagnostic.Code.Info.Origin.rule, .parser] {
            text += origin == .rule ? "Rules:\n" : "\nFindings from reading the note:\n"
            for info in rules where info.origin == origin {
                let id = info.code.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
                let severity = info.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ",
                                                                      startingAt: 0)
                text += "  \(id)  \(severity)  \(info.summary)\n"
            }
        }
        return text
    }

    static func explain(_ id: String) -> String? {
        guard let info = DiagnosticRegistry.info(for: Diagnostic.Code(id)) else { return nil }
        return """
            \(info.code) (default: \(info.defaultSeverity.rawValue))

            \(info.summary)

            \(info.help)

            Turn it off or change its severity in .debrief.yml:
              rules:
                \(info.code): off    # or error, warning, note

            """
    }
}
