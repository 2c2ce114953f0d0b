/// Every code Debrief knows, with its default severity, summary and help: the parser's and
/// the lint rules'. One table, so `--explain`, `--list-rules`, SARIF's rule metadata and the
/// configuration's checks all read the same words.
public enum DiagnosticRegistry {
    public static let all: [Diagnostic.Code.Info] =
        Diagnostic.Code.parserInfo + LintRules.all.map(\.info)

    private static let byCode: [Diagnostic.Code: Diagnostic.Code.Info] =
        Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    public static func info(for code: Diagnostic.Code) -> Diagnostic.Code.Info? {
        byCode[code]
    }
}
