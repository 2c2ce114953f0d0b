/// The last step of every parse: whatever reads as a hiring evaluation is taken out of the
/// candidate-facing parts of the report, however it was written and wherever it landed, and
/// kept as a private note with a `withheld` diagnostic naming its line.
///
/// It withholds the smallest unit that holds the evaluation: a sentence of a paragraph, a
/// bullet, an improvement item, a rating row, a detail, a whole unclassified section when
/// its title is private. A unit the interviewer marked with `<!-- debrief: show -->` (on the
/// line before it, or on its own line) stays.
struct PrivacyScreen {
    /// Lines marked candidate-facing.
    let shownLines: Set<Int>
    private let language = EvaluationLanguage.shared
    private(set) var withheld: [PrivateNote] = []
    /// Why each of `withheld` was taken out; `nil` for text the interviewer marked private
    /// (an emoji, or the rest of a paragraph a private label opened).
    private(set) var causes: [Cause?] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// What made a unit private: an evaluation the patterns found, or a private label.
    struct Cause: Sendable {
        var finding: EvaluationLanguage.Finding?
        var privateLabel: String?

        /// The reason a `withheld` diagnostic gives.
        var message: String {
            if let privateLabel { return "its label '\(privateLabel)' marks it for the hiring team" }
            guard let finding else { return "it is marked private with an emoji" }
            return "it reads as \(finding.category.rawValue) ('\(finding.phrase)')"
        }
    }

    init(shownLines: Set<Int>) {
        self.shownLines = shownLines
    }

    /// Lines of the entries of `summary` and `preparation`, which the model keeps without one.
    struct EntryLines {
        var summary: [Int?] = []
        var preparation: [Int?] = []
    }

    mutating func screen(_ report: inout Report, lines: EntryLines) {
        // Most notes hold nothing to withhold: one read of all their candidate-facing text
        // says so, before any unit is read on its own.
        guard mayHoldEvaluation(Self.candidateTexts(report)) || fieldsHoldEvaluation(report) else { return }
        report.summary = screenTexts(report.summary, lines: lines.summary, from: SectionKind.summary.displayTitle)
        report.preparation = screenTexts(report.preparation, lines: lines.preparation,
                                         from: SectionKind.preparation.displayTitle)
        report.strengths = report.strengths.compactMap { strength in
            screen(strength.text, line: strength.line, from: SectionKind.strengths.displayTitle).map {
                Strength(text: $0, line: strength.line)
            }
        }
        report.improvements = report.improvements.compactMap { screen($0) }
        report.ratings = screenRatings(report.ratings)
        report.other = report.other.compactMap { screen($0) }
        screenKnownDetails(&report.details)
        report.details.extra = report.details.extra.filter { field in
            let text = "\(field.key): \(field.value)"
            guard var reason = reason(toWithhold: text, label: Substring(field.key)) else {
                return true
            }
            // A title names the position's level as a label does ("… Engineer (Mid, L4)"):
            // read it again without its level words, so only an evaluation withholds it.
            if field.key == "title", let finding = reason.finding,
                !LabelClassifier.isEvaluation(finding)
            {
                let rest = field.value.split(whereSeparator: { " ,()/".contains($0) })
                    .filter { !EvaluationLanguage.onlyNamesALevel($0.lowercased()) }
                    .joined(separator: " ")
                guard let other = language.find(in: rest) else { return true }
                reason = Cause(finding: other)
            }
            withhold(text, reason: reason, line: nil, from: SectionKind.details.displayTitle)
            return false
        }
    }

    // MARK: - Parts of the report

    private static func candidateTexts(_ report: Report) -> [String] {
        var texts = report.summary + report.strengths.map(\.text) + report.preparation
        for area in report.improvements {
            if let title = area.title { texts.append(title) }
            for item in area.items {
                texts.append(item.headline)
                if let detail = item.detail { texts.append(detail) }
                texts += item.examples.map(\.text)
            }
        }
        for rating in report.ratings {
            texts += [rating.name, rating.value] + (rating.comment.map { [$0] } ?? [])
        }
        for section in report.other {
            if let title = section.title { texts.append(title) }
            texts.append(section.markdown)
        }
        let details = report.details
        texts += [details.candidate, details.interviewer, details.company, details.level,
                  details.role, details.interviewType].compactMap { $0 }
        texts += details.extra.map { "\($0.key): \($0.value)" }
        return texts
    }

