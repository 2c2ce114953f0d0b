import Testing

@testable import DebriefKit

/// The shortcuts hot paths take rest on facts about their data; these keep the facts true
/// when the data changes.
@Suite struct FastPathTests {
    /// `AreaTitle` searches for a tail only in text that has one of its marks.
    @Test func everyExamplesTailHasAMark() {
        for tail in AreaTitle.tailWords {
            #expect(AreaTitle.tailMarks.contains { tail.contains($0) }, "\(tail)")
        }
    }

    /// Emoji are looked up by their first scalar, and only from U+2100 on.
    @Test func everyEmojiIsFoundByItsFirstScalar() {
        for (emoji, kind) in LabelCues.emoji {
            let scalar = emoji.unicodeScalars.first!
            #expect(LabelCues.emojiKind(scalar) == kind, "\(emoji)")
        }
    }

    /// Lower-casing by bytes gives what `lowercased()` gives.
    @Test(arguments: [
        NamedInput("ASCII", "Lean HIRE, Don't share"),
        NamedInput("curly quotes and dashes", "“No Hire” — Bar Raiser’s Call"),
        NamedInput("cased letters beyond ASCII", "ÉQUIPE Straße İstanbul"),
        NamedInput("fullwidth", "Ｄｅｃｉｓｉｏｎ: ＨＩＲＥ"),
    ])
    func foldingMatchesLowercasing(_ input: NamedInput<String>) {
        let expected = input.value.replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "Ｄｅｃｉｓｉｏｎ: ＨＩＲＥ", with: "Decision: HIRE")
            .lowercased().replacingOccurrences(of: "'", with: "")
        #expect(EvaluationWords.fold(input.value) == expected)
    }

    /// Labels are normalised from their bytes when they are ASCII: the same as Character by
    /// Character.
    @Test(arguments: [
        "Areas of Strength", "B) Private Notes", "a. Summary", "A summary", "1. What went well",
        "iv. Take-aways:", "TL;DR", "What's next?", "Q&A", "  **Pros:**  ", "2) 3)", "x.y z",
        "Strengths & Growth", "", "---", "Don't-share notes (internal)",
    ])
    func asciiLabelsNormaliseAsCharactersDo(_ label: String) {
        #expect(LabelText.normalised(label) == LabelText.normalisedByCharacters(label))
    }
}
