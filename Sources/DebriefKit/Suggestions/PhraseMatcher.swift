import Foundation

/// Ranks phrasebook entries for a piece of feedback: deterministic, built once per
/// phrasebook.
///
/// Two BM25 indexes (`BM25Index`) score each entry: one over the entry itself (headline and
/// keywords, which include its "Notes say:" line, weighted up since they name the problem;
/// phrasings lightly, since they are full of incidental words) and one over its whole area,
/// so words spread across an area's entries still point to it. The weights, the area share
/// and the threshold were chosen on the first evaluation set (see
/// `PhrasebookEvaluationTests`); the held-out set was only measured. Query terms missing from the vocabulary are matched to a known
/// term one or two edits away, so "clarifiying" still finds "clarify".
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var entry: Phrasebook.Entry
        public var score: Double
    }

    /// Scores below this are not a match: "asdf qwer" gets nothing rather than a guess.
    public static let threshold = 2.0

    /// How much the area's score adds to each of its entries'.
    static let areaWeight = 0.5

    /// How much a pair of neighbouring words counts next to a single word.
    static let pairWeight = 0.5

    /// How much an entry from a specialist domain keeps of its score when the item says
    /// nothing of that domain (`TopicDomains`).
    static let otherDomainWeight = 0.3

    private let entries: [Phrasebook.Entry]
    /// For each entry, its domain's words; nil for a general entry.
    private let domainOfEntry: [TopicDomains.Vocabulary?]
    private let entryIndex: BM25Index
    private let areaIndex: BM25Index
    private let areaOfEntry: [Int]
    private let vocabulary: [String]

    public init(_ phrasebook: Phrasebook) {
        entries = phrasebook.entries
        entryIndex = BM25Index(documents: entries.map { entry in
            [(entry.area, 2), (entry.headline, 3), (entry.keywords, 2),
             (entry.phrasings.joined(separator: " "), 0.5)]
        })
        var areas: [String] = []
        var areaOfEntry: [Int] = []
        var areaTexts: [[(text: String, weight: Double)]] = []
        for entry in entries {
            if areas.last != entry.area {
                areas.append(entry.area)
                areaTexts.append([(entry.area, 2)])
            }
            areaOfEntry.append(areas.count - 1)
            areaTexts[areas.count - 1] += [(entry.headline, 2), (entry.keywords, 2),
                                           (entry.phrasings.joined(separator: " "), 0.5)]
        }
        areaIndex = BM25Index(documents: areaTexts)
        var vocabularyByArea: [String: TopicDomains.Vocabulary] = [:]
        for domain in TopicDomains.all {
            let vocabulary = TopicDomains.Vocabulary(domain)
            for area in domain.areas { vocabularyByArea[area] = vocabulary }
        }
        domainOfEntry = entries.map { vocabularyByArea[$0.area] }
        self.areaOfEntry = areaOfEntry
        // Both indexes hold the same words; pairs are never corrected, so they are left out.
        vocabulary = entryIndex.vocabulary.filter { !TextAnalyzer.isPair($0) }
    }

    /// Entries scoring at least `threshold`, best first; ties keep phrasebook order.
    public func rank(_ query: String, limit: Int = .max) -> [Match] {
        var cache = TermCache()
        return rank(weightedQuery: [(query, 1)], limit: limit, cache: &cache)
    }

    /// Misspelling look-ups already made, kept across the items of one run: notes repeat
    /// their words, and the look-up scans the vocabulary.
    struct TermCache {
        fileprivate var known: [String: String?] = [:]
    }

    /// Several texts with their own weights: an item's headline counts more than its area.
    func rank(weightedQuery: [(String, Double)], context: String = "", limit: Int = .max,
              cache: inout TermCache) -> [Match]
    {
        var weights: [String: Double] = [:]
        var words = 0
        var knownWords = 0
        for (text, weight) in weightedQuery where weight > 0 {
            for term in TextAnalyzer.termsAndPairs(text) {
                let known: String?
                if entryIndex.contains(term) {
                    known = term
                } else if let cached = cache.known[term] {
                    known = cached
                } else {
                    known = closestKnownTerm(term)
                    cache.known[term] = known
                }
                let isPair = TextAnalyzer.isPair(term)
                if let known {
                    weights[known, default: 0] += isPair ? weight * Self.pairWeight : weight
                }
                if !isPair {
                    words += 1
                    if known != nil { knownWords += 1 }
                }
            }
        }
        // One known word among many unknown ones ("lorem ipsum dolor sit amet": "sit") is
        // not evidence of a topic, however rare the word is in the phrasebook.
        guard knownWords >= 2 || knownWords * 2 >= words else { return [] }
        let (entryScores, matchedWords) = entryIndex.scores(weights)
        let areaScores = areaIndex.scores(weights).scores
        let areaWeight = Self.areaWeight
        // The item's own words and its context's, for telling which domains it is from.
        let itemText = (weightedQuery.map(\.0) + [context]).joined(separator: " ")
        let itemWords = TopicDomains.ItemWords(itemText)
        var inDomain: [Int: Bool] = [:]
        let scores = entryScores.indices.map { index -> Double in
            let score = entryScores[index] + areaWeight * areaScores[areaOfEntry[index]]
            guard let domain = domainOfEntry[index], score >= Self.threshold else { return score }
            let area = areaOfEntry[index]
            let said = inDomain[area] ?? domain.isSaid(in: itemWords)
            inDomain[area] = said
            return said ? score : score * Self.otherDomainWeight
        }
        // An entry that shares one word with a longer item matches by accident ("Weak SQL:
        // could not write a join" and "weakness"): it needs two of the item's words, or one
        // in three.
        return scores.indices
            .filter {
                scores[$0] >= Self.threshold
                    && (matchedWords[$0] >= 2 || matchedWords[$0] * 3 >= words)
            }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            .prefix(limit)
            .map { Match(entry: entries[$0], score: scores[$0]) }
    }

    /// The closest term the phrasebook uses, within one edit (two for long words), else nil.
    private func closestKnownTerm(_ term: String) -> String? {
        guard term.count >= 5, !TextAnalyzer.isPair(term) else { return nil }
        let allowed = term.count >= 8 ? 2 : 1
        var best: (String, Int)?
        for candidate in vocabulary where abs(candidate.count - term.count) <= allowed {
            let distance = EditDistance.between(term, candidate, limit: allowed)
            if distance <= allowed, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }
}

/// Levenshtein distance, stopping early once it passes `limit`.
enum EditDistance {
    static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
