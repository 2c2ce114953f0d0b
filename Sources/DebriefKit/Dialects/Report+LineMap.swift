extension Report {
    /// Moves every line number from the rewritten note back to the note as written.
    mutating func mapLines(_ map: [Int]) {
        func original(_ line: Int) -> Int { line >= 1 && line <= map.count ? map[line - 1] : line }
        func original(_ line: Int?) -> Int? { line.map(original) }
        for index in strengths.indices { strengths[index].line = original(strengths[index].line) }
        for area in improvements.indices {
            for item in improvements[area].items.indices {
                improvements[area].items[item].line = original(improvements[area].items[item].line)
                for example in improvements[area].items[item].examples.indices {
                    improvements[area].items[item].examples[example].line =
                        original(improvements[area].items[item].examples[example].line)
                }
            }
        }
        for index in ratings.indices { ratings[index].line = original(ratings[index].line) }
        for index in other.indices { other[index].line = original(other[index].line) }
        if var notes = privateNotes {
            for index in notes.indices { notes[index].line = original(notes[index].line) }
            privateNotes = notes
        }
        for index in diagnostics.indices {
            if let location = diagnostics[index].location {
                diagnostics[index].location = SourceLocation(
                    line: original(location.line),
                    column: map.indices.contains(location.line - 1)
                        && map[location.line - 1] == location.line ? location.column : 1)
            }
        }
    }
}
