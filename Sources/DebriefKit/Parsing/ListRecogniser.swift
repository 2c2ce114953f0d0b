/// Reads strengths and preparation tips: one entry per bullet, or per paragraph of prose.
/// Wrapped lines join their entry; nested bullets and lines under a bullet join it too, so
/// nothing written under a strength is lost.
enum ListRecogniser {
    static func entries(_ outline: [OutlineEntry]) -> [(text: String, line: Int)] {
        outline.compactMap { entry in
            let text = ([entry.markdown] + entry.children.map(flattened))
                .filter { !$0.isEmpty }
                .joined(separator: " ")
            return text.isEmpty ? nil : (text, entry.line.location.line)
        }
    }

    private static func flattened(_ entry: OutlineEntry) -> String {
        ([entry.markdown] + entry.children.map(flattened)).joined(separator: " ")
    }
}
