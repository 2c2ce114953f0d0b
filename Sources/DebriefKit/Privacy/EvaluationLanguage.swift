/// Finds hiring evaluation in a piece of text (a sentence, a bullet, a table row, a label):
/// the patterns of `EvaluationCues`, matched over `EvaluationWords`.
///
/// ```swift
/// EvaluationLanguage.shared.find(in: "Lean hire w/ coaching.")?.category  // .decision
/// EvaluationLanguage.shared.find(in: "Periodic check-ins to calibrate")     // nil
/// ```
struct EvaluationLanguage: Sendable {
    struct Finding: Equatable, Sendable {
        var category: EvaluationCues.Category
        /// The words that matched, folded ("lean hire").
        var phrase: String
    }

    static let shared = EvaluationLanguage(EvaluationCues.patterns)

    private enum Alternative: Sendable {
        /// A word of the patterns' vocabulary, by its number.
        case word(Int32)
        /// A stem, as bytes: "recommend*".
        case prefix([UInt8])
        case number
        case thousands
        case level
        case anyWord
        case end
    }

    private struct Slot: Sendable {
        var alternatives: [Alternative]
        var isOptional: Bool
    }

    private struct Pattern: Sendable {
        var category: EvaluationCues.Category
        var slots: [Slot]
        /// The words of a required slot after the first, when it has only plain words: the
        /// pattern cannot match a text that has none of them, which is checked first.
        var anchor: [Int32] = []
    }

    /// Every plain word the patterns name, numbered: a text's words are looked up once, and
    /// matching then compares numbers, not strings.
    private let vocabulary: WordTable
    /// Patterns whose first slot is plain words, by those words' numbers.
    private let byFirstWord: [[Pattern]]
    /// The rest (a first slot of a stem, a number, a level code), tried at every word.
    private let anywhere: [Pattern]
    /// The stems that open a pattern of `anywhere`, by their first byte: a word that is not in
    /// the vocabulary, not a number and not a level code can open one only with one of these.
    private let anywhereStems: [[[UInt8]]]
    /// Whether any stem of `anywhereStems` starts with the byte: most words start with none.
    private let anywhereStemStarts: [Bool]
    /// For each vocabulary word, whether it may open a pattern of `anywhere` (as a word of its
    /// first slot or by one of its stems): most vocabulary words ("the", "for") open none,
    /// and every pattern of `anywhere` was tried on each of them.
    private let vocabularyOpensAnywhere: [Bool]
    /// For each vocabulary word, whether a pattern of `byFirstWord` starts with it.
    private let vocabularyOpensPattern: [Bool]
    /// Whether some pattern of `anywhere` may open on any word at all (an optional or `_`
    /// first slot), so that no word can be skipped.
    private let anywhereOpensAnywhere: Bool

    init(_ source: [(EvaluationCues.Category, String)]) {
        var vocabulary: [Substring: Int32] = [:]
        func number(_ word: Substring) -> Int32 {
            if let known = vocabulary[word] { return known }
            let next = Int32(vocabulary.count)
            vocabulary[word] = next
            return next
        }
        let patterns = source.map { category, text in
            Pattern(category: category, slots: text.split(separator: " ").map { written in
                var slot = written
                let isOptional = slot.hasSuffix("?") && slot.count > 1
                if isOptional { slot = slot.dropLast() }
                let alternatives = slot.split(separator: "|").map { word -> Alternative in
                    switch word {
                    case "#": .number
                    case "#k": .thousands
                    case "@level": .level
                    case "_": .anyWord
                    case "<end>": .end
                    default:
                        word.hasSuffix("*") && word.count > 1
                            ? .prefix(Array(word.dropLast().utf8)) : .word(number(word))
                    }
                }
                return Slot(alternatives: alternatives, isOptional: isOptional)
            })
        }
        let anchoredPatterns = patterns.map { pattern -> Pattern in
            var anchored = pattern
            for slot in pattern.slots.dropFirst() where !slot.isOptional {
                let ids = slot.alternatives.compactMap { alternative -> Int32? in
                    if case .word(let id) = alternative { return id }
                    return nil
                }
                if ids.count == slot.alternatives.count {
                    anchored.anchor = ids
                    break
                }
            }
            return anchored
        }
        var byFirstWord = [[Pattern]](repeating: [], count: vocabulary.count)
        var anywhere: [Pattern] = []
        for pattern in anchoredPatterns {
            let first = pattern.slots[0]
            let words = first.alternatives.compactMap { alternative -> Int32? in
                if case .word(let id) = alternative { return id }
                return nil
            }
            if first.isOptional || words.count != first.alternatives.count {
                anywhere.append(pattern)
            } else {
                for id in words { byFirstWord[Int(id)].append(pattern) }
            }
        }
        self.vocabulary = WordTable(vocabulary.map { ($0.key, $0.value) })
        self.byFirstWord = byFirstWord
        self.anywhere = anywhere
        var anywhereStems = [[[UInt8]]](repeating: [], count: 256)
        for pattern in anywhere {
            for case .prefix(let stem) in pattern.slots[0].alternatives {
                anywhereStems[Int(stem.first ?? 0)].append(stem)
            }
        }
        self.anywhereStems = anywhereStems
        anywhereStemStarts = anywhereStems.map { !$0.isEmpty }
        var vocabularyOpensAnywhere = [Bool](repeating: false, count: vocabulary.count)
        for (word, id) in vocabulary {
            let bytes = Array(word.utf8)
            vocabularyOpensAnywhere[Int(id)] = anywhere.contains { pattern in
                pattern.slots[0].alternatives.contains { alternative in
                    switch alternative {
                    case .word(let first): first == id
                    case .prefix(let stem): bytes.starts(with: stem)
                    default: false
                    }
                }
            }
        }
        self.vocabularyOpensAnywhere = vocabularyOpensAnywhere
        vocabularyOpensPattern = byFirstWord.map { !$0.isEmpty }
        anywhereOpensAnywhere = anywhere.contains { pattern in
            pattern.slots[0].isOptional || pattern.slots[0].alternatives.contains {
                if case .anyWord = $0 { true } else { false }
            }
        }
    }

