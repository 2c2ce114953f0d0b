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
    /// The most words any of the labels has.
    private(set) var longestLabel = 0

    public init() {}

    /// `labels` by section name (a key of `sectionNames`); unknown names are the caller's to
    /// reject.
    public init(_ labels: [String: [String]]) {
        for (name, names) in labels {
            guard let kind = Self.sectionNames[name] else { continue }
            for label in names {
                let normalised = LabelText.normalised(EvaluationWords.fold(label))
                byLabel[normalised] = kind
                longestLabel = max(longestLabel, normalised.split(separator: " ").count)
            }
        }
    }

    public var isEmpty: Bool { byLabel.isEmpty }

    func kind(ofNormalised label: String) -> SectionKind? { byLabel[label] }
}
