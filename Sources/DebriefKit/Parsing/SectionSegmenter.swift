/// Splits a note's top-level blocks into sections by their labels, whatever form the label
/// takes: a heading of any level, a bold-only paragraph, or a plain line standing alone
/// (pastes from Notion or Google Docs have no `#`), numbered or not.
///
/// Private sections are sticky: once a private label opens one, only a private label or a
/// heading of the same or higher rank ends it. A label that would otherwise have opened a
/// candidate-facing section inside it stays private, with a warning, because what an
/// interviewer writes under "Hiring Recommendation" must never reach the candidate.
struct SectionSegmenter {
    let lines: BlockLines

    struct Result {
        var sections: [Section] = []
        /// A leading `# Title` that is not a section label.
        var title: NoteLine?
        /// The interviewers a panel's note gives a part each (`PanelMembers`).
        var panelists: [String] = []
        var diagnostics: [Diagnostic] = []
    }

    func segment(_ blocks: [MarkdownNode]) -> Result {
        var state = State()
        state.panel = PanelMembers(blocks)
        state.secondLevelMayTitle = blocks.count { $0.kind == .heading && $0.headingLevel <= 2 } == 1
        // Terse notes mark strengths with "+" and concerns with "-", no labels, and CommonMark
        // starts a new list wherever the marker changes: in a run of bullet lists holding a
        // "+" list (outside a section of items), each "+" list is strengths and each other
        // one concerns, whichever comes first. A private section stays private: nothing
        // implied ends it.
        var inSigilRun = false
        for (index, block) in blocks.enumerated() {
            let marker = block.kind == .list ? bulletByte(of: block) : nil
            let isPlus = marker == UInt8(ascii: "+")
            let isPrivate = state.current.kind == .privateNotes
            // Before any section, or in a summary: a "-" list there opens a run only when a
            // "+" list follows it.
            let isOpenGround = state.current.label == nil || state.current.kind == .summary
            if marker == nil || isPrivate {
                inSigilRun = false
            } else if isPlus, !state.isInItemSection || inSigilRun {
                if state.current.kind != .strengths { state.openImplied(.strengths, at: block.start) }
                inSigilRun = true
            } else if !isPlus, inSigilRun || isOpenGround && opensSigilRun(blocks, after: index) {
                if state.current.kind != .improvements { state.openImplied(.improvements, at: block.start) }
                inSigilRun = true
            }
            let signed = block.kind == .list && !state.isInItemSection ? signs(of: block) : nil
            switch block.kind {
            case .heading where block.inlineText.contains("\n"):
                // "text\n• bullet\n---": a setext underline turned several lines into one
                // heading; they are lines, and the rule under them is decoration.
                var paragraph = block
                paragraph.end = SourceLocation(line: max(block.endLine - 1, block.startLine))
                state.read(lines.paragraph(paragraph, quoteDepth: 0))
            case .heading:
                state.readLabelBlock(block, isFirst: index == 0)
            case .paragraph where block.isStrongOnly:
                state.readLabelBlock(block, isFirst: index == 0)
            case .paragraph:
                state.read(lines.paragraph(block, quoteDepth: 0))
            case .list where signed != nil:
                readSigned(block, signs: signed ?? [], into: &state)
            case .list:
                if let labels = outlineLabels(block) {
                    // An outline: "- Strengths" with the strengths nested under it (Logseq,
                    // Workflowy, Notion's bulleted pastes).
                    state.readOutline(block, labels: labels)
                } else if let itemLines = simpleItemLines(block), itemLines.contains(where: {
                    Self.label(in: $0, inlineKinds: SectionLabels.inlineKinds) != nil
                }) {
                    // A label CommonMark took into a list: "1. Summary", or "Cons:" right
                    // under "- calm" (a lazy continuation line). Read the items as lines.
                    state.read(itemLines)
                } else {
                    state.current.pieces.append(.block(block))
                }
            case .document, .blockQuote, .item, .codeBlock, .htmlBlock, .thematicBreak, .table,
                .tableHeader, .tableRow, .tableCell, .taskList, .text, .softBreak, .lineBreak,
                .code, .htmlInline, .emphasis, .strong, .link, .image, .strikethrough,
                .deepBlock, .other:
                state.current.pieces.append(.block(block))
            }
        }
        return state.finish()
    }

