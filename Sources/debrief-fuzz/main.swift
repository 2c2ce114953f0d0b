import Foundation

#if DEBRIEF_LIBFUZZER
import CLibFuzzer

// `make fuzz` builds with -sanitize=fuzzer -D DEBRIEF_LIBFUZZER. SwiftPM gives every
// executable its own main, so this one hands control to libFuzzer's driver instead of
// linking libFuzzer's main. A violation aborts, which libFuzzer records as a crash with
// the input that caused it.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let violations = FuzzHarness.shared.run(bytes)
    guard violations.isEmpty else {
        for violation in violations { FileHandle.standardError.write(Data("\(violation)\n".utf8)) }
        abort()
    }
    return 0
}
exit(status)
#else
// A plain build replays inputs (files, or folders of them) through the same checks, so a
// crash file from the fuzzer can be run in a debugger, and the corpus in any build.
let violations = Replay.run(paths: Array(CommandLine.arguments.dropFirst()))
exit(violations == 0 ? 0 : 1)
#endif
