/// The codes the parser reports while reading a note, with their documentation. Their
/// messages are the factories in `Diagnostic+Messages.swift`.
extension Diagnostic.Code {
    public static let unclassifiedSection: Self = "unclassified-section"
    public static let noSections: Self = "no-sections"
    public static let unlabelledContent: Self = "unlabelled-content"
    public static let invalidFrontMatter: Self = "invalid-front-matter"
    public static let unparsedDetail: Self = "unparsed-detail"
    public static let unparsedRating: Self = "unparsed-rating"
    public static let orphanExample: Self = "orphan-example"
    public static let unparsedDate: Self = "unparsed-date"
    public static let ambiguousDate: Self = "ambiguous-date"
    public static let flattenedSubheading: Self = "flattened-subheading"
    public static let unclosedComment: Self = "unclosed-comment"
    public static let labelKeptPrivate: Self = "label-kept-private"
    public static let withheld: Self = "withheld"
    public static let labelByCue: Self = "label-by-cue"
    /// Reported by the linter about its own suppression comments.
    public static let unknownSuppression: Self = "unknown-suppression"
    /// Reported by the suggester, which runs after the parser.
    public static let noSuggestion: Self = "no-suggestion"
    /// Reported by the command line about folders and runs rather than a note's content.
    public static let noNotes: Self = "no-notes"
    public static let unreadableManifest: Self = "unreadable-manifest"

    static let parserInfo: [Info] = [
        Info(code: .unclassifiedSection, defaultSeverity: .warning,
             summary: "A section label Debrief does not know; its content is kept under 'other'.",
             help: "Rename the label to one Debrief reads (Summary, Strengths, Areas for "
                + "improvement, Preparation, Ratings, Private notes), or add it to 'sections' "
                + "in .debrief.yml."),
        Info(code: .noSections, defaultSeverity: .warning,
             summary: "The note has no section Debrief recognises.",
             help: "Start each part with a label on its own line: 'Strengths', 'Areas for "
                + "improvement', ... (debrief new prints a starter note)."),
        Info(code: .unlabelledContent, defaultSeverity: .warning,
             summary: "Text before the first section label; it is kept under 'other'.",
             help: "Put it under a label such as 'Summary', or remove it."),
        Info(code: .invalidFrontMatter, defaultSeverity: .warning,
             summary: "The front matter between '---' lines is not valid YAML.",
             help: "Fix the YAML (a 'key: value' per line), or remove the '---' lines."),
        Info(code: .unparsedDetail, defaultSeverity: .note,
             summary: "A line in the details is not a 'Key: value' pair.",
             help: "Write details as 'Candidate: Ada Park', one per line."),
        Info(code: .unparsedRating, defaultSeverity: .warning,
             summary: "A line under ratings is not a rating such as 'Coding: 3/4'.",
             help: "Write ratings as 'Competency: score/scale', one per line or table row."),
        Info(code: .orphanExample, defaultSeverity: .warning,
             summary: "An example phrasing has no improvement item above it.",
             help: "Put the example under the item it illustrates."),
        Info(code: .unparsedDate, defaultSeverity: .note,
             summary: "A date Debrief could not read; it is kept as written.",
             help: "Write dates as 2026-05-06 or 6 May 2026."),
        Info(code: .ambiguousDate, defaultSeverity: .warning,
             summary: "A date that reads both day-first and month-first.",
             help: "Write dates as 2026-05-06 or 6 May 2026."),
        Info(code: .flattenedSubheading, defaultSeverity: .note,
             summary: "A sub-heading inside a section is not kept; its entries are.",
             help: "Use an area title under 'Areas for improvement', or remove the sub-heading."),
        Info(code: .unclosedComment, defaultSeverity: .warning,
             summary: "An HTML comment is never closed; everything after it is private.",
             help: "Close the comment with '-->'."),
        Info(code: .labelKeptPrivate, defaultSeverity: .warning,
             summary: "A section label inside a private section stays private.",
             help: "Put private notes last, or under their own heading."),
        Info(code: .withheld, defaultSeverity: .warning,
             summary: "Candidate-facing text that reads as a hiring evaluation is withheld.",
             help: "Move it to a private section, or put <!-- debrief: show --> on the line "
                + "before it to share it. debrief lint reports these as hiring-language "
                + "and confidential-visible."),
        Info(code: .labelByCue, defaultSeverity: .note,
             summary: "A label read by its words rather than its name.",
             help: "Nothing to do when the reading is right; otherwise rename the label."),
        Info(code: .unknownSuppression, defaultSeverity: .warning,
             summary: "A debrief-disable comment with a misspelt directive or rule id.",
             help: "Write <!-- debrief-disable-next-line RULE -->, <!-- debrief-disable RULE "
                + "--> or <!-- debrief-enable -->, with ids from debrief lint --list-rules."),
        Info(code: .noSuggestion, defaultSeverity: .note,
             summary: "An improvement item gets no suggested phrasing.",
             help: "Debrief suggests a phrasing only when one shares the item's topic: none "
                + "for logistics, the interviewer's own remarks, praise, or an item whose "
                + "words fit two topics alike. Write an example yourself, or name the topic "
                + "more plainly."),
        Info(code: .noNotes, defaultSeverity: .warning,
             summary: "A folder named on the command line holds no notes.",
             help: "Check the folder, or --include the names your notes use."),
        Info(code: .unreadableManifest, defaultSeverity: .warning,
             summary: "The output folder's manifest could not be read; every note is converted.",
             help: "Nothing to do: the next run writes a new manifest."),
    ]
}
