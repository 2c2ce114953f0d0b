import Foundation
import Testing

@testable import DebriefKit

/// The matcher against labelled improvement items written independently of the phrasebook
/// (area id, item as an interviewer writes it). Two sets, by different writers:
/// `phrasebook-evaluation.tsv` was used while choosing the matcher's weights and threshold;
/// `phrasebook-evaluation-heldout.tsv` was only ever measured. The test prints top-1 and top-3
/// accuracy for each and for both together, and fails when the combined figures fall below
/// 85% (top-1) or 95% (top-3).
@Suite struct PhrasebookEvaluationTests {
    struct Case: Sendable {
        var area: String
        var item: String
    }

    static func cases(_ name: String) -> [Case] {
        let url = TestFiles.packageRoot.appendingPathComponent("Tests/DebriefKitTests/Fixtures/\(name)")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return parts.count == 2 ? Case(area: parts[0], item: parts[1]) : nil
        }
    }

    static let development = cases("phrasebook-evaluation.tsv")
    static let heldOut = cases("phrasebook-evaluation-heldout.tsv")

    /// The areas of the ranked entries, best first, each once.
    static func rankedAreas(for item: String) -> [String] {
        let (headline, detail) = ItemText.headlineAndDetail(item)
        var cache = PhraseMatcher.TermCache()
        var areas: [String] = []
        for match in PhraseMatcher.builtIn.rank(
            weightedQuery: [(headline, 1), (detail ?? "", 0.7)], cache: &cache)
        {
            let area = String(match.entry.id.prefix { $0 != "/" })
            if !areas.contains(area) { areas.append(area) }
        }
        return areas
    }

    /// `listMisses`: off for the combined set, whose misses the two sets already listed.
    static func accuracy(_ cases: [Case], name: String, listMisses: Bool = true)
        -> (top1: Double, top3: Double)
    {
        var top1 = 0
        var top3 = 0
        for testCase in cases {
            let areas = rankedAreas(for: testCase.item)
            if areas.first == testCase.area { top1 += 1 }
            if areas.prefix(3).contains(testCase.area) {
                top3 += 1
            } else if listMisses {
                print("  \(name) top-3 miss: \(testCase.area) ← \(testCase.item) → \(areas.prefix(3))")
            }
        }
        let total = Double(max(cases.count, 1))
        let result = (Double(top1) / total, Double(top3) / total)
        print(String(format: "phrasebook evaluation, %@: %d items, top-1 %.1f%%, top-3 %.1f%%",
                     name, cases.count, result.0 * 100, result.1 * 100))
        return result
    }

    @Test func accuracy() {
        #expect(Self.development.count >= 60)
        #expect(Self.heldOut.count >= 60)
        _ = Self.accuracy(Self.development, name: "development set")
        _ = Self.accuracy(Self.heldOut, name: "held-out set")
        let combined = Self.accuracy(Self.development + Self.heldOut, name: "both sets",
                                     listMisses: false)
        #expect(combined.top1 >= 0.85, "top-1 \(combined.top1)")
        #expect(combined.top3 >= 0.95, "top-3 \(combined.top3)")
    }

    @Test func evaluationItemsDoNotCopyThePhrasebook() {
        let phrasebookText = Phrasebook.builtIn.entries.flatMap {
            [$0.headline, $0.keywords] + $0.phrasings
        }.map { LabelText.normalised($0) }
        for testCase in Self.development + Self.heldOut {
            let item = LabelText.normalised(testCase.item)
            #expect(!phrasebookText.contains { $0 == item || (item.count > 20 && $0.contains(item)) },
                    "\(testCase.item) copies a phrasebook line")
        }
    }

    @Test func everyEvaluationAreaExistsInThePhrasebook() {
        let areas = Set(Phrasebook.builtIn.entries.map { Phrasebook.slug($0.area) })
        for testCase in Self.development + Self.heldOut {
            #expect(areas.contains(testCase.area), "\(testCase.area)")
        }
    }
}
