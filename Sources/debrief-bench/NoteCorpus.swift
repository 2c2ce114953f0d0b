import Foundation

/// A seeded corpus of varied notes in nested folders, the same for every run with the same
/// seed, so speed figures compare like with like across machines and sessions. Notes mix the
/// house styles Debrief reads (a notes-app paste, Markdown headings, terse Pros/Cons, an ATS
/// scorecard, front matter) and are 1–8 KiB each, most of them short.
struct NoteCorpus {
    let count: Int
    let seed: UInt64

    /// Writes the corpus under `folder` (created; existing notes are replaced) and returns
    /// the notes' paths in a stable order.
    func write(to folder: URL) throws -> [URL] {
        var random = SplitMix64(seed: seed)
        var paths: [URL] = []
        paths.reserveCapacity(count)
        for index in 0..<count {
            let team = Self.teams[index % Self.teams.count]
            let month = String(format: "2026-%02d", index / Self.teams.count % 12 + 1)
            let directory = folder.appendingPathComponent(team).appendingPathComponent(month)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let ext = ["md", "md", "md", "md", "md", "md", "txt", "markdown"][index % 8]
            let path = directory.appendingPathComponent(String(format: "note-%05d.%@", index, ext))
            // Log-uniform between 1 and 8 KiB: most notes are short, a few are long.
            let unit = Double(random.next() >> 11) / Double(1 << 53)
            let targetSize = Int(1024 * pow(8, unit))
            var writer = NoteWriter(random: random, index: index)
            let note = writer.note(style: index % NoteWriter.styleCount, bytes: targetSize)
            random = writer.random
            try Data(note.utf8).write(to: path)
            paths.append(path)
        }
        return paths
    }

    private static let teams = ["payments", "search", "mobile", "infra", "data", "growth", "security"]
}

/// The standard SplitMix64 generator: tiny, fast and the same on every platform, which
/// `SystemRandomNumberGenerator` is not.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Writes one note in one of the house styles from pools of phrases, growing the strengths
/// and improvement items until the note reaches its size.
struct NoteWriter {
    static let styleCount = 5
    var random: SplitMix64
    let index: Int

    init(random: SplitMix64, index: Int) {
        self.random = random
        self.index = index
    }

    mutating func note(style: Int, bytes: Int) -> String {
        switch style {
        case 0: return notesAppPaste(bytes: bytes)
        case 1: return markdownHeadings(bytes: bytes)
        case 2: return terseProsCons(bytes: bytes)
        case 3: return scorecard(bytes: bytes)
        default: return frontMatter(bytes: bytes)
        }
    }

    // MARK: Styles

    private mutating func notesAppPaste(bytes: Int) -> String {
        var note = """
            Details

            Interview Time:\u{00A0}
            \(pick(Self.months)) \(1 + index % 28), 2026 \(1 + index % 11):30 PM
            Targeted Company:\u{00A0}
            \(pick(Self.companies))
            Targeted Level:\u{00A0}
            \(pick(Self.levels))

            Feedback

            \(sentence()) \(sentence())

            Areas of Strength

            """
        var strengths = ""
        var areas = "\nAreas for Improvement\n\n"
        var round = 0
        while note.utf8.count + strengths.utf8.count + areas.utf8.count < bytes {
            round += 1
            strengths += "  • \(pick(Self.strengths))\n"
            areas += """
                \(pick(Self.areaTitles)) — examples you can say

                  • \(pick(Self.weaknesses)):
                    “\(pick(Self.phrasings))”
                  • **\(pick(Self.areaTitles)):** \(pick(Self.weaknesses))
                    Example: “\(pick(Self.phrasings))”


                """
        }
        note += strengths + areas
        return note
    }

    private mutating func markdownHeadings(bytes: Int) -> String {
        var note = """
            # Interview feedback: \(pick(Self.names))

            - **Role:** \(pick(Self.roles))
            - **Level:** \(pick(Self.levels))
            - **Date:** \(isoDate)
            - **Interview type:** \(pick(Self.interviewTypes))

            ## Summary

            \(sentence()) \(sentence()) \(sentence())

            """
        var strengths = "\n## Strengths\n\n"
        var areas = "\n## Areas for improvement\n\n"
        while note.utf8.count + strengths.utf8.count + areas.utf8.count < bytes {
            strengths += "- \(pick(Self.strengths)), with `\(pick(Self.codeWords))`\n"
            areas += """
                ### \(pick(Self.areaTitles))

                \(pick(Self.weaknesses)).

                Examples you can say:
                - "\(pick(Self.phrasings))"
                - "\(pick(Self.phrasings))"


                """
        }
        note += strengths + areas + "\n## Preparation\n\n- \(pick(Self.preparation))\n- \(pick(Self.preparation))\n"
        return note
    }

    private mutating func terseProsCons(bytes: Int) -> String {
        var note = """
            Candidate: \(pick(Self.names))
            Role: \(pick(Self.roles))
            Level: \(pick(Self.levels))
            Date: \(isoDate)

            \(pick(Self.interviewTypes)) exercise
            \(sentence()) \(sentence())

            """
        var pros = "\nPros:\n"
        var cons = "\nCons:\n"
        while note.utf8.count + pros.utf8.count + cons.utf8.count < bytes {
            pros += "- \(pick(Self.strengths).lowercased())\n"
            cons += "- \(pick(Self.weaknesses).lowercased())\n"
        }
        note += pros + cons + "\nPrep:\n- \(pick(Self.preparation))\n- \(pick(Self.preparation))\n"
        return note
    }

