import Foundation
import OutputInvariants

/// Violations already reported to the owner of the code at fault, each with its smallest
/// input. The fuzzer prints one the first time it finds it and carries on, so a known bug
/// does not end every campaign (and `make test`) in its first second. Delete an entry once
/// its fix lands: the harness aborts on it again from then on.
enum KnownIssues {
    struct Issue: Sendable {
        var summary: String
        /// Given a violation and the output it was found in.
        var matches: @Sendable (Violation, String) -> Bool
    }

    static let all: [Issue] = [
    ]

    /// The violations no known issue explains; each known one is printed once per process.
    static func unexplained(_ violations: [Violation], in output: String) -> [Violation] {
        violations.filter { violation in
            guard let index = all.firstIndex(where: { $0.matches(violation, output) }) else {
                return true
            }
            seen.firstTime(index) {
                let line = "known issue, not stopping: \(all[index].summary)\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
            return false
        }
    }

    private static let seen = SeenSet()
}

/// Which known issues were already printed; libFuzzer may call from more than one thread.
private final class SeenSet: @unchecked Sendable {
    private let lock = NSLock()
    private var indices: Set<Int> = []

    func firstTime(_ index: Int, _ action: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        if indices.insert(index).inserted { action() }
    }
}