    /// Known details keep their value unless it carries an evaluation: "Senior (hiring team:
    /// calibrate down to Mid)" loses its parenthesis. A level is allowed to name a level.
    private mutating func screenKnownDetails(_ details: inout InterviewDetails) {
        let fields: [(String, WritableKeyPath<InterviewDetails, String?>)] = [
            ("Candidate", \.candidate), ("Interviewer", \.interviewer), ("Company", \.company),
            ("Level", \.level), ("Role", \.role), ("Interview type", \.interviewType),
        ]
        for (name, path) in fields {
            guard let value = details[keyPath: path], !value.isEmpty,
                let finding = language.find(in: value),
                path != \InterviewDetails.level || ![.level, .bar].contains(finding.category)
            else { continue }
            withhold("\(name): \(value)", reason: Cause(finding: finding), line: nil,
                     from: SectionKind.details.displayTitle)
            if let open = value.firstIndex(of: "("), language.find(in: String(value[open...])) != nil {
                details[keyPath: path] = String(value[..<open]).trimmed
            } else {
                details[keyPath: path] = nil
            }
        }
    }

    private mutating func screenTexts(_ texts: [String], lines: [Int?], from title: String)
        -> [String]
    {
        texts.enumerated().compactMap { index, text in
            screen(text, line: index < lines.count ? lines[index] : nil, from: title)
        }
    }

    private mutating func screen(_ area: ImprovementArea) -> ImprovementArea? {
        if let title = area.title, let line = area.items.first?.line,
            let reason = reason(toWithhold: title, label: Substring(title), line: line)
        {
            let items = area.items.map(\.headline).joined(separator: "\n")
            withhold("\(title)\n\(items)", reason: reason, line: line, from: SectionKind.improvements.displayTitle)
            return nil
        }
        var kept = area
        kept.items = area.items.compactMap { screen($0) }
        return kept.items.isEmpty ? nil : kept
    }

    /// Most items hold nothing to withhold: one read of all their text says so, and only an
    /// item with a hit, a label, a short unit or a private emoji is read unit by unit.
    private func needsScreening(_ item: ImprovementItem) -> Bool {
        let parts = [item.headline] + (item.detail.map { [$0] } ?? []) + item.examples.map(\.text)
        return mayHoldEvaluation(parts)
            || (Self.isField(item) && language.find(in: Self.wholeLine(of: item)) != nil)
    }

    /// Whether a field item's key and value read together as an evaluation: found once for
    /// the whole report, as the other texts are.
    private func fieldsHoldEvaluation(_ report: Report) -> Bool {
        let separator = " \(Character(EvaluationWords.unitSeparator)) "
        let fields = report.improvements.flatMap(\.items).filter(Self.isField).map(Self.wholeLine)
        return !fields.isEmpty && language.find(in: fields.joined(separator: separator)) != nil
    }

    /// An item whose headline is a short key and whose detail is its value ("**Rating:** 👍
    /// Hire", a scorecard's field read as an item): the two may say together what neither
    /// says alone, and then the whole item goes. A detail that says it alone is screened
    /// sentence by sentence, as any detail is.
    private static func isField(_ item: ImprovementItem) -> Bool {
        guard item.detail != nil else { return false }
        return item.headline.utf8.count <= 40 && item.headline.hasAtMostSpaceSeparatedPieces(3)
    }

    private static func wholeLine(of item: ImprovementItem) -> String {
        [item.headline, item.detail].compactMap { $0 }.joined(separator: ": ")
    }

