import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program and reports what it cost: CPU time (user + system, all its threads, from
/// `wait4`, which Foundation's `Process` does not expose) and peak resident memory.
struct ChildProcess {
    struct Cost {
        var cpuSeconds: Double
        /// The part of `cpuSeconds` spent in the kernel (opening, creating, writing files).
        var systemSeconds: Double
        var wallSeconds: Double
        var peakMiB: Double
        var status: Int32
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments[0]` with the rest as its arguments; its standard output goes to
    /// `/dev/null` (or `stdoutPath`) and its standard error to ours.
    static func run(_ arguments: [String], stdoutPath: String = "/dev/null") throws -> Cost {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        // Peak memory from the child's own VmHWM, read while it runs: wait4's ru_maxrss would
        // count this process's memory too, since posix_spawn shares it until the exec.
        var peakKiB = 0
        var status: Int32 = 0
        var usage = rusage()
        while true {
            peakKiB = max(peakKiB, highWaterMark(pid))
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped == -1 && errno != EINTR { break }
            usleep(10_000)
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return Cost(cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
                    systemSeconds: seconds(usage.ru_stime), wallSeconds: wall,
                    peakMiB: Double(peakKiB) / 1024, status: (status >> 8) & 0xFF)
    }

    /// The process's peak resident memory so far in KiB (`VmHWM` in /proc), 0 once it is gone.
    private static func highWaterMark(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// The first executable called `name` on `PATH`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
