import Mustache

/// What the report templates see: the report model with every text in the forms a template
/// reads (`ReportText`), and flags that let a template leave out empty sections.
///
/// The JSON format serialises `Report` itself; this is the same data shaped for Mustache.
/// Every level answers Mustache's lookups itself (`MustacheParent`, in
/// `ReportViewModel+Lookup.swift`) rather than through `Mirror`, which cost a quarter of an
/// HTML render; the names it answers are the properties below, which users' templates use.
struct ReportViewModel {
    typealias Text = ReportText

    struct Detail {
        var label: String
        var value: Text
    }

    struct Item {
        var headline: Text
        /// The detail's first paragraph, shown on the headline's line.
        var detail: Text?
        /// Blocks after it (code), shown below the item: rendered as blocks, and in Markdown
        /// indented under the item so the report reads back the same.
        /// `detailBlocksMarkdown` and `detailBlocksText`, indented, are made when read.
        var detailBlocks: Text?
        var examples: [Example]
        var hasExamples: Bool
    }

    struct Example {
        var text: Text
        /// Whether the text has its own quotes round it: `quotedMarkdown` and `quotedText`
        /// put `“…”` round it otherwise (Markdown stays readable and Debrief reads it back as
        /// one phrasing).
        var hasOwnQuotes: Bool
        var isSuggested: Bool
    }

    // Names below are unique across levels on purpose: Mustache looks a missing (nil) name up
    // in the enclosing contexts, so an untitled area's `title` would find the report's.

    struct Area {
        var areaTitle: Text?
        var items: [Item]
    }

    struct RatingRow {
        var name: Text
        var value: Text
        var comment: Text?
        /// 0–100 for a bar, when score and scale are known.
        var percent: Int?
    }

    struct Section {
        var sectionTitle: Text?
        var body: Text
    }

    /// Every section's title, from `SectionKind.displayTitle`: the one place that names them
    /// for the templates and for the parser that reads a Markdown report back.
    struct Titles {
        let details = Text(inline: SectionKind.details.displayTitle)
        let summary = Text(inline: SectionKind.summary.displayTitle)
        let strengths = Text(inline: SectionKind.strengths.displayTitle)
        let improvements = Text(inline: SectionKind.improvements.displayTitle)
        let preparation = Text(inline: SectionKind.preparation.displayTitle)
        let ratings = Text(inline: SectionKind.ratings.displayTitle)
        let privateNotes = Text(inline: SectionKind.privateNotes.displayTitle)
        let other = Text(inline: SectionKind.other.displayTitle)
    }

    /// Whether the Markdown forms keep code spans, for every text of this report.
    let policy = MarkdownPolicy()
    var titles = Titles()
    var reportTitle: Text
    var lang = "en"
    var isInternal: Bool
    /// Every detail, empty values included (the Markdown report keeps them so it reads back
    /// the same); `shownDetails` leaves out the empty ones for people.
    var details: [Detail]
    var shownDetails: [Detail] = []
    var summary: [Text]
    var strengths: [Text]
    var areas: [Area]
    var preparation: [Text]
    var ratings: [RatingRow]
    var other: [Section]
    var privateNotes: [Section]

    var hasDetails = false
    var hasShownDetails = false
    var hasSummary = false
    var hasStrengths = false
    var hasAreas = false
    var hasPreparation = false
    var hasRatings = false
    var hasRatingComments = false
    var hasPrivateNotes = false
    /// Set when a phrasing is a suggestion: a line that says what suggestions are.
    var suggestionNotice: Text?

    /// Sets the `has…` flags once the content is in place.
    mutating func setFlags() {
        shownDetails = details.filter { !$0.value.text.isEmpty }
        hasDetails = !details.isEmpty
        hasShownDetails = !shownDetails.isEmpty
        hasSummary = !summary.isEmpty
        hasStrengths = !strengths.isEmpty
        hasAreas = !areas.isEmpty
        hasPreparation = !preparation.isEmpty
        hasRatings = !ratings.isEmpty
        hasRatingComments = ratings.contains { $0.comment != nil }
        hasPrivateNotes = isInternal && !privateNotes.isEmpty
        let suggests = areas.contains { $0.items.contains { $0.examples.contains(where: \.isSuggested) } }
        suggestionNotice = suggests ? Text(inline: SuggestionNotice.text) : nil
    }
}
