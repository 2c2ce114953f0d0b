import DebriefKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes every byte to a descriptor, retrying short writes and interruptions, and throws the
/// cause of a failed write. `FileHandle.write(_:)` traps instead (ENOSPC on `/dev/full`),
/// which no caller can catch.
func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(SystemError) {
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes {
            write(descriptor, $0.baseAddress! + offset, $0.count - offset)
        }
        if written < 0 {
            if errno == EINTR { continue }
            throw SystemError.last
        }
        offset += written
    }
}
