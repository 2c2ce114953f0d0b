/// Section labels a team adds to the ones Debrief knows ("What went well" for strengths),
/// from `.debrief.yml`. Labels are matched as Debrief matches its own: case, Markdown,
/// punctuation and a trailing colon do not matter.
public struct SectionLabelTable: Sendable, Hashable {
    /// The names a configuration uses for each kind of section.
    public static var names: [String] { sectionNames.keys.sorted() }

    static let sectionNames: [String: SectionKind] = [
        "details": .details, "summary": .summary, "strengths": .strengths,
        "improvements": .improvements, "preparation": .preparation, "ratings": .ratings,
        "private": .privateNotes,
    ]

    private var byLabel: [String: SectionKind] = [:]

    public init() {}

    /// `labels` by section name (a key of `sectionNames`); unknown names are the caller's to
    /// reject.
    public init(_ labels: [String: [String]]) {
        for (name, names) in labels {
            guard let kind = Self.sectionNames[name] else { continue }
            for label in names { byLabel[LabelText.normalised(EvaluationWords.fold(label))] = kind }
        }
    }

    public var isEmpty: Bool { byLabel.isEmpty }

    func kind(ofNormalised label: String) -> SectionKind? { byLabel[label] }
}
