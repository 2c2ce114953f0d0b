import Foundation

/// The JSON form of a report: sorted keys, so output is stable and diffs stay small.
///
/// Safe by default: a report is written as a candidate may see it (no private notes, no
/// diagnostics) unless the internal audience is asked for, here or through the encoder's
/// `userInfo[.debriefAudience]` when encoding a `Report` with any other encoder.
public enum ReportJSON {
    public static func encode(_ report: Report, for audience: Audience = .candidate) throws
        -> Data
    {
        Data(try PrettyJSONWriter.document(report.prepared(for: audience)))
    }

    /// Several reports as one JSON array, each as `audience` may see it.
    public static func encode(_ reports: [Report], for audience: Audience = .candidate) throws
        -> Data
    {
        Data(try PrettyJSONWriter.document(reports.map { $0.prepared(for: audience) }))
    }

    /// What `encode` writes, by way of `Encodable` and Foundation's encoder: the same bytes,
    /// slower. For the test that holds the two paths together.
    static func encodeThroughFoundation(_ report: Report, for audience: Audience) throws -> Data {
        compactingEmptyArrays(try encoder(for: audience).encode(report))
    }

    /// Foundation pretty-prints an empty array over three lines ("[\n\n  ]"); "[]" reads
    /// better and diffs smaller. Only whitespace between the brackets is touched.
    private static func compactingEmptyArrays(_ data: Data) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        let bytes = [UInt8](data)
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            out.append(byte)
            index += 1
            if byte == UInt8(ascii: "\""), !isEscaped(bytes, at: index - 1) { inString.toggle() }
            guard !inString, byte == UInt8(ascii: "[") else { continue }
            var next = index
            while next < bytes.count, [9, 10, 13, 32].contains(bytes[next]) { next += 1 }
            if next < bytes.count, bytes[next] == UInt8(ascii: "]") { index = next }
        }
        return Data(out)
    }

    private static func isEscaped(_ bytes: [UInt8], at index: Int) -> Bool {
        var backslashes = 0
        var position = index - 1
        while position >= 0, bytes[position] == UInt8(ascii: "\\") {
            backslashes += 1
            position -= 1
        }
        return backslashes % 2 == 1
    }

    /// Anything else Debrief prints as JSON (`debrief phrases`), in the same style; a report
    /// inside it is written for the candidate.
    public static func encode<Value: Encodable>(value: Value) throws -> Data {
        compactingEmptyArrays(try encoder(for: .candidate).encode(value))
    }

    public static func decode(_ data: Data) throws -> Report {
        try JSONDecoder().decode(Report.self, from: data)
    }

    private static func encoder(for audience: Audience) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[.debriefAudience] = audience
        return encoder
    }
}

extension CodingUserInfoKey {
    /// Who an encoded `Report` is for; a report encoded without it is written for the
    /// candidate.
    public static let debriefAudience = CodingUserInfoKey(rawValue: "debriefAudience")!
}
