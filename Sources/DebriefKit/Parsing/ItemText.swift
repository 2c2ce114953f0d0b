/// Splits an item's own line into headline, detail and same-line phrasings:
/// "**Testing:** skipped edge cases" → headline "Testing", detail "skipped edge cases".
enum ItemText {
    static func item(from markdown: String, line: Int) -> ImprovementItem {
        let split = ExampleText.phrasings(inTextLine: markdown)
        let (headline, detail) = headlineAndDetail(split.rest)
        var item = ImprovementItem(headline: headline, line: line)
        item.detail = detail
        item.examples = split.phrasings.map { ExamplePhrasing(text: $0, line: line) }
        return item
    }

    static func headlineAndDetail(_ text: String) -> (String, String?) {
        let text = text.trimmed
        for marker in ["**", "__"] where text.hasPrefix(marker) {
            let body = text.dropFirst(marker.count)
            guard let close = body.byteRange(of: marker) else { continue }
            let bold = String(body[..<close.lowerBound])
            let after = body[close.upperBound...]
            // "**Say what wins.** When two devices…": a bold sentence heads its detail.
            let separated = bold.hasSuffix(":") || bold.hasSuffix(".") || after.isEmpty
                || after.drop(while: \.isWhitespace).first.map { ":—–-".contains($0) } == true
            // "**Edge cases** were missed" is one sentence, not a headline and a detail.
            guard separated else { break }
            let rest = after.drop(while: { ":—–-".contains($0) || $0.isWhitespace })
            let headline = bold.hasSuffix(".") && !rest.isEmpty
                ? String(bold.dropLast()) : bold.withoutTrailingColon
            return (headline, rest.isEmpty ? nil : String(rest).trimmed)
        }
        for separator in [": ", " — ", " – ", " - "] {
            guard let range = text.byteRange(of: separator) else { continue }
            let head = text[..<range.lowerBound]
            // Only a short lead reads as a headline; a long sentence with a colon is one item.
            guard head.hasAtMostSpaceSeparatedPieces(8), head.byteRange(of: "://") == nil else { continue }
            let rest = text[range.upperBound...].trimmed
            return (String(head).withoutTrailingColon, rest.isEmpty ? nil : rest)
        }
        // "Ranking stayed shallow. She said …": a short first sentence heads the rest.
        if let end = text.byteRange(of: ". "), text[..<end.lowerBound].hasAtMostSpaceSeparatedPieces(10),
            text[end.upperBound...].first?.isUppercase == true
        {
            return (String(text[..<end.lowerBound]), String(text[end.upperBound...]).trimmed)
        }
        return (text.withoutTrailingColon, nil)
    }
}
