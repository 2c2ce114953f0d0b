/// Where two texts first differ, as one readable line. A failed snapshot used to print both
/// whole reports (an HTML page is 20 KB) and the one changed line was hard to find.
enum FirstDifference {
    static func describe(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        guard let line = zip(old, new).enumerated().first(where: { $1.0 != $1.1 })?.offset else {
            return old.count == new.count
                ? "same lines" : "\(new.count) lines instead of \(old.count)"
        }
        return "line \(line + 1): expected “\(old[line].prefix(160))”, "
            + "got “\(new[line].prefix(160))”"
    }
}
