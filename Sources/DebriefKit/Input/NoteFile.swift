import Foundation

/// Reads one notes file from disk (or standard input for `-`) within a size limit.
public enum NoteFile {
    public static let defaultSizeLimit = 5 << 20

    public static func read(path: String, sizeLimit: Int = defaultSizeLimit)
        throws(NoteInputError) -> String
    {
        try NoteDecoder.decode(readBytes(path: path, sizeLimit: sizeLimit))
    }

    static func readBytes(path: String, sizeLimit: Int) throws(NoteInputError) -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= sizeLimit else {
                throw .tooLarge(bytes: data.count, limit: sizeLimit)
            }
            return Array(data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound
        }
        if isDirectory.boolValue { throw .isDirectory }
        // Check the size before reading, so a huge file is refused without loading it.
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > sizeLimit {
            throw .tooLarge(bytes: size, limit: sizeLimit)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable("permission denied")
        }
        defer { try? handle.close() }
        do {
            // Read one byte past the limit: files that grow after the size check still stop.
            let data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
            guard data.count <= sizeLimit else {
                throw NoteInputError.tooLarge(bytes: data.count, limit: sizeLimit)
            }
            return Array(data)
        } catch let error as NoteInputError {
            throw error
        } catch {
            throw .unreadable(error.localizedDescription)
        }
    }
}