    /// A terse note in one list with each point signed, "- + joins right first time" and
    /// "- - window functions shaky" (CommonMark reads each sign as a list of its own inside
    /// the item): each item's sign, nil for an unsigned item; nil for any other list.
    private func signs(of list: MarkdownNode) -> [UInt8?]? {
        guard !list.isOrderedList else { return nil }
        let signs = list.children.map { item -> UInt8? in
            guard item.children.count == 1, let inner = item.children.first, inner.kind == .list,
                !inner.isOrderedList, inner.children.count == 1, let sign = bulletByte(of: inner),
                sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-")
            else { return nil }
            return sign
        }
        guard signs.contains(UInt8(ascii: "+")), signs.contains(UInt8(ascii: "-")) else { return nil }
        return signs
    }

    /// The signed items are strengths ("+") and concerns ("-"); the others are read as lines,
    /// so "summary: …" and "prep: …" open their sections, and a point with no label is summary.
    /// A private label among them ("- Private: …") keeps every point after it private.
    private func readSigned(_ list: MarkdownNode, signs: [UInt8?], into state: inout State) {
        for (item, sign) in zip(list.children, signs) {
            if state.current.kind == .privateNotes {
                state.current.pieces.append(.block(Self.list(list, holding: item)))
                continue
            }
            if let sign, let inner = item.children.first {
                let kind: SectionKind = sign == UInt8(ascii: "+") ? .strengths : .improvements
                if state.current.kind != kind { state.openImplied(kind, at: inner.start) }
                state.current.pieces.append(.block(inner))
                continue
            }
            let single = Self.list(list, holding: item)
            guard var itemLines = simpleItemLines(single), !itemLines.isEmpty else {
                state.current.pieces.append(.block(single))
                continue
            }
            // Each unsigned point is a line of its own: "summary: …" is a label there, as
            // it would not be on a bullet.
            itemLines[0].bullet = nil
            let labelled = itemLines.contains { Self.label(in: $0, inlineKinds: SectionLabels.inlineKinds) != nil }
            // A label names its own point only: "prep: …" does not make the next point a tip.
            if !labelled, state.current.kind != .summary {
                state.openImplied(.summary, at: item.start)
            }
            state.read(itemLines)
        }
    }

    /// `list` with `item` alone in it.
    private static func list(_ list: MarkdownNode, holding item: MarkdownNode) -> MarkdownNode {
        var single = list
        single.children = [item]
        single.start = item.start
        single.end = item.end
        return single
    }

    /// Whether the block after `index` is a "+" list: a concerns list written before the
    /// strengths.
    private func opensSigilRun(_ blocks: [MarkdownNode], after index: Int) -> Bool {
        index + 1 < blocks.count && blocks[index + 1].kind == .list
            && bulletByte(of: blocks[index + 1]) == UInt8(ascii: "+")
    }

    /// The character that marks a bullet list's first item ("-", "*", "+"), from the source.
    private func bulletByte(of list: MarkdownNode) -> UInt8? {
        guard !list.isOrderedList, let start = list.start else { return nil }
        return lines.source.line(start.line, fromColumn: start.column).utf8.first
    }

    /// For a list that is an outline of sections, each item's label (nil for an item that is
    /// content); nil for a list that is not one. An outline has at least one item that is a
    /// section's name alone on its line with blocks nested under it. Names only, not labels
    /// read from their words: "- Growth mindset" with notes under it is an item, not a
    /// section. Private labels count however they are written.
    private func outlineLabels(_ list: MarkdownNode) -> [SectionLabel?]? {
        // Most lists are items of a section: only an item with blocks nested under it can
        // make the list an outline, and only then is any item read for a label.
        guard list.children.contains(where: { $0.children.count > 1 && outlineLabel(of: $0) != nil })
        else { return cueOutlineLabels(list) }
        return list.children.map(outlineLabel)
    }

