/// What the report templates see: the report model with every text ready in three forms —
/// `markdown` as written, `html` (safe, see `SafeHTML`) and `text` (plain) — and flags that
/// let a template leave out empty sections.
///
/// The JSON format serialises `Report` itself; this is the same data shaped for Mustache.
/// Everything a template reads is a stored property: Mustache finds values through `Mirror`,
/// which does not see computed ones.
struct ReportViewModel {
    struct Text {
        /// Markdown as written, less raw HTML and unsafe links (`SafeMarkdown`).
        var markdown: String
        var html: String
        var text: String
        /// Markdown for a table cell: pipes escaped.
        var cell: String
        /// A rule under `text` for the plain-text report: "-----" as long as the text.
        var rule: String

        init(inline markdown: String) {
            self.init(markdown: markdown, html: SafeHTML.inline(markdown),
                      text: PlainText.inline(markdown))
        }

        init(blocks markdown: String) {
            self.init(markdown: markdown, html: SafeHTML.blocks(markdown),
                      text: PlainText.blocks(markdown))
        }

        private init(markdown: String, html: String, text: String) {
            // The Markdown report is candidate-facing too: no raw HTML or unsafe links.
            let markdown = SafeMarkdown.clean(markdown)
            self.markdown = markdown
            self.html = html
            self.text = text
            cell = markdown.replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "|", with: "\\|")
            rule = String(repeating: "-", count: max(text.count, 3))
        }
    }

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
        var detailBlocks: Text?
        var detailBlocksMarkdown: String?
        var detailBlocksText: String?
        var examples: [Example]
        var hasExamples: Bool
    }

    struct Example {
        var text: Text
        /// `“…”` round the text, unless the text has its own quotes (Markdown stays readable
        /// and Debrief reads it back as one phrasing).
        var quotedMarkdown: String
        var quotedText: String
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
        var details = Text(inline: SectionKind.details.displayTitle)
        var summary = Text(inline: SectionKind.summary.displayTitle)
        var strengths = Text(inline: SectionKind.strengths.displayTitle)
        var improvements = Text(inline: SectionKind.improvements.displayTitle)
        var preparation = Text(inline: SectionKind.preparation.displayTitle)
        var ratings = Text(inline: SectionKind.ratings.displayTitle)
        var privateNotes = Text(inline: SectionKind.privateNotes.displayTitle)
        var other = Text(inline: SectionKind.other.displayTitle)
    }

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
    }
}
