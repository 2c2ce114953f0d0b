import DebriefKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One note a batch converts: where it is read from, and its path relative to the folder it
/// was found in, which its reports mirror under the output folder.
struct NoteInput: Sendable, Equatable {
    var path: String
    /// "team/alice.md" for notes/team/alice.md found in notes/; the file name alone for a
    /// file named on the command line.
    var relativePath: String
}

/// Finds the notes in the files and folders a user names. Folders are walked recursively in
/// name order (the same order on every machine), hidden files and folders are skipped, and so
/// is the output folder itself. Symbolic links to folders are not followed (a link can make a
/// loop, or lead anywhere); links to files are read like files.
struct NoteWalker {
    static let defaultPatterns = ["*.md", "*.markdown", "*.txt"]

    /// Which file names count as notes when walking a folder (a file named on the command
    /// line is always read).
    var include: [String] = NoteWalker.defaultPatterns
    var exclude: [String] = []
    /// The output folder's identity, never walked into.
    var skipFolder: FileIdentity?

    struct Problem: Error {
        var path: String
        var message: String
        /// A folder with no notes in it: worth saying, not a failure.
        var isWarning = false

        /// Prints the line (a warning only when not quiet); `true` for an error.
        func report(to printer: DiagnosticPrinter, quiet: Bool) -> Bool {
            if isWarning {
                if !quiet {
                    printer.print(Diagnostic(severity: .warning, code: "no-notes", message: message,
                                             location: nil), path: path)
                }
                return false
            }
            printer.printError(message, path: path, location: nil)
            return true
        }
    }

    /// Every note under `arguments`, in order, and what could not be walked.
    func notes(in arguments: [String]) -> (notes: [NoteInput], problems: [Problem]) {
        var notes: [NoteInput] = []
        var problems: [Problem] = []
        for argument in arguments {
            if argument != "-", Folder.isFolder(argument) {
                let before = notes.count
                walk(folder: argument, relative: "", into: &notes, problems: &problems)
                if notes.count == before {
                    problems.append(Problem(
                        path: argument, message: "no notes in this folder (read: "
                            + include.joined(separator: ", ") + ")", isWarning: true))
                }
            } else {
                notes.append(NoteInput(path: argument, relativePath: Self.fileName(of: argument)))
            }
        }
        return (notes, problems)
    }

    /// Whether a file found while walking is a note: included by a pattern, excluded by none.
    /// Patterns with a "/" match the path relative to the walked folder, others the name.
    func isNote(relativePath: String) -> Bool {
        let name = Self.fileName(of: relativePath)
        func matches(_ pattern: String) -> Bool {
            fnmatch(pattern, pattern.contains("/") ? relativePath : name, 0) == 0
        }
        return include.contains(where: matches) && !exclude.contains(where: matches)
    }

    private func walk(folder: String, relative: String, into notes: inout [NoteInput],
                      problems: inout [Problem])
    {
        if let skipFolder, FileIdentity(path: folder) == skipFolder { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            problems.append(Problem(path: folder, message: "cannot read the folder"))
            return
        }
        // Byte order, not the locale's: the same on every machine.
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        where !name.hasPrefix(".") {
            let path = Folder.join(folder, name)
            let relativePath = relative.isEmpty ? name : "\(relative)/\(name)"
            switch Self.kind(of: path) {
            case .folder:
                if !exclude.contains(where: { fnmatch($0, relativePath, 0) == 0 }) {
                    walk(folder: path, relative: relativePath, into: &notes, problems: &problems)
                }
            case .file:
                if isNote(relativePath: relativePath) {
                    notes.append(NoteInput(path: path, relativePath: relativePath))
                }
            case .other:
                continue
            }
        }
    }

    private enum Kind { case folder, file, other }

    /// A folder only when it is one itself (`lstat`): a link to a folder is not followed.
    /// A link to a file is a file.
    private static func kind(of path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK:
            var target = stat()
            guard stat(path, &target) == 0 else { return .file }  // dangling: reported when read
            return target.st_mode & S_IFMT == S_IFDIR ? .other : .file
        default: return .other
        }
    }

    static func fileName(of path: String) -> String {
        if path == "-" { return "stdin" }
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