    /// An outline of sections named by their words ("- What worked" and "- To develop", each
    /// with its points nested under it, as Logseq and Workflowy notes are): every item holds
    /// nested points under a label, and the labels name at least two sections. A list of
    /// items with details under them ("- Testing could improve" over "- add unit tests")
    /// names one section at most, and stays a list.
    private func cueOutlineLabels(_ list: MarkdownNode) -> [SectionLabel?]? {
        guard list.children.count >= 2, list.children.allSatisfy({ $0.children.count > 1 }) else { return nil }
        var labels: [SectionLabel] = []
        for item in list.children {
            guard let first = item.children.first, first.kind == .paragraph,
                first.startLine == first.endLine, first.inlineText.utf8.count <= 60,
                let line = lines.paragraph(first, quoteDepth: 0).first,
                let (label, rest) = Self.label(in: line, inlineKinds: []), rest == nil,
                SectionKind.entryKinds.contains(label.kind) || label.kind == .privateNotes
            else { return nil }
            labels.append(label)
        }
        guard Set(labels.map(\.kind)).count >= 2 else { return nil }
        return labels
    }

    /// The section an outline item names: its first paragraph is one short line that is a
    /// section's name.
    private func outlineLabel(of item: MarkdownNode) -> SectionLabel? {
        guard let first = item.children.first, first.kind == .paragraph,
            first.startLine == first.endLine, first.inlineText.utf8.count <= 60,
            SectionLabels.listedKind(of: first.inlineText.withoutTrailingColon) != nil
                || SectionLabels.looksPrivate(first.inlineText),
            let line = lines.paragraph(first, quoteDepth: 0).first,
            let (label, rest) = Self.label(in: line, inlineKinds: []), rest == nil,
            !label.byCue || label.kind == .privateNotes
        else { return nil }
        return label
    }

    /// The lines of a list whose items are single paragraphs, each item's first line with
    /// its marker; `nil` for lists with nested blocks, which stay whole.
    private func simpleItemLines(_ list: MarkdownNode) -> [NoteLine]? {
        var result: [NoteLine] = []
        for (index, item) in list.children.enumerated() {
            guard item.children.count == 1, let paragraph = item.children.first,
                paragraph.kind == .paragraph
            else { return nil }
            let itemLines = lines.paragraph(paragraph, quoteDepth: 0)
            guard let first = itemLines.first else { continue }
            let marker = list.isOrderedList ? "\(list.listStart + index)." : "-"
            // The first line with its marker: what `NoteLine` reads from "\(marker) \(text)",
            // without reading the text again, when the marker is one it recognises.
            var withMarker = first
            if marker == "-" || (marker.utf8.count <= 4 && marker.dropLast().allSatisfy(\.isASCIIDigit)) {
                withMarker.bullet = marker
                withMarker.indent = 0
            } else {
                withMarker = NoteLine(markdown: "\(marker) \(first.markdown)", location: first.location, indent: 0)
            }
            result.append(withMarker)
            for line in itemLines.dropFirst() {
                var continuation = line
                continuation.indent = 0
                result.append(continuation)
            }
        }
        return result
    }

    /// Who sat in the loop: "Bar Raiser: Rachel Stone | Loop date: …". A detail of the
    /// interview, not a private section opening under that role's name (the privacy screen
    /// still withholds the line by its label).
    private static func namesLoopMember(_ key: String, value: Substring) -> Bool {
        guard loopRoles.contains(LabelText.normalised(key)) else { return false }
        // The whole value up to the next detail is the name: "Dana Lee – no hire" is not.
        let first = (value.split(whereSeparator: { "|·;".contains($0) }).first ?? value).trimmedSubstring
        guard !first.contains(where: { "()—–-,:".contains($0) }),
            first.split(separator: " ").count >= 2
        else { return false }
        return PanelMembers.name(in: first) == String(first)
    }

    /// Roles the privacy screen withholds by their own words, so a line naming one stays
    /// away from the candidate while its section does not swallow the note.
    private static let loopRoles: Set<String> = ["bar raiser", "barraiser", "hiring manager"]

