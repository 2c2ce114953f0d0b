import DebriefKit
import Foundation

/// Prints `path:line:col: warning: message [code]` to standard error, in colour only on a
/// terminal and never when `NO_COLOR` is set. Paths and messages are printed through
/// `TerminalText`, so each stays one line whatever a file name holds.
struct DiagnosticPrinter: Sendable {
    private let useColour: Bool

    init() {
        useColour = StandardError.isTerminal && Self.colourAllowed
    }

    /// `NO_COLOR` (any non-empty value) turns colour off everywhere (no-color.org).
    static var colourAllowed: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    func print(_ diagnostic: Diagnostic, path: String) {
        write(line(diagnostic, path: path))
    }

    func printError(_ message: String, path: String, location: SourceLocation?) {
        write(errorLine(message, path: path, location: location))
    }

    /// The line `print` writes, for a caller that orders lines itself.
    func line(_ diagnostic: Diagnostic, path: String) -> String {
        Self.format(diagnostic, path: path, colour: useColour)
    }

    /// `path:line:col: severity: message [code]`, the one shape every finding is printed in.
    static func format(_ diagnostic: Diagnostic, path: String, colour: Bool,
                       showsCode: Bool = true) -> String {
        let severity = diagnostic.severity.rawValue
        let shade = switch diagnostic.severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .note: "\u{1B}[1;36m"
        }
        let label = colour ? "\(shade)\(severity)\u{1B}[0m" : severity
        return "\(place(path, diagnostic.location)): \(label): "
            + TerminalText.escaping(diagnostic.message)
            + (showsCode ? " [\(diagnostic.code)]" : "")
    }

    /// The line `printError` writes.
    func errorLine(_ message: String, path: String, location: SourceLocation?) -> String {
        "\(Self.place(path, location)): \(paint("error", "\u{1B}[1;31m")): " + TerminalText.escaping(message)
    }

    /// A line about the run as a whole rather than one file.
    func printGeneral(_ message: String) {
        write("debrief: " + TerminalText.escaping(message))
    }

    private static func place(_ path: String, _ location: SourceLocation?) -> String {
        let name = path == "-" ? "<stdin>" : TerminalText.escaping(path)
        guard let location else { return name }
        return "\(name):\(location.line):\(location.column)"
    }

    private func paint(_ text: String, _ colour: String) -> String {
        useColour ? "\(colour)\(text)\u{1B}[0m" : text
    }

    private func write(_ line: String) {
        StandardError.write(line + "\n")
    }
}
