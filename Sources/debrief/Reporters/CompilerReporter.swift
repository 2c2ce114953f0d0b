import DebriefKit

/// `path:line:column: warning: message [rule-id]`, then the finding's notes: what compilers
/// print, so editors and CI problem matchers read it. Colour only on a terminal.
struct CompilerReporter: LintReporter {
    let identifier = "text"
    let summary = "path:line:column: severity: message [rule-id], as compilers print"


    func report(_ results: LintResults, colour: Bool) -> String {
        var output = ""
        for file in results.files {
            for diagnostic in file.diagnostics {
                output += DiagnosticPrinter.format(diagnostic, path: file.path, colour: colour) + "\n"
                for note in diagnostic.notes {
                    let noteLine = Diagnostic(severity: .note, code: diagnostic.code,
                                              message: note.message, range: note.range ?? diagnostic.range)
                    output += DiagnosticPrinter.format(noteLine, path: file.path, colour: colour,
                                                       showsCode: false) + "\n"
                }
            }
        }
        return output
    }
}
