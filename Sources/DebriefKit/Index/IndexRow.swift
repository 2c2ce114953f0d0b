/// One converted note as the index lists it: who and what the interview was, how much
/// feedback it holds, and where its reports are. Only details a candidate's report shows go
/// in; nothing private does.
public struct IndexRow: Codable, Equatable, Sendable {
    /// The note, relative to the folder it was found in.
    public var note: String
    public var candidate: String?
    public var role: String?
    public var level: String?
    public var interviewType: String?
    /// ISO 8601 when the note's date could be read, as written otherwise.
    public var date: String?
    public var strengths: Int
    public var improvementItems: Int
    /// Each report by its format's name ("html", "json"), relative to the output folder.
    public var reports: [String: String]

    public init(note: String, report: Report, reports: [String: String]) {
        self.note = note
        candidate = report.details.candidate
        role = report.details.role
        level = report.details.level
        interviewType = report.details.interviewType
        date = report.details.dateISO ?? report.details.date
        strengths = report.strengths.count
        improvementItems = report.improvements.reduce(0) { $0 + $1.items.count }
        self.reports = reports
    }
}
