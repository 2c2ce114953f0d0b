/// One parse in progress: sends each section to its recogniser and gathers the report.
struct NoteReading {
    let source: SourceText
    var report: Report
    var details = DetailsRecogniser()
    /// Where each summary paragraph and preparation entry starts, for the privacy screen.
    private var entryLines = PrivacyScreen.EntryLines()
    /// Where the sections are, for the linter.
    private(set) var layout = NoteLayout()
    /// Whether evaluations are moved out of the candidate's sight: always for notes; not for
    /// a phrasebook, whose every line is written for candidates to read.
    var screensForCandidates = true
    /// Lines the interviewer marked candidate-facing with `<!-- debrief: show -->`.
    private var shownLines: Set<Int> = []
    /// Items under a label that opens a sentence they finish ("Even better if", "It would be
    /// even better if"): read alone, "She had used a framework" says the opposite of what is
    /// meant, so each headline is given the label's words back.
    private static func completing(_ areas: [ImprovementArea], lead: String) -> [ImprovementArea] {
        let label = lead.withoutTrailingColon.trimmed
        guard LabelText.normalised(label).hasSuffix(" if") else { return areas }
        return areas.map { area in
            var area = area
            area.items = area.items.map { item in
                var item = item
                let headline = item.headline
                guard !headline.lowercased().hasPrefix(label.lowercased()) else { return item }
                // "She had…" → "she had…", "A clearer plan" → "a clearer plan"; "API
                // versioning" and "I had" keep their capitals.
                let opensWord = headline.hasPrefix("A ")
                    || headline.count > 1 && headline.dropFirst().first?.isLowercase == true
                let rest = opensWord ? headline.prefix(1).lowercased() + headline.dropFirst() : headline
                item.headline = label + " " + rest
                return item
            }
            return area
        }
    }

    /// Prose before the first label: the summary when the note has sections, else `other`.
    private var leadParagraphs: [Section.Piece] = []
    private var lines: BlockLines { BlockLines(source: source) }

    init(source: SourceText, report: Report) {
        self.source = source
        self.report = report
    }

