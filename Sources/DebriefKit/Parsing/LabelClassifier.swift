/// Reads what a section label means: one of `SectionLabels`' exact names first, then the
/// private cues, then the section cues of `LabelCues` over the label's words, then an emoji
/// marker. A label that says nothing clear is `nil`.
///
/// ```swift
/// LabelClassifier.classify("Things to work on")  // improvements, by cue
/// LabelClassifier.classify("🔒 Bar raiser notes")  // private, by cue
/// ```
enum LabelClassifier {
    struct Verdict: Equatable {
        var kind: SectionKind
        /// `true` when the label is not an exact name but was read from its words or emoji.
        var byCue: Bool
    }

    private struct Cue {
        var words: [Substring]
        var kind: SectionKind
    }

    private static let privateCues: [[Substring]] = LabelCues.privateCues.map(words)
    private static let privateCuesByFirstWord: [Substring: [[Substring]]] = Dictionary(
        grouping: privateCues.filter { !$0[0].hasSuffix("*") }, by: { $0[0] })
    /// Private cues opening with a stem ("privat*"), by the stem's first byte.
    private static let privateStemCuesByFirstByte: [[[Substring]]] = {
        var table = [[[Substring]]](repeating: [], count: 256)
        for cue in privateCues where cue[0].hasSuffix("*") {
            table[Int(cue[0].utf8.first ?? 0)].append(cue)
        }
        return table
    }()

    /// Whether any private cue is among `words`, looking only at cues that can match.
    private static func hasPrivateCue(_ labelWords: [Substring]) -> Bool {
        let words = LabelCues.withoutTerms(labelWords)
        for word in words {
            guard let first = word.utf8.first else { continue }
            if privateStemCuesByFirstByte[Int(first)].contains(where: { contains(words, $0) }) { return true }
        }
        for word in words {
            guard let cues = privateCuesByFirstWord[word],
                cues.contains(where: { contains(words, $0) })
            else { continue }
            // "Result", "Interview outcome", "Culture fit" are private; "Landing the result"
            // (an area title) and "Fit and finish" are not.
            if LabelCues.keepsPrivateSense(word, among: words) { return true }
        }
        return false
    }
    private static let sectionCues: [Cue] = LabelCues.sectionCues.flatMap { kind, cues in
        cues.map { Cue(words: words($0), kind: kind) }
    }
    /// Cues by their first word, so a label is checked against the few that can match; cues
    /// that open with a stem (`improv*`) are kept by the stem's first byte below.
    private static let cuesByFirstWord: [Substring: [Cue]] = Dictionary(
        grouping: sectionCues.filter { !$0.words[0].hasSuffix("*") }, by: { $0.words[0] })
    /// The same lists, numbered, with their first words looked up by bytes: every word of
    /// every label is looked up.
    private static let cueLists: [[Cue]] = Array(cuesByFirstWord.values)
    private static let cueListByFirstWord = WordTable(
        cueLists.enumerated().map { ($0.element[0].words[0], Int32($0.offset)) })
    /// Cues opening with a stem ("improv*"), by the stem's first byte.
    private static let stemCuesByFirstByte: [[Cue]] = {
        var table = [[Cue]](repeating: [], count: 256)
        for cue in sectionCues where cue.words[0].hasSuffix("*") {
            table[Int(cue.words[0].utf8.first ?? 0)].append(cue)
        }
        return table
    }()

    /// The cues whose first word is `word`.
    private static func cues(openedBy word: Substring) -> [Cue] {
        cueListByFirstWord.value(for: word).map { cueLists[Int($0)] } ?? []
    }

    private static func words(_ cue: String) -> [Substring] {
        cue.split(separator: " ")
    }

    private static let headCues: [[Substring]] = LabelCues.headCues.map(words)

    /// `classify` for a plain line, which is a label only when it is exactly one, private, or
    /// names a section with one of `LabelCues.headCues`; words alone ("Problem solving") are
    /// not enough there.
    static func classifyLine(_ label: String) -> Verdict? {
        linesRead.value(for: label, readLine)
    }

    private static let linesRead = LabelMemo<Verdict?>()
    private static let labelsRead = LabelMemo<Verdict?>()

    private static func readLine(_ label: String) -> Verdict? {
        if let verdict = readWholeLine(label) { return verdict }
        // "Prep for the next round (the onsite has two more rounds):": the aside adds to the
        // label (a private one was read above, aside and all).
        guard let bare = LabelText.withoutTrailingAside(label) else { return nil }
        return readWholeLine(bare)
    }

    private static func readWholeLine(_ label: String) -> Verdict? {
        guard let verdict = classify(label) else { return nil }
        guard verdict.byCue, verdict.kind != .privateNotes else { return verdict }
        let words = LabelText.normalised(EvaluationWords.fold(label)).split(separator: " ")
        // "💡 Sure —", "✅ *What went well*": an emoji with a few words is a label.
        if emojiKind(label) != nil, words.count <= 3 { return verdict }
        // "For her next round I'd suggest she:" — a longer label ends with its colon.
        let limit = label.hasSuffix(":") ? 8 : 6
        guard words.count <= limit, headCues.contains(where: { contains(words, $0) }) else {
            return nil
        }
        return verdict
    }