    private mutating func scorecard(bytes: Int) -> String {
        var note = """
            # Scorecard: \(pick(Self.roles))

            | Field | Value |
            | --- | --- |
            | Candidate | \(pick(Self.names)) |
            | Position | \(pick(Self.roles)) |
            | Interview Date | \(isoDate) |

            ## Ratings

            | Competency | Score | Notes |
            | --- | --- | --- |
            | Problem solving | \(1 + index % 4)/4 | \(pick(Self.strengths)) |
            | Communication | \(1 + (index / 4) % 4)/4 | \(pick(Self.weaknesses)) |

            ## Summary

            \(sentence()) \(sentence())

            """
        var strengths = "\n## Strengths\n\n"
        var concerns = "\n## Concerns\n\n"
        var number = 0
        while note.utf8.count + strengths.utf8.count + concerns.utf8.count < bytes {
            number += 1
            strengths += "- \(pick(Self.strengths))\n"
            concerns += """
                \(number). **\(pick(Self.areaTitles))** — \(pick(Self.weaknesses)).
                   - "\(pick(Self.phrasings))"

                """
        }
        note += strengths + concerns
        note += "\n## Private notes\n\nDebrief on Thursday; panel only.\n"
        return note
    }

    private mutating func frontMatter(bytes: Int) -> String {
        var note = """
            ---
            candidate: \(pick(Self.names))
            role: \(pick(Self.roles))
            level: \(pick(Self.levels))
            date: \(isoDate)
            ---

            ## Summary

            \(sentence()) \(sentence())

            """
        var strengths = "\n## What went well\n\n"
        var areas = "\n## Areas to improve\n\n"
        while note.utf8.count + strengths.utf8.count + areas.utf8.count < bytes {
            strengths += "- \(pick(Self.strengths))\n"
            areas += "- **\(pick(Self.areaTitles)):** \(pick(Self.weaknesses))\n"
                + "  - Try: \"\(pick(Self.phrasings))\"\n"
        }
        note += strengths + areas
        return note
    }

    // MARK: Phrases

    private mutating func pick(_ pool: [String]) -> String {
        pool[Int(random.next() % UInt64(pool.count))]
    }

    private var isoDate: String { String(format: "2026-%02d-%02d", 1 + index % 12, 1 + index % 28) }

    private mutating func sentence() -> String {
        "\(pick(Self.subjects)) \(pick(Self.verbs)) \(pick(Self.objects))."
    }

    private static let months = ["January", "February", "March", "April", "May", "June",
                                 "July", "August", "September", "October", "November", "December"]
    private static let companies = ["Northwind", "Fabrikam", "Tailspin", "Contoso", "Litware"]
    private static let levels = ["Junior", "Mid (L4)", "Senior", "Staff", "Principal"]
    private static let names = ["Ana Ruiz", "Kofi Mensah", "Li Wei", "Priya Nair", "Jonas Berg",
                                "Sara Haddad", "Tom O'Neill", "Yuki Sato"]
    private static let roles = ["Backend Engineer", "iOS Engineer", "Data Engineer",
                                "Site Reliability Engineer", "Frontend Engineer"]
    private static let interviewTypes = ["Coding", "System design", "Behavioural", "Debugging"]
    private static let subjects = ["The candidate", "They", "Their design", "The walkthrough",
                                   "Their first attempt"]
    private static let verbs = ["covered", "explained", "reworked", "tested", "sketched"]
    private static let objects = ["the queue and its retries", "a rate limiter for the API",
                                  "the cache invalidation path", "an LRU cache in forty minutes",
                                  "the failure modes of the job runner"]
    private static let strengths = [
        "Asked about expected load before choosing a data store",
        "Named the trade-off between consistency and latency",
        "Wrote small functions with clear names",
        "Tested the empty and single-element cases unprompted",
        "Kept a steady pace and explained each step",
        "Spotted an off-by-one error while tracing an example",
        "Chose a heap and said why a sorted array would be slower",
    ]
    private static let weaknesses = [
        "Went quiet for several minutes while debugging",
        "Started coding before agreeing on the requirements",
        "Did not state the time complexity",
        "Left the retry path untested",
        "Gave an estimate without any numbers",
        "Skipped the failure cases of the design",
    ]
    private static let areaTitles = ["Thinking out loud", "Clarifying requirements",
                                     "Testing", "Estimation", "Structure of answers"]
    private static let phrasings = [
        "Let me say what I'm checking before I run it.",
        "Before I start, can I confirm the inputs we need to handle?",
        "This is O(n log n) because of the sort; the scan itself is linear.",
        "I'd like to add a test for the empty list first.",
        "At about 500 requests a second, one node is enough for now.",
    ]
    private static let codeWords = ["Vec<String>", "async let", "HashMap", "<div>", "O(n)"]
    private static let preparation = [
        "Practise two timed problems a week, narrating each step",
        "Review how consistent hashing spreads keys",
        "Write tests before the first run in mock interviews",
    ]
}
