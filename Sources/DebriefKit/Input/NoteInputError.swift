/// Why a note could not be read: the only errors reading a note throws. Once its text is in
/// hand, parsing always succeeds and reports content problems as diagnostics.
public enum NoteInputError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound
    case isDirectory
    case unreadable(String)
    case empty
    case binary(line: Int)
    case invalidUTF8(line: Int, column: Int, byte: UInt8)
    /// `bytes` is nil when the input is a stream, whose full size is never read.
    case tooLarge(bytes: Int?, limit: Int)

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
        case .tooLarge(nil, let limit):
            "input is over the \(ByteSize(limit)) size limit (see --max-size)"
        case .tooLarge(let bytes?, let limit):
            "file is \(Self.sizes(bytes, over: limit)) size limit (see --max-size)"
        }
    }

    /// "9 MiB, over the 5 MiB", or exact figures where rounding would not show the file as
    /// larger than the limit ("5 MiB, over the 5 MiB" reads as a bug).
    private static func sizes(_ bytes: Int, over limit: Int) -> String {
        let size = ByteSize(bytes)
        let cap = ByteSize(limit)
        if size.shownBytes > cap.shownBytes || limit < 1024 {
            return "\(size), over the \(cap)"
        }
        return "\(bytes) bytes, over the \(limit)-byte (\(cap))"
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
        guard let (value, _, name) = rounded else {
            return bytes == 1 ? "1 byte" : "\(bytes) bytes"
        }
        return value == value.rounded() ? "\(Int(value)) \(name)" : "\(value) \(name)"
    }

    /// The size the description stands for, so two sizes can be compared as printed.
    var shownBytes: Double {
        guard let (value, unit, _) = rounded else { return Double(bytes) }
        return value * Double(unit)
    }

    /// The value to one decimal in the largest unit that fits, with that unit; nil under 1 KiB.
    private var rounded: (value: Double, unit: Int, name: String)? {
        let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, name) in units where bytes >= size {
            return ((Double(bytes) / Double(size) * 10).rounded() / 10, size, name)
        }
        return nil
    }
}
