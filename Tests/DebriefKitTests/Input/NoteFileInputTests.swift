@testable import DebriefKit
import Foundation
import Testing

/// Reading a notes file from disk: missing paths, folders and oversized files are refused.
@Suite struct NoteFileInputTests {
    /// A fresh folder under the temporary directory, removed after `body` runs.
    func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    func readError(_ path: String, sizeLimit: Int = NoteFile.defaultSizeLimit)
        -> NoteInputError?
    {
        do {
            _ = try NoteFile.read(path: path, sizeLimit: sizeLimit)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingPathIsNotFound() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("absent.md").path
            #expect(readError(path) == .notFound)
        }
    }

    @Test func directoryIsRefused() throws {
        try withTemporaryFolder { folder in
            #expect(readError(folder.path) == .isDirectory)
            #expect(readError(folder.path + "/") == .isDirectory)
        }
    }

    @Test func fileOverTheLimitIsTooLarge() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("big.md")
            try Data(String(repeating: "x", count: 100).utf8).write(to: file)
            #expect(readError(file.path, sizeLimit: 10) == .tooLarge(bytes: 100, limit: 10))
            #expect(readError(file.path, sizeLimit: 99) == .tooLarge(bytes: 100, limit: 99))
        }
    }

    @Test func fileAtTheLimitIsRead() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("exact.md")
            try Data("Pros: tidy".utf8).write(to: file)
            #expect(try NoteFile.read(path: file.path, sizeLimit: 10) == "Pros: tidy")
        }
    }

    @Test func fileIsDecodedLikeBytes() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("note.md")
            let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Pros\r\n• calm\r\n".utf8)
            try Data(bytes).write(to: file)
            #expect(try NoteFile.read(path: file.path) == "Pros\n• calm\n")
        }
    }

    @Test func emptyAndBinaryFilesAreRefused() throws {
        try withTemporaryFolder { folder in
            let empty = folder.appendingPathComponent("empty.md")
            try Data().write(to: empty)
            #expect(readError(empty.path) == .empty)

            let binary = folder.appendingPathComponent("photo.md")
            try Data([0x41, 0x0A, 0x42, 0x00, 0x43]).write(to: binary)
            #expect(readError(binary.path) == .binary(line: 2))
        }
    }

    /// `notes.md/x.md` cannot be opened by anyone, root included (ENOTDIR), and is not
    /// "no such file": the file is there, the path just runs through it.
    @Test func pathThroughAFileIsUnreadable() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("notes.md")
            try Data("Pros: calm".utf8).write(to: file)
            #expect(readError(file.path + "/x.md")
                    == .unreadable("part of the path is a file, not a folder"))
        }
    }

    @Test func fileOneByteOverTheLimitIsTooLarge() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("over.md")
            try Data("Pros: tidy!".utf8).write(to: file)
            #expect(readError(file.path, sizeLimit: 10) == .tooLarge(bytes: 11, limit: 10))
        }
    }
}
