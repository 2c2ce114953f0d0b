#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An operating-system error (`errno`) in words, for one-line messages. Foundation's errors
/// print as dumps, so readers and writers keep the number and say it here, in one place.
public struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: Int32

    public init(_ code: Int32) { self.code = code }

    /// The error the last failed system call left in `errno`.
    public static var last: SystemError { SystemError(errno) }

    /// `strerror`'s text in lower case, except where it names the mechanism rather than what
    /// the person at the terminal can do something about.
    public var description: String {
        switch code {
        case ENOTDIR: return "part of the path is a file, not a folder"
        case EACCES, EPERM: return "permission denied"
        case EBADF: return "it is closed"
        default:
            let text = String(cString: strerror(code))
            return text.prefix(1).lowercased() + text.dropFirst()
        }
    }
}
