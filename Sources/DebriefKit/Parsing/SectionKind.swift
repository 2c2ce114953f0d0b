/// What a section of a note is for. An open set of names rather than a closed enum, so a kind
/// that a later version recognises can pass through older code unchanged.
struct SectionKind: RawRepresentable, Hashable, Sendable {
    var rawValue: String

    static let details = SectionKind(rawValue: "details")
    static let summary = SectionKind(rawValue: "summary")
    static let strengths = SectionKind(rawValue: "strengths")
    static let improvements = SectionKind(rawValue: "improvements")
    static let preparation = SectionKind(rawValue: "preparation")
    static let ratings = SectionKind(rawValue: "ratings")
    static let privateNotes = SectionKind(rawValue: "private")
    static let other = SectionKind(rawValue: "other")
}

extension SectionKind {
    /// How reports and messages name the section: one place for every format and the parser.
    var displayTitle: String {
        switch self {
        case .details: "Interview details"
        case .summary: "Summary"
        case .strengths: "Strengths"
        case .improvements: "Areas for improvement"
        case .preparation: "Preparation"
        case .ratings: "Ratings"
        case .privateNotes: "Private notes"
        default: "Additional notes"
        }
    }
}

extension SectionKind {
    /// The sections whose content is a list of entries a candidate reads one by one, and that
    /// a line's emoji or a table's first cell can name for it.
    static let entryKinds: Set<SectionKind> = [.strengths, .improvements, .preparation]
}
