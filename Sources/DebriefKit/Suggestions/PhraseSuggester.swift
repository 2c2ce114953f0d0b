/// Fills in "examples you can say" for improvement items that have none, from team
/// phrasebooks first and then the built-in one, marked as suggestions.
public struct PhraseSuggester: Sendable {
    /// One matcher over every phrasebook, so that a small team phrasebook is scored with the
    /// same term statistics as the built-in one (BM25 on a handful of entries alone would
    /// score everything near zero).
    private let matcher: PhraseMatcher
    /// Ids of team entries, which rank ahead of built-in ones.
    private let teamIDs: Set<String>
    /// Each phrasebook phrasing's comparable form, worked out once rather than per item.
    private let comparableForms: [String: String]
    /// Each phrasebook phrasing's sentences in comparable form, for `isWritten`.
    private let sentenceForms: [String: [String]]

    /// - Parameter teamPhrasebooks: ranked ahead of the built-in phrasebook, in this order.
    public init(teamPhrasebooks: [Phrasebook] = [], includeBuiltIn: Bool = true) {
        let teamEntries = teamPhrasebooks.flatMap { phrasebook in
            phrasebook.entries.map { entry in
                var entry = entry
                entry.id = Self.fileName(phrasebook.source) + ":" + entry.id
                return entry
            }
        }
        teamIDs = Set(teamEntries.map(\.id))
        if teamEntries.isEmpty, includeBuiltIn {
            matcher = .builtIn
        } else {
            let builtIn = includeBuiltIn ? Phrasebook.builtIn.entries : []
            matcher = PhraseMatcher(Phrasebook(source: "merged", entries: teamEntries + builtIn))
        }
        var forms: [String: String] = [:]
        var sentences: [String: [String]] = [:]
        for phrasebook in teamPhrasebooks + (includeBuiltIn ? [.builtIn] : []) {
            for phrasing in phrasebook.entries.flatMap(\.phrasings) {
                forms[phrasing] = Self.comparable(phrasing)
                sentences[phrasing] = Self.splitSentences(phrasing).map(Self.comparable)
                    .filter { !$0.isEmpty }
            }
        }
        comparableForms = forms
        sentenceForms = sentences
    }

