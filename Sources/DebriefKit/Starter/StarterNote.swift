/// `debrief new`: a note in the house style, with every section Debrief reads, prompts as
/// HTML comments (private, so an unfilled prompt never reaches a candidate, and `debrief
/// lint` reports the empty section), and a private section for the recommendation.
public enum StarterNote {
    public enum InterviewType: String, CaseIterable, Sendable {
        case coding
        case systemDesign = "system-design"
        case behavioral

        var title: String {
            switch self {
            case .coding: "Coding"
            case .systemDesign: "System design"
            case .behavioral: "Behavioral"
            }
        }

        /// Two areas such interviews most often need, as prompts.
        var areas: [(title: String, item: String, example: String)] {
            switch self {
            case .coding:
                [("Problem solving", "what they did and what it cost: \"chose a nested loop "
                    + "before asking the input size; n was up to 100,000\"",
                  "what they could say next time"),
                 ("Testing", "what they tested and what they missed", "what they could say next time")]
            case .systemDesign:
                [("Requirements", "which requirement or number was never pinned down",
                  "what they could say next time"),
                 ("Trade-offs", "a choice made without naming what it gives up",
                  "what they could say next time")]
            case .behavioral:
                [("Structure", "where the story lost its situation, task, action or result",
                  "what they could say next time"),
                 ("Impact", "a result left without a number or an outcome",
                  "what they could say next time")]
            }
        }
    }

    /// Whether `text` is a date Debrief reads, so a starter note never carries one it cannot.
    public static func readsAsDate(_ text: String) -> Bool {
        DateReader.isoDate(from: text) != nil
    }

    /// The note. `date` is written as given (ISO, `2026-11-30`).
    public static func text(type: InterviewType, candidate: String?, level: String?,
                            date: String) -> String {
        var lines = [
            "# Interview feedback",
            "",
            "Candidate: \(candidate ?? "")",
            "Role: ",
            "Level: \(level ?? "")",
            "Interview type: \(type.title)",
            "Date: \(date)",
            "Interviewer: ",
            "",
            "## Summary",
            "",
            "<!-- Two or three sentences the candidate will read: what the interview covered "
                + "and how it went. -->",
            "",
            "## Strengths",
            "",
            "<!-- One bullet per strength, each saying what they did: \"Asked how many users "
                + "and what read/write ratio before drawing anything\". -->",
            "",
            "## Areas for improvement",
            "",
        ]
        for area in type.areas {
            lines += [
                "### \(area.title) — examples you can say",
                "",
                "<!-- A bullet: \(area.item). Under it, in quotes, \(area.example). -->",
                "",
            ]
        }
        lines += [
            "## Preparation",
            "",
            "<!-- A resource, an exercise or a habit for the next interview. -->",
            "",
            "## Private notes",
            "",
            "<!-- For the hiring team only; never in a candidate report. -->",
            "Recommendation: ",
            "Level calibration: ",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
