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
        let policy = self.policy
        let noteTitle = report.details.extra.first { $0.key == "title" }?.value
        reportTitle = Text(inline: noteTitle ?? Report.defaultTitle, policy: policy)
        isInternal = audience == .internal
        var details = Self.detailFields.compactMap { label, keyPath in
            report.details[keyPath: keyPath].map { Detail(label: label, value: Text(inline: $0, policy: policy)) }
        }
        var skippedTitle = false
        for field in report.details.extra {
            // The note's own title is the report's title, not a detail row.
            if field.key == "title", !skippedTitle {
                skippedTitle = true
                continue
            }
            // A key is the note's own words, which the Markdown and text templates print as
            // they are: no tag of it may survive there (found by the fuzzer).
            let label = SafeMarkdown.clean(field.key, keepingCodeSpans: false)
            details.append(Detail(label: label, value: Text(inline: field.value, policy: policy)))
        }
        self.details = details
        summary = report.summary.map { Text(blocks: $0, policy: policy) }
        strengths = report.strengths.map { Text(inline: $0.text, policy: policy) }
        areas = report.improvements.map { area in
            Area(areaTitle: area.title.map { Text(inline: $0, policy: policy) }, items: area.items.map { Self.item($0, policy: policy) })
        }
        preparation = report.preparation.map { Text(inline: $0, policy: policy) }
        ratings = report.ratings.map { rating in
            var percent: Int?
            if let score = rating.score, let scale = rating.scale, scale > 0 {
                percent = Int((min(max(score / scale, 0), 1) * 100).rounded())
            }
            return RatingRow(name: Text(inline: rating.name, policy: policy), value: Text(inline: rating.value, policy: policy),
                             comment: rating.comment.map { Text(inline: $0, policy: policy) }, percent: percent)
        }
        other = Self.otherSections(report.other, policy: policy)
        privateNotes = audience == .internal
            ? (report.privateNotes ?? []).map {
                Section(sectionTitle: Text(inline: $0.title ?? "Comment in the notes", policy: policy),
                        body: Text(blocks: $0.markdown, policy: policy))
            }
            : []
        setFlags()
    }

    private static func item(_ item: ImprovementItem, policy: MarkdownPolicy) -> Item {
        let examples = item.examples.map { example in
            // Quotes round the whole text already: keep them; quotes inside it are part of it.
            let hasQuotes = example.text.first.map { "“\"«„".contains($0) } == true
                && example.text.last.map { "”\"»“".contains($0) } == true
            return Example(text: Text(inline: example.text, policy: policy), hasOwnQuotes: hasQuotes,
                           isSuggested: example.origin != .notes)
        }
        var lead = item.detail
        var blocks: String?
        if let detail = item.detail, let gap = detail.byteRange(of: "\n\n") {
            lead = String(detail[..<gap.lowerBound])
            blocks = String(detail[gap.upperBound...])
        }
        return Item(headline: Text(inline: item.headline, policy: policy),
                    detail: lead.flatMap { $0.isEmpty ? nil : Text(inline: $0, policy: policy) },
                    detailBlocks: blocks.map { Text(blocks: $0, policy: policy) },
                    examples: examples, hasExamples: !examples.isEmpty)
    }

    /// Untitled leftovers (and any titled "Additional notes", as a Markdown report writes
    /// them) form one "Additional notes" section, where the first of them stood.
    private static func otherSections(_ sections: [OtherSection], policy: MarkdownPolicy) -> [Section] {
        let untitledName = SectionKind.other.displayTitle.lowercased()
        var result: [Section] = []
        var untitledIndex: Int?
        var untitledBodies: [String] = []
        for section in sections {
            guard let title = section.title, title.lowercased() != untitledName else {
                if untitledIndex == nil {
                    untitledIndex = result.count
                    result.append(Section(sectionTitle: nil, body: Text(blocks: "", policy: policy)))
                }
                untitledBodies.append(section.markdown)
                continue
            }
            result.append(Section(sectionTitle: Text(inline: title, policy: policy),
                                  body: Text(blocks: section.markdown, policy: policy)))
        }
        if let untitledIndex {
            result[untitledIndex].body = Text(blocks: untitledBodies.joined(separator: "\n\n"), policy: policy)
        }
        return result
    }

    static func indented(_ text: String, by width: Int) -> String {
        let indent = String(repeating: " ", count: width)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }
}
