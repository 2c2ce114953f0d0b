/// A small English suffix stemmer, so "testing", "tests" and "tested" meet at "test".
///
/// Written here because none of the Swift packages this project may use ships a stemmer, and
/// Foundation's `NLTagger` lemmatiser is not available on Linux. It follows the spirit of
/// Porter's first steps (plurals, -ed/-ing, common derivational endings) and is applied the
/// same way to the phrasebook and to notes, which is all matching needs.
enum Stemmer {
    static func stem(_ word: String) -> String {
        guard word.count > 3 else { return word }
        var w = word
        // Plurals and third person.
        if w.hasSuffix("sses") { w.removeLast(2) }
        else if w.hasSuffix("ies") { w.removeLast(3); w += "i" }
        else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        // -ed / -ing, then undo doubled consonants ("stopped" → "stop").
        for suffix in ["ing", "ed"] where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            let base = String(w.dropLast(suffix.count))
            guard base.contains(where: isVowel) else { break }
            w = base
            if let last = w.last, let previous = w.dropLast().last, last == previous,
                !"lsz".contains(last)
            {
                w.removeLast()
            }
            break
        }
        if w.hasSuffix("y"), w.count > 3, let previous = w.dropLast().last, !isVowel(previous) {
            w.removeLast()
            w += "i"
        }
        // Derivational endings, longest first.
        let endings: [(String, String)] = [
            ("ational", "ate"), ("ization", "ize"), ("isation", "ize"), ("fulness", "ful"),
            ("iveness", "ive"), ("ousness", "ous"), ("biliti", "ble"), ("ation", "ate"),
            ("alism", "al"), ("aliti", "al"), ("iviti", "ive"), ("ement", ""), ("ment", ""),
            ("ness", ""), ("ance", ""), ("ence", ""), ("able", ""), ("ible", ""), ("ally", "al"),
            ("ly", ""), ("ise", "ize"), ("ate", ""), ("ive", ""), ("ize", ""), ("al", ""),
            ("er", ""), ("ic", ""), ("e", ""),
        ]
        for (ending, replacement) in endings where w.hasSuffix(ending) {
            let base = String(w.dropLast(ending.count)) + replacement
            if base.count >= 3, base.contains(where: isVowel) { w = base }
            break
        }
        return w
    }

    private static func isVowel(_ character: Character) -> Bool {
        "aeiou".contains(character)
    }
}