    /// A plain line that is a label on its own ("Areas of Strength", "Side note:", "2.
    /// Strengths"), or a label followed by its first content ("Pros: calm under pressure")
    /// when the label's kind is one of `inlineKinds`.
    static func label(in line: NoteLine, inlineKinds: Set<SectionKind>)
        -> (SectionLabel, NoteLine?)?
    {
        let isNumbered = line.bullet?.first?.isASCIIDigit == true
        // The label before a colon is short; the text after it may be of any length.
        // (Bytes: a colon is one byte, and a text of no more bytes than the limit has no more
        // characters either, so most lines are never counted by Character; a longer one is
        // counted only as far as the limit.)
        let firstColon = line.plain.utf8.firstIndex(of: UInt8(ascii: ":"))
        let head = line.plain[..<(firstColon ?? line.plain.endIndex)]
        // "Prep for the next round (the onsite has two more rounds):" is long for its aside.
        guard !head.hasMoreCharacters(than: 60)
            || LabelText.withoutTrailingAside(line.plain).map({ !$0.hasMoreCharacters(than: 61) }) == true
        else { return nil }
        // A bullet is a label only when it is private: "- Decision: no hire" under Cons is
        // the interviewer's verdict, not an improvement item.
        if line.bullet != nil, !isNumbered {
            // Labels are a few words ("Hiring decision:"); most bullets are longer and need
            // no look-up at all.
            let name = head
            guard !name.hasMoreCharacters(than: 40), name.hasAtMostSpaceSeparatedPieces(4),
                LabelClassifier.isPrivate(String(name))
            else { return nil }
            var unbulleted = line
            unbulleted.bullet = nil
            return label(in: unbulleted, inlineKinds: [.privateNotes])
        }
        let text = line.plain.withoutTrailingColon
        if firstColon == nil || !text.containsByte(where: { $0 == UInt8(ascii: ":") }) {
            // The whole line is the label: "Areas of Strength", "Things to work on:",
            // "What concerns do you have?", "1) What went well".
            if let kind = SectionLabels.listedKind(of: text) {
                return (SectionLabel(kind: kind, title: text, location: line.location,
                                     level: SectionLabel.plainLevel), nil)
            }
            if line.readsLikeLabel, let verdict = LabelClassifier.classifyLine(line.plain) {
                return (SectionLabel(kind: verdict.kind, title: text, location: line.location,
                                     level: SectionLabel.plainLevel, byCue: verdict.byCue), nil)
            }
            guard SectionLabels.looksPrivate(text) else { return nil }
            return (SectionLabel(kind: .privateNotes, title: text, location: line.location,
                                 level: SectionLabel.plainLevel), nil)
        }
        // "Decision: hire" is the label "Decision" and its content; "Suggested phrasing: …"
        // introduces an example, not a section.
        guard !isNumbered, let colon = firstColon,
            Self.canBeInlineLabel(line.plain[..<colon]),
            !ExampleText.labels.contains(line.plain[..<colon].lowercased().trimmed),
            let verdict = LabelClassifier.classifyLine(String(line.plain[..<colon])),
            inlineKinds.contains(verdict.kind)
                // "Ratings: Coding 4/5, Testing 3/5": a list of scores after a ratings label.
                || (verdict.kind == .ratings && inlineKinds.contains(.summary)
                    && RatingsRecogniser.scoreList(
                        in: String(line.plain[line.plain.index(after: colon)...])) != nil)
        else { return nil }
        let kind = verdict.kind
        let name = String(line.plain[..<colon]).trimmed
        // "Result: shipped to 5% first" closes a STAR story; "Result: no hire" is a verdict.
        // A label that is private only for a word with an everyday sense is private only
        // when what follows it evaluates (the privacy screen reads that text either way).
        if kind == .privateNotes, LabelCues.storyWords.contains(LabelText.normalised(name)),
            EvaluationLanguage.shared.find(in: String(line.plain[line.plain.index(after: colon)...])) == nil
        {
            return nil
        }
        if kind == .privateNotes, Self.namesLoopMember(name, value: line.plain[line.plain.index(after: colon)...]) {
            return nil
        }
        guard let markdownColon = line.markdown.firstIndex(of: ":") else { return nil }
        var rest = line.markdown[line.markdown.index(after: markdownColon)...]
        // "**Pros:** calm", "💡 **Tip:** …": the bold that closes the label is not content.
        let labelMarkdown = line.markdown[..<markdownColon]
        for marker in ["**", "__"] where rest.hasPrefix(marker)
            && labelMarkdown.components(separatedBy: marker).count % 2 == 0
        {
            rest = rest.dropFirst(marker.count)
        }
        rest = rest.drop(while: \.isWhitespace)
        guard !rest.isEmpty else { return nil }
        var content = NoteLine(markdown: String(rest), location: line.location, indent: 0)
        content.location.column += line.markdown.utf8.count - rest.utf8.count
        let label = SectionLabel(kind: kind, title: name, location: line.location,
                                 level: SectionLabel.plainLevel, byCue: verdict.byCue)
        return (label, content)
    }

