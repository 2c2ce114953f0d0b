import DebriefKit
import Foundation

/// Finds the `.debrief.yml` that applies to a note, like `.editorconfig`: the nearest one in
/// the note's folder or a folder above it. `--config FILE` replaces the search. Each folder
/// is looked at once per run, however many notes it holds.
final class ConfigurationFinder {
    private let given: TeamConfiguration?
    private var byFolder: [String: TeamConfiguration?] = [:]

    /// Reads `--config FILE` when given; a missing or broken file is an error.
    init(configFile: String?) throws(ConfigurationError) {
        given = try configFile.map { path throws(ConfigurationError) in
            guard let text = try? NoteFile.read(path: path) else {
                throw ConfigurationError(file: path, line: nil, column: nil,
                                         message: "cannot read the configuration file")
            }
            return try TeamConfiguration.parse(text, file: path)
        }
    }

    /// The configuration for the note at `path` (standard input: the current folder's). A
    /// folder of notes is searched from the folder itself: its own `.debrief.yml` is the one
    /// its notes follow.
    func configuration(forNoteAt path: String) throws(ConfigurationError) -> TeamConfiguration? {
        if let given { return given }
        let folder = path == "-" ? "." : Folder.isFolder(path) ? path : NoteFolder.parent(of: path)
        return try configuration(inOrAbove: Self.absolute(folder))
    }

    private func configuration(inOrAbove folder: String) throws(ConfigurationError)
        -> TeamConfiguration?
    {
        if let known = byFolder[folder] { return known }
        let candidate = folder == "/" ? "/" + TeamConfiguration.fileName
            : folder + "/" + TeamConfiguration.fileName
        let found: TeamConfiguration?
        if Folder.entry(at: candidate) == .other, let text = try? NoteFile.read(path: candidate) {
            found = try TeamConfiguration.parse(text, file: Self.shown(candidate))
        } else if folder == "/" {
            found = nil
        } else {
            found = try configuration(inOrAbove: NoteFolder.parent(of: folder))
        }
        byFolder[folder] = found
        return found
    }

    /// An absolute path as a user would write it: relative to the current folder when inside
    /// it, so messages and override globs read the same on every machine.
    static func shown(_ path: String) -> String {
        let current = absolute(".")
        let prefix = current == "/" ? "/" : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// `path` from the root, without `.` and `..` steps, so folders compare as strings.
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }

    /// The note's path relative to the configuration's folder, for override globs.
    static func relativePath(of note: String, to configuration: TeamConfiguration) -> String {
        let folder = absolute(configuration.folder)
        let file = absolute(note == "-" ? "." : note)
        let prefix = folder == "/" ? "/" : folder + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }
}

/// Folder names of paths, as strings.
enum NoteFolder {
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }
}
