import DebriefKit
import Foundation

// `make bench`: parse time against note size (a linear parser takes about 5 times as long
// for a 5 MiB note as for a 1 MiB one; a quadratic step would show as about 25 times), the
// suggester, pathological shapes, then the corpus table against cmark-gfm.
// `debrief-bench corpus` runs only the corpus tables (BENCH_NOTES sets the corpus's size,
// BENCH_LARGE_NOTES the larger one's, 0 to skip it).

/// A note of at least `bytes` bytes in the seed's house style: details, a summary, then
/// strengths and improvement areas repeated until the size is reached.
func syntheticNote(bytes: Int) -> String {
    let note = """
        Details

        Interview Time:\u{00A0}
        March 3, 2026 2:30 PM
        Targeted Company:\u{00A0}
        Targeted Level:\u{00A0}
        Senior

        Feedback

        A long interview, written out in full to measure how parsing time grows with size.

        Areas of Strength

        """
    var round = 0
    var strengths = ""
    var improvements = "\nAreas for Improvement\n\n"
    while note.utf8.count + strengths.utf8.count + improvements.utf8.count < bytes {
        round += 1
        strengths += "  • Explained trade-off number \(round) between **latency** and cost\n"
        improvements += """
            Area \(round) — examples you can say

              • Check in before deep dive \(round):
                “Shall I go deeper on the cache for part \(round), or on the retry design?”
                “I can sketch the write path first — would that help?”
              • **Quantify the estimate:** give numbers for step \(round)
                Example: “At 2,000 writes a second we need about \(round) shards.”


            """
    }
    return note + strengths + improvements
}

func medianSeconds(runs: Int, _ work: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[times.count / 2]
}

let mode = CommandLine.arguments.dropFirst().first
let corpusNotes = Int(ProcessInfo.processInfo.environment["BENCH_NOTES"] ?? "") ?? 10_000
// `debrief-bench write-corpus DIR`: only write the corpus, for profiling (`make profile`).
if mode == "write-corpus", CommandLine.arguments.count == 3 {
    do {
        _ = try NoteCorpus(count: corpusNotes, seed: CorpusBench.seed)
            .write(to: URL(fileURLWithPath: CommandLine.arguments[2]))
        exit(0)
    } catch {
        print("cannot write the corpus: \(error)")
        exit(1)
    }
}
let onlyCorpus = mode == "corpus"
let parser = NotesParser()
/// Single notes at two sizes, the suggester, and pathological shapes.
func runNoteBenches(parser: NotesParser) {
    let sizes = [1 << 20, 5 << 20]
    var results: [(size: Int, seconds: Double, items: Int)] = []
    for size in sizes {
        let note = syntheticNote(bytes: size)
        var items = 0
        let seconds = medianSeconds(runs: 5) {
            let report = parser.parse(note, source: "bench.md")
            items = report.improvements.reduce(0) { $0 + $1.items.count }
        }
        results.append((note.utf8.count, seconds, items))
        let mibPerSecond = Double(note.utf8.count) / Double(1 << 20) / seconds
        print(String(format: "%@ note: %.3f s median of 5 (%.1f MiB/s, %d improvement items)",
                     ByteSize(note.utf8.count).description, seconds, mibPerSecond, items))
    }
    let ratio = results[1].seconds / results[0].seconds
    let sizeRatio = Double(results[1].size) / Double(results[0].size)
    print(String(format: "5 MiB / 1 MiB time ratio: %.2f (size ratio %.2f; linear ≈ %.0f, quadratic ≈ %.0f)",
                 ratio, sizeRatio, sizeRatio, sizeRatio * sizeRatio))

    // Suggestions: 10,000 improvement items without examples, phrased the way notes are.
    let itemTexts = [
        "went quiet for minutes while debugging", "no tests", "jumped into code without a plan",
        "never stated the complexity", "hand-wavy on the cache design", "didn't ask about scale",
        "rambled through the story, no clear result", "picked Kafka without saying why",
        "ran out of time before testing", "didn't check in with me before coding",
    ]
    var suggestionReport = Report(source: "bench.md")
    suggestionReport.improvements = [ImprovementArea(title: nil, items: (0..<10_000).map {
        ImprovementItem(headline: "\(itemTexts[$0 % itemTexts.count]) (\($0))", line: $0 + 1)
    })]
    _ = PhraseMatcher.builtIn  // built once per process; not part of the per-item cost
    let suggester = PhraseSuggester()
    let suggestSeconds = medianSeconds(runs: 5) {
        var report = suggestionReport
        suggester.suggest(into: &report, limit: 2)
    }
    print(String(format: "suggestions for 10,000 items: %.3f s median of 5", suggestSeconds))

    PathologicalShapes.run(parser: parser, small: 2_000, large: 8_000)
}

if !onlyCorpus { runNoteBenches(parser: parser) }

// The corpus table needs the release `debrief` beside this binary (`make bench` builds both).
let debrief = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("debrief").path
do {
    let largeNotes = Int(ProcessInfo.processInfo.environment["BENCH_LARGE_NOTES"] ?? "") ?? 50_000
    try CorpusBench(noteCount: corpusNotes, largeCount: largeNotes, debrief: debrief).run()
} catch {
    print("corpus bench failed: \(error)")
    exit(1)
}
