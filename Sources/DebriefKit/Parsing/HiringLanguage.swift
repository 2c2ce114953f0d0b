/// Finds hiring-decision wording ("lean hire", "no hire", "reject") in text a candidate will
/// read, so the interviewer hears about it before the report goes out. It warns; it does not
/// move the text, because "hire" can be innocent ("hired three engineers").
enum HiringLanguage {
    private static let phrases = [
        "strong hire", "lean hire", "no hire", "strong no hire", "lean no hire", "not hire",
        "would hire", "wouldn't hire", "would not hire", "hire at", "hire for", "reject",
        "move forward", "moving forward", "do not proceed", "don't proceed", "offer at",
        "down-level", "downlevel",
    ]

    /// The first phrase found, as written in `text`.
    /// Most text has none of these; only then is it worth lower-casing and searching.
    private static let stems: [[UInt8]] = ["hire", "eject", "forward", "roceed", "ffer", "level"]
        .map { Array($0.utf8) }

    static func find(in text: String) -> String? {
        guard StemSearch.contains(any: stems, in: text) else { return nil }
        let lower = text.lowercased()
        for phrase in phrases {
            guard let range = lower.range(of: phrase) else { continue }
            // Whole words only: "rejected" and "hire" in "hired" are left alone.
            let before = range.lowerBound == lower.startIndex ? " " : lower[lower.index(before: range.lowerBound)]
            let after = range.upperBound == lower.endIndex ? " " : lower[range.upperBound]
            if !before.isWordCharacter, !after.isWordCharacter { return phrase }
        }
        return nil
    }
}
