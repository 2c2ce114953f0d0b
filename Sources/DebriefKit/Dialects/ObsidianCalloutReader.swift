/// Obsidian callouts: `> [!success] Strengths`, `> [!warning]`, `> [!tip]-`. Each callout
/// becomes a heading (its title, or the section its type stands for) followed by its lines
/// without the `>`.
struct ObsidianCalloutReader: DialectReader {
    var dialect: Dialect { .obsidian }

    /// What a callout without a title is about, by its type.
    static let titles: [String: String] = [
        "success": "Strengths", "check": "Strengths", "done": "Strengths",
        "warning": "Areas for improvement", "caution": "Areas for improvement",
        "attention": "Areas for improvement", "failure": "Areas for improvement",
        "fail": "Areas for improvement", "missing": "Areas for improvement",
        "bug": "Areas for improvement", "error": "Areas for improvement",
        "danger": "Areas for improvement", "tip": "Preparation", "hint": "Preparation",
        "important": "Preparation", "todo": "Preparation", "summary": "Summary",
        "abstract": "Summary", "tldr": "Summary", "info": "Summary", "note": "Summary",
        "example": "Examples", "quote": "Examples",
    ]

    /// Types that say nothing of a section: untitled inside one, such a callout is its item.
    static let generalTypes: Set<String> = ["note", "info", "abstract", "summary", "tldr", "quote", "example"]

    func confidence(_ lines: [Substring]) -> Int {
        lines.filter { Self.callout($0) != nil }.count * 3
    }

    /// The type and title of a callout's first line.
    static func callout(_ line: Substring) -> (type: String, title: Substring)? {
        let text = line.leftTrimmed
        guard text.hasPrefix(">") else { return nil }
        let body = text.dropFirst().leftTrimmed
        guard body.hasPrefix("[!"), let close = body.firstIndex(of: "]") else { return nil }
        let type = body[body.index(body.startIndex, offsetBy: 2)..<close].lowercased()
        var title = body[body.index(after: close)...]
        if title.first == "-" || title.first == "+" { title = title.dropFirst() }
        return (type, title.trimmedSubstring)
    }

    /// Dataview's inline field, `Round:: Onsite 1 of 3`, is a `Key: value` detail.
    static func inlineField(_ text: Substring) -> String? {
        guard let range = text.byteRange(of: ":: ") else { return nil }
        let key = text[..<range.lowerBound]
        guard let first = key.first, first.isLetter, key.count <= 40,
            key.split(separator: " ").count <= 4
        else { return nil }
        return "\(key): \(text[range.upperBound...])"
    }

    /// A callout opens a section of its own (its title, or the section its type stands for),
    /// except one inside a section whose title names no section ("## Strengths", then
    /// "> [!tip] Coaching"): that is an item of the section, its title bold, its lines the
    /// item's text.
    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        var inCallout = false
        var calloutIsItem = false
        var startsItem = false
        var inSection = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if let (type, title) = Self.callout(line) {
                inCallout = true
                calloutIsItem = inSection && (title.isEmpty
                    ? Self.generalTypes.contains(type) : LabelClassifier.classify(String(title)) == nil)
                if calloutIsItem {
                    output.emit("", from: number)
                    // An untitled one's first line is the item's own start.
                    if !title.isEmpty { output.emit("- **\(title)**", from: number) }
                    startsItem = title.isEmpty
                } else {
                    let heading = title.isEmpty ? Substring(Self.titles[type] ?? type.capitalized) : title
                    output.emit("## \(heading)", from: number)
                }
                continue
            }
            let text = line.leftTrimmed
            if let field = Self.inlineField(text) {
                output.emit(field, from: number)
                continue
            }
            if inCallout, text.hasPrefix(">") {
                var body = text.dropFirst()
                if body.first == " " { body = body.dropFirst() }
                if calloutIsItem, !body.isEmpty {
                    output.emit((startsItem ? "- " : "  ") + body, from: number)
                    startsItem = false
                } else {
                    output.emit(body, from: number)
                }
            } else {
                inCallout = false
                if text.hasPrefix("#") {
                    let heading = text.drop(while: { $0 == "#" }).trimmedSubstring
                    inSection = LabelClassifier.classify(String(heading)).map { $0.kind != .other } ?? false
                }
                output.emit(line, from: number)
            }
        }
    }
}
