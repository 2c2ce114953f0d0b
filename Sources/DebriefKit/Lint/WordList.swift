/// A list of words or phrases a rule looks for, as data: built-in lists and a team's
/// additions in `.debrief.yml` are written the same way.
///
/// An entry is the words of a phrase ("not a culture fit", "didn't click"; `*` ends a stem:
/// "condescend*"), matched whole-word and case-insensitively, then optional conditions that
/// keep words with an everyday or technical sense from firing:
/// - `@person`: an adjective that is about a person only when used of one. It fires when the
///   next word is a word for a person or their manner ("aggressive tone"), or when the phrase
///   ends its clause and a person was named before it in the sentence ("he was aggressive",
///   "came across as arrogant"). "An aggressive caching strategy" never fires.
/// - `@owned`: a noun that is about a person only when it is theirs: "his age", "at her age";
///   never "the age of the cache entries".
/// - `!word`: not when the next word is `word` ("accent !colour": not "accent colour").
/// - `^word`: not when the word before is `word` ("blind ^double").
struct WordList: Sendable {
    struct Entry: Sendable, Hashable {
        var words: [String]
        var person = false
        var owned = false
        var notBefore: Set<String> = []
        var notAfter: Set<String> = []
        /// As written, for messages and configuration.
        var source: String

        init(_ line: String) {
            source = line
            var words: [String] = []
            for token in line.split(separator: " ") {
                switch token.first {
                case "@" where token == "@person": person = true
                case "@" where token == "@owned": owned = true
                case "!": notBefore.insert(Self.fold(token.dropFirst()))
                case "^": notAfter.insert(Self.fold(token.dropFirst()))
                default:
                    words += LintWords(token).words.map(\.folded)
                    if token.hasSuffix("*"), !words.isEmpty { words[words.count - 1] += "*" }
                }
            }
            self.words = words
        }

        private static func fold(_ word: Substring) -> String {
            LintWords(word).words.first?.folded ?? ""
        }
    }

    struct Match {
        var entry: Entry
        /// Word indices in the text, half-open.
        var range: Range<Int>
    }

    private(set) var entries: [Entry]
    /// Entries by their first word, and those whose first word is a stem: each word of a
    /// text is looked up once instead of compared with every entry (lint runs on every note).
    private var firstWordLists: [[Int]] = []
    /// A word's list in `firstWordLists`, looked up by bytes.
    private var firstWordTable = WordTable([])
    /// Entries whose first word is a stem, by the stem's first byte, with the stem's bytes.
    private var stemFirstByByte = [[(entry: Int, stem: [UInt8])]](repeating: [], count: 256)

    init(_ lines: [String]) {
        self.init(entries: lines.map(Entry.init))
    }

    private init(entries: [Entry]) {
        self.entries = entries.filter { !$0.words.isEmpty }
        var byFirstWord: [String: [Int]] = [:]
        for (index, entry) in self.entries.enumerated() {
            if entry.words[0].hasSuffix("*") {
                let stem = Array(entry.words[0].utf8.dropLast())
                stemFirstByByte[Int(stem.first ?? 0)].append((index, stem))
            } else {
                byFirstWord[entry.words[0], default: []].append(index)
            }
        }
        firstWordLists = Array(byFirstWord.values)
        firstWordTable = WordTable(firstWordLists.enumerated().map {
            (Substring(self.entries[$0.element[0]].words[0]), Int32($0.offset))
        })
    }

    /// The list with `added` entries and without the entries whose words `removed` names.
    func adding(_ added: [String], removing removed: [String]) -> WordList {
        let gone = Set(removed.map { Entry($0).words })
        return WordList(entries: entries.filter { !gone.contains($0.words) }
            + added.map(Entry.init).filter { !gone.contains($0.words) })
    }

    /// Every match in `text`, outside quotation marks, in order.
    func matches(in text: LintWords) -> [Match] {
        let words = text.words
        var found: [Match] = []
        var index = 0
        while index < words.count {
            // The longest entry that matches here, by its number: a `Match` (which copies
            // the entry) is made only for one that does.
            var best: (entry: Int, count: Int)?
            if !words[index].quoted {
                let folded = words[index].folded
                // Each entry that may open here, with no list made for them: this runs for
                // every word of every note.
                func consider(_ entryIndex: Int) {
                    let count = entries[entryIndex].words.count
                    guard count <= words.count - index, best.map({ count > $0.count }) ?? true,
                        Self.wordsMatch(entries[entryIndex].words, words, at: index),
                        Self.conditionsHold(entries[entryIndex], text, index, index + count)
                    else { return }
                    best = (entryIndex, count)
                }
                if let list = firstWordTable.value(for: folded) {
                    for entryIndex in firstWordLists[Int(list)] { consider(entryIndex) }
                }
                // Bytes: a stem is compared with the words that start with its first byte only.
                for stem in stemFirstByByte[Int(folded.utf8.first ?? 0)] where folded.utf8.starts(with: stem.stem) {
                    consider(stem.entry)
                }
            }
            if let best {
                found.append(Match(entry: entries[best.entry], range: index..<(index + best.count)))
                index += best.count
            } else {
                index += 1
            }
        }
        return found
    }