    /// Adds up to `limit` suggestions to every item without examples, from the entries that
    /// match it well (at least half the best score: a weak second topic is worse than fewer
    /// suggestions), best entry first. Never suggests a phrasing the notes already contain,
    /// nor one twice for an item; within an entry, phrasings not yet suggested for another
    /// item come first.
    public func suggest(into report: inout Report, limit: Int) {
        guard limit > 0 else { return }
        let inNotes = Self.sentences(of: report)
        var suggestedElsewhere: Set<String> = []
        var cache = PhraseMatcher.TermCache()
        for areaIndex in report.improvements.indices {
            let area = report.improvements[areaIndex]
            for itemIndex in area.items.indices where area.items[itemIndex].examples.isEmpty {
                let item = area.items[itemIndex]
                if let reason = NotASkillItem.reason([item.headline, item.detail ?? ""].joined(separator: ". ")) {
                    report.diagnostics.append(.noSuggestion(for: item.headline, because: reason.rawValue,
                                                            line: item.line))
                    continue
                }
                let query: [(String, Double)] = [
                    (item.headline, 1), (item.detail ?? "", 0.7), (area.title ?? "", 0.4),
                ]
                let all = ranked(matcher.rank(weightedQuery: query,
                                              context: report.details.interviewType ?? "", cache: &cache))
                let termCount = TextAnalyzer.terms(item.headline + " " + (item.detail ?? "")).count
                let bar = Self.minimumScore(forTerms: termCount)
                // A terse item ("no tests") shares its one or two words with several areas;
                // the entry where they weigh most is its topic, so only longer items are
                // held to the ambiguity test.
                let matches = Self.onOneTopic(all, minimum: bar, checksRivals: termCount > 3)
                if matches.isEmpty {
                    let reason = all.isEmpty || all[0].score < bar
                        ? "no phrasing shares its topic"
                        : "its words fit '\(all[0].entry.area)' and '\(all.first { $0.entry.area != all[0].entry.area }?.entry.area ?? "")' alike"
                    report.diagnostics.append(.noSuggestion(for: item.headline, because: reason,
                                                            line: item.line))
                    continue
                }
                let best = matches.map(\.score).max() ?? 0
                var candidates: [ExamplePhrasing] = []
                // Only this item's own picks: `inNotes` is checked as it is, never copied,
                // since a copy per item made large notes quadratic.
                var seen: Set<String> = []
                for match in matches where match.score >= best * 0.5 {
                    // Within an entry, phrasings not yet suggested for another item first.
                    var fresh: [ExamplePhrasing] = []
                    var reused: [ExamplePhrasing] = []
                    for phrasing in match.entry.phrasings {
                        let form = comparableForms[phrasing] ?? Self.comparable(phrasing)
                        let parts = sentenceForms[phrasing] ?? []
                        let written = inNotes.contains(form)
                            || (!parts.isEmpty && parts.allSatisfy(inNotes.contains))
                        guard !written, seen.insert(form).inserted else { continue }
                        let example = ExamplePhrasing(text: phrasing, origin: .phrasebook,
                                                      line: nil, entry: match.entry.id)
                        if suggestedElsewhere.contains(form) {
                            reused.append(example)
                        } else {
                            fresh.append(example)
                        }
                    }
                    candidates += fresh + reused
                    if candidates.count >= limit { break }
                }
                let chosen = Array(candidates.prefix(limit))
                for example in chosen {
                    suggestedElsewhere.insert(comparableForms[example.text] ?? Self.comparable(example.text))
                }
                report.improvements[areaIndex].items[itemIndex].examples = chosen
            }
        }
        report.diagnostics.sort {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
    }

    /// One phrasing found for a free-text query.
    public struct Found: Sendable, Equatable, Codable {
        public var text: String
        /// `area/item`, prefixed with the file name for a team phrasebook.
        public var entry: String
        public var area: String
        public var headline: String
        public var score: Double
    }

    /// The best phrasings for a free-text query ("interviewers looking for wording"), team
    /// phrasebooks first; empty when nothing scores above the threshold.
    public func search(_ query: String, limit: Int) -> [Found] {
        var found: [Found] = []
        var seen: Set<String> = []
        for match in ranked(matcher.rank(query)) {
            for phrasing in match.entry.phrasings where seen.insert(phrasing).inserted {
                found.append(Found(
                    text: phrasing, entry: match.entry.id, area: match.entry.area,
                    headline: match.entry.headline, score: (match.score * 100).rounded() / 100))
                if found.count == limit { return found }
            }
        }
        return found
    }

    /// How close another area's best entry may come to the best one before the item counts
    /// as ambiguous: two topics scoring alike mean the words are shared, not the topic.
    /// Chosen on the development and precision sets (`PhrasebookEvaluationTests`).
    static let ambiguityRatio = 0.7

    /// The least score a suggestion needs, far above the matcher's own threshold: an item
    /// that shares a word or two with an entry is not on its topic. A terse item ("no
    /// tests") cannot score as high as a sentence, so the bar is lower for a short one.
    static func minimumScore(forTerms count: Int) -> Double {
        min(6.0, 1.5 * Double(max(count, 1)))
    }

    /// The matches of the best entry's area, or none when another area scores nearly as
    /// well: a suggestion must share the item's topic, and a wrong one costs more trust than
    /// none.
    static func onOneTopic(_ matches: [PhraseMatcher.Match], minimum: Double,
                           checksRivals: Bool = true) -> [PhraseMatcher.Match] {
        guard let first = matches.first, first.score >= minimum else { return [] }
        guard checksRivals else { return matches.filter { $0.entry.area == first.entry.area } }
        // An area's weight: its best entry, and half its second, since an item on a topic
        // tends to match several of that topic's entries while a stray word matches one.
        var areaScores: [String: (best: Double, second: Double)] = [:]
        for match in matches {
            var score = areaScores[match.entry.area] ?? (0, 0)
            if match.score > score.best {
                score = (match.score, score.best)
            } else if match.score > score.second {
                score.second = match.score
            }
            areaScores[match.entry.area] = score
        }
        let weight = { (area: String) -> Double in
            let score = areaScores[area] ?? (0, 0)
            return score.best + 0.5 * score.second
        }
        let top = weight(first.entry.area)
        let rival = areaScores.keys.filter { $0 != first.entry.area }.map(weight).max() ?? 0
        guard rival <= top * ambiguityRatio else { return [] }
        return matches.filter { $0.entry.area == first.entry.area }
    }

    /// Team matches first, each group best first.
    private func ranked(_ matches: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        matches.filter { teamIDs.contains($0.entry.id) }
            + matches.filter { !teamIDs.contains($0.entry.id) }
    }

    /// Every sentence of the notes' prose and phrasings, in comparable form: a phrasing
    /// counts as already written when the notes have it as an example, in the summary, in an
    /// item's detail (after "e.g.") or in a kept section. Headlines, strengths and tips are
    /// short labels, not phrasings, and are left out (they are most of a large note).
    static func sentences(of report: Report) -> Set<String> {
        var texts = report.summary + report.other.map(\.markdown)
        for item in report.improvements.flatMap(\.items) {
            if let detail = item.detail { texts.append(detail) }
            texts += item.examples.map(\.text)
        }
        var sentences: Set<String> = []
        for text in texts {
            sentences.insert(comparable(text))
            for sentence in splitSentences(text) { sentences.insert(comparable(sentence)) }
        }
        sentences.remove("")
        return sentences
    }

    /// Sentences and quoted spans: "e.g. “Let me check.” Then…" gives both pieces.
    private static let sentenceEnds: Set<Character> = [".", "?", "!", ";", "“", "”", "\"", "«", "»"]

    private static func splitSentences(_ text: String) -> [String] {
        text.split(whereSeparator: { sentenceEnds.contains($0) || $0.isNewline })
            .map { $0.trimmed }.filter { $0.split(separator: " ").count >= 3 }
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
