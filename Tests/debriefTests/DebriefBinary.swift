import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `debrief` executable built next to the test bundle.
enum DebriefBinary {
    struct Result {
        var status: Int32
        /// Killed by a signal (a trap or SIGPIPE) rather than exiting: `status` is the signal.
        var signalled: Bool
        var stdout: Data
        var stderr: Data

        var errorLines: [String] {
            String(decoding: stderr, as: UTF8.self).split(separator: "\n").map(String.init)
        }
    }

    /// Where the child's standard output goes.
    enum Output {
        /// A pipe the test reads.
        case pipe
        /// An open file, such as `/dev/full`.
        case file(FileHandle)
        /// A pipe whose reading end is already closed, so every write fails with EPIPE.
        case brokenPipe
        /// No descriptor 1 at all, as after `>&-` in a shell.
        case closed
    }

    static var url: URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for folder in candidates {
            let binary = folder.appendingPathComponent("debrief")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return candidates[0].appendingPathComponent("debrief")
    }

    static func run(_ arguments: [String], in folder: URL, stdin: Data? = nil,
                    stdout target: Output = .pipe, stderr errorTarget: FileHandle? = nil)
        throws -> Result
    {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        var parentsCopy: FileHandle?
        var readsOutput = false
        switch target {
        case .pipe:
            process.standardOutput = output
            readsOutput = true
        case .file(let handle):
            process.standardOutput = handle
        case .brokenPipe:
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
            close(ends[0])
            parentsCopy = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
            process.standardOutput = parentsCopy
        case .closed:
            // Only a shell can start a program without a descriptor 1.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" \"$@\" >&-", url.path] + arguments
            process.standardOutput = output
            readsOutput = true
        }
        process.standardError = errorTarget ?? errors
        process.standardInput = input
        try process.run()
        try parentsCopy?.close()
        input.fileHandleForWriting.write(stdin ?? Data())
        try input.fileHandleForWriting.close()
        // Drain standard error on another thread while reading standard output here, so
        // neither pipe can fill up and block the child.
        let errorData = ErrorDrain(errorTarget == nil ? errors.fileHandleForReading : nil)
        let outputData = readsOutput ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      signalled: process.terminationReason == .uncaughtSignal,
                      stdout: outputData, stderr: errorData.wait())
    }

    private final class ErrorDrain: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle?) {
            guard let handle else {
                done.signal()
                return
            }
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}

/// Fresh folders for tests that write, removed by the caller.
enum TestFolder {
    static func make() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The repository root, for the notes in `Examples/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A small note with one strength and one improvement item.
    static let goodNote = """
        Strengths

        • Asked about scale before drawing boxes

        Areas for Improvement

        • Check in more often:
          “Shall I keep going on storage, or switch to the API?”

        """
}
