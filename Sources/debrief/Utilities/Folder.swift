import DebriefKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Folders on disk, with the cause of a failure kept (FileManager's errors print as dumps).
enum Folder {
    /// What is at `path`, without following a symbolic link at the end.
    enum Entry { case none, folder, other }

    static func entry(at path: String) -> Entry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        return info.st_mode & S_IFMT == S_IFDIR ? .folder : .other
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// `folder/name`, without doubling a slash the folder already ends with.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `mkdir -p`: the folder and any missing parents.
    static func create(_ path: String) throws(SystemError) {
        if isFolder(path) { return }
        if mkdir(path, 0o777) == 0 { return }
        var error = SystemError.last
        if error.code == ENOENT {
            let parent = AtomicFile.folder(of: path)
            if parent != path, parent != "." {
                try create(parent)
                if mkdir(path, 0o777) == 0 { return }
                error = .last
            }
        }
        // Another process may have made it in the meantime; that is success too.
        if error.code == EEXIST, isFolder(path) { return }
        throw error.code == EEXIST ? SystemError(ENOTDIR) : error
    }
}
