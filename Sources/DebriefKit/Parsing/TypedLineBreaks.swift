/// Points typed one per line without bullets (a Google Docs or Notion paste, a quick note)
/// against prose an editor wrapped. An editor wraps greedily: a line ends where the next
/// word would not fit. Where the next line's first word would have fitted on the line
/// before it, the break was typed, and each line is a point of its own.
enum TypedLineBreaks {
    /// Editors and mail programs wrap at 60 columns or more (72, 76 and 78 are common).
    private static let narrowestWrap = 60

    /// Whether some break between `lines` was typed, not wrapped.
    static func areTyped(_ lines: [NoteLine]) -> Bool {
        guard lines.count > 1 else { return false }
        let lengths = lines.map { $0.plain.count }
        // No line reaches the wrap width the text would have had: short lines were typed.
        let width = max(lengths.max() ?? 0, narrowestWrap)
        for index in lines.indices.dropLast() {
            let next = lines[index + 1].plain
            // "Checked edge cases / before coding.": a sentence run on in lower case, typed
            // or not, is one point.
            let runsOn = next.first?.isLowercase == true
                && !(lines[index].plain.last.map { ".!?;:".contains($0) } ?? false)
            let nextWord = next.prefix(while: { !$0.isWhitespace }).count
            if !runsOn, lengths[index] + 1 + nextWord <= width { return true }
        }
        return false
    }

    /// A line that makes the rest of its paragraph private to the privacy screen (a private
    /// emoji or label, an "(internal)" aside): the lines stay one entry, so the screen reads
    /// them together.
    private static func opensPrivateRun(_ line: NoteLine) -> Bool {
        let text = line.plain
        // What the screen withholds to the end of a paragraph: a private emoji anywhere, an
        // "(internal)" aside, a private label before a colon (read broadly here).
        if PrivacyScreen.holdsPrivateEmoji(Substring(text)) { return true }
        if text.containsByte(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }),
            PrivateMarker.find(in: text) != nil
        {
            return true
        }
        return PrivacyScreen.hasPrivateLabel(text, isPrivate: { LabelClassifier.isPrivate(String($0)) })
            || SectionLabels.looksPrivate(text)
    }

    /// `entries` with each prose entry whose lines were typed one per line split into an
    /// entry per line; the last line keeps the entry's children. `keepsHeadline` tells an
    /// entry whose first line heads the rest ("System design" above what to do about it).
    static func split(_ entries: [OutlineEntry], keepsHeadline: (OutlineEntry) -> Bool = { _ in false })
        -> [OutlineEntry]
    {
        entries.flatMap { entry -> [OutlineEntry] in
            let lines = [entry.line] + entry.continuation
            guard entry.kind == .text, !entry.continuation.isEmpty, !keepsHeadline(entry),
                areTyped(lines), !lines.contains(where: opensPrivateRun)
            else { return [entry] }
            var points = lines.map { OutlineEntry(kind: .text, line: $0) }
            points[points.count - 1].children = entry.children
            return points
        }
    }
}
