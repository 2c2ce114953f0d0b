import DebriefKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reports on standard output: a failed write is thrown, for one line naming it.
enum StandardOutput {
    /// What error lines call standard output.
    static let name = "standard output"

    static func write(_ text: String) throws(SystemError) {
        try writeAll(STDOUT_FILENO, Array(text.utf8))
    }

    static func write(_ bytes: [UInt8]) throws(SystemError) {
        try writeAll(STDOUT_FILENO, bytes)
    }

    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

/// Messages on standard error. A failed write there is dropped: there is nowhere left to say
/// it, and the exit status already tells whether every input went through.
enum StandardError {
    static func write(_ line: String) {
        try? writeAll(STDERR_FILENO, Array(line.utf8))
    }

    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
