import Foundation
import Testing

@testable import DebriefKit

/// Shortcuts that read bytes where the recognisers once walked Characters must find what
/// the Character walk found, including where a byte is not a Character of its own (a
/// combining mark after it) and where a team's labels change what a label means.
@Suite struct ByteShortcutTests {
    @Test(arguments: [
        NamedInput("one word", "Strengths"),
        NamedInput("spaces doubled and at both ends", "  Hiring   decision  "),
        NamedInput("tab inside a piece", "a\tb c"),
        NamedInput("seven pieces", "one two three four five six seven"),
        NamedInput("a combining mark after a space", "a \u{301}b c d e f g"),
        NamedInput("a prepended mark before a space", "a\u{600} b c d e f g"),
        NamedInput("empty", ""),
    ])
    func piecesAreCountedAsSplitCountsThem(_ input: NamedInput<String>) {
        let count = input.value.split(separator: " ").count
        for limit in 0...8 {
            #expect(input.value.hasAtMostSpaceSeparatedPieces(limit) == (count <= limit), "limit \(limit)")
        }
    }

    @Test func quotesAreFoundWhereACharacterWalkFindsThem() {
        let scan = CharacterScan(["“", "\""])
        // A quote with a combining mark is another Character: passed by.
        let text = "said \"\u{301}x and “this” then \"that\""
        let found = scan.first(in: text, from: text.startIndex)
        let before = "said \"\u{301}x and "
        #expect(found.map { String(text[..<$0.index]) } == before)
        #expect(found?.which == 0)
        let walked = text.indices.first { text[$0] == "“" || text[$0] == "\"" }
        #expect(found?.index == walked)
    }

    @Test(arguments: [
        NamedInput("a quoted phrasing after a lead-in", ("Try “Shall I restate it?” first", ["Shall I restate it?"])),
        NamedInput("nested curly quotes", ("Say: “I’d say “this” before coding”", ["I’d say “this” before coding"])),
        NamedInput("an unbalanced opener closes at the next opener", ("e.g. “A“ or so", ["A"])),
        NamedInput("an apostrophe opens nothing", ("Didn't ask; try 'Can we go over it again'", ["Can we go over it again"])),
    ])
    func phrasingsAreReadFromQuotes(_ input: NamedInput<(String, [String])>) {
        #expect(ExampleText.phrasings(inExampleLine: input.value.0).phrasings == input.value.1)
    }

    @Test(arguments: [
        NamedInput("emphasis and a code span among curly quotes", ("Asked “why” **twice** — `retry`", "Asked “why” twice — retry")),
        NamedInput("emphasis next to an accent", ("**Café** — “quoted”", "Café — “quoted”")),
        NamedInput("a link after an em dash", ("Read—[the guide](https://x.test) “first”", "Read—the guide “first”")),
        NamedInput("an intraword underscore beside an accent", ("é_id and order_id", "é_id and order_id")),
        NamedInput("markup with a combining mark after it stays", ("*\u{301}x* y", "*\u{301}x y")),
    ])
    func markupIsStrippedAsCharactersWouldBe(_ input: NamedInput<(String, String)>) {
        #expect(MarkupStripper.plainText(input.value.0) == input.value.1)
    }

    @Test(arguments: [
        NamedInput<(String, String?)>("an ASCII colon", ("Rec: lean hire", "Rec")),
        NamedInput<(String, String?)>("a fullwidth colon", ("推荐： hire", "推荐")),
        NamedInput<(String, String?)>("a colon with a combining mark is not one", ("Rec:\u{301} x", nil)),
        NamedInput<(String, String?)>("a colon beyond the first 64 Characters", (String(repeating: "é ", count: 40) + ": x", nil)),
        NamedInput<(String, String?)>("a sentence before the colon", ("Done. Next: x", nil)),
    ])
    func leadingLabelsAreFoundAsCharactersWould(_ input: NamedInput<(String, String?)>) {
        #expect(LabelText.leadingLabel(of: Substring(input.value.0)).map(String.init) == input.value.1)
    }

