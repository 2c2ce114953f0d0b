#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file as the file system knows it (device and inode), so `notes.md`, `./notes.md`, a
/// symbolic link to it and a hard link all compare equal.
struct FileIdentity: Hashable, Sendable {
    private let device: UInt64
    private let inode: UInt64

    /// The file `path` leads to, following symbolic links; nil when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The file open as `descriptor`, such as standard input redirected from a file.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        self.init(info)
    }

    /// What is at `path` (not following a symbolic link at the end) and the file it leads to
    /// (following one): one `lstat` when nothing is there, as for most reports a run writes.
    static func entry(at path: String) -> (entry: Folder.Entry, identity: FileIdentity?) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (.none, nil) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return (.folder, FileIdentity(info))
        case S_IFLNK: return (.other, FileIdentity(path: path))
        default: return (.other, FileIdentity(info))
        }
    }

    private init(_ info: stat) {
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
    }
}
