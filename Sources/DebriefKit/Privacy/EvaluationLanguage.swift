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
        case word(String)
        case prefix(String)
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
    }

    /// Patterns whose first slot is a plain word, by that word; the rest are tried everywhere.
    private let byFirstWord: [Substring: [Pattern]]
    private let anywhere: [Pattern]

    init(_ source: [(EvaluationCues.Category, String)]) {
        var byFirstWord: [Substring: [Pattern]] = [:]
        var anywhere: [Pattern] = []
        for (category, text) in source {
            let pattern = Pattern(category: category, slots: Self.slots(text))
            let first = pattern.slots[0]
            let words = first.alternatives.compactMap { alternative -> String? in
                if case .word(let word) = alternative { return word }
                return nil
            }
            if first.isOptional || words.count != first.alternatives.count {
                anywhere.append(pattern)
            } else {
                for word in words { byFirstWord[Substring(word), default: []].append(pattern) }
            }
        }
        self.byFirstWord = byFirstWord
        self.anywhere = anywhere
    }

    private static func slots(_ text: String) -> [Slot] {
        text.split(separator: " ").map { written in
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
                        ? .prefix(String(word.dropLast())) : .word(String(word))
                }
            }
            return Slot(alternatives: alternatives, isOptional: isOptional)
        }
    }

    func find(in text: String) -> Finding? {
        find(in: EvaluationWords(text))
    }

    /// A unit that is nothing but a verdict: "Yes", "3 - No", "Strong hire", "No hire".
    private static let bareVerdicts: Set<[Substring]> = [
        ["yes"], ["no"], ["hire"], ["no", "hire"], ["nohire"], ["maybe"], ["pass"], ["fail"],
        ["definitely", "not"], ["definitely", "yes"], ["mixed"],
    ]

    func find(in words: EvaluationWords) -> Finding? {
        let core = words.words.filter { !($0.first?.isASCIIDigit ?? false) }
        if Self.bareVerdicts.contains(core) {
            return Finding(category: .decision, phrase: core.joined(separator: " "))
        }
        for start in 0..<words.count {
            for pattern in byFirstWord[words[start]] ?? [] {
                if let end = match(pattern.slots[...], in: words, at: start) {
                    return finding(pattern, words, start, end)
                }
            }
            for pattern in anywhere {
                if let end = match(pattern.slots[...], in: words, at: start) {
                    return finding(pattern, words, start, end)
                }
            }
        }
        return nil
    }

    private func finding(_ pattern: Pattern, _ words: EvaluationWords, _ start: Int, _ end: Int)
        -> Finding
    {
        let phrase = (start..<max(end, start + 1)).filter { $0 < words.count }
            .map { String(words[$0]) }.joined(separator: " ")
        return Finding(category: pattern.category, phrase: phrase)
    }

    /// The index after the match of `slots` starting at `index`, or `nil`.
    private func match(_ slots: ArraySlice<Slot>, in words: EvaluationWords, at index: Int)
        -> Int?
    {
        guard let slot = slots.first else { return index }
        let rest = slots.dropFirst()
        if slot.alternatives.contains(where: { if case .end = $0 { true } else { false } }),
            index == words.count
        {
            return index
        }
        if index < words.count, slot.alternatives.contains(where: { accepts($0, words[index]) }),
            let end = match(rest, in: words, at: index + 1)
        {
            return end
        }
        return slot.isOptional ? match(rest, in: words, at: index) : nil
    }

    private func accepts(_ alternative: Alternative, _ word: Substring) -> Bool {
        switch alternative {
        case .word(let expected): return word == expected
        case .prefix(let stem): return word.hasPrefix(stem)
        case .anyWord: return true
        case .end: return false
        case .number: return word.first?.isASCIIDigit == true
        case .thousands:
            return word.count >= 2 && word.last == "k" && word.dropLast().allSatisfy(\.isASCIIDigit)
        case .level: return Self.isLevelCode(word)
        }
    }

    /// "l5", "e4", "ic3", "sde2", "swe3": the codes companies use for levels.
    static func isLevelCode(_ word: Substring) -> Bool {
        let letters = word.prefix(while: { !$0.isASCIIDigit })
        let digits = word.dropFirst(letters.count)
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else {
            return false
        }
        return ["l", "e", "ic", "sde", "swe"].contains(letters)
    }
}
