/// The names notes use for each interview detail, compared after `LabelText.normalised`.
enum DetailKeys {
    enum Field: String, CaseIterable {
        case candidate, interviewer, company, level, role, interviewType, date, recording
    }

    static let synonyms: [Field: [String]] = [
        .candidate: ["candidate", "candidate name", "name", "interviewee", "applicant"],
        .interviewer: [
            "interviewer", "interviewer name", "interviewed by", "interviewers", "interviewer s",
            "panelist",
            "panel", "assessor", "reviewer",
        ],
        .company: [
            "company", "targeted company", "target company", "employer", "organization",
            "organisation", "client",
        ],
        .level: ["level", "targeted level", "target level", "seniority", "grade"],
        .role: [
            "role", "position", "job", "job title", "targeted role", "target role",
            "position applied for", "role applied for", "job applied for", "applied for",
            "applying for", "opening", "vacancy", "req", "requisition",
        ],
        .interviewType: [
            "interview type", "interviewtype", "type", "round", "interview round", "format",
            "interview", "stage", "interview stage", "loop",
        ],
        .date: [
            "date", "interview date", "interview time", "time", "when", "date and time",
            "date time", "interview date and time",
            "scheduled", "held on", "datetime", "submitted", "submitted on", "interviewed on",
            "date of interview", "interview on",
        ],
        .recording: [
            "recording", "record", "record link", "recording link", "recording url", "video",
            "video link", "replay",
        ],
    ]

    private static let byName: [String: Field] = {
        var table: [String: Field] = [:]
        for (field, names) in synonyms {
            for name in names { table[LabelText.normalised(name)] = field }
        }
        return table
    }()

    static func field(for key: String) -> Field? {
        byName[LabelText.normalised(key)]
    }
}
