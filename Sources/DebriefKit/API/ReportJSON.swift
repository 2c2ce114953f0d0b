import Foundation

/// The JSON form of a report: sorted keys, so output is stable and diffs stay small.
public enum ReportJSON {
    public static func encode(_ report: Report) throws -> Data {
        try encoder.encode(report)
    }

    public static func encode(_ reports: [Report]) throws -> Data {
        try encoder.encode(reports)
    }

    public static func decode(_ data: Data) throws -> Report {
        try JSONDecoder().decode(Report.self, from: data)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
