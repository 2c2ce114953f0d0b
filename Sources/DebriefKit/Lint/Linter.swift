/// `debrief lint`'s engine: one parse of a note, every rule, then the team's settings and the
/// note's suppression comments. The parser's own findings (unclassified sections, dates it
/// could not read) are reported with the rules', under the same settings; its `withheld`
/// warnings are not, because `hiring-language` and `confidential-visible` say the same with
/// their category.
public struct Linter: Sendable {
    public var parser: NotesParser
    public var settings: LintSettings

    public init(parser: NotesParser = NotesParser(), settings: LintSettings = LintSettings()) {
        self.parser = parser
        self.settings = settings
    }

    /// Every rule and parser code, with its documentation.
    public static var rules: [Diagnostic.Code.Info] { LintRules.all.map(\.info) }

    /// The findings for one note, in `file`, ordered by place.
    public func lint(_ text: String, file: String) -> [Diagnostic] {
        let parsed = parser.read(text, source: file)
        let note = LintedNote(parsed: parsed, text: NoteDecoder.readable(text), settings: settings)
        let suppressions = Suppressions(lines: note.lines)
        var findings = parsed.report.diagnostics.filter { $0.code != .withheld }
            + suppressions.mistakes
        for rule in LintRules.all where settings.severity(of: rule.code) != nil {
            findings += rule.check(note)
        }
        findings = findings.compactMap { finding in
            guard settings.severity(of: finding.code) != nil, !suppressions.silences(finding)
            else { return nil }
            var configured = finding.inFile(file)
            // A configured severity wins; otherwise the rule's own (a rule may say less
            // than its default, as `withheld` notes do).
            if case .some(.some(let severity)) = settings.severities[finding.code] {
                configured.severity = severity
            }
            if configured.range == nil {
                configured.range = SourceRange(file: file, at: SourceLocation(line: 1))
            }
            return configured
        }
        return findings.sorted {
            ($0.location?.line ?? 0, $0.location?.column ?? 0, $0.code)
                < ($1.location?.line ?? 0, $1.location?.column ?? 0, $1.code)
        }
    }
}