    mutating func read(_ blocks: [MarkdownNode], hasFrontMatter: Bool) {
        let segmented = SectionSegmenter(lines: lines).segment(blocks)
        if let title = segmented.title { details.addTitle(title) }
        defer { details.addInterviewers(segmented.panelists) }
        report.diagnostics += segmented.diagnostics
        let outlines = OutlineBuilder(lines: lines)
        var recognised = hasFrontMatter
        for section in segmented.sections {
            // Only the list-shaped sections need the outline; the rest keep their Markdown.
            var outline: [OutlineEntry] { outlines.build(section.pieces) }
            guard let label = section.label else {
                recognised = readUnlabelled(section) || recognised
                continue
            }
            if label.kind != .other { recognised = true }
            layout.sections.append(NoteLayout.Section(
                kind: label.kind, title: label.title, location: label.location,
                isEmpty: section.pieces.allSatisfy { markdown(of: $0).isEmpty }))
            switch label.kind {
            case .details:
                details.read(outline)
            case .summary:
                for piece in section.pieces {
                    if case .block(let node) = piece, node.kind == .table,
                        readSectionsTable(TableReader(source: source).rows(of: node))
                    {
                        continue
                    }
                    // A summary written as bullets (every Logseq block is one) is its points.
                    if case .block(let node) = piece, node.kind == .list {
                        for entry in ListRecogniser.entries(outlines.build([piece])) {
                            report.summary.append(entry.text)
                            entryLines.summary.append(entry.line)
                        }
                        continue
                    }
                    // "# Feedback" then "Candidate: …", "Level: …" lines: details written
                    // under a title that reads as a summary label are details.
                    if case .lines(let noteLines) = piece, noteLines.count >= 2,
                        noteLines.allSatisfy({ KeyValueLine($0).map { DetailKeys.field(for: $0.key) != nil } ?? false }),
                        details.read(outlines.build([piece]), requireKnownKey: true)
                    {
                        continue
                    }
                    let text = markdown(of: piece)
                    guard !text.isEmpty else { continue }
                    report.summary.append(text)
                    entryLines.summary.append(startLocation(piece)?.line)
                }
            case .strengths:
                let entries = TypedLineBreaks.split(outline)
                // Strengths written as a paragraph (an email's "Strengths: …") are its
                // sentences, one strength each.
                let isProse = !entries.isEmpty && entries.allSatisfy { $0.kind == .text }
                for entry in listEntries(entries, in: label) {
                    guard isProse else {
                        report.strengths.append(Strength(text: entry.text, line: entry.line))
                        continue
                    }
                    let sentences = TextUnits(entry.text, firstLine: entry.line)
                    for index in sentences.units.indices {
                        report.strengths.append(Strength(
                            text: String(sentences[index]).trimmed, line: entry.line))
                    }
                }
            case .improvements:
                var improvements = ImprovementsRecogniser()
                // A Markdown report's line saying what suggestions are is not an item.
                improvements.read(TypedLineBreaks.split(outline, keepsHeadline: Self.headsItsDetail)
                    .filter { !SuggestionNotice.matches($0.plain) })
                report.improvements += Self.completing(improvements.areas, lead: label.title)
                report.diagnostics += improvements.diagnostics
            case .preparation:
                for entry in listEntries(TypedLineBreaks.split(outline), in: label) {
                    report.preparation.append(entry.text)
                    entryLines.preparation.append(entry.line)
                }
            case .ratings:
                var ratings = RatingsRecogniser()
                ratings.read(outline)
                report.ratings += ratings.ratings
                report.privateNotes?.append(contentsOf: ratings.privateRows)
                for heading in ratings.headings {
                    report.diagnostics.append(.flattenedSubheading(
                        heading.plain, in: label.title, at: heading.location))
                }
                for line in ratings.leftovers {
                    report.diagnostics.append(.unparsedRating(line.plain, at: line.location))
                    report.other.append(OtherSection(
                        title: label.title, markdown: line.written, line: line.location.line))
                }
            case .privateNotes:
                let note = PrivateNote(
                    kind: .section, title: label.title, markdown: markdown(of: section),
                    line: label.location?.line)
                report.privateNotes?.append(note)
            default:
                keepAsOther(section)
            }
        }
        if recognised {
            // "Hi all, here is my feedback on …" above "Strengths": the note's lead is its
            // summary, ahead of any labelled one.
            for piece in leadParagraphs.reversed() {
                report.summary.insert(markdown(of: piece), at: 0)
                entryLines.summary.insert(startLocation(piece)?.line, at: 0)
            }
        } else {
            for piece in leadParagraphs { keepAsOther(Section(label: nil, pieces: [piece])) }
        }
        if !recognised {
            // One warning for the whole note says more than one per unclassified part.
            report.diagnostics.removeAll {
                $0.code == "unclassified-section" || $0.code == "unlabelled-content"
            }
            report.diagnostics.append(.noRecognisedSections(at: SourceLocation(line: 1)))
        }
    }

