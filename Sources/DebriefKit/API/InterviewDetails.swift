/// Who, when and what: the interview's details, from front matter, "Key: value" lines,
/// `**Key:** value`, "Key:" with the value on the next line, or a two-column table.
///
/// A field is `nil` when the notes do not mention it and `""` when they name it without a
/// value (the seed's "Targeted Company:").
public struct InterviewDetails: Equatable, Sendable, Codable {
    public var candidate: String?
    public var interviewer: String?
    public var company: String?
    public var level: String?
    public var role: String?
    public var interviewType: String?
    /// The date as written.
    public var date: String?
    /// The date in ISO 8601 (`2025-10-24` or `2025-10-24T17:00`), when it could be read.
    public var dateISO: String?
    public var recording: String?
    /// Every other key, in the order written.
    public var extra: [DetailField] = []

    public init() {}
}

public struct DetailField: Equatable, Sendable, Codable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
