/// Lays out the plain-text report: wraps long lines at a width, keeping each line's
/// indentation and hanging continuation lines under a bullet's text, and colours headings
/// (a line followed by a `---` rule) when asked.
struct TextLayout {
    var width: Int
    var colour: Bool

    func apply(to text: String) -> String {
        let lines = text.lineSlices.map(String.init)
        let rules = lines.map(Self.isRule)
        var out: [String] = []
        for (index, line) in lines.enumerated() {
            let isRule = rules[index]
            let isHeading = index + 1 < lines.count && !line.isEmpty && rules[index + 1]
            if isRule {
                let rule = String(line.prefix(width))
                out.append(colour ? "\u{1B}[2m\(rule)\u{1B}[0m" : rule)
            } else if isHeading {
                for part in wrap(line) {
                    out.append(colour ? "\u{1B}[1m\(part)\u{1B}[0m" : part)
                }
            } else {
                out += wrap(line)
            }
        }
        return out.joined(separator: "\n")
    }

    /// A line of nothing but "-" (a "-" with a combining mark is another Character, and
    /// its bytes are not all "-" either).
    private static func isRule(_ line: String) -> Bool {
        !line.isEmpty && line.utf8.allSatisfy { $0 == UInt8(ascii: "-") }
    }

    /// Breaks at spaces; a word longer than the width stays whole rather than being cut.
    func wrap(_ line: String) -> [String] {
        // A line of no more bytes than the width has no more Characters either.
        guard line.utf8.count > width, line.count > width else { return [line] }
        let indent = line.prefix { $0 == " " }
        var hanging = String(indent)
        // "  • text" and "  12. text" continue under the text, not under the marker.
        let body = line.dropFirst(indent.count)
        var marker = ["• ", "- ", "* "].first(where: { body.hasPrefix($0) }) ?? ""
        let digits = body.prefix(while: \.isASCIIDigit)
        if marker.isEmpty, !digits.isEmpty, body.dropFirst(digits.count).hasPrefix(". ") {
            marker = digits + ". "
        }
        hanging += String(repeating: " ", count: marker.count)
        var result: [String] = []
        // The marker and the first word stay together, however long the word.
        var current = String(indent) + marker
        var currentHasWord = false
        for word in body.dropFirst(marker.count).split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = currentHasWord ? current + " " + word : current + word
            // Bytes bound Characters from above, so the count is needed only near the width.
            let fits = candidate.utf8.count <= width || candidate.count <= width
            if !fits, currentHasWord {
                result.append(current)
                current = hanging + word
            } else {
                current = candidate
            }
            currentHasWord = true
        }
        result.append(current)
        return result
    }
}
