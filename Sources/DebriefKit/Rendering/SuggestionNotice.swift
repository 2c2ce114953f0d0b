/// The line every report shows where suggested phrasings appear, so a candidate knows which
/// words are their interviewer's. One place: the templates print it, and the parser skips it
/// when it reads a Markdown report back.
enum SuggestionNotice {
    static let text = "Phrasings marked “suggested” were added by Debrief from common phrasings; "
        + "they are not your interviewer’s words."

    /// Whether a line of a note is the notice (with the emphasis the Markdown report adds).
    /// Asked of every line of an improvements section, so it is cheap for the rest: a line
    /// with fewer bytes than the notice is not it.
    static func matches(_ plain: String) -> Bool {
        guard plain.utf8.count >= text.utf8.count else { return false }
        let scalars = plain.unicodeScalars
        let isEmphasisOrSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "*" || scalar == "_" }
        guard let first = scalars.firstIndex(where: { !isEmphasisOrSpace($0) }),
            let last = scalars.lastIndex(where: { !isEmphasisOrSpace($0) })
        else { return false }
        return String(scalars[first...last]) == text
    }
}