    /// Whether any of `parts` may hold something to withhold: a private label before a
    /// colon, a verdict standing alone, a private emoji, or evaluation wording. `false` is
    /// certain; `true` sends the parts to be read unit by unit.
    private func mayHoldEvaluation(_ parts: [String]) -> Bool {
        for part in parts {
            // ":" or the fullwidth "：" (whose last UTF-8 byte is 0x9A).
            if part.containsByte(where: { $0 == UInt8(ascii: ":") || $0 == 0x9A }),
                hasPrivateLabel(part) || Self.keyedPieces(part).contains(where: { verdictAfterKey(in: $0) != nil })
            {
                return true
            }
            // "Communication ……… No", "Testing ·········· 2 - No": a row's leader of ellipses
            // or middle dots ("…" ends in A6, "·" in B7), which no piece cut at "." shows.
            if part.containsByte(where: { $0 == 0xA6 || $0 == 0xB7 }),
                part.split(separator: "\n").contains(where: { DotLeader.split($0) != nil && verdictAfterKey(in: $0) != nil })
            {
                return true
            }
            // "Yes", "3 - No", "Would I hire? Yes.": a verdict alone is found only in a unit of
            // its own (patterns, "strong hire" among them, are found in the joined text below).
            if holdsBareVerdict(part) { return true }
            // A private emoji anywhere: read the units to see where.
            if Self.holdsPrivateEmoji(Substring(part)) { return true }
        }
        let separator = " \(Character(EvaluationWords.unitSeparator)) "
        return language.find(in: parts.joined(separator: separator)) != nil
    }

    /// Whether some unit of `text` may be a verdict standing alone. `TextUnits` ends a unit
    /// only at a line end or a sentence end (".", "!", "?"), so every unit is a run of the
    /// pieces cut at each of those bytes, and a bare verdict has at most three words: only
    /// runs of that few words are read. (Cutting at fewer places would miss "Yes." inside a
    /// paragraph, which the unit by unit reading withholds.)
    private func holdsBareVerdict(_ text: String) -> Bool {
        var text = text
        let pieces = text.withUTF8(Self.shortPieces)
        // A run opens on a piece with a word; at most `longestRun` pieces are read from it
        // ("No!!!!!" is found at its first piece), so the read stays linear in the text.
        for start in pieces.indices
        where pieces[start].mayHoldWord && pieces[start].words <= Self.bareVerdictWords {
            var words = 0
            var mayHoldWord = false
            for end in start..<min(pieces.count, start + Self.longestRun) {
                words += pieces[end].words
                // A word no verdict has ("Clean code") rules out every run that holds it.
                if words > Self.bareVerdictWords || !pieces[end].mayBeVerdict { break }
                mayHoldWord = mayHoldWord || pieces[end].mayHoldWord
                guard mayHoldWord else { continue }
                let utf8 = text.utf8
                let span = utf8.index(utf8.startIndex, offsetBy: pieces[start].bytes.lowerBound)
                    ..< utf8.index(utf8.startIndex, offsetBy: pieces[end].bytes.upperBound)
                if language.bareVerdict(in: EvaluationWords(String(text[span]))) != nil { return true }
            }
        }
        return false
    }

    /// The most words a bare verdict has ("2 - no hire").
    private static let bareVerdictWords = 3
    /// The most pieces a run of them is read to.
    private static let longestRun = 16

