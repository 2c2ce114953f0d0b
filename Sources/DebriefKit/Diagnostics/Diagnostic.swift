/// A content problem found while reading a note. Notes always parse; what the parser could
/// not place is reported here instead of being thrown or dropped.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Codable, Sendable {
        case warning
        case note
    }

    public var severity: Severity
    /// A stable identifier, such as `unclassified-section`, for filtering and documentation.
    public var code: String
    public var message: String
    public var location: SourceLocation?

    public init(severity: Severity, code: String, message: String, location: SourceLocation?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }
}