    /// Whether `label` is one only for its leading emoji: its words name no section.
    static func isLabelOnlyByEmoji(_ label: SectionLabel) -> Bool {
        guard label.byCue, let first = label.title.unicodeScalars.first, LabelCues.emojiKind(first) != nil
        else { return false }
        let words = label.title.drop(while: { !$0.isLetter && !$0.isNumber })
        return !words.isEmpty && LabelClassifier.classifyLine(String(words)) == nil
    }

    /// A line opened by a strength's, an improvement's or a tip's emoji and a few words ("⭐
    /// wrote the specs first", "💡 read the SRE book"): the section it belongs to, and the line
    /// as a bullet item.
    static func emojiItem(_ line: NoteLine) -> (SectionKind, NoteLine)? {
        guard line.bullet == nil, let first = line.markdown.unicodeScalars.first,
            let kind = LabelCues.emojiKind(first), SectionKind.entryKinds.contains(kind)
        else { return nil }
        let rest = line.markdown.dropFirst().drop(while: { $0.isWhitespace || $0 == "\u{FE0F}" })
        // "⚠️ *Areas to work on*" names a section (one a label did not open here): not an item.
        let plain = MarkupStripper.plainText(String(rest))
        guard !rest.hasAtMostSpaceSeparatedPieces(1), LabelClassifier.classifyLine(plain) == nil,
            SectionLabels.listedKind(of: plain.withoutTrailingColon) == nil
        else { return nil }
        // "💡 **Tip:** read the SRE book": a label naming the emoji's own section says it
        // twice; the item is what follows it.
        var text = rest
        if let label = LabelText.leadingLabel(of: Substring(plain)),
            LabelClassifier.classify(String(label))?.kind == kind,
            let colon = rest.firstIndex(of: ":")
        {
            text = rest[rest.index(after: colon)...].drop(while: { $0 == "*" || $0 == "_" || $0.isWhitespace })
        }
        guard !text.isEmpty else { return nil }
        var item = NoteLine(markdown: "• " + text, location: line.location, indent: line.indent)
        item.location.column += line.markdown.utf8.count - text.utf8.count
        return (kind, item)
    }

    /// Text before a colon that can be a label: a phrase, not the end of a sentence and the
    /// start of an aside ("Good design work. (For the recruiter: …)" is a summary sentence
    /// whose aside the privacy screen withholds, not a private section that swallows the
    /// rest of the note).
    static func canBeInlineLabel(_ text: Substring) -> Bool {
        var depth = 0
        var previous: Character = " "
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == " ", ".!?".contains(previous) { return false }
            // 'Practise a "so what" summary: one sentence…' quotes a phrase: a sentence, not
            // a label.
            if character == "\"" || character == "“" || character == "”" { return false }
            previous = character
        }
        return depth == 0
    }
}

/// The segmentation in progress: the sections so far and the one being filled.
private struct State {
    var result = SectionSegmenter.Result()
    var current = Section(label: nil)
    /// Whether a second-level heading opening the note may be its title (`canTitleNote`).
    var secondLevelMayTitle = false
    /// Who heads each interviewer's part of a panel's note.
    var panel: PanelMembers?
    /// Whether a form's "Question:" line was read as a label, so "Answer:" lines are content.
    var afterFormQuestion = false

    mutating func finish() -> SectionSegmenter.Result {
        close()
        return result
    }

