#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the process needs before any work, so that output failures are errors to report
/// rather than a silent death or a misdirected write.
enum ProcessSetup {
    static func prepare() {
        // A reader that goes away (`debrief render x.md | head -1`) makes writes fail with
        // EPIPE, reported on one line, instead of a kill by SIGPIPE with no word said.
        signal(SIGPIPE, SIG_IGN)
        reserveStandardDescriptors()
    }

    /// Started with standard input, output or error closed (`>&-`), the next file opened
    /// would take that number, and a report or a warning would be written into it. Holding
    /// each missing number with `/dev/null`, opened read-only, keeps them taken while writes
    /// to them still fail (EBADF) and are reported.
    private static func reserveStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // open() returns the lowest free number, which is this one: lower ones are open.
            _ = open("/dev/null", O_RDONLY)
        }
    }
}
