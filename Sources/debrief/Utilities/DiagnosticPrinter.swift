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
        let severity = diagnostic.severity.rawValue
        let colour = diagnostic.severity == .warning ? "\u{1B}[1;33m" : "\u{1B}[1;36m"
        return "\(place(path, diagnostic.location)): \(paint(severity, colour)): "
            + "\(TerminalText.escaping(diagnostic.message)) [\(diagnostic.code)]"
    }

    /// The line `printError` writes.
    func errorLine(_ message: String, path: String, location: SourceLocation?) -> String {
        "\(place(path, location)): \(paint("error", "\u{1B}[1;31m")): " + TerminalText.escaping(message)
    }

    /// A line about the run as a whole rather than one file.
    func printGeneral(_ message: String) {
        write("debrief: " + TerminalText.escaping(message))
    }

    private func place(_ path: String, _ location: SourceLocation?) -> String {
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