    /// Lines of a top-level paragraph (or of a list read as lines): label lines open
    /// sections, the rest is content of the current one.
    mutating func read(_ noteLines: [NoteLine]) {
        var fragment: [NoteLine] = []
        for (lineIndex, written) in noteLines.enumerated() {
            // "Question: What were the candidate's key strengths?" / "Answer: …": the
            // question is read as a label and the answer as its content.
            // The "Question:" key says it is a label, so a long one is read by its words too.
            var line = written
            if let question = FormPrompt.question(in: written),
                let verdict = LabelClassifier.classify(question.plain.withoutTrailingColon),
                case let label = SectionLabel(kind: verdict.kind, title: question.plain.withoutTrailingColon,
                                              location: question.location, level: SectionLabel.plainLevel,
                                              byCue: verdict.byCue),
                opens(label)
            {
                if !fragment.isEmpty { current.pieces.append(.lines(fragment)) }
                fragment = []
                open(label)
                afterFormQuestion = true
                continue
            } else if afterFormQuestion, let answer = FormPrompt.answer(in: written) {
                line = answer
            }
            // After "Record Link:" in the details, the next line is its value even if it
            // reads like a label ("Record").
            let awaitsValue = (current.kind == .details || current.label == nil)
                && fragment.last.map { $0.plain.hasSuffix(":") } == true
            // In details and ratings, "Key: value" lines are data: only a private label may
            // start there inline ("Decision: no hire").
            let inlineKinds: Set<SectionKind> = current.kind == .details || current.kind == .ratings
                ? [.privateNotes] : SectionLabels.inlineKinds
            // The note's first line, read as a summary label only by its words, is its
            // title ("Interview Feedback Form").
            let isFirstLine = result.sections.isEmpty && current.label == nil
                && current.pieces.isEmpty && fragment.isEmpty
            if line.bullet == nil, !isFirstLine, panel?.isListed(line.plain) == true {
                // "Claire Hughes" alone on a line, named on the note's "Panel:" line.
                let fragmentBefore = fragment
                if startPanelPart(of: line.plain, at: line.location, level: SectionLabel.plainLevel,
                                  flushing: fragmentBefore)
                {
                    fragment = []
                    continue
                }
            }
            if let (label, rest) = SectionSegmenter.label(in: line, inlineKinds: inlineKinds),
                !(awaitsValue && label.kind != .privateNotes),
                !(isFirstLine && label.byCue && [.summary, .details, .ratings].contains(label.kind)),
                !(isFirstLine && rest == nil
                    && Self.titlesInterview(label.title, kind: label.kind, byCue: label.byCue)),
                // A line read as a label only by its words, naming the section it is already
                // in, is content there ("Collaboration — what you could say").
                !(label.byCue && label.kind == current.kind),
                // "⚠️ Didn't delegate: tried to do it all herself": the emoji, not the words,
                // made it a label; it is an item, its words the headline.
                !(rest != nil && SectionSegmenter.isLabelOnlyByEmoji(label)
                    && SectionSegmenter.emojiItem(line) != nil),
                opens(label, startsParagraph: lineIndex == 0 && rest == nil)
            {
                if !fragment.isEmpty { current.pieces.append(.lines(fragment)) }
                fragment = []
                open(label)
                if let rest { fragment.append(rest) }
            } else if current.kind != .privateNotes, !awaitsValue,
                let (kind, item) = SectionSegmenter.emojiItem(line)
            {
                // "⭐ wrote the specs first", "🔺 missed the N+1 query": with no label above,
                // the emoji says which section the line is an item of.
                if kind != current.kind {
                    if !fragment.isEmpty { current.pieces.append(.lines(fragment)) }
                    fragment = []
                    openImplied(kind, at: line.location)
                }
                fragment.append(item)
            } else if Self.endsCandidateSection(current.kind), line.bullet == nil,
                line.plain.hasSuffix(":"), line.readsLikeLabel, !awaitsValue,
                line.plain.hasAtMostSpaceSeparatedPieces(5)
            {
                // "Random musings:" under Strengths is a label Debrief does not know: what
                // follows is kept apart (and reported), never counted as a strength.
                if !fragment.isEmpty { current.pieces.append(.lines(fragment)) }
                fragment = []
                open(SectionLabel(kind: .other, title: line.plain.withoutTrailingColon,
                                  location: line.location, level: SectionLabel.plainLevel))
            } else {
                fragment.append(line)
            }
        }
        if !fragment.isEmpty { current.pieces.append(.lines(fragment)) }
    }

    /// Whether the current section holds items or rows of its own (strengths, improvements,
    /// preparation, ratings) or is private: an unlabelled list there is its content.
    var isInItemSection: Bool {
        [.strengths, .improvements, .preparation, .privateNotes, .ratings].contains(current.kind)
    }

