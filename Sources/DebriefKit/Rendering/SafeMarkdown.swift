/// Note Markdown made safe to hand a candidate as Markdown: a viewer that renders it must not
/// run or load anything from the notes. Raw HTML tags are dropped (the words between them
/// stay), but for a tag named in prose, kept with its "<" escaped (`MentionedTags`); links
/// to anything but `http`, `https`, `mailto` or relative addresses keep only their text, and
/// images become their alt text. Everything else stays as written, so
/// Debrief reads the report back to the same model. Code spans are text to CommonMark, so
/// what is inside them (`` `Vec<String>` ``) stays as written too.
enum SafeMarkdown {
    /// - Parameter keepingCodeSpans: leave what looks like a code span as it is. Whether it is
    ///   one depends on the text around it too (an unmatched backtick in the text before it
    ///   can pair with its opener), so a caller that keeps them must check the whole document
    ///   it makes (`PreparedReport` does) and clean again without, if any raw HTML is live.
    static func clean(_ markdown: String, keepingCodeSpans: Bool = true) -> String {
        // What is taken out can join what was around it into something new: "[x]<b>(url)"
        // becomes a link once "<b>" goes (found by the fuzzer). So the text is cleaned again
        // until nothing changes; each pass only removes (or escapes the "<" of a tag named in
        // prose, which the next pass keeps), so few are ever needed, and a text
        // that still changes after several loses every "<" and every "](" join.
        var text = markdown
        for _ in 0..<6 {
            let cleaned = cleanOnce(text, keepingCodeSpans: keepingCodeSpans)
            if cleaned == text { return text }
            text = cleaned
        }
        return text.replacingOccurrences(of: "<", with: "").replacingOccurrences(of: "](", with: "] (")
    }

    private static func cleanOnce(_ markdown: String, keepingCodeSpans: Bool) -> String {
        guard markdown.containsByte(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "]") })
        else { return markdown }
        var out = ""
        var characters = Array(markdown)[...]
        var codeSpans = CodeSpans(characters)
        var newlines = NextCharacter("\n")
        // The next ">" and whether any ")" is left, found once and reused while still ahead:
        // a note of thousands of "<!--" or "](" must not be scanned to its end for each.
        var angles = NextCharacter(">")
        var parens = NextCharacter(")")
        let closedTags = MentionedTags.closedNames(in: markdown)
        while let character = characters.first {
            if character == "`", keepingCodeSpans {
                // A span that would cross a line is not trusted: the text may be two blocks
                // (list items, paragraphs), where CommonMark ends a span, so its tags are
                // treated as tags. Only the backticks are copied then.
                // An escaped backtick ("\\`") opens nothing either.
                var (end, runEnd) = codeSpans.end(at: characters.startIndex)
                if end > runEnd, let newline = newlines.next(in: characters), newline < end { end = runEnd }
                if Self.endsEscaping(out) { end = runEnd }
                out.append(contentsOf: String(characters[..<end]))
                characters = characters[end...]
                continue
            }
            let angleAhead = character == "<" ? angles.next(in: characters) : nil
            if character == "<", angleAhead == nil,
                characters.dropFirst().first.map({ $0.isLetter || $0 == "/" || $0 == "!" || $0 == "?" }) == true
            {
                // "<img src=x onerror=…" never closed: not a tag to CommonMark, but one
                // careless viewer away from being one. The "<" goes; the words stay.
                characters = characters.dropFirst()
                continue
            }
            if character == "<", let end = angleAhead {
                let inside = String(characters[characters.index(after: characters.startIndex)..<end])
                let isAutolink = inside.contains("://") || inside.hasPrefix("mailto:")
                let isTag = inside.first.map { $0.isLetter || $0 == "/" || $0 == "!" || $0 == "?" }
                    ?? false
                if isAutolink, !SafeHTML.isSafeURL(inside) || inside.contains(" ") {
                    characters = characters[(end + 1)...]
                    continue
                }
                if isTag, !isAutolink {
                    // A tag named in prose stays as words, its "<" escaped (once: a "<" the
                    // note or an earlier pass escaped keeps its backslash). Any other goes,
                    // escaped or not: "\<" is literal only where CommonMark reads inline text.
                    let escaped = Self.endsEscaping(out)
                    if MentionedTags.isShown("<\(inside)>", closed: closedTags,
                                             before: escaped ? out.dropLast().last : out.last,
                                             after: characters.dropFirst(end + 1 - characters.startIndex).first)
                    {
                        out += escaped ? "<\(inside)>" : "\\<\(inside)>"
                    }
                    characters = characters[(end + 1)...]
                    continue
                }
            }
            if character == "]", characters.dropFirst().first == "(" {
                // cmark may end a destination at its first space or ")" even when the
                // parentheses before do not balance ("(javascript:x(](] )"): read that way,
                // an unsafe one goes, whatever a balanced reading would make of the rest.
                // CommonMark allows white space (one line break too) before a destination.
                let token = characters.dropFirst(2).drop(while: \.isWhitespace)
                    .prefix { !$0.isWhitespace && $0 != ")" }
                if !token.isEmpty, !SafeHTML.isSafeURL(String(token)) {
                    out.removeLinkOpening()
                    // Up to the balancing ")" when there is one ("javascript:alert(1)"),
                    // else the destination as cmark reads it.
                    let close = parens.next(in: characters) != nil ? Self.closingParenthesis(in: characters) : nil
                    characters = close.map { characters[($0 + 1)...] } ?? characters[token.endIndex...]
                    continue
                }
            }
            if character == "]", characters.dropFirst().first == "(",
                parens.next(in: characters) != nil,
                let close = Self.closingParenthesis(in: characters)
            {
                let destination = String(characters[(characters.startIndex + 2)..<close])
                    .split(separator: " ").first.map(String.init) ?? ""
                if !SafeHTML.isSafeURL(destination) || out.hasImageOpening {
                    // Keep "[text]" as plain words: drop the bracket and the destination.
                    out.removeLinkOpening()
                    characters = characters[(close + 1)...]
                    continue
                }
            }
            out.append(character)
            characters = characters.dropFirst()
        }
        return out
    }

    /// Whether `out` ends in an odd run of backslashes: the next character is escaped.
    private static func endsEscaping(_ out: String) -> Bool {
        out.reversed().prefix(while: { $0 == "\\" }).count % 2 == 1
    }

    /// The ")" that closes the "(" after "]": destinations may hold balanced parentheses
    /// ("javascript:alert(1)").
    private static func closingParenthesis(in characters: ArraySlice<Character>) -> Int? {
        var depth = 0
        for index in characters.indices.dropFirst() {
            switch characters[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: continue
            }
        }
        return nil
    }
}

