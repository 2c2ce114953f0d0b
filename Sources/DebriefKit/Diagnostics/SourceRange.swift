/// Where a finding is: a file (when known) and the span from `start` up to, not including,
/// `end`. A point has `start == end`.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var file: String?
    public var start: SourceLocation
    public var end: SourceLocation

    public init(file: String? = nil, start: SourceLocation, end: SourceLocation) {
        self.file = file
        self.start = start
        self.end = end
    }

    public init(file: String? = nil, at location: SourceLocation) {
        self.init(file: file, start: location, end: location)
    }

    /// `start` and `byteCount` bytes of the same line.
    public init(file: String? = nil, line: Int, column: Int, byteCount: Int) {
        self.init(file: file, start: SourceLocation(line: line, column: column),
                  end: SourceLocation(line: line, column: column + byteCount))
    }

    public var description: String {
        let place = start == end ? "\(start)" : "\(start)-\(end)"
        return file.map { "\($0):\(place)" } ?? place
    }
}