    /// A section no label opened, known from the shape of what follows.
    mutating func openImplied(_ kind: SectionKind, at location: SourceLocation?) {
        open(SectionLabel(kind: kind, title: kind.displayTitle,
                          location: location ?? SourceLocation(line: 1), level: SectionLabel.plainLevel,
                          isImplied: true))
    }

    /// An interviewer's part of a panel's note begins: what follows it before any label is
    /// their summary. Inside a private section of a higher rank it stays private (`false`).
    mutating func startPanelPart(of name: String, at location: SourceLocation, level: Int,
                                 flushing fragment: [NoteLine] = []) -> Bool
    {
        guard opens(SectionLabel(kind: .other, title: name, location: location, level: level)) else {
            return false
        }
        if !fragment.isEmpty { current.pieces.append(.lines(fragment)) }
        result.panelists.append(name)
        openImplied(.summary, at: location)
        return true
    }

    /// A list whose items are sections (`labels`, nil for an item that is content): each
    /// label item opens its section and its nested blocks are the section's content; runs of
    /// other items stay a list in the current section.
    mutating func readOutline(_ list: MarkdownNode, labels: [SectionLabel?]) {
        var run: [MarkdownNode] = []
        var runStart = 0
        func flushRun() {
            guard let first = run.first, let last = run.last else { return }
            var part = list
            part.children = run
            part.start = first.start
            part.end = last.end
            if list.isOrderedList { part.listStart = list.listStart + runStart }
            current.pieces.append(.block(part))
            run = []
        }
        for (index, item) in list.children.enumerated() {
            if let label = labels[index], !(label.byCue && label.kind == current.kind), opens(label) {
                flushRun()
                open(label)
                for child in item.children.dropFirst() { current.pieces.append(.block(child)) }
            } else {
                if run.isEmpty { runStart = index }
                run.append(item)
            }
        }
        flushRun()
    }

    /// Whether a heading of `level` opening the note may be its title: a first level, bold,
    /// or a second level that is the note's only heading that high (notes apps whose first
    /// level is too large for a title; a note of "##" sections has no title among them).
    private func canTitleNote(_ level: Int) -> Bool {
        level == 1 || level == SectionLabel.boldLevel || (level == 2 && secondLevelMayTitle)
    }

    /// A heading or a bold-only paragraph.
    mutating func readLabelBlock(_ block: MarkdownNode, isFirst: Bool) {
        let level = block.kind == .heading ? block.headingLevel : SectionLabel.boldLevel
        let text = block.inlineText.replacingNewlines.withoutTrailingColon
        // "## Interviewer 2: Laura Chen": a heading, not a bold line, which may be a detail.
        if block.kind == .heading, let name = panel?.member(in: text),
            startPanelPart(of: name, at: block.start ?? SourceLocation(line: 1), level: level)
        {
            return
        }
        let verdict = LabelClassifier.classify(text)
        var kind = verdict?.kind ?? .other
        // A label read from its words (not an exact name) does not take the place of the
        // note's title, nor end a section it sits under when it names the same section or
        // titles an area of improvements; "### Things I'd change" under Strengths does end it.
        let currentLevel = current.label?.level ?? 0
        if verdict?.byCue == true, kind != .privateNotes,
            (keepsAsSubheading(level: level)
                && (kind == current.kind || (current.kind == .improvements && level > currentLevel)))
                || (isFirst && canTitleNote(level) && result.title == nil)
        {
            kind = .other
        }
        if isFirst, canTitleNote(level), result.title == nil, let verdict,
            Self.titlesInterview(text, kind: verdict.kind, byCue: verdict.byCue)
        {
            kind = .other
        }
        let label = SectionLabel(kind: kind, title: text, location: block.start, level: level,
                                 byCue: verdict?.byCue == true)
        if kind != .other {
            if opens(label) { open(label) } else { current.pieces.append(.block(block)) }
        } else if isFirst, canTitleNote(level), result.title == nil {
            // A document title; Debrief's own default report title carries nothing to keep.
            guard text != Report.defaultTitle else { return }
            result.title = NoteLine(markdown: text, location: block.start ?? SourceLocation(line: 1),
                                    indent: 0)
        } else if keepsAsSubheading(level: level) || current.kind == .privateNotes
            || !opens(label)
        {
            // Inside a private section an unlisted heading is part of it ("### Level
            // calibration" under "Hiring Recommendation").
            current.pieces.append(.block(block))
        } else {
            open(label)
        }
    }

