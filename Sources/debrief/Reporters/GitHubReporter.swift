import Foundation
import DebriefKit

/// GitHub Actions workflow commands: `::warning file=F,line=L,col=C,title=RULE::message`,
/// which the runner turns into annotations on the pull request.
struct GitHubReporter: LintReporter {
    let identifier = "github"
    let summary = "GitHub Actions workflow commands (annotations on the pull request)"

    func report(_ results: LintResults, colour: Bool) -> String {
        var output = ""
        for file in results.files {
            for diagnostic in file.diagnostics {
                let command = switch diagnostic.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "notice"
                }
                var properties = ["file=" + Self.property(LintReporters.displayPath(file.path))]
                if let range = diagnostic.range {
                    properties.append("line=\(range.start.line)")
                    properties.append("col=\(range.start.column)")
                    if range.end != range.start {
                        properties.append("endLine=\(range.end.line)")
                        properties.append("endColumn=\(range.end.column)")
                    }
                }
                properties.append("title=" + Self.property(diagnostic.code.rawValue))
                let message = ([diagnostic.message] + diagnostic.notes.map(\.message))
                    .joined(separator: "\n")
                output += "::\(command) \(properties.joined(separator: ","))::"
                    + Self.data(message) + "\n"
            }
        }
        return output
    }

    /// The runner's escaping for a command's message.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// The runner's escaping for a property's value, which also ends at ':' and ','.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
