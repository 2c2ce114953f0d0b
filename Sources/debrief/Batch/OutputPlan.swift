import DebriefKit

/// Where each note's reports go, decided before any work starts: the note's path relative to
/// the folder it was found in, without its extension. Two notes that would share reports
/// (`a.md` and `a.markdown`) both fail, naming each other, so neither wins by the order the
/// work happened to run in; so does a note whose report would replace the index.
struct OutputPlan {
    /// The reports' base path for each note, or why it has none.
    var bases: [Result<String, Refusal>]

    struct Refusal: Error, Sendable {
        var message: String
    }

    init(notes: [NoteInput], formats: [ReportFormat]) {
        let bases = notes.map { Self.base(of: $0.relativePath) }
        var byBase: [String: [Int]] = [:]
        for (index, base) in bases.enumerated() { byBase[base, default: []].append(index) }
        let indexNames: Set = formats.contains(.html) || formats.contains(.json) ? ["index"] : []
        self.bases = bases.enumerated().map { index, base in
            if indexNames.contains(base) {
                return .failure(Refusal(message: "its report would replace the folder's index; "
                                        + "rename the note or move it into a folder"))
            }
            let others = (byBase[base] ?? []).filter { $0 != index }.map { notes[$0].path }
            guard others.isEmpty else {
                return .failure(Refusal(message: "has the same report name as "
                                        + others.joined(separator: ", ") + "; rename one of them"))
            }
            return .success(base)
        }
    }

    /// "team/alice.md" → "team/alice"; a name with no extension, or only a leading dot, stays.
    static func base(of relativePath: String) -> String {
        let slash = relativePath.lastIndex(of: "/")
        let nameStart = slash.map { relativePath.index(after: $0) } ?? relativePath.startIndex
        guard let dot = relativePath[nameStart...].lastIndex(of: "."), dot > nameStart else {
            return relativePath
        }
        return String(relativePath[..<dot])
    }
}