    /// "BAR RAISER INTERVIEW NOTES", "Hiring loop – feedback": a note's first line, read as
    /// private only by a cue word that names who is in the loop, and naming the interview or
    /// its feedback, is the note's title. Words that say the text is private ("Internal
    /// interview notes", "Hiring committee feedback") keep it a private label.
    static func titlesInterview(_ title: String, kind: SectionKind, byCue: Bool) -> Bool {
        guard kind == .privateNotes, byCue, !SectionLabels.looksPrivate(title) else { return false }
        let words = LabelText.normalised(title).split(separator: " ")
        guard words.contains(where: { ["interview", "interviews", "feedback", "notes"].contains($0) })
        else { return false }
        // Nothing private may be left once the interview's and the bar raiser's words go:
        // "Calibration notes", "Notes for the team", "Recruiter notes" stay private.
        let rest = words.filter { !titleWords.contains($0) }.joined(separator: " ")
        return rest.isEmpty || !LabelClassifier.isPrivate(rest) && LabelClassifier.classify(rest)?.kind != .privateNotes
    }

    private static let titleWords: Set<Substring> = [
        "interview", "interviews", "feedback", "notes", "bar", "raiser", "barraiser",
    ]

    /// "(shared with candidate)", "candidate-facing", "visible to the candidate".
    static func saysShared(_ title: String) -> Bool {
        let words = " " + EvaluationWords(title).words.joined(separator: " ") + " "
        guard words.byteRange(of: " not ") == nil else { return false }
        return [" shared with ", " candidate facing ", " visible to ", " for the candidate ",
                " share with "].contains { words.contains($0) }
    }

    /// Sections whose content a candidate reads as praise or advice: an unknown label inside
    /// one must not pass its content off as theirs.
    static func endsCandidateSection(_ kind: SectionKind) -> Bool {
        kind == .strengths || kind == .summary || kind == .preparation
    }

    /// Whether `label` may end the current section. Inside a private section only a private
    /// label or a heading of the same or higher rank may; a candidate-facing label there is
    /// kept private and reported.
    private mutating func opens(_ label: SectionLabel, startsParagraph: Bool = false) -> Bool {
        guard let privateLabel = current.label, privateLabel.kind == .privateNotes else {
            return true
        }
        if label.kind == .privateNotes { return true }
        let isHeading = label.level < SectionLabel.boldLevel
        if isHeading, label.level <= privateLabel.level { return true }
        // ATS forms put private questions between candidate-facing ones: a new paragraph
        // that opens with a form question ("What did the candidate do well?") or a label
        // that says it is shared ("Strengths (shared with candidate)") ends a private part
        // that a plain label opened.
        if startsParagraph, privateLabel.level >= SectionLabel.boldLevel,
            label.title.hasSuffix("?") || Self.saysShared(label.title)
        {
            return true
        }
        if label.kind != .other {
            result.diagnostics.append(.labelKeptPrivate(
                label.title, inside: privateLabel.title, at: label.location))
        }
        return false
    }

    /// A heading that is not a label stays inside a section of a lower rank; under a plain
    /// or bold "Areas for Improvement" any heading titles an area.
    private func keepsAsSubheading(level: Int) -> Bool {
        guard let label = current.label, label.kind != .other else { return false }
        if label.kind == .improvements, label.level >= SectionLabel.boldLevel { return true }
        return level > label.level
    }

    private mutating func open(_ label: SectionLabel) {
        if label.byCue, label.kind != .other {
            result.diagnostics.append(.labelByCue(label.title, as: label.kind, at: label.location))
        }
        close()
        current = Section(label: label)
    }

    private mutating func close() {
        if current.label?.isImplied == true, current.pieces.isEmpty { return }
        if current.label != nil || !current.pieces.isEmpty { result.sections.append(current) }
    }
}

extension String {
    var replacingNewlines: String {
        // Most texts are one line: what the split and join give is the text trimmed.
        guard containsByte(where: { $0 == 10 }) else { return trimmed }
        return split(separator: "\n").map { $0.trimmed }.joined(separator: " ")
    }
}
