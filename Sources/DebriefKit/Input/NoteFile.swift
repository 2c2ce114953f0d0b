#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one notes file from disk (or standard input for `-`) within a size limit.
///
/// POSIX calls rather than `FileManager`, so each failure keeps its `errno`: a path through a
/// file (ENOTDIR) is not "no such file", and every cause is said in words.
public enum NoteFile {
    public static let defaultSizeLimit = 5 << 20

    public static func read(path: String, sizeLimit: Int = defaultSizeLimit)
        throws(NoteInputError) -> String
    {
        try NoteDecoder.decode(readBytes(path: path, sizeLimit: sizeLimit))
    }

    /// The file's bytes, undecoded (`NoteDecoder.decode` makes them text).
    public static func readBytes(path: String, sizeLimit: Int = defaultSizeLimit)
        throws(NoteInputError) -> [UInt8]
    {
        if path == "-" { return try readAll(STDIN_FILENO, sizeLimit: sizeLimit) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let error = SystemError.last
            throw error.code == ENOENT ? .notFound : .unreadable(error.description)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadable(SystemError.last.description)
        }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw .isDirectory }
        // Check the size before reading, so a huge file is refused without loading it.
        if kind == S_IFREG, info.st_size > sizeLimit {
            throw .tooLarge(bytes: Int(info.st_size), limit: sizeLimit)
        }
        return try readAll(descriptor, sizeLimit: sizeLimit,
                           expected: kind == S_IFREG ? Int(info.st_size) : nil)
    }

    /// Reads to the end, or stops one chunk past the limit: a file that grows after the size
    /// check, or a stream, is refused without being held in memory whole.
    /// - Parameter expected: the file's size when it is known: the chunk is then sized to it
    ///   (one byte more, to see the end), not a cleared 64 KiB for every short note.
    private static func readAll(_ descriptor: Int32, sizeLimit: Int, expected: Int? = nil)
        throws(NoteInputError) -> [UInt8]
    {
        var bytes: [UInt8] = []
        let chunkSize = expected.map { min(max($0 + 1, 4096), 64 * 1024) } ?? 64 * 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes {
                systemRead(descriptor, $0.baseAddress, $0.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(SystemError.last.description)
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            // How far past the limit a stream goes is unknown, so no size is claimed.
            if bytes.count > sizeLimit { throw .tooLarge(bytes: nil, limit: sizeLimit) }
        }
    }
}

/// `read(2)`, under a name `NoteFile.read` does not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
    -> Int
{
    read(descriptor, buffer, count)
}
