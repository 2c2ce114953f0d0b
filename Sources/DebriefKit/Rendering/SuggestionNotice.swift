/// The line every report shows where suggested phrasings appear, so a candidate knows which
/// words are their interviewer's. One place: the templates print it, and the parser skips it
/// when it reads a Markdown report back.
enum SuggestionNotice {
    static let text = "Phrasings marked “suggested” were added by Debrief from common phrasings; "
        + "they are not your interviewer’s words."

    /// Whether a line of a note is the notice (with the emphasis the Markdown report adds).
    static func matches(_ plain: String) -> Bool {
        plain.trimmingCharacters(in: .init(charactersIn: " *_")) == text
    }
}
