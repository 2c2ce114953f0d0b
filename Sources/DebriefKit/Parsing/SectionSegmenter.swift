/// Splits a note's top-level blocks into sections by their labels, whatever form the label
/// takes: a heading of any level, a bold-only paragraph, or a plain line standing alone
/// (pastes from Notion or Google Docs have no `#`).
struct SectionSegmenter {
    let lines: BlockLines

    struct Result {
        var sections: [Section] = []
        /// A leading `# Title` that is not a section label.
        var title: NoteLine?
    }

    func segment(_ blocks: [MarkdownNode]) -> Result {
        var result = Result()
        var current = Section(label: nil)

        func open(_ label: SectionLabel) {
            if current.label != nil || !current.pieces.isEmpty { result.sections.append(current) }
            current = Section(label: label)
        }

        /// Whatever sits under a private label stays private, labels included: "### Concerns"
        /// below "## Hiring Recommendation" is part of the recommendation, not feedback.
        func staysPrivate(_ level: Int, _ text: String) -> Bool {
            guard let label = current.label, label.kind == .privateNotes else { return false }
            // Another private label ("Hiring Recommendation" after "Private Notes") opens its
            // own private section.
            return level > label.level && SectionLabels.kind(of: text) != .privateNotes
        }

        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case "heading", "paragraph" where block.isStrongOnly:
                // Headings and bold-only paragraphs label sections the same way; a bold line
                // ranks below every heading.
                let level = block.kind == "heading" ? block.headingLevel : SectionLabel.boldLevel
                let text = block.inlineText.replacingNewlines.withoutTrailingColon
                let kind = SectionLabels.kind(of: text)
                if staysPrivate(level, text) {
                    current.pieces.append(.block(block))
                } else if let kind {
                    open(SectionLabel(kind: kind, title: text, location: block.start,
                                      level: level))
                } else if index == 0, level == 1, result.title == nil {
                    // Debrief's own default report title carries nothing to keep.
                    guard text != ReportViewModel.defaultTitle else { continue }
                    result.title = NoteLine(
                        markdown: text, location: block.start ?? SourceLocation(line: 1),
                        indent: 0)
                } else if keepsAsSubheading(current, level: level) {
                    current.pieces.append(.block(block))
                } else {
                    open(SectionLabel(kind: .other, title: text, location: block.start,
                                      level: level))
                }
            case "paragraph":
                var fragment: [NoteLine] = []
                func flush() {
                    if !fragment.isEmpty { current.pieces.append(.lines(fragment)) }
                    fragment = []
                }
                for line in lines.paragraph(block, quoteDepth: 0) {
                    // After "Record Link:" the next line is its value, even if it reads
                    // like a label ("Record").
                    let awaitsValue = fragment.last.map { $0.plain.hasSuffix(":") } ?? false
                    let privateLine = staysPrivate(SectionLabel.plainLevel,
                                                   line.plain.withoutTrailingColon)
                    if !awaitsValue, !privateLine, let (label, rest) = Self.label(in: line) {
                        flush()
                        open(label)
                        if let rest { fragment.append(rest) }
                    } else {
                        fragment.append(line)
                    }
                }
                flush()
            case "list" where Self.numberedLabel(block) != nil
                && !staysPrivate(SectionLabel.plainLevel, block.inlineText.withoutTrailingColon):
                // "2. Strengths" on its own line is an ordered list to CommonMark.
                if let (kind, text) = Self.numberedLabel(block) {
                    open(SectionLabel(kind: kind, title: text, location: block.start,
                                      level: SectionLabel.plainLevel))
                }
            default:
                current.pieces.append(.block(block))
            }
        }
        if current.label != nil || !current.pieces.isEmpty { result.sections.append(current) }
        return result
    }

    /// A heading that is not a label opens a section of its own unless it sits below the
    /// current section's label; under "Areas for Improvement" any heading titles an area.
    private func keepsAsSubheading(_ section: Section, level: Int) -> Bool {
        guard let label = section.label, label.kind != .other else { return false }
        // Under a plain or bold "Areas for Improvement", any heading titles an area; under
        // "## Areas for Improvement", only deeper ones do.
        if label.kind == .improvements, label.level >= SectionLabel.boldLevel { return true }
        return level > label.level
    }

    /// A one-item list whose item is a single known label line: a numbered label.
    private static func numberedLabel(_ list: MarkdownNode) -> (SectionKind, String)? {
        guard list.children.count == 1, let item = list.children.first,
            item.children.count == 1, let paragraph = item.children.first,
            paragraph.kind == "paragraph", !paragraph.inlineText.contains("\n")
        else { return nil }
        let text = paragraph.inlineText.withoutTrailingColon
        return SectionLabels.kind(of: text).map { ($0, text) }
    }

    /// A plain line that is a label on its own ("Areas of Strength", "Side note:"), or a label
    /// followed by its first content ("Pros: calm under pressure").
    static func label(in line: NoteLine) -> (SectionLabel, NoteLine?)? {
        guard line.bullet == nil, line.plain.count <= 60 else { return nil }
        let text = line.plain.withoutTrailingColon
        if let kind = SectionLabels.kind(of: text) {
            let label = SectionLabel(kind: kind, title: text, location: line.location,
                                     level: SectionLabel.plainLevel)
            return (label, nil)
        }
        guard let colon = line.plain.firstIndex(of: ":") else { return nil }
        let name = String(line.plain[..<colon]).trimmed
        guard let kind = SectionLabels.kind(of: name), SectionLabels.inlineKinds.contains(kind),
            let markdownColon = line.markdown.firstIndex(of: ":")
        else { return nil }
        let rest = line.markdown[line.markdown.index(after: markdownColon)...]
            .drop(while: { $0 == "*" || $0 == "_" || $0.isWhitespace })
        guard !rest.isEmpty else { return nil }
        var content = NoteLine(markdown: String(rest), location: line.location, indent: 0)
        content.location.column += line.markdown.utf8.count - rest.utf8.count
        let label = SectionLabel(kind: kind, title: name, location: line.location,
                                 level: SectionLabel.plainLevel)
        return (label, content)
    }
}

extension String {
    var replacingNewlines: String {
        split(separator: "\n").map { $0.trimmed }.joined(separator: " ")
    }
}
