import Foundation

/// Report file names: `notes/alice.md` → `alice`; a second `alice` becomes `alice-2`.
enum OutputNaming {
    /// The name chosen for one input's reports, and which earlier input already had the name
    /// the input would otherwise get (so the change can be announced).
    struct Choice: Equatable {
        var base: String
        var sameNameAs: String?
    }

    static func base(for path: String) -> String {
        path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// One choice per input, in order. Names the inputs have as written are never handed to
    /// another input: with x.md, a/x.md and x-2.md, the second x is x-3, not x-2.
    static func choose(for paths: [String]) -> [Choice] {
        let reserved = Set(paths.map(base(for:)))
        var holders: [String: String] = [:]
        return paths.map { path in
            let base = base(for: path)
            var name = base
            var counter = 2
            while holders[name] != nil || (name != base && reserved.contains(name)) {
                name = "\(base)-\(counter)"
                counter += 1
            }
            holders[name] = path
            return Choice(base: name, sameNameAs: name == base ? nil : holders[base])
        }
    }
}
