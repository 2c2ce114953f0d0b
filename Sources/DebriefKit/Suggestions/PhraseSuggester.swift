/// Fills in "examples you can say" for improvement items that have none, from team
/// phrasebooks first and then the built-in one, marked as suggestions.
public struct PhraseSuggester: Sendable {
    private let matchers: [(prefix: String, matcher: PhraseMatcher)]

    /// - Parameter teamPhrasebooks: ranked ahead of the built-in phrasebook, in this order.
    public init(teamPhrasebooks: [Phrasebook] = [], includeBuiltIn: Bool = true) {
        var matchers = teamPhrasebooks.map { phrasebook in
            (Self.fileName(phrasebook.source) + ":", PhraseMatcher(phrasebook))
        }
        if includeBuiltIn { matchers.append(("", PhraseMatcher.builtIn)) }
        self.matchers = matchers
    }

    /// Adds up to `limit` suggestions to every item without examples. Never suggests a
    /// phrasing the notes already contain, nor the same one twice for an item.
    public func suggest(into report: inout Report, limit: Int) {
        guard limit > 0 else { return }
        var written = Set(report.improvements.flatMap(\.items).flatMap(\.examples)
            .map { Self.comparable($0.text) })
        var cache = matchers.map { _ in PhraseMatcher.TermCache() }
        for areaIndex in report.improvements.indices {
            let area = report.improvements[areaIndex]
            for itemIndex in area.items.indices where area.items[itemIndex].examples.isEmpty {
                let item = area.items[itemIndex]
                let query: [(String, Double)] = [
                    (item.headline, 1), (item.detail ?? "", 0.7), (area.title ?? "", 0.4),
                ]
                var suggestions: [ExamplePhrasing] = []
                search: for (index, (prefix, matcher)) in matchers.enumerated() {
                    for match in matcher.rank(weightedQuery: query, limit: limit, cache: &cache[index]) {
                        for phrasing in match.entry.phrasings
                        where written.insert(Self.comparable(phrasing)).inserted {
                            suggestions.append(ExamplePhrasing(
                                text: phrasing, origin: .phrasebook, line: nil,
                                entry: prefix + match.entry.id))
                            if suggestions.count == limit { break search }
                        }
                    }
                }
                report.improvements[areaIndex].items[itemIndex].examples = suggestions
            }
        }
    }

    /// Case, quotes and spacing do not make a phrasing new.
    static func comparable(_ text: String) -> String {
        LabelText.normalised(text)
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

extension PhraseMatcher {
    /// The built-in phrasebook's index, built once per process.
    public static let builtIn = PhraseMatcher(.builtIn)
}
