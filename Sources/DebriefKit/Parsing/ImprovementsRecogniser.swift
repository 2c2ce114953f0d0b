/// Reads "Areas for Improvement": optional area titles, then items, each with a headline, an
/// optional detail and its example phrasings.
///
/// ```markdown
/// Collaboration — examples you can say
///   • Check in before deep dives:
///     “Shall I go deeper on storage, or on retries?”
/// ```
struct ImprovementsRecogniser {
    private(set) var areas: [ImprovementArea] = []
    private(set) var diagnostics: [Diagnostic] = []

    mutating func read(_ entries: [OutlineEntry]) {
        for (index, entry) in entries.enumerated() {
            switch entry.kind {
            case .heading:
                startArea(entry.line.markdown)
            case .bullet where entry.line.startsExample && entry.children.isEmpty
                && areas.last.map({ !$0.items.isEmpty }) == true:
                // A bullet that is only a phrasing ("- “Let me summarise”") belongs to the
                // item above it, as the bullets under "Be concise" do.
                attach(ExampleText.phrasings(inExampleLine: entry.markdown),
                       at: entry.line.location)
            case .bullet:
                addItem(from: entry)
            case .quote:
                // A block quote is a phrasing, quotation marks or not.
                var split = ExampleText.phrasings(inExampleLine: entry.markdown)
                if split.phrasings.isEmpty { split = .init(rest: "", phrasings: [entry.markdown]) }
                attach(split, at: entry.line.location)
            case .text:
                if entry.line.startsExample {
                    attach(ExampleText.phrasings(inExampleLine: entry.markdown),
                           at: entry.line.location)
                } else if AreaTitle.hasExamplesTail(entry.plain)
                    || index + 1 < entries.count && entries[index + 1].kind == .bullet
                        && !entries[index + 1].line.startsExample
                        && AreaTitle.readsLikeTitle(entry.plain)
                {
                    // A short plain line followed by bullets titles them.
                    startArea(entry.markdown)
                } else {
                    addItem(from: entry)
                }
            case .table(let rows):
                if let items = ImprovementsTable.items(rows) {
                    items.forEach { append($0) }
                } else if !appendDetail(entry.markdown) {
                    addItem(from: entry)
                }
            case .verbatim:
                // Code under an item belongs to it, as a block of its own.
                if !appendDetail(entry.markdown, asBlock: true) { addItem(from: entry) }
            }
        }
    }

    private mutating func startArea(_ title: String) {
        areas.append(ImprovementArea(title: AreaTitle.cleaned(title), items: []))
    }

    private mutating func append(_ item: ImprovementItem) {
        if areas.isEmpty { areas.append(ImprovementArea(title: nil, items: [])) }
        areas[areas.count - 1].items.append(item)
    }

    /// Adds `text` to the detail of the item above; `false` when there is none yet. A block
    /// (code) is kept apart from the prose by a blank line, so it stays a block.
    private mutating func appendDetail(_ text: String, asBlock: Bool = false) -> Bool {
        guard !text.isEmpty else { return true }
        guard let last = areas.indices.last, let item = areas[last].items.indices.last else {
            return false
        }
        let detail = areas[last].items[item].detail
        areas[last].items[item].detail = detail.map { "\($0)\(asBlock ? "\n\n" : " ")\(text)" }
            ?? text
        return true
    }

    /// Phrasings written below an item's own lines belong to the item above; the words around
    /// them ("— cheapest test first") join its detail.
    private mutating func attach(_ split: ExampleText.Split, at location: SourceLocation) {
        let examples = split.phrasings.map { ExamplePhrasing(text: $0, line: location.line) }
        if let last = areas.indices.last, !areas[last].items.isEmpty {
            areas[last].items[areas[last].items.count - 1].examples += examples
            _ = appendDetail(split.rest)
        } else if let first = split.phrasings.first {
            diagnostics.append(.exampleWithoutItem(at: location))
            var item = ImprovementItem(headline: split.rest.isEmpty ? first : split.rest,
                                       line: location.line)
            item.examples = examples
            append(item)
        } else if !split.rest.isEmpty {
            append(ImprovementItem(headline: split.rest, line: location.line))
        }
    }