    /// Only the private reading of `classify`, from the label's words and emoji: for the many
    /// short bullets that could be a private label ("- Decision: no hire") and almost never
    /// are. Evaluation wording in them is the privacy screen's to find.
    static func isPrivate(_ label: String) -> Bool {
        privateRead.value(for: label, readPrivate)
    }

    private static let privateRead = LabelMemo<Bool>()
    private static let namedPrivateRead = LabelMemo<Bool>()

    private static func readPrivate(_ label: String) -> Bool {
        let folded = EvaluationWords.fold(label)
        let normalised = LabelText.normalised(folded)
        if let kind = SectionLabels.exactKind(ofNormalised: normalised) { return kind == .privateNotes }
        return readsPrivate(label, folded: folded, words: normalised.split(separator: " "))
    }

    /// The narrowest private reading, for a phrase that may be an item's headline ("Finish
    /// with the result: …"): a private name, or words that read as private on their own
    /// ("Interviewer-only notes"), never the section cues.
    static func isNamedPrivate(_ label: String) -> Bool {
        namedPrivateRead.value(for: label, readNamedPrivate)
    }

    private static func readNamedPrivate(_ label: String) -> Bool {
        let folded = EvaluationWords.fold(label)
        return SectionLabels.listedKind(of: label) == .privateNotes
            || SectionLabels.looksPrivate(label) || SectionLabels.looksPrivate(folded)
    }

    /// Private cue words, a private emoji, or words that read as private. Cheapest first:
    /// most labels are none of these.
    private static func readsPrivate(_ label: String, folded: String, words: [Substring]) -> Bool {
        hasPrivateCue(words) || emojiKind(folded) == .privateNotes
            || SectionLabels.looksPrivate(label) || SectionLabels.looksPrivate(folded)
    }

    static func classify(_ label: String) -> Verdict? {
        labelsRead.value(for: label, read)
    }

    private static func read(_ label: String) -> Verdict? {
        let folded = EvaluationWords.fold(label)
        let normalised = LabelText.normalised(folded)
        if let kind = SectionLabels.exactKind(ofNormalised: normalised) {
            return Verdict(kind: kind, byCue: false)
        }
        let words = normalised.split(separator: " ")
        guard words.count <= 12 else { return nil }
        if readsPrivate(label, folded: folded, words: words)
            || EvaluationLanguage.shared.find(in: folded).map(isEvaluation) == true
        {
            return Verdict(kind: .privateNotes, byCue: true)
        }
        if let kind = kindFromCues(words) { return Verdict(kind: kind, byCue: true) }
        return emojiKind(folded).map { Verdict(kind: $0, byCue: true) }
    }

    /// A label's evaluation wording, unless all it does is name a level: "Frontend Engineer
    /// (Mid, L4)" titles a note as "Level: Senior (L5)" is a detail, where "Lean hire" or
    /// "Calibrated at L5" is the hiring team's.
    static func isEvaluation(_ finding: EvaluationLanguage.Finding) -> Bool {
        finding.category != .level || !EvaluationLanguage.onlyNamesALevel(finding.phrase)
    }

    /// The kind whose cues weigh most; `nil` on a tie or no cue at all.
    private static func kindFromCues(_ words: [Substring]) -> SectionKind? {
        guard !words.isEmpty else { return nil }
        var weights: [SectionKind: Int] = [:]
        // Each cue once: a word seen before (or a first byte, for stems) adds none.
        var candidates: [Cue] = []
        var seenFirstBytes = Set<UInt8>()
        for (index, word) in words.enumerated() {
            if !words[..<index].contains(word) { candidates += cues(openedBy: word) }
            if let first = word.utf8.first, seenFirstBytes.insert(first).inserted {
                candidates += stemCuesByFirstByte[Int(first)]
            }
        }
        for cue in candidates where contains(words, cue.words) {
            weights[cue.kind, default: 0] += cue.words.count
        }
        // "What didn't go well": praise words under a negation are improvements.
        if let praise = weights[.strengths], words.contains(where: {
            LabelCues.negations.contains(String($0))
        }) {
            weights[.strengths] = nil
            weights[.improvements, default: 0] += praise
        }
        let ranked = weights.sorted { $0.value > $1.value }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].value == best.value { return nil }
        return best.key
    }

    private static func contains(_ words: [Substring], _ cue: [Substring]) -> Bool {
        guard cue.count <= words.count else { return false }
        for start in 0...(words.count - cue.count) {
            var matched = true
            for (offset, part) in cue.enumerated() {
                let word = words[start + offset]
                // Bytes, not Characters: this runs for every cue that may match every label.
                let ok = part.utf8.last == UInt8(ascii: "*")
                    ? word.utf8.starts(with: part.utf8.dropLast()) : word.utf8.elementsEqual(part.utf8)
                if !ok { matched = false; break }
            }
            if matched { return true }
        }
        return false
    }

    static func startsWithPrivateEmoji(_ text: Substring) -> Bool {
        guard let first = text.first, !first.isASCII, let scalar = first.unicodeScalars.first
        else { return false }
        return LabelCues.emojiKind(scalar) == .privateNotes
    }

    private static func emojiKind(_ text: String) -> SectionKind? {
        guard text.containsByte(where: { $0 >= 0xE2 }) else { return nil }
        for character in text where !character.isASCII {
            if let scalar = character.unicodeScalars.first, let kind = LabelCues.emojiKind(scalar) {
                return kind
            }
        }
        return nil
    }
}
