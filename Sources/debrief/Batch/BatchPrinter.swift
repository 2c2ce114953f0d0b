import Foundation
import Synchronization

/// Everything a batch prints, from any worker, in one place and one order: each note's
/// lines come out in the notes' order whatever order they finished in, so a log is the same
/// on every run. On a terminal (and without `--quiet`), a progress line under them shows the
/// count, the rate and the time left.
final class BatchPrinter: Sendable {
    private struct State {
        var next = 0
        var waiting: [Int: [String]] = [:]
        var done = 0
        var lastDrawn: UInt64 = 0
        var progressShown = false
    }

    private let state = Mutex(State())
    private let total: Int
    private let showsProgress: Bool
    private let start = DispatchTime.now().uptimeNanoseconds

    init(total: Int, quiet: Bool) {
        self.total = total
        showsProgress = !quiet && StandardError.isTerminal && total > 1
    }

    /// Note `index` is done and had `lines` to say.
    func finished(_ index: Int, lines: [String]) {
        state.withLock { state in
            state.waiting[index] = lines
            state.done += 1
            var output = ""
            while let ready = state.waiting.removeValue(forKey: state.next) {
                for line in ready { output += line + "\n" }
                state.next += 1
            }
            if showsProgress, !output.isEmpty, state.progressShown {
                output = "\r\u{1B}[K" + output
                state.progressShown = false
            }
            let now = DispatchTime.now().uptimeNanoseconds
            if showsProgress, now - state.lastDrawn > 100_000_000 || state.done == total {
                state.lastDrawn = now
                output += progress(done: state.done, now: now)
                state.progressShown = true
            }
            if !output.isEmpty { StandardError.write(output) }
        }
    }

    /// Clears the progress line and prints the last line of the run.
    func summary(_ line: String, quiet: Bool) {
        state.withLock { state in
            var output = state.progressShown ? "\r\u{1B}[K" : ""
            state.progressShown = false
            if !quiet { output += line + "\n" }
            if !output.isEmpty { StandardError.write(output) }
        }
    }

    private func progress(done: Int, now: UInt64) -> String {
        let seconds = Double(now - start) / 1e9
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        return "\r\u{1B}[K\(done)/\(total) notes, \(Int(rate.rounded())) notes/s, "
            + "\(Int(left.rounded(.up))) s left"
    }
}