    private static func wordsMatch(_ pattern: [String], _ words: [LintWords.Word], at start: Int)
        -> Bool
    {
        for (offset, expected) in pattern.enumerated() {
            let word = words[start + offset]
            if word.quoted { return false }
            // A phrase does not run across sentences ("… no. Fit was …").
            if offset > 0, words[start + offset - 1].endsSentence { return false }
            if expected.hasSuffix("*") {
                guard word.folded.utf8.starts(with: expected.utf8.dropLast()) else { return false }
            } else if word.folded != expected {
                return false
            }
        }
        return true
    }

    private static func conditionsHold(_ entry: Entry, _ text: LintWords, _ start: Int, _ end: Int)
        -> Bool
    {
        let words = text.words
        let endsClause = words[end - 1].endsSentence
        let next = end < words.count && !endsClause ? words[end].folded : nil
        let previous = start > 0 && !words[start - 1].endsSentence ? words[start - 1].folded : nil
        if let next, entry.notBefore.contains(next) { return false }
        if let previous, entry.notAfter.contains(previous) { return false }
        if entry.owned {
            let before = words[max(text.sentenceStart(of: start), start - 2)..<start].map(\.folded)
            guard before.contains(where: PersonWords.possessives.contains) else { return false }
        }
        if entry.person {
            // "aggressive tone" is about a person; "the emotional tone of the chats" is not.
            if let next, PersonWords.manner.contains(next) {
                let ofAThing = end + 1 < words.count && !words[end].endsSentence
                    && words[end + 1].folded == "of"
                    && ["the", "a", "an", "its", "this", "that"].contains(previous ?? "")
                return !ofAThing
            }
            guard next == nil || PersonWords.clauseLinks.contains(next!) else { return false }
            let sentenceStart = text.sentenceStart(of: start)
            let sentence = words[sentenceStart..<start].map(\.folded)
            // "Was a bit emotional when …": notes drop the subject, which is the candidate.
            if let first = sentence.first, PersonWords.droppedSubjectVerbs.contains(first) { return true }
            return sentence.contains(where: PersonWords.cues.contains)
        }
        return true
    }
}

/// Words that say a phrase is about a person rather than a system.
enum PersonWords {
    static let possessives: Set<String> = [
        "his", "her", "their", "candidates", "hers", "theirs", "your",
    ]
    /// Before an adjective in the same sentence: someone is being described.
    static let cues: Set<String> = [
        "he", "she", "they", "him", "her", "them", "his", "their", "hes", "shes", "theyre",
        "himself", "herself", "themselves", "candidate", "interviewee", "person", "guy", "gal",
        "man", "woman", "lady", "girl", "boy", "came", "comes", "seemed", "seems", "appeared",
        "appears", "sounded", "sounds", "acted", "acts", "behaved", "got", "gets", "getting",
        "became", "becomes", "personality", "attitude",
        "demeanour", "demeanor", "tone", "manner",
    ]
    /// After an adjective: what it describes is a person or how they behave.
    static let manner: Set<String> = [
        "tone", "attitude", "manner", "demeanour", "demeanor", "behaviour", "behavior", "person",
        "guy", "gal", "man", "woman", "lady", "girl", "candidate", "personality", "communicator",
        "interviewee", "individual", "character", "vibe", "vibes", "energy", "presence", "way",
        "accent", "name", "names", "culture", "background",
        "towards", "toward",
    ]
    /// A note's sentence that starts with one of these has dropped its subject, which is the
    /// candidate: "Was a bit emotional", "Got defensive", "Seemed arrogant".
    static let droppedSubjectVerbs: Set<String> = [
        "was", "seemed", "got", "came", "became", "looked", "sounded", "acted", "appeared",
        "felt", "is", "seems", "gets", "comes", "looks", "sounds", "acts", "appears",
    ]
    /// Words that may follow a predicative adjective without it describing a thing.
    static let clauseLinks: Set<String> = [
        "and", "or", "but", "with", "when", "at", "in", "during", "about", "to", "whenever",
        "if", "while", "so", "which", "throughout", "under", "for", "on", "as",
    ]
}
