/// `<!-- debrief: show -->`: the interviewer's way to share a unit the privacy screen would
/// withhold ("We'd love to move forward with you" in a note meant for the candidate). It
/// applies to the line it stands on and the line after it.
enum ShowMarker {
    static func matches(_ comment: String) -> Bool {
        let words = EvaluationWords(comment).words
        return words.count == 2 && words[0] == "debrief" && words[1] == "show"
    }
}
