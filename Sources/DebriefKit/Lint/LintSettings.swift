/// What a team changes about the rules: `.debrief.yml`'s `rules` and `required-details`,
/// after per-glob overrides are applied for one note.
public struct LintSettings: Sendable, Equatable {
    /// A rule's severity, or `nil` for off. Codes not listed keep their default.
    public var severities: [Diagnostic.Code: Diagnostic.Severity?] = [:]
    /// Entries added to a word-list rule's built-in list, in `WordList`'s syntax.
    public var addedWords: [Diagnostic.Code: [String]] = [:]
    /// Entries taken out of a word-list rule's built-in list.
    public var ignoredWords: [Diagnostic.Code: [String]] = [:]
    public var requiredDetails: [RequiredDetail] = RequiredDetail.defaults
    public var maxImprovements = 5

    public init() {}

    /// The severity `code` is reported with, `nil` when it is off.
    public func severity(of code: Diagnostic.Code) -> Diagnostic.Severity? {
        if let configured = severities[code] { return configured }
        return code.defaultSeverity
    }

    func words(for code: Diagnostic.Code, builtIn: WordList) -> WordList {
        let added = addedWords[code] ?? []
        let ignored = ignoredWords[code] ?? []
        return added.isEmpty && ignored.isEmpty ? builtIn : builtIn.adding(added, removing: ignored)
    }
}
