import Foundation
import Testing

@testable import DebriefKit

/// The matcher against labelled improvement items written independently of the phrasebook
/// (area id, item as an interviewer writes it). Two sets, by different writers:
/// `phrasebook-evaluation.tsv` was used while choosing the matcher's weights and threshold;
/// `phrasebook-evaluation-heldout.tsv` was only ever measured. The test prints top-1 and top-3
/// accuracy for each and for both together, and fails when the combined figures fall below
/// 88.4% (top-1, the figure before issue 11) or 95% (top-3).
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
    /// Items from the newer interview kinds and items no phrasing fits, by a third writer.
    static let precisionSet = cases("phrasebook-evaluation-precision.tsv")
    /// A fourth writer's items, never used to choose anything.
    static let blind = cases("phrasebook-evaluation-blind.tsv")

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
        // Before the phrasebook grew to the newer interview kinds (issue 11) these sets gave
        // 88.4% top-1 (130 of 147), and issue 11 asks for no worse. The larger phrasebook
        // first cost two items; contractions as stop words won them back.
        #expect(combined.top1 >= 0.884, "top-1 \(combined.top1)")
        #expect(combined.top3 >= 0.95, "top-3 \(combined.top3)")
    }

    /// What a reader of the report sees, per item: the areas of the suggestions shown (up to
    /// two, as `render` shows by default), none when Debrief abstains.
    static func shownAreas(for item: String) -> [String] {
        let (headline, detail) = ItemText.headlineAndDetail(item)
        var report = Report(source: "evaluation")
        report.improvements = [ImprovementArea(title: nil, items: [
            ImprovementItem(headline: headline, detail: detail, line: 1),
        ])]
        suggester.suggest(into: &report, limit: 2)
        return report.improvements[0].items[0].examples.compactMap {
            $0.entry.map { String($0.prefix { $0 != "/" }) }
        }
    }

    static let suggester = PhraseSuggester()

    struct Figures {
        var topicalItems = 0
        var topOnTopic = 0
        var shown = 0
        var shownOnTopic = 0
        var noneItems = 0
        var abstained = 0
        /// Whether the best-ranked entry, shown or not, is on topic: the matcher's ranking.
        var rankedOnTopic = 0

        var top1: Double { Double(topOnTopic) / Double(max(topicalItems, 1)) }
        var rankedTop1: Double { Double(rankedOnTopic) / Double(max(topicalItems, 1)) }
        var precision: Double { Double(shownOnTopic) / Double(max(shown, 1)) }
        var abstention: Double { Double(abstained) / Double(max(noneItems, 1)) }

        static func + (a: Figures, b: Figures) -> Figures {
            Figures(topicalItems: a.topicalItems + b.topicalItems, topOnTopic: a.topOnTopic + b.topOnTopic,
                    shown: a.shown + b.shown, shownOnTopic: a.shownOnTopic + b.shownOnTopic,
                    noneItems: a.noneItems + b.noneItems, abstained: a.abstained + b.abstained,
                    rankedOnTopic: a.rankedOnTopic + b.rankedOnTopic)
        }
    }

    /// Labels may list several acceptable areas (`a|b`) or say `none`.
    static func figures(_ cases: [Case], name: String, listMisses: Bool = true) -> Figures {
        var figures = Figures()
        for testCase in cases {
            let accepted = Set(testCase.area.split(separator: "|").map(String.init))
            let shown = shownAreas(for: testCase.item)
            figures.shown += shown.count
            let onTopic = shown.filter(accepted.contains)
            figures.shownOnTopic += onTopic.count
            if accepted == ["none"] {
                figures.noneItems += 1
                if shown.isEmpty { figures.abstained += 1 }
            } else {
                figures.topicalItems += 1
                if let first = shown.first, accepted.contains(first) { figures.topOnTopic += 1 }
                if let first = rankedAreas(for: testCase.item).first, accepted.contains(first) {
                    figures.rankedOnTopic += 1
                }
            }
            if listMisses, onTopic.count < shown.count {
                print("  \(name) off topic: \(testCase.area) ← \(testCase.item) → \(shown)")
            }
        }
        print(String(format: "suggestions shown, %@: %d items; top-1 ranked on topic %.1f%%, "
                         + "shown on topic %.1f%%, precision %.1f%% (%d of %d), "
                         + "no suggestion for %d of %d that should get none",
                     name, cases.count, figures.rankedTop1 * 100, figures.top1 * 100,
                     figures.precision * 100,
                     figures.shownOnTopic, figures.shown, figures.abstained, figures.noneItems))
        return figures
    }

    /// The three figures issue 11 asks for, on every set together. The development and
    /// precision sets were used to choose the matcher's bar; the held-out and blind sets were
    /// only measured.
    @Test func suggestionsShownAreOnTopic() {
        #expect(Self.precisionSet.count >= 80)
        // Misses are listed only for the sets tuned on: a measured set whose misses are read
        // is no longer blind.
        let sets = [("development set", Self.development, true), ("held-out set", Self.heldOut, false),
                    ("precision set", Self.precisionSet, true), ("blind set", Self.blind, false)]
        var total = Figures()
        for (name, cases, listsMisses) in sets where !cases.isEmpty {
            total = total + Self.figures(cases, name: name, listMisses: listsMisses)
        }
        print(String(format: "suggestions, all sets: top-1 ranked on topic %.1f%% (shown: %.1f%%), "
                         + "precision %.1f%%, correct abstention %.1f%%", total.rankedTop1 * 100,
                     total.top1 * 100, total.precision * 100, total.abstention * 100))
        #expect(total.precision >= 0.95, "precision \(total.precision)")
        #expect(total.abstention >= 0.90, "abstention \(total.abstention)")
    }

    @Test func evaluationItemsDoNotCopyThePhrasebook() {
        let phrasebookText = Phrasebook.builtIn.entries.flatMap {
            [$0.headline, $0.keywords] + $0.phrasings
        }.map { LabelText.normalised($0) }
        for testCase in Self.development + Self.heldOut + Self.precisionSet + Self.blind {
            let item = LabelText.normalised(testCase.item)
            #expect(!phrasebookText.contains { $0 == item || (item.count > 20 && $0.contains(item)) },
                    "\(testCase.item) copies a phrasebook line")
        }
    }

    @Test func everyEvaluationAreaExistsInThePhrasebook() {
        let areas = Set(Phrasebook.builtIn.entries.map { Phrasebook.slug($0.area) })
        for testCase in Self.development + Self.heldOut + Self.precisionSet + Self.blind {
            for area in testCase.area.split(separator: "|") where area != "none" {
                #expect(areas.contains(String(area)), "\(area)")
            }
        }
    }
}
