import PropertyBased

/// A note built from generated sections, with what the properties need to know about it: the
/// words written for the candidate and the canaries written in private parts. Its
/// description is the note itself, which is what a failing property prints.
struct GeneratedNote: Sendable, CustomStringConvertible {
    var text = ""
    var candidateWords: Set<String> = []
    var canaries: [String] = []

    var description: String { "\n" + text }

    static let generator = zip(
        Gen.int(in: 0...(SectionSpec.Kind.allCases.count - 1)),
        Gen.int(in: 0...(NoteVocabulary.labelForms - 1)),
        Gen.int(in: 0...3), Gen.int(in: 0...999).array(of: 1...4), Gen.int(in: 0...3)
    )
    .map { kind, form, label, seeds, style in
        SectionSpec(kind: SectionSpec.Kind(rawValue: kind) ?? .summary, form: form,
                    label: label, seeds: seeds, style: style)
    }
    .array(of: 1...6)
    .map { GeneratedNote(sections: $0) }

    init(sections: [SectionSpec]) {
        var lines = ["# Interview notes", ""]
        for (index, section) in sections.enumerated() {
            lines += write(section, number: index)
            lines.append("")
        }
        text = lines.joined(separator: "\n")
    }

    private mutating func write(_ section: SectionSpec, number: Int) -> [String] {
        let labels = NoteVocabulary.labels[section.kind] ?? []
        let label = labels.isEmpty ? "" : labels[section.label % labels.count]
        let heading = NoteVocabulary.label(label, form: section.form)
        switch section.kind {
        case .summary:
            var paragraphs = [sentence(section.seeds, capitalised: true) + "."]
            if section.style == 3 { paragraphs += ["", sentence(section.seeds.reversed()) + "."] }
            return [heading, ""] + paragraphs
        case .strengths, .preparation:
            let marker = ["- ", "• ", "* ", "1. "][section.style % 4]
            var bullets: [String] = []
            for seed in section.seeds {
                // Some bullets quote the candidate, which once changed on the way back.
                let quoted = seed % 5 == 0 ? " “\(sentence([seed / 9]))”" : ""
                bullets.append(marker + sentence([seed, seed / 7]) + quoted)
            }
            return [heading, ""] + bullets
        case .improvements:
            return [heading, ""] + improvementItems(section)
        case .ratings:
            var rows: [String] = []
            for seed in section.seeds {
                rows.append("| \(sentence([seed], capitalised: true)) | \(seed % 4 + 1)/4 |")
            }
            return [heading, "", "| Competency | Score |", "| --- | --- |"] + rows
        case .privateSection:
            let canary = "ZQXPRIVATE\(number)"
            canaries.append(canary)
            // Private words are not the candidate's, so they go straight into the text.
            let words = section.seeds.map(NoteVocabulary.word).joined(separator: " ")
            return [heading, "", "\(canary) \(words)"]
        case .comment:
            let canary = "ZQXCOMMENT\(number)"
            canaries.append(canary)
            // On a line of its own, or at the end of a bullet of whatever section is above.
            return section.style % 2 == 0
                ? ["<!-- \(canary) -->"]
                : ["- \(sentence(section.seeds)) <!-- \(canary) -->"]
        }
    }

    /// Items with a headline, an optional detail and examples in one of the written forms.
    private mutating func improvementItems(_ section: SectionSpec) -> [String] {
        var lines: [String] = []
        // An area title sometimes, as a heading or with the "examples" tail people write.
        let titleForm = section.seeds[0] % 4
        if titleForm == 1 || titleForm == 2 {
            let title = sentence([section.label, section.form], capitalised: true)
            lines += [titleForm == 1 ? "### \(title)" : "\(title) — examples you can say", ""]
        }
        for seed in section.seeds {
            let headline = sentence([seed, seed / 3], capitalised: true)
            let detail = seed % 2 == 0 ? ": " + sentence([seed / 5]) : ""
            lines.append(section.style % 2 == 0
                ? "- **\(headline)**\(detail)" : "- \(headline)\(detail)")
            guard seed % 3 != 0 else { continue }
            let example = sentence([seed / 11, seed / 13, seed / 17], capitalised: true)
            switch section.style {
            case 0: lines.append("  - “\(example)?”")
            case 1: lines.append("  “\(example).”")
            case 2: lines += ["", "  > \(example)."]
            default: lines.append("  Example: \(example).")
            }
        }
        return lines
    }

    /// Words from the vocabulary, recorded as candidate-facing.
    private mutating func sentence(_ seeds: [Int], capitalised: Bool = false) -> String {
        let words = seeds.map(NoteVocabulary.word)
        candidateWords.formUnion(words)
        let text = words.joined(separator: " ")
        return capitalised ? text.prefix(1).uppercased() + text.dropFirst() : text
    }
}