    func find(in text: String) -> Finding? {
        find(in: EvaluationWords(text))
    }

    /// A unit that is nothing but a verdict: "Yes", "3 - No", "Strong hire", "No hire".
    private static let bareVerdicts: Set<[Substring]> = [
        ["yes"], ["no"], ["hire"], ["no", "hire"], ["nohire"], ["maybe"], ["pass"], ["fail"],
        ["definitely", "not"], ["definitely", "yes"], ["mixed"], ["yes", "hire"], ["hire", "yes"],
    ]

    /// Every word of a bare verdict, as bytes: a word outside it rules a unit out before
    /// any folding (the privacy gate's pre-read of short pieces).
    private static let bareVerdictVocabulary: [[UInt8]] =
        Set(bareVerdicts.flatMap { $0 }).map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }

    /// Whether an ASCII word (any case) may be part of a bare verdict: a word of one, or a
    /// number (a score, "3 - No").
    static func mayBeBareVerdictWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = word.first else { return true }
        if first >= 48 && first <= 57 { return true }
        return bareVerdictVocabulary.contains { known in
            known.count == word.count
                && zip(known, word).allSatisfy { $0 == ($1 >= 65 && $1 <= 90 ? $1 + 32 : $1) }
        }
    }

    /// A text's words as the matcher needs them: each word's number in the vocabulary (-1
    /// when the patterns never name it) and what kind of token it is, worked out once from
    /// the word's bytes, so matching touches no string.
    private struct Token {
        var id: Int32
        var isNumber: Bool
        var isThousands: Bool
        var isLevel: Bool
        /// The unit separator (`EvaluationWords.unitSeparator`): a unit ends here.
        var endsUnit: Bool
        /// Whether a pattern of `anywhere` may open on this word.
        var opensAnywhere: Bool
    }

    /// The words of one text: their bytes and tokens.
    private struct Tokens {
        var bytes: [UInt8]
        var spans: [Range<Int>]
        var tokens: [Token]

        var count: Int { tokens.count }
        subscript(_ index: Int) -> Token { tokens[index] }
        func bytes(of index: Int) -> ArraySlice<UInt8> { bytes[spans[index]] }
    }

    /// U+2029, the unit separator, in UTF-8.
    private static let unitSeparatorBytes = Array(String(Character(EvaluationWords.unitSeparator)).utf8)

    private func tokens(_ words: EvaluationWords) -> Tokens {
        let bytes = Array(words.folded.utf8)
        let separator = Self.unitSeparatorBytes
        // One buffer for every word: an array slice per word would count a reference each.
        let tokens = bytes.withUnsafeBufferPointer { buffer in
            words.spans.indices.map { index -> Token in
                let word = UnsafeBufferPointer(rebasing: buffer[words.spans[index]])
                let first = word.first ?? 0
                let last = word.last ?? 0
                let startsWithDigit = first >= 48 && first <= 57
                let id = vocabulary.value(forBytes: word) ?? -1
                let isLevel = !startsWithDigit && word.count <= 5 && last >= 48 && last <= 57
                    && Self.isLevelCode(words[index])
                return Token(
                    id: id,
                    isNumber: startsWithDigit,
                    isThousands: startsWithDigit && word.count >= 2 && last == 107
                        && word.dropLast().allSatisfy { $0 >= 48 && $0 <= 57 },
                    isLevel: isLevel,
                    endsUnit: first == separator[0] && word.elementsEqual(separator),
                    // Most words open no pattern of `anywhere`: one it cannot start on is passed by.
                    opensAnywhere: anywhereOpensAnywhere || startsWithDigit || isLevel
                        || (id >= 0
                            ? vocabularyOpensAnywhere[Int(id)]
                            : anywhereStemStarts[Int(first)]
                                && anywhereStems[Int(first)].contains(where: { word.starts(with: $0) })))
            }
        }
        return Tokens(bytes: bytes, spans: words.spans, tokens: tokens)
    }

    /// A unit that is a verdict alone ("Yes", "3 - No", "Strong hire" is a pattern): found
    /// only in a unit of its own, never inside a longer text.
    func bareVerdict(in words: EvaluationWords) -> Finding? {
        guard words.count <= 3 else { return nil }
        let core = words.words.filter { !($0.first?.isASCIIDigit ?? false) }
        guard Self.bareVerdicts.contains(core) else { return nil }
        return Finding(category: .decision, phrase: core.joined(separator: " "))
    }

    func find(in words: EvaluationWords) -> Finding? {
        if let verdict = bareVerdict(in: words) { return verdict }

        let tokens = tokens(words)
        // Which vocabulary words the text has: scanned for a short text, looked up in a
        // table for a long one (a whole note), so a pattern's anchor costs no more than that.
        var table: [Bool] = []
        if tokens.count > 48 {
            table = [Bool](repeating: false, count: byFirstWord.count)
            for token in tokens.tokens where token.id >= 0 { table[Int(token.id)] = true }
        }
        let isPresent = { (id: Int32) in
            table.isEmpty ? tokens.tokens.contains { $0.id == id } : table[Int(id)]
        }
        for start in 0..<tokens.count {
            let token = tokens[start]
            if token.id >= 0, vocabularyOpensPattern[Int(token.id)] {
                // By index: a pattern bound to a name is a copy, two references counted.
                let patterns = byFirstWord[Int(token.id)]
                for index in patterns.indices
                where patterns[index].anchor.isEmpty || patterns[index].anchor.contains(where: isPresent) {
                    if let end = match(patterns[index].slots, 0, tokens, at: start) {
                        return finding(patterns[index], words, start, end)
                    }
                }
            }
            guard token.opensAnywhere else { continue }
            for pattern in anywhere
            where pattern.slots[0].isOptional
                || pattern.slots[0].alternatives.contains(where: { accepts($0, tokens, start) })
            {
                if let end = match(pattern.slots, 0, tokens, at: start) {
                    return finding(pattern, words, start, end)
                }
            }
        }
        // No wording evaluates; an "(internal)" aside still marks the text as the team's.
        // (The folded text keeps brackets; most texts have none.)
        guard words.folded.containsByte(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }),
            let aside = PrivateMarker.find(in: words.folded)
        else { return nil }
        return Finding(category: .hiringTeam, phrase: "(\(aside))")
    }

    private func finding(_ pattern: Pattern, _ words: EvaluationWords, _ start: Int, _ end: Int)
        -> Finding
    {
        let phrase = (start..<max(end, start + 1)).filter { $0 < words.count }
            .map { EvaluationWords.shown(words[$0]) }.joined(separator: " ")
        return Finding(category: pattern.category, phrase: phrase)
    }

    /// The index after the match of `slots` starting at `index`, or `nil`.
    private func match(_ slots: [Slot], _ slotIndex: Int, _ tokens: Tokens, at index: Int) -> Int? {
        guard slotIndex < slots.count else { return index }
        let slot = slots[slotIndex]
        if index == tokens.count || tokens[index].endsUnit {
            if slot.alternatives.contains(where: { if case .end = $0 { true } else { false } }) {
                return index
            }
        } else if slot.alternatives.contains(where: { accepts($0, tokens, index) }),
            let end = match(slots, slotIndex + 1, tokens, at: index + 1)
        {
            return end
        }
        return slot.isOptional ? match(slots, slotIndex + 1, tokens, at: index) : nil
    }

    private func accepts(_ alternative: Alternative, _ tokens: Tokens, _ index: Int) -> Bool {
        switch alternative {
        case .word(let id): return tokens[index].id == id
        case .prefix(let stem): return tokens.bytes(of: index).starts(with: stem)
        case .anyWord: return true
        case .end: return false
        case .number: return tokens[index].isNumber
        case .thousands: return tokens[index].isThousands
        case .level: return tokens[index].isLevel
        }
    }

    /// Words that name a level ("Senior (L5)", "Mid, L4"), folded.
    static let levelWords: Set<Substring> = ["senior", "staff", "junior", "mid", "principal",
                                             "midlevel", "lead"]

    /// Whether `phrase` (folded words) only names a level: a level word or code, nothing else.
    static func onlyNamesALevel(_ phrase: String) -> Bool {
        phrase.split(separator: " ").allSatisfy { levelWords.contains($0) || isLevelCode($0) }
    }

    /// "l5", "e4", "ic3", "sde2", "swe3": the codes companies use for levels.
    static func isLevelCode(_ word: Substring) -> Bool {
        let letters = word.prefix(while: { !$0.isASCIIDigit })
        let digits = word.dropFirst(letters.count)
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else {
            return false
        }
        // "M1", "EM2": manager levels too.
        return ["l", "e", "ic", "sde", "swe", "m", "em"].contains(letters)
    }
}
