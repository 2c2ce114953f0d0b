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
    /// - Parameter durable: flush the file to disk before it replaces `path`, so that it
    ///   survives a power cut too. A batch writes its reports without, and flushes them all
    ///   at once before it records them in its manifest: one flush instead of thousands.
    static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(SystemError) {
        try write(to: path, durable: durable) { (file: inout Output) throws(SystemError) in
            try file.write(bytes)
        }
    }

    /// A file being written: bytes are buffered and written in large pieces.
    struct Output {
        fileprivate let descriptor: Int32
        private var buffer: [UInt8] = []

        fileprivate init(descriptor: Int32) {
            self.descriptor = descriptor
            buffer.reserveCapacity(1 << 16)
        }

        mutating func write(_ bytes: [UInt8]) throws(SystemError) {
            buffer += bytes
            if buffer.count >= 1 << 16 { try flush() }
        }

        mutating func write(_ text: String) throws(SystemError) {
            guard text.utf8.count >= 1 << 16 else {
                buffer += text.utf8
                if buffer.count >= 1 << 16 { try flush() }
                return
            }
            // A large text goes straight from its own storage, not through a copy.
            try flush()
            var text = text
            var failure: SystemError?
            text.withUTF8 { bytes in
                do throws(SystemError) { try writeAll(descriptor, UnsafeRawBufferPointer(bytes)) } catch { failure = error }
            }
            if let failure { throw failure }
        }

        mutating func flush() throws(SystemError) {
            try writeAll(descriptor, buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Writes a file piece by piece (`body` writes to the `Output`), so a large file need not
    /// be held in memory whole, and replaces `path` with it only once it is complete.
    static func write(to path: String, durable: Bool = true,
                      _ body: (inout Output) throws(SystemError) -> Void) throws(SystemError)
    {
        // A short fixed name, so a long report name cannot make the temporary one too long.
        var template = Array("\(folder(of: path))/\(temporaryPrefix)XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw SystemError.last }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var failure: SystemError?
        do {
            var output = Output(descriptor: descriptor)
            try body(&output)
            try output.flush()
            // mkstemp makes the file private (0600); a report is an ordinary file.
            if fchmod(descriptor, newFileMode) != 0 || (durable && fsync(descriptor) != 0) {
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

    /// A file a user named with `-o`: written through a symbolic link to where it leads (the
    /// link stays), straight into a device or pipe (`/dev/stdout`, which cannot be renamed
    /// over), and otherwise replaced in one step as `write` does.
    static func writeNamed(_ bytes: [UInt8], to path: String) throws(SystemError) {
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            if let resolved = realpath(path, nil) {
                target = String(cString: resolved)
                free(resolved)
            } else {
                // A link to a file not made yet: create it where the link points.
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let count = readlink(path, &buffer, buffer.count - 1)
                guard count > 0 else { throw SystemError.last }
                let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                target = destination.hasPrefix("/") ? destination : folder(of: path) + "/" + destination
            }
        }
        if stat(target, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            let descriptor = open(target, O_WRONLY | O_TRUNC)
            guard descriptor >= 0 else { throw SystemError.last }
            defer { close(descriptor) }
            try writeAll(descriptor, bytes)
            return
        }
        try write(bytes, to: target)
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
