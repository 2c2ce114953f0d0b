/// Phrasings Debrief suggests for improvement items that have none, written in the same
/// Markdown note format Debrief reads (areas → items → quoted phrasings), so anyone can edit
/// one and a team can bring its own.
///
/// ```markdown
/// ## Areas for Improvement
/// ### Clarifying requirements
/// - **Confirm scope before designing**: scope, features, users
///   - “Before I start, can I confirm which features are in scope?”
/// ```
public struct Phrasebook: Sendable {
    public struct Entry: Sendable, Equatable {
        /// `area-slug/item-slug`, stable while the titles stay the same.
        public var id: String
        public var area: String
        public var headline: String
        /// Words interviewers use for this problem (the item's detail), for matching only.
        public var keywords: String
        public var phrasings: [String]
        public var line: Int
    }

    /// Where the phrasebook came from: a path, or `built-in`.
    public var source: String
    public var entries: [Entry]

    /// The phrasebook compiled into Debrief (`Templates/phrasebook.md`), read once per process.
    public static let builtIn: Phrasebook = {
        let text = builtInText
        // The embedded phrasebook is checked by the tests; it cannot be malformed at run time.
        return (try? Phrasebook(text: text, source: "built-in")) ?? Phrasebook(source: "built-in", entries: [])
    }()

    /// The built-in phrasebook's text, for telling whether it changed between runs.
    public static var builtInText: String { EmbeddedTemplates.byFileName["phrasebook.md"] ?? "" }

    public init(source: String, entries: [Entry]) {
        self.source = source
        self.entries = entries
    }

    /// Parses a phrasebook. Every problem names its line: an item without phrasings, no area
    /// title, or no "Areas for Improvement" section at all.
    public init(text: String, source: String) throws(PhrasebookError) {
        // Read as written: a phrasing that sounds like a verdict ("we'd like to move you to
        // the onsite") is a line for a candidate, not an evaluation of one.
        var parser = NotesParser()
        parser.screensForCandidates = false
        let report = parser.parse(text, source: source)
        var entries: [Entry] = []
        var seen: Set<String> = []
        for area in report.improvements {
            guard let title = area.title else {
                let line = area.items.first?.line ?? 1
                throw PhrasebookError(path: source, line: line,
                                      message: "items need an area title above them (### Area)")
            }
            for item in area.items {
                guard !item.examples.isEmpty else {
                    throw PhrasebookError(
                        path: source, line: item.line,
                        message: "'\(item.headline)' has no phrasings; add quoted lines under it")
                }
                let id = Self.slug(title) + "/" + Self.slug(item.headline)
                guard seen.insert(id).inserted else {
                    throw PhrasebookError(path: source, line: item.line,
                                          message: "'\(item.headline)' appears twice in '\(title)'")
                }
                entries.append(Entry(
                    id: id, area: title, headline: item.headline, keywords: item.detail ?? "",
                    phrasings: item.examples.map(\.text), line: item.line))
            }
        }
        guard !entries.isEmpty else {
            throw PhrasebookError(path: source, line: nil,
                                  message: "no phrasings found; expected an 'Areas for Improvement' "
                                      + "section with ### area titles, items and quoted phrasings")
        }
        self.init(source: source, entries: entries)
    }

    /// Reads a team phrasebook file.
    public init(contentsOf path: String) throws(PhrasebookError) {
        let text: String
        do {
            text = try NoteFile.read(path: path)
        } catch {
            throw PhrasebookError(path: path, line: error.location?.line,
                                  message: error.description)
        }
        try self.init(text: text, source: path)
    }

    /// "Collaboration and check-ins" → "collaboration-and-check-ins".
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in MarkupStripper.plainText(text).lowercased() {
            if character.isWordCharacter {
                slug.append(character)
            } else if character != "'" && character != "’", !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}

public struct PhrasebookError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}
