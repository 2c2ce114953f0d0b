/// Where a note's parts are, beyond what the report keeps: each labelled section with its
/// label's place and whether anything is under it, and the lines of summary and preparation
/// entries. The linter reads it next to the report; reports never need it.
struct NoteLayout: Sendable {
    struct Section: Sendable {
        var kind: SectionKind
        var title: String
        var location: SourceLocation?
        var isEmpty: Bool
    }

    var sections: [Section] = []
    var summaryLines: [Int?] = []
    var preparationLines: [Int?] = []
    /// What the privacy screen took out of candidate-facing parts, and why.
    var withheld: [(note: PrivateNote, cause: PrivacyScreen.Cause?)] = []

    /// Moves every line from the rewritten note back to the note as written.
    mutating func mapLines(_ map: [Int]) {
        func original(_ line: Int) -> Int { line >= 1 && line <= map.count ? map[line - 1] : line }
        for index in sections.indices {
            if let location = sections[index].location {
                sections[index].location = SourceLocation(line: original(location.line))
            }
        }
        summaryLines = summaryLines.map { $0.map(original) }
        preparationLines = preparationLines.map { $0.map(original) }
        for index in withheld.indices {
            withheld[index].note.line = withheld[index].note.line.map(original)
        }
    }
}

/// One parse: the report and the layout of the note it came from.
struct ParsedNote: Sendable {
    var report: Report
    var layout: NoteLayout
}
