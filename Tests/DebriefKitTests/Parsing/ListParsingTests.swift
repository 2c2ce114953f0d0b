@testable import DebriefKit
import Testing

/// CommonMark lists and the bullets notes apps paste as text, read into one outline.
@Suite struct ListParsingTests {
    func parse(_ text: String) -> Report {
        NotesParser().parse(text, source: "lists.md")
    }

    /// The outline of the whole note's sections, as the recognisers see it.
    func outline(_ text: String) -> [OutlineEntry] {
        let lines = BlockLines(source: SourceText(text))
        let blocks = CommonMarkConverter.convert(text).children
        let sections = SectionSegmenter(lines: lines).segment(blocks).sections
        return OutlineBuilder(lines: lines).build(sections.flatMap(\.pieces))
    }

    @Test(arguments: ["-", "*", "+", "1."])
    func commonMarkListMarkers(_ marker: String) {
        let second = marker == "1." ? "2." : marker
        let report = parse("## Strengths\n\n\(marker) Clear names\n\(second) Small commits\n")
        #expect(report.strengths.map(\.text) == ["Clear names", "Small commits"])
        #expect(report.strengths.map(\.line) == [3, 4])
    }

    @Test(arguments: ["•", "◦", "▪", "–"], ["", "  "])
    func pastedBullets(_ bullet: String, indent: String) {
        let report = parse("""
            Strengths

            \(indent)\(bullet) Clear names
            \(indent)\(bullet) Small commits
            """)
        #expect(report.strengths.map(\.text) == ["Clear names", "Small commits"])
        #expect(report.strengths.map(\.line) == [3, 4])
        #expect(report.other.isEmpty)
    }

    @Test func pastedBulletsDirectlyUnderPlainLabel() {
        let report = parse("Next steps\n• Practise tries\n• Time each answer\n")
        #expect(report.preparation == ["Practise tries", "Time each answer"])
    }

    @Test func pastedBulletsNestByIndentation() throws {
        let entries = outline("""
            Strengths
            • Parent one
                ◦ Child A
                    ▪ Grandchild
                ◦ Child B
            • Parent two
            """)
        #expect(entries.map(\.kind) == [.bullet, .bullet])
        #expect(entries.map(\.line.markdown) == ["Parent one", "Parent two"])
        let first = try #require(entries.first)
        #expect(first.children.map(\.line.markdown) == ["Child A", "Child B"])
        #expect(first.children.first?.children.map(\.line.markdown) == ["Grandchild"])
        #expect(first.children.first?.children.first?.line.bullet == "▪")
        #expect(entries.last?.children.isEmpty == true)
    }

    /// A nested bullet is a point under its strength: after a dash, the next after a
    /// semicolon, and after nothing more where the text before ends its own sentence.
    @Test func nestedEntriesJoinTheirStrength() {
        let report = parse("""
            Strengths
            • Good tests
                ◦ covered the empty list
                ◦ named each case
            • Fast. Finished early.
                ◦ Used the time to refactor
            • Calm
            """)
        #expect(report.strengths.map(\.text) == [
            "Good tests — covered the empty list; named each case",
            "Fast. Finished early. Used the time to refactor", "Calm",
        ])
        #expect(report.strengths.map(\.line) == [2, 5, 7])
    }

    @Test func nestedMarkdownBulletsJoinTheirStrength() {
        let report = parse("""
            ## Strengths
            - Component design
              - Split the form into small pieces
              - Named props for what they mean
            """)
        #expect(report.strengths.map(\.text)
                == ["Component design — Split the form into small pieces; Named props for what they mean"])
    }

    @Test func wrappedLinesContinueTheirItem() {
        let report = parse("""
            ## Strengths

            - Explained the cache
              eviction policy clearly
            - Asked good questions
            """)
        #expect(report.strengths.map(\.text) == [
            "Explained the cache eviction policy clearly", "Asked good questions",
        ])
    }

    @Test func commonMarkNestedListBuildsChildren() throws {
        let entries = outline("## Strengths\n\n- Outer\n  - Inner\n- Second\n")
        #expect(entries.map(\.line.markdown) == ["Outer", "Second"])
        let inner = try #require(entries.first?.children.first)
        #expect(inner.kind == .bullet)
        #expect(inner.line.markdown == "Inner")
        #expect(inner.line.location.line == 4)
    }

    @Test func proseParagraphsAreOneEntryEach() {
        let report = parse("""
            ## Strengths

            Kept a steady pace.

            Checked edge cases
            before coding.
            """)
        #expect(report.strengths.map(\.text) == [
            "Kept a steady pace.", "Checked edge cases before coding.",
        ])
        #expect(report.strengths.map(\.line) == [3, 5])
    }

    @Test(arguments: ["- ", "* ", "• ", "1. ", "12) "])
    func pastedBulletMarkerIsRemovedFromTheLine(_ marker: String) {
        let line = NoteLine(markdown: "\(marker)Use a heap", location: SourceLocation(line: 1),
                            indent: 0)
        #expect(line.bullet == marker.trimmed)
        #expect(line.markdown == "Use a heap")
        #expect(line.written == "\(marker.trimmed) Use a heap")
    }

    @Test(arguments: ["**Bold** start", "*emphasis* start", "2024 was busy", "•no space"])
    func textThatOnlyLooksLikeABulletIsNotOne(_ text: String) {
        let line = NoteLine(markdown: text, location: SourceLocation(line: 1), indent: 0)
        #expect(line.bullet == nil)
        #expect(line.markdown == text)
    }
}
