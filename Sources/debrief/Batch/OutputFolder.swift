import DebriefKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder a batch writes into, and the one way into it: every path is relative, checked
/// to stay inside (no "..", no absolute part), and every folder on the way is a real folder,
/// never a symbolic link, so that nothing is written outside whatever the names or links say.
struct OutputFolder: Sendable {
    let path: String

    struct Refusal: Error {
        var message: String
    }

    /// `path/relative`, with the folders between made, or why it cannot be written.
    func prepare(_ relative: String) throws(Refusal) -> String {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"),
            parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." })
        else {
            throw Refusal(message: "the report's path would leave the output folder")
        }
        var folder = path
        for part in parts.dropLast() {
            folder = Folder.join(folder, String(part))
            var status = stat()
            if lstat(folder, &status) == 0 {
                switch status.st_mode & S_IFMT {
                case S_IFDIR: continue
                case S_IFLNK:
                    throw Refusal(message: "\(folder) is a symbolic link; reports are written "
                                  + "only into real folders inside the output folder")
                default:
                    throw Refusal(message: "\(folder) is a file, so no folder can be made there")
                }
            }
            // Another worker may make the same folder at the same moment: that is success.
            if mkdir(folder, 0o777) != 0, errno != EEXIST {
                throw Refusal(message: "cannot create the folder \(folder): \(SystemError.last)")
            }
        }
        return Folder.join(path, relative)
    }

    /// Removes the temporary files a killed run left (`AtomicFile.temporaryPrefix`), in the
    /// folder and every real folder below it; returns how many.
    func removeLeftovers() -> Int {
        var removed = 0
        func clean(_ folder: String) {
            guard let directory = opendir(folder) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                    String(decoding: buffer.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                guard name != ".", name != ".." else { continue }
                let child = Folder.join(folder, name)
                var status = stat()
                guard lstat(child, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    clean(child)
                } else if status.st_mode & S_IFMT == S_IFREG, name.hasPrefix(AtomicFile.temporaryPrefix),
                    unlink(child) == 0
                {
                    removed += 1
                }
            }
        }
        clean(path)
        return removed
    }
}
