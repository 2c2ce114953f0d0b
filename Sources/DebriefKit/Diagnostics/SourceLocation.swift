/// A position in a note: 1-based line and 1-based column counted in UTF-8 bytes.
///
/// cmark reports 0 for positions it does not know; such positions never become a
/// `SourceLocation`, so a location that exists is always a real place in the file.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int = 1) {
        self.line = line
        self.column = column
    }

    /// `nil` when cmark did not know the position (it reports 0).
    init?(cmarkLine line: Int32, column: Int32) {
        guard line > 0 else { return nil }
        self.init(line: Int(line), column: max(Int(column), 1))
    }

    public var description: String { "\(line):\(column)" }
}
