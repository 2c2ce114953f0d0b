import DebriefKit

/// One rule a rendered report broke, with enough to find the cause: the format and audience
/// it was rendered for and what was found.
public struct Violation: Equatable, Sendable, CustomStringConvertible {
    public var rule: String
    public var format: ReportFormat
    public var audience: Audience
    public var found: String

    public init(_ rule: String, _ format: ReportFormat, _ audience: Audience, found: String) {
        self.rule = rule
        self.format = format
        self.audience = audience
        self.found = found
    }

    public var description: String {
        "\(rule) in \(format.rawValue) for \(audience.rawValue): \(found.prefix(120))"
    }
}
