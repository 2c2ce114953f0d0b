extension ReportViewModel {
    /// The fields of `InterviewDetails` in report order, with the labels people read.
    private static var detailFields: [(String, KeyPath<InterviewDetails, String?>)] {
        [
            ("Candidate", \.candidate), ("Interviewer", \.interviewer), ("Company", \.company),
            ("Role", \.role), ("Level", \.level), ("Interview type", \.interviewType),
            ("Date", \.date), ("Recording", \.recording),
        ]
    }

    init(_ report: Report, audience: Audience) {
        let noteTitle = report.details.extra.first { $0.key == "title" }?.value
        reportTitle = Text(inline: noteTitle ?? Report.defaultTitle)
        isInternal = audience == .internal
        var details = Self.detailFields.compactMap { label, keyPath in
            report.details[keyPath: keyPath].map { Detail(label: label, value: Text(inline: $0)) }
        }
        var skippedTitle = false
        for field in report.details.extra {
            // The note's own title is the report's title, not a detail row.
            if field.key == "title", !skippedTitle {
                skippedTitle = true
                continue
            }
            details.append(Detail(label: field.key, value: Text(inline: field.value)))
        }
        self.details = details
        summary = report.summary.map { Text(blocks: $0) }
        strengths = report.strengths.map { Text(inline: $0.text) }
        areas = report.improvements.map { area in
            Area(areaTitle: area.title.map { Text(inline: $0) }, items: area.items.map(Self.item))
        }
        preparation = report.preparation.map { Text(inline: $0) }
        ratings = report.ratings.map { rating in
            var percent: Int?
            if let score = rating.score, let scale = rating.scale, scale > 0 {
                percent = Int((min(max(score / scale, 0), 1) * 100).rounded())
            }
            return RatingRow(name: Text(inline: rating.name), value: Text(inline: rating.value),
                             comment: rating.comment.map { Text(inline: $0) }, percent: percent)
        }
        other = Self.otherSections(report.other)
        privateNotes = audience == .internal
            ? (report.privateNotes ?? []).map {
                Section(sectionTitle: Text(inline: $0.title ?? "Comment in the notes"),
                        body: Text(blocks: $0.markdown))
            }
            : []
        setFlags()
    }

    private static func item(_ item: ImprovementItem) -> Item {
        let examples = item.examples.map { example in
            // Quotes round the whole text already: keep them; quotes inside it are part of it.
            let hasQuotes = example.text.first.map { "“\"«„".contains($0) } == true
                && example.text.last.map { "”\"»“".contains($0) } == true
            return Example(text: Text(inline: example.text), hasOwnQuotes: hasQuotes,
                           isSuggested: example.origin != .notes)
        }
        var lead = item.detail
        var blocks: String?
        if let detail = item.detail, let gap = detail.range(of: "\n\n") {
            lead = String(detail[..<gap.lowerBound])
            blocks = String(detail[gap.upperBound...])
        }
        return Item(headline: Text(inline: item.headline),
                    detail: lead.flatMap { $0.isEmpty ? nil : Text(inline: $0) },
                    detailBlocks: blocks.map { Text(blocks: $0) },
                    examples: examples, hasExamples: !examples.isEmpty)
    }

    /// Untitled leftovers (and any titled "Additional notes", as a Markdown report writes
    /// them) form one "Additional notes" section, where the first of them stood.
    private static func otherSections(_ sections: [OtherSection]) -> [Section] {
        let untitledName = SectionKind.other.displayTitle.lowercased()
        var result: [Section] = []
        var untitledIndex: Int?
        var untitledBodies: [String] = []
        for section in sections {
            guard let title = section.title, title.lowercased() != untitledName else {
                if untitledIndex == nil {
                    untitledIndex = result.count
                    result.append(Section(sectionTitle: nil, body: Text(blocks: "")))
                }
                untitledBodies.append(section.markdown)
                continue
            }
            result.append(Section(sectionTitle: Text(inline: title),
                                  body: Text(blocks: section.markdown)))
        }
        if let untitledIndex {
            result[untitledIndex].body = Text(blocks: untitledBodies.joined(separator: "\n\n"))
        }
        return result
    }

    static func indented(_ text: String, by width: Int) -> String {
        let indent = String(repeating: " ", count: width)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }
}