    mutating func finish() -> Report {
        // Items written without an area title, from any improvements section, form one
        // untitled area ahead of the titled ones: every report lists them there, and a
        // Markdown report reads back the same.
        let untitled = report.improvements.filter { $0.title == nil }.flatMap(\.items)
        report.improvements.removeAll { $0.title == nil }
        if !untitled.isEmpty {
            report.improvements.insert(ImprovementArea(title: nil, items: untitled), at: 0)
        }
        // "Scorecard for Noah Fischer", "Feedback for *Ethan Brooks* — iOS Engineer, L4": a
        // title, or a lead line that reads as one, names the candidate.
        let lead = report.summary.first ?? report.other.first?.markdown
        let namedTitle = details.details.extra.first { $0.key == "title" }?.value
        let title = namedTitle ?? lead.flatMap(\.firstNonEmptyLine)
        if let title {
            details.fillFromTitle(title, sentence: lead, isTitle: namedTitle != nil)
            details.fillInterviewFromTitle(title)
        }
        // "Notes from my interview with Noor on 19 March 2026." in the note's lead.
        for paragraph in report.summary.prefix(2) where details.details.date == nil {
            details.fillDate(fromSentence: paragraph)
        }
        details.finish()
        report.details = details.details
        report.privateNotes?.append(contentsOf: details.privateFields)
        var screen = PrivacyScreen(shownLines: shownLines)
        if screensForCandidates { screen.screen(&report, lines: entryLines) }
        report.privateNotes?.append(contentsOf: screen.withheld)
        report.diagnostics += screen.diagnostics
        layout.withheld = zip(screen.withheld, screen.causes).map { ($0, $1) }
        layout.summaryLines = entryLines.summary
        layout.preparationLines = entryLines.preparation
        report.diagnostics = details.diagnostics + report.diagnostics
        report.diagnostics.sort {
            ($0.location?.line ?? 0, $0.location?.column ?? 0)
                < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
        return report
    }

    /// HTML comments, already taken out of the text, become private notes.
    mutating func keep(_ comments: [HTMLComments.Found]) {
        for comment in comments {
            if ShowMarker.matches(comment.text) {
                // The marker itself says nothing private; it shares what follows it.
                shownLines.formUnion([comment.line, comment.line + 1])
                continue
            }
            if !comment.text.isEmpty {
                report.privateNotes?.append(PrivateNote(
                    kind: .comment, title: nil, markdown: comment.text, line: comment.line))
            }
            if !comment.isClosed {
                report.diagnostics.append(.unclosedComment(at: SourceLocation(line: comment.line)))
            }
        }
    }

    /// Reads the details among a note's header lines, and returns the others: `nil` (reading
    /// nothing) unless some lines name a known detail and the rest are short lines, not
    /// sentences.
    private mutating func readHeaderDetails(_ header: [NoteLine]) -> [NoteLine]? {
        let isDetail = { (line: NoteLine) in
            KeyValueLine(line).map { DetailKeys.field(for: $0.key) != nil } ?? false
        }
        let detailLines = header.filter(isDetail)
        let others = header.filter { !isDetail($0) }
        guard !detailLines.isEmpty, !others.isEmpty,
            others.allSatisfy({ $0.bullet == nil && $0.plain.hasAtMostSpaceSeparatedPieces(10)
                && $0.plain.last.map { !".!?:".contains($0) } ?? false })
        else { return nil }
        guard details.read(OutlineBuilder(lines: lines).build([.lines(detailLines)]), requireKnownKey: true)
        else { return nil }
        return others
    }

    /// A table that names each row's section (`SectionsTable`): its rows go to their
    /// sections. `false` for any other table.
    private mutating func readSectionsTable(_ rows: [TableRow]) -> Bool {
        guard let entries = SectionsTable.entries(rows) else { return false }
        var items: [ImprovementItem] = []
        for entry in entries {
            for cell in entry.withheld {
                report.privateNotes?.append(PrivateNote(kind: .withheld, title: entry.kind.displayTitle,
                                                        markdown: cell, line: entry.line))
                report.diagnostics.append(.withheld(from: entry.kind.displayTitle,
                                                    because: "it is a verdict, or its column's header is private",
                                                    at: SourceLocation(line: entry.line)))
            }
            // Strengths and preparation are one text each: the detail follows a dash.
            let text = entry.detail.map { "\(entry.text) — \($0)" } ?? entry.text
            switch entry.kind {
            case .strengths:
                report.strengths.append(Strength(text: text, line: entry.line))
            case .preparation:
                report.preparation.append(text)
                entryLines.preparation.append(entry.line)
            default:
                items.append(ImprovementItem(headline: entry.text, detail: entry.detail, line: entry.line))
            }
        }
        if !items.isEmpty { report.improvements.append(ImprovementArea(title: nil, items: items)) }
        return true
    }

    /// A short topic on a line of its own above one line of what to do about it ("System
    /// design" / "Didn't consider caching."): an item's headline and detail, not two items.
    private static func headsItsDetail(_ entry: OutlineEntry) -> Bool {
        let headline = entry.line.plain
        return entry.continuation.count == 1 && headline.hasAtMostSpaceSeparatedPieces(3)
            && !(headline.last.map { ".!?".contains($0) } ?? false)
    }

    /// Content before the first label: pieces shaped like details ("Candidate: …" lines, a
    /// key-value table) are details; anything else is kept under `other`, titled by its first
    /// line when that line reads like a title ("Coding exercise" above a paragraph).
    private mutating func readUnlabelled(_ section: Section) -> Bool {
        let outlines = OutlineBuilder(lines: lines)
        var foundDetails = false
        for piece in section.pieces {
            if case .block(let node) = piece, node.kind == .table {
                let rows = TableReader(source: source).rows(of: node)
                if readSectionsTable(rows) {
                    foundDetails = true
                    continue
                }
                if RatingsRecogniser.isRatingsTable(rows) {
                    var ratings = RatingsRecogniser()
                    ratings.read(outlines.build([piece]))
                    report.ratings += ratings.ratings
                    report.privateNotes?.append(contentsOf: ratings.privateRows)
                    foundDetails = true
                    continue
                }
            }
            if case .lines(let noteLines) = piece, let first = noteLines.first {
                let hasTitle = details.details.extra.contains { $0.key == "title" }
                // "Interview Feedback — Staff Engineer" right above "Candidate: …" lines.
                if !hasTitle, noteLines.count > 1, first.bullet == nil, KeyValueLine(first) == nil,
                    details.read(outlines.build([.lines(Array(noteLines.dropFirst()))]),
                                 requireKnownKey: true)
                {
                    details.addTitle(first)
                    foundDetails = true
                    continue
                }
            }
            if details.read(outlines.build([piece]), requireKnownKey: true) {
                foundDetails = true
                continue
            }
            if case .lines(let noteLines) = piece, let first = noteLines.first {
                let hasTitle = details.details.extra.contains { $0.key == "title" }
                // A lone title line opening the note ("Interview Feedback Form").
                if !hasTitle, noteLines.count == 1, first.readsLikeTitle,
                    piece.startLine == section.pieces.first?.startLine
                {
                    details.addTitle(first)
                    continue
                }
                // "Interview notes – Maya Okonkwo", "iOS Engineer, onsite loop", "Interviewer:
                // Dev Raman": a header opening the note, details among short lines about the
                // interview. The title and the details are read; the other lines lead the note.
                if !hasTitle, first.readsLikeTitle, piece.startLine == section.pieces.first?.startLine,
                    let others = readHeaderDetails(Array(noteLines.dropFirst()))
                {
                    details.addTitle(first)
                    for line in others { details.fillInterviewFromTitle(line.plain) }
                    leadParagraphs.append(.lines(others))
                    foundDetails = true
                    continue
                }
                if noteLines.allSatisfy({ $0.bullet == nil }), !(noteLines.count > 1 && first.readsLikeTitle) {
                    leadParagraphs.append(piece)
                    continue
                }
            }
            var kept = Section(label: nil, pieces: [piece])
            if case .lines(let noteLines) = piece, noteLines.count > 1,
                let first = noteLines.first, first.readsLikeTitle
            {
                kept.label = SectionLabel(kind: .other, title: first.plain,
                                          location: first.location, level: SectionLabel.plainLevel)
                kept.pieces = [.lines(Array(noteLines.dropFirst()))]
            }
            keepAsOther(kept)
        }
        return foundDetails
    }

    private mutating func keepAsOther(_ section: Section) {
        // "## Additional notes", as a Markdown report writes untitled leftovers, is untitled.
        let title = section.label?.title.lowercased() == SectionKind.other.displayTitle.lowercased()
            ? nil : section.label?.title
        // Rules alone ("---" between a withheld score and the next part) keep nothing.
        let onlyRules = section.pieces.allSatisfy {
            if case .block(let node) = $0 { node.kind == .thematicBreak } else { false }
        }
        let text = onlyRules ? "" : markdown(of: section)
        guard !text.isEmpty || title != nil else { return }
        let location = section.label?.location ?? section.pieces.first.flatMap(startLocation)
        report.other.append(OtherSection(title: title, markdown: text, line: location?.line))
        report.diagnostics.append(title.map { .unclassifiedSection($0, at: location) }
                                  ?? .contentBeforeFirstSection(at: location))
    }

    private mutating func listEntries(_ outline: [OutlineEntry], in label: SectionLabel)
        -> [(text: String, line: Int)]
    {
        for entry in outline where entry.kind == .heading {
            report.diagnostics.append(.flattenedSubheading(
                entry.line.plain, in: label.title, at: entry.line.location))
        }
        // A Notion `<aside>` line around a callout is a wrapper, not a point.
        return ListRecogniser.entries(outline.filter { $0.kind != .heading && !Self.isOnlyTags($0) })
    }

    private static func isOnlyTags(_ entry: OutlineEntry) -> Bool {
        entry.kind == .verbatim && SafeMarkdown.clean(entry.markdown).allSatisfy(\.isWhitespace)
    }

    private func markdown(of section: Section) -> String {
        section.pieces.map(markdown).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private func markdown(of piece: Section.Piece) -> String {
        switch piece {
        case .lines(let noteLines):
            return noteLines.map(\.written).joined(separator: "\n")
        case .block(let node) where node.kind == .paragraph:
            return lines.paragraph(node, quoteDepth: 0).map(\.written).joined(separator: "\n")
        case .block(let node):
            return lines.markdown(of: node)
        }
    }

    private func startLocation(_ piece: Section.Piece) -> SourceLocation? {
        switch piece {
        case .lines(let noteLines): noteLines.first?.location
        case .block(let node): node.start
        }
    }
}
