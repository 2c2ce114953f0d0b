import Foundation

/// Ranks phrasebook entries for a piece of feedback with BM25 over analysed terms
/// (`TextAnalyzer`): deterministic, and built once per phrasebook.
///
/// An entry's document is its area title, headline and keywords (weighted up, since they
/// name the problem) plus its phrasings. Query terms missing from the vocabulary are matched
/// to a known term one or two edits away, so "clarifiying" still finds "clarify".
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var entry: Phrasebook.Entry
        public var score: Double
    }

    /// Scores below this are not a match: "asdf qwer" gets nothing rather than a guess.
    public static let threshold = 2.5

    private let entries: [Phrasebook.Entry]
    private let postings: [String: [(document: Int, frequency: Double)]]
    private let documentLengths: [Double]
    private let averageLength: Double
    private let vocabulary: [String]
    private let k1 = 1.2
    private let b = 0.75

    public init(_ phrasebook: Phrasebook) {
        entries = phrasebook.entries
        var postings: [String: [(document: Int, frequency: Double)]] = [:]
        var lengths: [Double] = []
        for (index, entry) in entries.enumerated() {
            var frequencies: [String: Double] = [:]
            let weighted: [(String, Double)] = [
                (entry.area, 2), (entry.headline, 3), (entry.keywords, 2),
                (entry.phrasings.joined(separator: " "), 1),
            ]
            var length = 0.0
            for (text, weight) in weighted {
                for term in TextAnalyzer.terms(text) {
                    frequencies[term, default: 0] += weight
                    length += weight
                }
            }
            for (term, frequency) in frequencies {
                postings[term, default: []].append((index, frequency))
            }
            lengths.append(length)
        }
        self.postings = postings
        documentLengths = lengths
        averageLength = lengths.isEmpty ? 1 : lengths.reduce(0, +) / Double(lengths.count)
        vocabulary = postings.keys.sorted()
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
    func rank(weightedQuery: [(String, Double)], limit: Int = .max, cache: inout TermCache)
        -> [Match]
    {
        var weights: [String: Double] = [:]
        for (text, weight) in weightedQuery {
            for term in TextAnalyzer.terms(text) {
                let known: String?
                if postings[term] != nil {
                    known = term
                } else if let cached = cache.known[term] {
                    known = cached
                } else {
                    known = closestKnownTerm(term)
                    cache.known[term] = known
                }
                if let known { weights[known, default: 0] += weight }
            }
        }
        var scores = [Double](repeating: 0, count: entries.count)
        let count = Double(entries.count)
        for (term, weight) in weights {
            guard let list = postings[term] else { continue }
            let documentsWithTerm = Double(list.count)
            let idf: Double = log(1 + (count - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5))
            for (document, frequency) in list {
                let norm = k1 * (1 - b + b * documentLengths[document] / averageLength)
                scores[document] += weight * idf * frequency * (k1 + 1) / (frequency + norm)
            }
        }
        return scores.indices
            .filter { scores[$0] >= Self.threshold }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            .prefix(limit)
            .map { Match(entry: entries[$0], score: scores[$0]) }
    }

    /// The closest term the phrasebook uses, within one edit (two for long words), else nil.
    private func closestKnownTerm(_ term: String) -> String? {
        guard term.count >= 5 else { return nil }
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
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
