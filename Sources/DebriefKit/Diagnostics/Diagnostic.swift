/// A finding about a note: a content problem the parser met while reading it, or a lint
/// rule's finding about the feedback. Notes always parse; what the parser could not place is
/// reported here instead of being thrown or dropped.
public struct Diagnostic: Hashable, Sendable {
    /// Ordered by weight, so `severity >= .warning` reads as "a warning or worse".
    public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
        case note
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Something more to say about a finding, with its own place when it has one ("the
    /// private section starts here").
    public struct Note: Hashable, Sendable {
        public var message: String
        public var range: SourceRange?

        public init(_ message: String, range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    public var severity: Severity
    public var code: Code
    public var message: String
    public var range: SourceRange?
    public var notes: [Note]

    public init(severity: Severity, code: Code, message: String, range: SourceRange?,
                notes: [Note] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
        self.notes = notes
    }

    /// A finding at one point (or none), in no file yet.
    public init(severity: Severity, code: Code, message: String, location: SourceLocation?,
                notes: [Note] = []) {
        self.init(severity: severity, code: code, message: message,
                  range: location.map { SourceRange(at: $0) }, notes: notes)
    }

    /// A finding with its code's default severity.
    init(_ code: Code, message: String, location: SourceLocation?) {
        self.init(severity: code.defaultSeverity, code: code, message: message, location: location)
    }

    /// Where the finding starts.
    public var location: SourceLocation? {
        get { range?.start }
        set { range = newValue.map { SourceRange(file: range?.file, at: $0) } }
    }

    /// The same finding in `file`, with its notes: the parser does not know which file it
    /// reads until it is told.
    public func inFile(_ file: String) -> Diagnostic {
        var copy = self
        copy.range?.file = file
        copy.notes = notes.map { note in
            var note = note
            note.range?.file = file
            return note
        }
        return copy
    }
}
