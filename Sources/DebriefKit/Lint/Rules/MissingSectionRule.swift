/// `missing-strengths` and `missing-improvements`: feedback without what went well, or without
/// what to work on, is not balanced, and a candidate cannot act on it.
struct MissingSectionRule: Rule {
    let info: Diagnostic.Code.Info
    let kind: SectionKind
    let isPresent: @Sendable (Report) -> Bool

    static let strengths = MissingSectionRule(
        info: .init(code: "missing-strengths", defaultSeverity: .warning,
                    summary: "The note has no strengths, or its strengths section is empty.",
                    help: "Add a 'Strengths' section with at least one thing the candidate did "
                        + "well, as specifically as the improvements: balanced feedback is "
                        + "easier to accept and to act on.",
                    origin: .rule),
        kind: .strengths, isPresent: { !$0.strengths.isEmpty })

    static let improvements = MissingSectionRule(
        info: .init(code: "missing-improvements", defaultSeverity: .warning,
                    summary: "The note has no areas for improvement, or that section is empty.",
                    help: "Add an 'Areas for improvement' section with what the candidate could "
                        + "do differently next time; a report with only praise gives them "
                        + "nothing to work on.",
                    origin: .rule),
        kind: .improvements, isPresent: { $0.improvements.contains { !$0.items.isEmpty } })

    func check(_ note: LintedNote) -> [Diagnostic] {
        guard !isPresent(note.report) else { return [] }
        if let section = note.section(kind) {
            return [finding("'\(section.title)' has nothing the candidate will see (it is empty, "
                            + "or all of it is withheld)",
                            at: section.location.map { SourceRange(at: $0) } ?? LintedNote.wholeNote)]
        }
        return [finding("the note has no \(kind.displayTitle.lowercased()) section",
                        at: LintedNote.wholeNote)]
    }
}

/// `empty-section`: a label with nothing under it is a part the interviewer meant to write.
struct EmptySectionRule: Rule {
    let info = Diagnostic.Code.Info(
        code: "empty-section", defaultSeverity: .warning,
        summary: "A section label with nothing under it.",
        help: "Write the section or remove its label. Strengths and improvements have their "
            + "own rules (missing-strengths, missing-improvements); an empty private section "
            + "is not reported.",
        origin: .rule)

    func check(_ note: LintedNote) -> [Diagnostic] {
        var findings: [Diagnostic] = note.layout.sections.compactMap { section in
            // An empty private section shows the candidate nothing and may be deliberate.
            guard section.isEmpty, section.kind != .strengths, section.kind != .improvements,
                section.kind != .privateNotes, let location = section.location
            else { return nil }
            return finding("'\(section.title)' is empty", at: SourceRange(at: location))
        }
        // An area title with no item under it ("### Impact", left unfilled) shows the
        // candidate a heading with nothing below it. With no item anywhere,
        // missing-improvements says so once.
        let hasItems = note.report.improvements.contains { !$0.items.isEmpty }
        for area in note.report.improvements where hasItems && area.items.isEmpty {
            guard let title = area.title else { continue }
            let words = LintWords(title).words.map(\.folded)
            findings.append(finding("the area '\(title)' has no item",
                                    at: note.range(of: words, near: nil)))
        }
        return findings
    }
}

/// `too-many-improvements`: a candidate can work on a few things at once; a long list hides
/// the ones that matter.
struct TooManyImprovementsRule: Rule {
    let info = Diagnostic.Code.Info(
        code: "too-many-improvements", defaultSeverity: .warning,
        summary: "More improvement items than a candidate can act on (default: more than 5).",
        help: "Keep the few that matter most, or merge related items; the limit is "
            + "'rules: too-many-improvements: max' in .debrief.yml.",
        origin: .rule)

    func check(_ note: LintedNote) -> [Diagnostic] {
        let items = note.report.improvements.flatMap(\.items)
        let limit = note.settings.maxImprovements
        guard items.count > limit else { return [] }
        let place = note.section(.improvements)?.location
            ?? items.first.map { SourceLocation(line: $0.line) }
        return [finding("\(items.count) improvement items; a candidate can act on \(limit) at most",
                        at: place.map { SourceRange(at: $0) } ?? LintedNote.wholeNote)]
    }
}
