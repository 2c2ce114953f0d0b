import DebriefKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file in one step: the bytes go to a temporary file in the same folder (the same
/// file system, so the rename cannot turn into a copy), which is flushed and renamed over the
/// destination. A reader never sees half a file, and a failed write leaves the old file, or
/// none, never a partial one.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws(SystemError) {
        // A short fixed name, so a long report name cannot make the temporary one too long.
        var template = Array("\(folder(of: path))/\(temporaryPrefix)XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw SystemError.last }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var failure: SystemError?
        do {
            try writeAll(descriptor, bytes)
            // mkstemp makes the file private (0600); a report is an ordinary file.
            if fchmod(descriptor, newFileMode) != 0 || fsync(descriptor) != 0 {
                failure = .last
            }
        } catch {
            failure = error
        }
        if close(descriptor) != 0, failure == nil { failure = .last }
        if failure == nil, rename(temporary, path) != 0 { failure = .last }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// How every temporary file starts: hidden, and known, so that a later run can remove
    /// what a killed one left behind.
    static let temporaryPrefix = ".debrief-tmp-"

    /// The folder a path is in, as a path that can be opened.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// 0666 less the umask: what `open(O_CREAT)` would have given the file.
    private static let newFileMode: mode_t = {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }()
}
