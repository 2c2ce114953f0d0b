/// Everything Debrief read from one note: the structured model behind every report format.
///
/// The JSON form (schemaVersion 1) is a public contract, described by
/// `Schema/report.schema.json`.
public struct Report: Equatable, Sendable, Codable {
    public static let currentSchemaVersion = 1

    public var schemaVersion = Report.currentSchemaVersion
    /// The path the note was read from, or `-` for standard input.
    public var source: String
    public var details = InterviewDetails()
    /// Summary paragraphs, as Markdown.
    public var summary: [String] = []
    public var strengths: [Strength] = []
    public var improvements: [ImprovementArea] = []
    /// Preparation tips and next steps, as Markdown.
    public var preparation: [String] = []
    public var ratings: [Rating] = []
    /// Sections Debrief could not classify, kept whole so nothing the interviewer wrote is lost.
    public var other: [OtherSection] = []
    /// Private sections and HTML comments. `nil` once the report is prepared for a candidate.
    public var privateNotes: [PrivateNote]? = []
    /// Content problems found while reading; empty in a candidate report.
    public var diagnostics: [Diagnostic] = []

    public init(source: String) {
        self.source = source
    }

    /// The title a report gets when the note has none. The parser knows it too, so a
    /// Markdown report read back does not gain a "title" detail.
    public static let defaultTitle = "Interview feedback"

    /// The report as `audience` may see it: a candidate never gets the private notes, nor the
    /// diagnostics, which are for the interviewer and quote the notes (private parts included),
    /// nor the folders the note was filed in ("rejected/ann.md" tells its own story).
    public func prepared(for audience: Audience) -> Report {
        var copy = self
        if audience == .candidate {
            copy.privateNotes = nil
            copy.diagnostics = []
            copy.source = source.split(separator: "/").last.map(String.init) ?? source
        }
        return copy
    }
}

/// Who a report is for.
public enum Audience: String, CaseIterable, Sendable, Codable {
    case candidate
    case `internal`
}

public struct Strength: Equatable, Sendable, Codable {
    public var text: String
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// A group of improvement items under a title such as "Communication & Depth"; items written
/// without a title are grouped under an area whose title is `nil`.
public struct ImprovementArea: Equatable, Sendable, Codable {
    public var title: String?
    public var items: [ImprovementItem]

    public init(title: String?, items: [ImprovementItem]) {
        self.title = title
        self.items = items
    }
}

public struct ImprovementItem: Equatable, Sendable, Codable {
    public var headline: String
    public var detail: String?
    public var line: Int
    public var examples: [ExamplePhrasing] = []

    public init(headline: String, detail: String? = nil, line: Int,
                examples: [ExamplePhrasing] = []) {
        self.headline = headline
        self.detail = detail
        self.line = line
        self.examples = examples
    }
}

/// Something the candidate could say next time.
public struct ExamplePhrasing: Equatable, Sendable, Codable {
    /// Where a phrasing came from: the interviewer's notes, or a phrasebook suggestion.
    public struct Origin: RawRepresentable, Hashable, Sendable, Codable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let notes = Origin(rawValue: "notes")
        public static let phrasebook = Origin(rawValue: "phrasebook")
    }

    public var text: String
    public var origin: Origin
    public var line: Int?
    /// For suggestions: the phrasebook entry it came from (`area/item`, prefixed with the
    /// file name for a team phrasebook).
    public var entry: String?

    public init(text: String, origin: Origin = .notes, line: Int? = nil, entry: String? = nil) {
        self.text = text
        self.origin = origin
        self.line = line
        self.entry = entry
    }
}

public struct Rating: Equatable, Sendable, Codable {
    public var name: String
    /// The score as a number, when it is one ("3/4" → 3).
    public var score: Double?
    /// The top of the scale, when the notes give it ("3/4" → 4).
    public var scale: Double?
    /// The score as written ("3/4", "Strong hire").
    public var value: String
    public var comment: String?
    public var line: Int

    public init(name: String, score: Double?, scale: Double?, value: String,
                comment: String? = nil, line: Int) {
        self.name = name
        self.score = score
        self.scale = scale
        self.value = value
        self.comment = comment
        self.line = line
    }
}

public struct OtherSection: Equatable, Sendable, Codable {
    public var title: String?
    public var markdown: String
    public var line: Int?

    public init(title: String?, markdown: String, line: Int?) {
        self.title = title
        self.markdown = markdown
        self.line = line
    }
}

/// A private section ("Hiring Recommendation"), an HTML comment from the notes, or a piece of
/// candidate-facing text withheld because it reads as a hiring evaluation.
public struct PrivateNote: Equatable, Sendable, Codable {
    public enum Kind: String, Codable, Sendable {
        case section
        case comment
        /// Taken out of a candidate-facing part (its title says which) by the privacy screen.
        case withheld
    }

    public var kind: Kind
    public var title: String?
    public var markdown: String
    public var line: Int?

    public init(kind: Kind, title: String?, markdown: String, line: Int?) {
        self.kind = kind
        self.title = title
        self.markdown = markdown
        self.line = line
    }
}
