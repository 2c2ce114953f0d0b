import ArgumentParser

/// `--shard K/N`: the K-th of N stable shares of the notes (K from 0, as Kubernetes'
/// `JOB_COMPLETION_INDEX` counts), so N machines can each convert one share into the same
/// layout. A note's share depends only on its relative path, never on which other notes
/// exist or on the order they were found in.
struct Shard: ExpressibleByArgument, Equatable {
    var index: Int
    var count: Int

    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
            (1...10_000).contains(count), (0..<count).contains(index)
        else { return nil }
        self.init(index: index, count: count)
    }

    static let valueName = "K/N"

    func contains(_ note: NoteInput) -> Bool {
        var hash = ContentHash()
        hash.add(note.relativePath.utf8)
        return Int(hash.value % UInt64(count)) == index
    }
}