    @Test func sentencesSplitAtEndsAndPrivateEmojiAsBefore() {
        let units = TextUnits("Asked good questions. e.g. about load.\nRolled back 🔒 lean no hire", firstLine: 3)
        let texts = units.units.map { String(units.text[$0.range]) }
        // "e.g." is not an end, nor is a full stop before a lower-case word.
        let expected = ["Asked good questions. e.g. about load.", "Rolled back ", "🔒 lean no hire"]
        #expect(texts == expected)
        #expect(units.units.map(\.line) == [3, 4, 4])
    }

    /// A team's labels change what a label reads as, so what was remembered without them is
    /// not used with them.
    @Test func aTeamsLabelsAreNotAnsweredFromMemory() {
        let label = "Kudos corner and wins"
        let alone = LabelClassifier.classify(label)
        let table = SectionLabelTable(["improvements": [label]])
        let withTeam = SectionLabels.$extra.withValue(table) { LabelClassifier.classify(label) }
        #expect(alone?.kind == .strengths)
        #expect(withTeam == LabelClassifier.Verdict(kind: .improvements, byCue: false))
        #expect(LabelClassifier.classify(label) == alone)
    }

    /// The word table passes a word beyond ASCII by without a dictionary look-up unless one
    /// of its scalars decomposes to ASCII: the list it keeps must be every such scalar.
    @Test func onlyTheListedScalarsDecomposeToASCII() {
        var mismatches: [String] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = String(scalar)
            let decomposesToASCII = text.decomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }
            if text.withUTF8(WordTable.mayEqualASCII) != decomposesToASCII {
                mismatches.append(String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func wordsBeyondASCIIAreFoundByCanonicalEquivalence() {
        let ascii = WordTable([("kb", 1), ("jose", 2)])
        #expect(ascii.value(for: "\u{212A}b".lowercased()) == 1)
        #expect(ascii.value(for: "\u{212A}b") == nil)  // "Kb", not "kb"
        #expect(ascii.value(for: "josé") == nil)
        let beyond = WordTable([("josé", 3), ("kb", 4)])
        #expect(beyond.value(for: "jose\u{301}") == 3)
        #expect(beyond.value(for: "naïve") == nil)
        let kelvin = WordTable([("Kb", 5)])
        #expect(kelvin.value(for: "\u{212A}b") == 5)
    }

    @Test(arguments: [
        NamedInput("short ASCII", "Hiring decision"),
        NamedInput("long ASCII", String(repeating: "word ", count: 20)),
        NamedInput("CR LF pairs", String(repeating: "a\r\n", count: 30)),
        NamedInput("combining marks", String(repeating: "e\u{301}", count: 50)),
        NamedInput("prepended marks", String(repeating: "\u{600}a", count: 40)),
        NamedInput("emoji sequences", String(repeating: "👩‍💻 ok ", count: 12)),
        NamedInput("ASCII then marks", String(repeating: "ab", count: 25) + String(repeating: "\u{301}", count: 40)),
        NamedInput("empty", ""),
    ])
    func characterLimitsAreToldAsDropFirstTellsThem(_ input: NamedInput<String>) {
        for limit in [0, 1, 40, 60, 100] {
            #expect(input.value.hasMoreCharacters(than: limit) == !input.value.dropFirst(limit).isEmpty,
                    "limit \(limit)")
            let substring = input.value.dropFirst(0)
            #expect(substring.hasMoreCharacters(than: limit) == !substring.dropFirst(limit).isEmpty,
                    "limit \(limit), substring")
        }
    }

    @Test(arguments: [
        NamedInput("one line", "Scorecard for Ada"),
        NamedInput("blank lines first", "\n\nScorecard\nmore"),
        NamedInput("only line feeds", "\n\n"),
        NamedInput("empty", ""),
        NamedInput("CR LF is one Character", "a\r\nb\nc"),
    ])
    func theFirstLineIsTheFirstPieceOfASplit(_ input: NamedInput<String>) {
        #expect(input.value.firstNonEmptyLine == input.value.split(separator: "\n").first.map(String.init))
    }
}
