/// One generated section, drawn as plain numbers so the property library can shrink a
/// failing note section by section and number by number.
struct SectionSpec: Sendable {
    enum Kind: Int, CaseIterable, Sendable {
        case summary, strengths, improvements, preparation, ratings, privateSection, comment
    }

    var kind: Kind
    /// How the label is written (see `NoteVocabulary.label`).
    var form: Int
    var label: Int
    /// Seeds for the words of each line.
    var seeds: [Int]
    /// Bullet, example or table style.
    var style: Int
}
