/// Inline suppression comments, read from the note as written:
/// `<!-- debrief-disable-next-line rule-id -->` silences the next line;
/// `<!-- debrief-disable rule-id -->` … `<!-- debrief-enable -->` silences the lines between.
/// With no rule id, every rule is silenced. Several ids are separated by spaces or commas.
/// Like every comment, these never reach a candidate.
struct Suppressions {
    private struct Span {
        var lines: ClosedRange<Int>
        /// Empty: every code.
        var codes: Set<Diagnostic.Code>
    }

    private var spans: [Span] = []
    /// Directives that name no known rule, or are no directive at all: a typo here would
    /// otherwise silence nothing without a word.
    private(set) var mistakes: [Diagnostic] = []
    static let directiveNames: Set<String> = [
        "debrief-disable-next-line", "debrief-disable-line", "debrief-disable", "debrief-enable",
    ]

    init(lines: [Substring]) {
        var open: [(line: Int, codes: Set<Diagnostic.Code>)] = []
        // On bytes: most notes have no directive at all, and every line of every note is asked.
        for (index, line) in lines.enumerated() where LintedNote.byteOffset(of: "debrief-", in: line) != nil {
            let number = index + 1
            for directive in Self.directives(in: line) {
                if !Self.directiveNames.contains(directive.name) {
                    mistakes.append(.unknownSuppression(
                        "'\(directive.name)' is not a directive (use "
                            + Self.directiveNames.sorted().joined(separator: ", ") + ")", line: number))
                    continue
                }
                for code in directive.codes.sorted() where DiagnosticRegistry.info(for: code) == nil {
                    mistakes.append(.unknownSuppression(
                        "'\(code)' is not a rule, so this comment silences nothing "
                            + "(debrief lint --list-rules lists them)", line: number))
                }
                switch directive.name {
                case "debrief-disable-next-line":
                    spans.append(Span(lines: (number + 1)...(number + 1), codes: directive.codes))
                case "debrief-disable-line":
                    spans.append(Span(lines: number...number, codes: directive.codes))
                case "debrief-disable":
                    open.append((number, directive.codes))
                case "debrief-enable":
                    // Closes the spans it names, or all of them.
                    open.removeAll { span in
                        guard directive.codes.isEmpty || !span.codes.isDisjoint(with: directive.codes)
                        else { return false }
                        spans.append(Span(lines: span.line...number, codes: span.codes))
                        return true
                    }
                default:
                    break
                }
            }
        }
        for span in open { spans.append(Span(lines: span.line...Int.max, codes: span.codes)) }
    }

    func silences(_ diagnostic: Diagnostic) -> Bool {
        guard let line = diagnostic.location?.line else { return false }
        return spans.contains { span in
            span.lines.contains(line) && (span.codes.isEmpty || span.codes.contains(diagnostic.code))
        }
    }

    private struct Directive {
        var name: String
        var codes: Set<Diagnostic.Code>
    }

    /// `<!-- debrief-… ids -->` comments on one line.
    private static func directives(in line: Substring) -> [Directive] {
        var found: [Directive] = []
        var rest = line[...]
        while let open = rest.byteRange(of: "<!--") {
            let after = rest[open.upperBound...]
            let close = after.byteRange(of: "-->")
            let body = close.map { after[..<$0.lowerBound] } ?? after
            let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            if let name = words.first, name.hasPrefix("debrief-"), name != "debrief-" {
                found.append(Directive(name: String(name),
                                       codes: Set(words.dropFirst().map { Diagnostic.Code(String($0)) })))
            }
            guard let close else { break }
            rest = after[close.upperBound...]
        }
        return found
    }
}
