import Foundation

/// A BM25 index over weighted documents of analysed terms (`TextAnalyzer`).
///
/// Written here rather than taken from a package: none of the packages this project may use
/// ranks text, and the index is a few dozen lines over a dictionary of postings.
struct BM25Index: Sendable {
    private let postings: [String: [(document: Int, frequency: Double)]]
    private let lengths: [Double]
    private let averageLength: Double
    private let k1: Double
    private let b: Double

    /// - Parameter documents: each document as texts with weights (a title counts more than
    ///   a body).
    init(documents: [[(text: String, weight: Double)]], k1: Double = 1.2, b: Double = 0.75) {
        var postings: [String: [(document: Int, frequency: Double)]] = [:]
        var lengths: [Double] = []
        for (index, fields) in documents.enumerated() {
            var frequencies: [String: Double] = [:]
            var length = 0.0
            for (text, weight) in fields where weight > 0 {
                // Within a field a term counts once: keyword lists repeat a word in every
                // variant ("stated assumptions, never stated assumptions"), which says
                // nothing about how much the entry is about it.
                var seen: Set<String> = []
                for term in TextAnalyzer.termsAndPairs(text) where seen.insert(term).inserted {
                    frequencies[term, default: 0] += weight
                    length += weight
                }
            }
            for (term, frequency) in frequencies.sorted(by: { $0.key < $1.key }) {
                postings[term, default: []].append((index, frequency))
            }
            lengths.append(length)
        }
        self.postings = postings
        self.lengths = lengths
        averageLength = lengths.isEmpty ? 1 : max(lengths.reduce(0, +) / Double(lengths.count), 1)
        self.k1 = k1
        self.b = b
    }

    var vocabulary: [String] { postings.keys.sorted() }

    func contains(_ term: String) -> Bool { postings[term] != nil }

    /// The score of every document for query terms with weights, and how many of the query's
    /// single words (not pairs) each document contains.
    func scores(_ query: [String: Double]) -> (scores: [Double], matchedWords: [Int]) {
        var scores = [Double](repeating: 0, count: lengths.count)
        var matchedWords = [Int](repeating: 0, count: lengths.count)
        let count = Double(lengths.count)
        for (term, weight) in query {
            guard let list = postings[term] else { continue }
            if !TextAnalyzer.isPair(term) {
                for (document, _) in list { matchedWords[document] += 1 }
            }
            let withTerm = Double(list.count)
            let idf: Double = log(1 + (count - withTerm + 0.5) / (withTerm + 0.5))
            for (document, frequency) in list {
                let norm = k1 * (1 - b + b * lengths[document] / averageLength)
                scores[document] += weight * idf * frequency * (k1 + 1) / (frequency + norm)
            }
        }
        return (scores, matchedWords)
    }
}
