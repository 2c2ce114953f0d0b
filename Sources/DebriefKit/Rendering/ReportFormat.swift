/// The formats a report can be rendered in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case json
    case md
    case html
    case text

    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .md: "md"
        case .html: "html"
        case .text: "txt"
        }
    }

    /// The default template's file name in `Templates/`; JSON has none (it is the model).
    public var templateFileName: String? {
        self == .json ? nil : "report.\(fileExtension).mustache"
    }

    /// The format a template file is for, from its name: `report.html.mustache`,
    /// `team.md.mustache`, `plain.txt.mustache`.
    public static func forTemplate(named name: String) -> ReportFormat? {
        let parts = name.lowercased().split(separator: ".")
        guard parts.count >= 2 else { return nil }
        let candidate = parts.last == "mustache" ? parts[parts.count - 2] : parts[parts.count - 1]
        return allCases.first { $0 != .json && ($0.fileExtension == candidate || $0.rawValue == candidate) }
    }
}