    private mutating func addItem(from entry: OutlineEntry) {
        // "- Be precise\n  The queue is…": a new sentence on the next line is the detail, not
        // more headline.
        let splitsAfterFirstLine = entry.continuation.first.map { next in
            next.plain.first?.isUppercase == true
                || entry.line.plain.last.map { ".:!?".contains($0) } == true
        } ?? false
        let text = splitsAfterFirstLine ? entry.line.markdown : entry.markdown
        var item = ItemText.item(from: text, line: entry.line.location.line)
        var details: [String] = item.detail.map { [$0] } ?? []
        if splitsAfterFirstLine {
            // "Examples you can say: “…” / “…”" on a line of the item's own paragraph.
            var prose: [String] = []
            for next in entry.continuation {
                guard next.startsExample, Self.introducesPhrasings(next.plain) else {
                    prose.append(next.markdown)
                    continue
                }
                let split = ExampleText.phrasings(inExampleLine: next.markdown)
                item.examples += split.phrasings.map { ExamplePhrasing(text: $0, line: next.location.line) }
                if !split.rest.isEmpty { prose.append(split.rest) }
            }
            details.append(prose.joined(separator: " "))
        }
        var blocks: [String] = []
        for child in entry.children {
            if child.kind == .verbatim {
                blocks.append(child.markdown)
                continue
            }
            read(child: child, into: &item, details: &details)
        }
        let prose = details.joined(separator: " ")
        let detail = ([prose] + blocks).filter { !$0.isEmpty }.joined(separator: "\n\n")
        item.detail = detail.isEmpty ? nil : detail
        append(item)
    }

    /// A line of an item's own paragraph that gives phrasings, not an observation ("For
    /// example, she never tested empty input"): it names them ("Examples you can say:") or
    /// quotes them.
    private static func introducesPhrasings(_ plain: String) -> Bool {
        let lower = plain.lowercased()
        return AreaTitle.tailWords.contains { lower.hasPrefix($0) }
            || plain.contains { ExampleText.quotePairs[$0] != nil && $0 != "'" }
    }

    /// Under an item: quotes, example lines and nested bullets are phrasings; other prose is
    /// detail.
    private func read(child: OutlineEntry, into item: inout ImprovementItem,
                      details: inout [String]) {
        let line = child.line.location.line
        switch child.kind {
        case .text where AreaTitle.isExamplesHeader(child.plain):
            // "Examples you can say:" introduces the phrasings below it; it is not a detail.
            break
        case .quote, .bullet:
            // Debrief's own Markdown report marks phrasebook suggestions "*(suggested)*";
            // reading one back keeps it a suggestion.
            let (markdown, suggested) = ExampleText.withoutSuggestedMarker(child.markdown)
            // A nested bullet is a phrasing ("Pause after each step", "I'll check the
            // constraints first") unless it is an observation ("skipped the empty input"),
            // which is detail.
            let plain = MarkupStripper.plainText(markdown)
            if child.kind == .bullet, !suggested, !ExampleText.startsExample(plain),
                !ExampleText.readsAsSpoken(plain), ExampleText.readsAsObservation(plain)
            {
                // "skipped the empty input; no test for duplicates": one observation each.
                if let last = details.last, let end = last.last, !".;:!?".contains(end) {
                    details[details.count - 1] = last + ";"
                }
                details.append(markdown)
                break
            }
            // Only one that opens with a quote or a label ("“A” or “B”", "Say: …") is split
            // into its quoted parts.
            let split = ExampleText.startsExample(plain)
                ? ExampleText.phrasings(inExampleLine: markdown)
                : ExampleText.Split(rest: "", phrasings: [markdown])
            let phrasings = split.phrasings.isEmpty ? [markdown] : split.phrasings
            item.examples += phrasings.map {
                ExamplePhrasing(text: $0, origin: suggested ? .phrasebook : .notes,
                                line: suggested ? nil : line)
            }
            if !split.phrasings.isEmpty, !split.rest.isEmpty { details.append(split.rest) }
        case .text where child.line.startsExample:
            let split = ExampleText.phrasings(inExampleLine: child.markdown)
            item.examples += split.phrasings.map { ExamplePhrasing(text: $0, line: line) }
            if !split.rest.isEmpty { details.append(split.rest) }
        default:
            let split = ExampleText.phrasings(inTextLine: child.markdown)
            item.examples += split.phrasings.map { ExamplePhrasing(text: $0, line: line) }
            if !split.rest.isEmpty { details.append(split.rest) }
        }
        for grandchild in child.children {
            read(child: grandchild, into: &item, details: &details)
        }
    }
}
