/// `missing-detail`: the details a report needs to be filed and read in context.
struct MissingDetailRule: Rule {
    let info = Diagnostic.Code.Info(
        code: "missing-detail", defaultSeverity: .warning,
        summary: "A required detail (by default candidate, level, date, interview type) is absent.",
        help: "Add it to the details ('Level: Senior'), or change 'required-details' in "
            + ".debrief.yml.",
        origin: .rule)

    func check(_ note: LintedNote) -> [Diagnostic] {
        note.settings.requiredDetails.compactMap { detail in
            guard detail.value(in: note.report.details) == nil else { return nil }
            return finding("the details have no \(detail.title)", at: LintedNote.wholeNote)
        }
    }
}

/// A detail a team can require.
public enum RequiredDetail: String, CaseIterable, Sendable {
    case candidate
    case interviewer
    case company
    case role
    case level
    case date
    case interviewType = "interview-type"

    public static let defaults: [RequiredDetail] = [.candidate, .level, .date, .interviewType]

    var title: String {
        self == .interviewType ? "interview type" : rawValue
    }

    func value(in details: InterviewDetails) -> String? {
        let value: String? = switch self {
        case .candidate: details.candidate
        case .interviewer: details.interviewer
        case .company: details.company
        case .role: details.role
        case .level: details.level
        case .date: details.date
        case .interviewType: details.interviewType
        }
        return value?.trimmed.isEmpty == false ? value : nil
    }
}
