/// Reads strengths and preparation tips: one entry per bullet, or per paragraph of prose.
/// Wrapped lines join their entry; nested bullets and lines under a bullet join it too, so
/// nothing written under a strength is lost. A nested bullet reads as what it is, a point
/// under its parent: "Component design" over "Small pieces" and "Clear props" gives
/// "Component design — Small pieces; Clear props", not one run-on sentence. (A dash, not a
/// colon: "Outcome: shipped early" would read as a private label.)
enum ListRecogniser {
    static func entries(_ outline: [OutlineEntry]) -> [(text: String, line: Int)] {
        outline.compactMap { entry in
            let text = joined(entry)
            return text.isEmpty ? nil : (text, entry.line.location.line)
        }
    }

    private static func joined(_ entry: OutlineEntry) -> String {
        var text = entry.markdown
        var afterBullet = false
        for child in entry.children {
            let part = joined(child)
            guard !part.isEmpty else { continue }
            let isBullet = child.kind == .bullet
            guard !text.isEmpty else {
                text = part
                afterBullet = isBullet
                continue
            }
            // After a full stop, a colon or a semicolon the point needs no mark of its own.
            let separator = !isBullet || closesPoint(text) ? " " : afterBullet ? "; " : " — "
            text += separator + part
            afterBullet = isBullet
        }
        return text
    }

    /// Whether `text` ends its point itself: a full stop, a colon or a semicolon, before any
    /// closing quote, bracket or emphasis ("…idempotent.”", "(see below):**").
    private static func closesPoint(_ text: String) -> Bool {
        let last = text.unicodeScalars.reversed().first { !"\"'”’)*_".unicodeScalars.contains($0) }
        return last.map { ".:;!?".unicodeScalars.contains($0) } ?? false
    }
}