private extension String {
    /// Whether the last unmatched "[" is an image's "![".
    var hasImageOpening: Bool {
        guard let open = lastIndex(of: "[") else { return false }
        return open > startIndex && self[index(before: open)] == "!"
    }

    /// Removes the last unmatched "[" (and the "!" of an image) so only the link text stays.
    mutating func removeLinkOpening() {
        guard let open = lastIndex(of: "[") else { return }
        let text = self[index(after: open)...]
        var start = open
        if start > startIndex, self[index(before: start)] == "!" { start = index(before: start) }
        self = String(self[..<start]) + text
    }
}

/// The code spans of a text: a run of backticks opens one that the next run of the same
/// length closes; a run with no such closer is only backticks. The runs are found in one
/// pass, and each length's closers are taken in order, so a text of many unmatched runs
/// costs no rescans.
private struct CodeSpans {
    /// Where each run of backticks starts, by its length.
    private var runs: [Int: [Int]] = [:]
    /// For each length, how many of its runs are behind the scan.
    private var passed: [Int: Int] = [:]
    private let characters: ArraySlice<Character>

    init(_ characters: ArraySlice<Character>) {
        self.characters = characters
        var index = characters.startIndex
        while index < characters.endIndex {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            let start = index
            while index < characters.endIndex, characters[index] == "`" { index += 1 }
            runs[index - start, default: []].append(start)
        }
    }

    /// Where the text to copy as it stands ends, for the run of backticks at `start`: after
    /// its closing run, or after the run itself when nothing closes it; and where the run ends.
    mutating func end(at start: Int) -> (end: Int, runEnd: Int) {
        var runEnd = start
        while runEnd < characters.endIndex, characters[runEnd] == "`" { runEnd += 1 }
        let length = runEnd - start
        let starts = runs[length] ?? []
        var next = passed[length] ?? 0
        while next < starts.count, starts[next] <= start { next += 1 }
        guard next < starts.count else {
            passed[length] = next
            return (runEnd, runEnd)
        }
        passed[length] = next + 1
        return (starts[next] + length, runEnd)
    }
}

/// Where the next `character` is, found once and reused while it is still ahead, so that many
/// openers before one distant closer (or none) cost one scan, not one each.
private struct NextCharacter {
    let character: Character
    private var known: Int??

    init(_ character: Character) {
        self.character = character
    }

    mutating func next(in characters: ArraySlice<Character>) -> Int? {
        if case .some(let index) = known, index.map({ $0 >= characters.startIndex }) ?? true {
            return index
        }
        let found = characters.firstIndex(of: character)
        known = .some(found)
        return found
    }
}
