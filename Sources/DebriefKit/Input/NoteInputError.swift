/// Why a note could not be read: the only errors reading a note throws. Once its text is in
/// hand, parsing always succeeds and reports content problems as diagnostics.
public enum NoteInputError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound
    case isDirectory
    case unreadable(String)
    case empty
    case binary(line: Int)
    case invalidUTF8(line: Int, column: Int, byte: UInt8)
    case tooLarge(bytes: Int, limit: Int)

    /// One line, without the file name; the caller prefixes `path:line:` where there is a line.
    public var description: String {
        switch self {
        case .notFound: "no such file"
        case .isDirectory: "is a directory, not a notes file"
        case .unreadable(let reason): "cannot be read: \(reason)"
        case .empty: "file is empty"
        case .binary: "binary file (NUL byte); expected Markdown text"
        case .invalidUTF8(_, _, let byte):
            "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8"
        case .tooLarge(let bytes, let limit):
            "file is \(ByteSize(bytes)), over the \(ByteSize(limit)) size limit (see --max-size)"
        }
    }

    /// Where in the file the problem is, when there is a place to point at.
    public var location: SourceLocation? {
        switch self {
        case .binary(let line): SourceLocation(line: line)
        case .invalidUTF8(let line, let column, _): SourceLocation(line: line, column: column)
        default: nil
        }
    }
}

/// A byte count printed the way people read sizes: `5 MiB`, `1.5 KiB`, `12 bytes`.
public struct ByteSize: CustomStringConvertible, Sendable {
    public var bytes: Int
    public init(_ bytes: Int) { self.bytes = bytes }

    public var description: String {
        let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, name) in units where bytes >= size {
            let value = Double(bytes) / Double(size)
            let rounded = (value * 10).rounded() / 10
            return rounded == rounded.rounded()
                ? "\(Int(rounded)) \(name)" : "\(rounded) \(name)"
        }
        return "\(bytes) bytes"
    }
}
