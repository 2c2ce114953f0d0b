/// What a rule reads: the note as parsed (with its private notes), where its sections are,
/// its source lines, and the team's settings.
struct LintedNote {
    let report: Report
    let layout: NoteLayout
    let settings: LintSettings
    /// The note's lines as written, for finding the words a finding is about.
    let lines: [Substring]

    /// `candidateTexts` with their words, read once for every rule that needs them.
    let candidateWords: [(text: Text, words: LintWords)]

    init(parsed: ParsedNote, text: String, settings: LintSettings) {
        report = parsed.report
        layout = parsed.layout
        self.settings = settings
        lines = text.lineSlices
        candidateWords = Self.candidateTexts(report, layout).map { ($0, LintWords($0.text)) }
    }

    /// A candidate-facing text with the line it starts on.
    struct Text {
        var text: String
        var line: Int?
        /// Where it was found, for messages ("Strengths").
        var part: String
    }

    /// Everything the candidate report would show, plus what the privacy screen withheld from
    /// those parts (the interviewer wrote it in candidate-facing text). Example phrasings are
    /// left out: they are words for the candidate to say.
    static func candidateTexts(_ report: Report, _ layout: NoteLayout) -> [Text] {
        var texts: [Text] = []
        for (index, paragraph) in report.summary.enumerated() {
            let line = layout.summaryLines.indices.contains(index) ? layout.summaryLines[index] : nil
            texts.append(Text(text: paragraph, line: line, part: SectionKind.summary.displayTitle))
        }
        texts += report.strengths.map {
            Text(text: $0.text, line: $0.line, part: SectionKind.strengths.displayTitle)
        }
        for area in report.improvements {
            for item in area.items {
                texts.append(Text(text: item.headline, line: item.line,
                                  part: SectionKind.improvements.displayTitle))
                if let detail = item.detail {
                    texts.append(Text(text: detail, line: item.line,
                                      part: SectionKind.improvements.displayTitle))
                }
            }
        }
        for (index, entry) in report.preparation.enumerated() {
            let line = layout.preparationLines.indices.contains(index)
                ? layout.preparationLines[index] : nil
            texts.append(Text(text: entry, line: line, part: SectionKind.preparation.displayTitle))
        }
        texts += report.ratings.compactMap { rating in
            rating.comment.map {
                Text(text: $0, line: rating.line, part: SectionKind.ratings.displayTitle)
            }
        }
        texts += report.other.map {
            Text(text: $0.markdown, line: $0.line, part: $0.title ?? SectionKind.other.displayTitle)
        }
        // Withheld because of what it says, not because the interviewer marked it private.
        texts += layout.withheld.filter { $0.cause != nil }.map {
            Text(text: $0.note.markdown, line: $0.note.line, part: $0.note.title ?? "")
        }
        return texts
    }

    /// The place of `words` (folded, as `LintWords` gives them) in the note: searched from
    /// `line` over the lines its text can span, then anywhere; the line alone when the words
    /// are not found as written (a dialect rewrote them).
    func range(of words: [String], near line: Int?, spanning count: Int = 12) -> SourceRange? {
        guard !words.isEmpty else { return line.map { SourceRange(at: SourceLocation(line: $0)) } }
        let first = max((line ?? 1) - 1, 0)
        let candidates = Array(first..<min(first + count, lines.count))
            + (line == nil ? Array(min(first + count, lines.count)..<lines.count) : [])
        for index in candidates {
            let found = LintWords(lines[index]).words
            guard found.count >= words.count else { continue }
            for start in 0...(found.count - words.count) {
                let window = found[start..<(start + words.count)]
                if zip(window, words).allSatisfy({ Self.same($0.folded, $1) }) {
                    return SourceRange(line: index + 1, column: window.first!.start + 1,
                                       byteCount: window.last!.end - window.first!.start)
                }
            }
        }
        return line.map { SourceRange(at: SourceLocation(line: $0)) }
    }

    /// The place of a whole text on its line: all its words when they are there as written,
    /// else its first few (a wrapped or rewritten line), else the line.
    func range(ofText text: String, near line: Int) -> SourceRange? {
        // Most items stand on their line exactly as written: find the bytes, no words needed
        // (a folder of notes has a finding like this for most of its items).
        if lines.indices.contains(line - 1), let column = Self.byteOffset(of: text, in: lines[line - 1]) {
            return SourceRange(line: line, column: column + 1, byteCount: text.utf8.count)
        }
        let words = LintWords(text).words.map(\.folded)
        if let whole = range(of: words, near: line, spanning: 1), whole.start != whole.end {
            return whole
        }
        return range(of: Array(words.prefix(4)), near: line, spanning: 1)
    }


    /// Where `text`'s bytes start in `line`, if they are there.
    static func byteOffset(of text: String, in line: Substring) -> Int? {
        line.byteRange(of: text).map { line.utf8.distance(from: line.startIndex, to: $0.lowerBound) }
    }

    private static func same(_ word: String, _ pattern: String) -> Bool {
        pattern.hasSuffix("*") ? word.hasPrefix(pattern.dropLast()) : word == pattern
    }

    /// The first labelled section of `kind`, if the note has one.
    func section(_ kind: SectionKind) -> NoteLayout.Section? {
        layout.sections.first { $0.kind == kind }
    }

    /// A finding about the note as a whole sits at its first line.
    static let wholeNote = SourceRange(at: SourceLocation(line: 1))
}
