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
    // withUnsafeBytes only rethrows untyped errors: the failure is carried out by hand.
    var failure: SystemError?
    bytes.withUnsafeBytes { buffer in
        do throws(SystemError) { try writeAll(descriptor, buffer) } catch { failure = error }
    }
    if let failure { throw failure }
}

/// The same from memory the caller owns, such as a string's own UTF-8 storage.
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) {
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            throw SystemError.last
        }
        offset += written
    }
}