    /// `bytes` cut after each line feed, ".", "!" and "?", with each piece's runs of ASCII
    /// letters and digits: a bound on its words from below wherever a verdict could be (every
    /// verdict word is ASCII; a letter beyond ASCII, a fullwidth "Ｙｅｓ", counts for none, and
    /// an apostrophe's two runs are one word to `EvaluationWords`, but no verdict has one).
    private static func shortPieces(_ bytes: UnsafeBufferPointer<UInt8>) -> [ShortPiece] {
        var pieces: [ShortPiece] = []
        var piece = ShortPiece(bytes: 0..<0)
        var wordStart: Int?
        var wordIsASCII = true
        for offset in bytes.indices {
            let byte = bytes[offset]
            if byte.isASCIILetterOrDigit {
                if wordStart == nil {
                    piece.words += 1
                    wordStart = offset
                    wordIsASCII = true
                }
                piece.mayHoldWord = true
                continue
            }
            // (A piece of more words than a verdict has is ruled out by its count.)
            // Inside a word, a byte beyond ASCII or an apostrophe continues it: `fold` drops soft
            // hyphens, joiners and apostrophes ("n\u{AD}o"), so counting them as breaks would
            // count more words than the reading does.
            if wordStart != nil, byte >= 0x80 || byte == UInt8(ascii: "'") {
                piece.mayHoldWord = true
                wordIsASCII = false
                continue
            }
            if let start = wordStart, wordIsASCII, piece.mayBeVerdict, piece.words <= bareVerdictWords,
                !EvaluationLanguage.mayBeBareVerdictWord(bytes[start..<offset]),
                byte < 0x80, start == 0 || bytes[start - 1] < 0x80
            {
                // A whole ASCII word that is no verdict's (one touching a byte beyond ASCII
                // may be part of a longer word, and is left to the full reading).
                piece.mayBeVerdict = false
            }
            wordStart = nil
            if byte >= 0x80 { piece.mayHoldWord = true }
            if byte == 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                piece.bytes = piece.bytes.lowerBound..<offset + 1
                pieces.append(piece)
                piece = ShortPiece(bytes: offset + 1..<offset + 1)
            }
        }
        if let start = wordStart, wordIsASCII, start == 0 || bytes[start - 1] < 0x80,
            !EvaluationLanguage.mayBeBareVerdictWord(bytes[start..<bytes.count])
        {
            piece.mayBeVerdict = false
        }
        if piece.bytes.lowerBound < bytes.count {
            piece.bytes = piece.bytes.lowerBound..<bytes.count
            pieces.append(piece)
        }
        return pieces
    }

    private struct ShortPiece {
        var bytes: Range<Int>
        /// Runs of ASCII letters and digits.
        var words = 0
        /// Whether it has a letter or digit, or a byte beyond ASCII that may be one.
        var mayHoldWord = false
        /// Whether every whole ASCII word in it may be a verdict's.
        var mayBeVerdict = true
    }

    /// The lines of `text` cut at sentence ends too ("Coding: Yes. Design: Yes."): a unit
    /// the screen reads is never longer than one of these, so the quick check sees what
    /// the unit by unit reading would.
    private static func keyedPieces(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "." || $0 == ";" || $0 == "!" || $0 == "?" })
    }

    /// A private emoji anywhere in `text` (all are at U+2100 or beyond, three bytes or more
    /// in UTF-8, so most text is passed by its bytes).
    static func holdsPrivateEmoji(_ text: Substring) -> Bool {
        text.containsByte(where: { $0 >= 0xE2 })
            && text.unicodeScalars.contains(where: { LabelCues.emojiKind($0) == .privateNotes })
    }

    private static func hasAtMostTwoSpaces(_ text: some StringProtocol) -> Bool {
        var spaces = 0
        for byte in text.utf8 where byte == 32 {
            spaces += 1
            if spaces > 2 { return false }
        }
        return true
    }

    /// A private label before any colon in `text`: the words back to the start of the
    /// sentence or line ("… Private: hire" → "Private").
    private func hasPrivateLabel(_ text: String) -> Bool {
        Self.hasPrivateLabel(text, isPrivate: isPrivateLabel)
    }

    /// A label before any colon of `text` that `isPrivate` says is private, read back to the
    /// start of its sentence or line; shared with `TypedLineBreaks`, which keeps such lines
    /// together for the screen.
    static func hasPrivateLabel(_ text: String, isPrivate: (Substring) -> Bool) -> Bool {
        var searchStart = text.startIndex
        while let colon = text[searchStart...].firstIndex(where: { $0 == ":" || $0 == "：" }) {
            var start = colon
            var length = 0
            while start > text.startIndex, length < 64 {
                let previous = text.index(before: start)
                let character = text[previous]
                if character == "\n" || character == "(" || character == "—" { break }
                if character == " ", previous > text.startIndex,
                    ".!?".contains(text[text.index(before: previous)])
                {
                    break
                }
                start = previous
                length += 1
            }
            let label = Self.withoutMarker(text[start..<colon])
            if !label.isEmpty, label.hasAtMostSpaceSeparatedPieces(6), isPrivate(label) {
                return true
            }
            searchStart = text.index(after: colon)
        }
        return false
    }

    private mutating func screen(_ item: ImprovementItem) -> ImprovementItem? {
        guard needsScreening(item) else { return item }
        // A paragraph read as one item ("Not so good: Race conditions… She recognised it…
        // Not a hire for senior…") loses the sentences that evaluate, not the whole item.
        if item.detail == nil, TextUnits(item.headline, firstLine: item.line).units.count > 1 {
            guard let headline = screen(item.headline, line: item.line,
                                        from: SectionKind.improvements.displayTitle)
            else { return nil }
            var kept = item
            kept.headline = headline
            return screenExamples(of: kept)
        }
        // A headline that is an evaluation, or a private label ("Recommendation" with the
        // verdict as its detail), takes the whole item; otherwise the detail is screened
        // sentence by sentence.
        let whole = Self.wholeLine(of: item)
        let headlineLabel = item.detail == nil
            ? LabelText.leadingLabel(of: Substring(item.headline)) : Substring(item.headline)
        if let reason = reason(toWithhold: item.headline, label: headlineLabel, line: item.line)
            ?? (Self.isField(item) && language.find(in: item.detail ?? "") == nil
                ? reason(toWithhold: whole, label: nil, line: item.line) : nil)
        {
            withhold(whole, reason: reason, line: item.line, from: SectionKind.improvements.displayTitle)
            return nil
        }
        var kept = item
        if let detail = item.detail {
            kept.detail = screen(detail, line: item.line, from: SectionKind.improvements.displayTitle)
        }
        return screenExamples(of: kept)
    }

    private mutating func screenExamples(of item: ImprovementItem) -> ImprovementItem {
        var kept = item
        kept.examples = item.examples.filter { example in
            guard let reason = reason(
                toWithhold: example.text,
                label: LabelText.leadingLabel(of: Self.withoutMarker(Substring(example.text))),
                line: example.line ?? item.line)
            else { return true }
            withhold(example.text, reason: reason, line: example.line ?? item.line,
                     from: SectionKind.improvements.displayTitle)
            return false
        }
        return kept
    }

    /// A rating's verdict ("4 - Strong Yes") is withheld on its own when the score is not.
    private mutating func screenRatings(_ ratings: [Rating]) -> [Rating] {
        ratings.compactMap { rating in
            if let comment = rating.comment,
                let reason = reason(toWithhold: comment, label: nil, line: rating.line),
                keepsWithoutComment(rating)
            {
                withhold("\(rating.name): \(rating.value) — \(comment)", reason: reason,
                         line: rating.line, from: SectionKind.ratings.displayTitle)
                var kept = rating
                kept.comment = nil
                return kept
            }
            return keeps(rating) ? rating : nil
        }
    }

    private func keepsWithoutComment(_ rating: Rating) -> Bool {
        let text = "\(rating.name) — \(rating.value)"
        return reason(toWithhold: text, label: Substring(rating.name), line: rating.line) == nil
            && reason(toWithhold: rating.value, label: nil, line: rating.line) == nil
    }

    private mutating func keeps(_ rating: Rating) -> Bool {
        let text = [rating.name, rating.value, rating.comment].compactMap { $0 }
            .joined(separator: " — ")
        let commentReason = rating.comment.flatMap {
            reason(toWithhold: $0, label: nil, line: rating.line)
        }
        guard let reason = reason(toWithhold: text, label: Substring(rating.name),
                                  line: rating.line)
                ?? reason(toWithhold: rating.value, label: nil, line: rating.line)
                ?? commentReason
        else { return true }
        withhold("\(rating.name): \(rating.value)" + (rating.comment.map { " — \($0)" } ?? ""),
                 reason: reason, line: rating.line, from: SectionKind.ratings.displayTitle)
        return false
    }

    private mutating func screen(_ section: OtherSection) -> OtherSection? {
        if let title = section.title,
            let reason = reason(toWithhold: title, label: Substring(title), line: section.line)
        {
            withhold(section.markdown, reason: reason, line: section.line, from: title)
            return nil
        }
        var kept = section
        guard let text = screen(section.markdown, line: section.line ?? 1,
                                from: section.title ?? SectionKind.other.displayTitle)
        else { return nil }
        kept.markdown = text
        return kept
    }

    // MARK: - Units of text

    /// `text` without its units that hold an evaluation; `nil` when nothing is left.
    private mutating func screen(_ text: String, line: Int?, from title: String) -> String? {
        let units = TextUnits(text, firstLine: line ?? 1)
        var removed: Set<Int> = []
        var labelWithheld = false
        // A table whose header row was withheld ("| Topic | Notes | Panel only |"): its rows
        // hold that column too, so none of them is kept.
        var tableWithheld = false
        var previousRowLine: Int?
        for index in units.units.indices {
            let unit = units.units[index]
            if unit.startsParagraph { labelWithheld = false }
            let unitText = units[index]
            let unitLine = line == nil ? nil : unit.line
            let isTableRow = unit.isWholeLine && unitText.drop(while: \.isBlank).first == "|"
            // A row not right under another opens a table (a blank line ends one).
            let isTableHeader = isTableRow && previousRowLine.map { $0 + 1 != unit.line } ?? true
            previousRowLine = isTableRow ? unit.line : nil
            if !isTableRow { tableWithheld = false }
            if tableWithheld {
                removed.insert(index)
                withhold(String(unitText), reason: nil, line: unitLine, from: title)
                continue
            }
            // A private label keeps the rest of its paragraph private too.
            if labelWithheld, !unit.isWholeLine {
                removed.insert(index)
                withhold(String(unitText), reason: nil, line: unitLine, from: title)
                continue
            }
            // "🔒 Hiring team only — …" keeps the rest of its paragraph private too.
            if LabelClassifier.startsWithPrivateEmoji(Self.withoutMarker(unitText))
                || unit.isWholeLine && Self.holdsPrivateEmoji(unitText)
            {
                removed.insert(index)
                labelWithheld = true
                if isTableHeader { tableWithheld = true }
                withhold(String(unitText), reason: nil, markedPrivate: true,
                         line: unitLine, from: title)
                continue
            }
            let label = LabelText.leadingLabel(of: Self.withoutMarker(unitText))
            guard let reason = reason(toWithhold: String(unitText), label: label, line: unitLine)
            else { continue }
            removed.insert(index)
            if label.map(isPrivateLabel) == true || PrivateMarker.opens(Self.withoutMarker(unitText)) {
                labelWithheld = true
            }
            if isTableHeader { tableWithheld = true }
            withhold(String(unitText), reason: reason, line: unitLine, from: title)
        }
        let kept = units.keeping(removed)
        // What is left once its words went may be the tags around them ("<aside>"): nothing.
        guard !kept.isEmpty, removed.isEmpty || !SafeMarkdown.clean(kept).allSatisfy(\.isWhitespace)
        else { return nil }
        return kept
    }

    private static func withoutMarker(_ text: Substring) -> Substring {
        let trimmed = text.drop(while: \.isBlank)
        for marker in [">", "-", "*", "+", "•", "|"] where trimmed.hasPrefix(marker) {
            return trimmed.dropFirst(marker.count).drop(while: \.isBlank)
        }
        return trimmed
    }

    // MARK: - Deciding

    /// Why `text` must not reach the candidate, or `nil` when it may.
    private func reason(toWithhold text: String, label: Substring?, line: Int? = nil) -> Cause? {
        if let line, shownLines.contains(line) { return nil }
        if let label, isPrivateLabel(label) { return Cause(privateLabel: label.trimmed) }
        return (language.find(in: text) ?? verdictAfterKey(in: Substring(text))).map { Cause(finding: $0) }
    }

    /// A scorecard's field whose value is a verdict alone: "Coding: Yes", "Rating: 3 – Hire",
    /// "Communication: Mixed", "Testing ........ 2 - No". The key names what was judged; the value is the judgement,
    /// which a verdict standing alone in its own unit already is.
    private func verdictAfterKey(in text: Substring) -> EvaluationLanguage.Finding? {
        let key: Substring
        let value: Substring
        if let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            (key, value) = (text[..<colon], text[text.index(after: colon)...])
        } else if let led = DotLeader.split(text) {
            // "Accessibility ........ 2 - No": a scorecard's row, its leader for a colon.
            (key, value) = led
        } else {
            return nil
        }
        guard key.split(whereSeparator: \.isBlank).count <= 5 else { return nil }
        guard Self.hasAtMostTwoSpaces(value.trimmed) else { return nil }
        return language.bareVerdict(in: EvaluationWords(String(value)))
    }

    /// No evaluation patterns here: the unit holding the label is read for them anyway.
    private func isPrivateLabel(_ label: Substring) -> Bool {
        LabelClassifier.isNamedPrivate(String(label))
    }

    /// `reason` nil: the rest of a paragraph a private label or emoji opened, or
    /// (`markedPrivate`) the unit the emoji opens; only the latter gets a diagnostic.
    private mutating func withhold(_ text: String, reason: Cause?, markedPrivate: Bool = false,
                                   line: Int?, from title: String) {
        withheld.append(PrivateNote(kind: .withheld, title: title, markdown: text.trimmed,
                                    line: line))
        causes.append(reason)
        if reason != nil || markedPrivate {
            diagnostics.append(.withheld(from: title, because: (reason ?? Cause()).message,
                                         at: line.map { SourceLocation(line: $0) }))
        }
    }
}
