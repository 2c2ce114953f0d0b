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
    static func find(in text: String) -> String? {
        // Most text has none of the stems; only then is it worth lower-casing and searching.
        let stems: [[UInt8]] = ["hire", "HIRE", "Hire", "eject", "EJECT", "forward", "FORWARD",
                                "roceed", "ROCEED", "ffer", "FFER", "level", "LEVEL"].map { Array($0.utf8) }
        let bytes = Array(text.utf8)
        guard stems.contains(where: { stem in
            bytes.count >= stem.count && (0...(bytes.count - stem.count)).contains {
                bytes[$0] == stem[0] && bytes[$0..<($0 + stem.count)].elementsEqual(stem)
            }
        }) else { return nil }
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

extension Diagnostic {
    static func hiringLanguage(_ phrase: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(
            severity: .warning, code: "hiring-language",
            message: "candidate-facing text mentions a hiring decision ('\(phrase)'); move it"
                + " under 'Hiring Recommendation' to keep it private",
            location: location)
    }
}
