import DebriefKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The names of the reports a run is writing, appended one line each before the report is
/// renamed into place. The manifest is saved only at the end of a run; if the run is killed
/// first, the next run reads this file to know which reports Debrief wrote, instead of
/// refusing to replace them as files of someone else's. Removed once the manifest is saved.
final class WriteJournal: Sendable {
    static let fileName = ".debrief-journal"
    private let descriptor: Int32

    /// Opens (or makes) the journal in `folder`; nil when it cannot be written.
    init?(folder: String, shard: Shard?) {
        let path = Folder.join(folder, Self.fileName(shard: shard))
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        if descriptor < 0 { return nil }
    }

    deinit { close(descriptor) }

    static func fileName(shard: Shard?) -> String {
        shard.map { "\(fileName)-shard-\($0.index)-of-\($0.count)" } ?? fileName
    }

    /// Records that `name` is about to be written. One `write` to a file opened for appending
    /// is one record, whichever worker makes it.
    func record(_ name: String) {
        try? writeAll(descriptor, Array((Self.escaped(name) + "\n").utf8))
    }

    /// Every name in every journal in `folder`.
    static func names(in folder: String) -> Set<String> {
        var names: Set<String> = []
        for file in journalFiles(in: folder) {
            guard let text = try? String(contentsOfFile: Folder.join(folder, file), encoding: .utf8)
            else { continue }
            for line in text.split(separator: "\n") { names.insert(unescaped(line)) }
        }
        return names
    }

    /// A name on one line: a backslash and a newline (which a file name may hold) escaped.
    static func escaped(_ name: String) -> String {
        // Most names hold neither: no Foundation search for them.
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 10 }) else { return name }
        return name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescaped(_ line: Substring) -> String {
        var name = ""
        var escaping = false
        for character in line {
            if escaping {
                name.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                name.append(character)
            }
        }
        return name
    }

    static func journalFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix(fileName) }.sorted()
    }
}
