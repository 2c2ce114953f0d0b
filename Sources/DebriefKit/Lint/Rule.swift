/// One check of a note's feedback. A rule reads the parsed report and the note's source, and
/// returns its findings with its default severity; the linter applies the configuration
/// (severity, off, suppression comments) afterwards, so a rule never needs to know it.
protocol Rule: Sendable {
    /// Its id, default severity, summary and help, as the registry and `--explain` show them.
    var info: Diagnostic.Code.Info { get }

    func check(_ note: LintedNote) -> [Diagnostic]
}

extension Rule {
    var code: Diagnostic.Code { info.code }

    /// A finding of this rule, at `range`.
    func finding(_ message: String, at range: SourceRange?, notes: [Diagnostic.Note] = [])
        -> Diagnostic
    {
        Diagnostic(severity: info.defaultSeverity, code: code, message: message, range: range,
                   notes: notes)
    }
}

/// Every rule `debrief lint` runs, in the order `--list-rules` shows them.
enum LintRules {
    static let all: [any Rule] = [
        MissingSectionRule.strengths, MissingSectionRule.improvements, EmptySectionRule(),
        TooManyImprovementsRule(), VagueFeedbackRule(), NoExampleRule(),
        WordListRule.personality, WordListRule.protected, WithheldTextRule.hiringLanguage,
        WithheldTextRule.confidentialVisible, MissingDetailRule(),
    ]

    /// The rule ids, for `--list-rules` and configuration checks.
    static var codes: [Diagnostic.Code] { all.map(\.code) }
}
