/// A team's conventions, from a `.debrief.yml` file: shared by `debrief render` and
/// `debrief lint`, so they are written once instead of repeated as flags.
public struct TeamConfiguration: Sendable, Equatable {
    /// The file it was read from; relative paths and override globs are relative to its folder.
    public var file: String
    public var lint = LintSettings()
    /// Section labels the team uses, read as well as Debrief's own.
    public var sectionLabels = SectionLabelTable()
    /// Team phrasebooks, as paths resolved against the file's folder.
    public var phrasebooks: [String] = []
    /// Defaults for `render` when the command line does not say.
    public var formats: [ReportFormat]?
    public var audience: Audience?
    public var suggestions: Int?
    public var overrides: [Override] = []

    /// Settings for the notes whose path (relative to the file's folder) a glob matches;
    /// later overrides win over earlier ones.
    public struct Override: Sendable, Equatable {
        public var files: [String]
        public var severities: [Diagnostic.Code: Diagnostic.Severity?] = [:]
        public var addedWords: [Diagnostic.Code: [String]] = [:]
        public var ignoredWords: [Diagnostic.Code: [String]] = [:]
        public var requiredDetails: [RequiredDetail]?
        public var maxImprovements: Int?
    }

    public init(file: String) {
        self.file = file
    }

    /// The folder the file is in ("." for a bare name).
    public var folder: String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }

    /// The lint settings for one note, given which override globs match it.
    public func lintSettings(matching matches: (String) -> Bool) -> LintSettings {
        var settings = lint
        for override in overrides where override.files.contains(where: matches) {
            settings.severities.merge(override.severities) { $1 }
            settings.addedWords.merge(override.addedWords) { $0 + $1 }
            settings.ignoredWords.merge(override.ignoredWords) { $0 + $1 }
            if let required = override.requiredDetails { settings.requiredDetails = required }
            if let limit = override.maxImprovements { settings.maxImprovements = limit }
        }
        return settings
    }

    /// The name Debrief looks for, from a note's folder upwards.
    public static let fileName = ".debrief.yml"
}

/// A configuration file that cannot be used: one line naming the file, line and key.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int?, column: Int?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(place): error: \(message)"
    }

    /// `file:line:column`, or the file alone when the problem has no line.
    public var place: String {
        line.map { "\(file):\($0):\(column ?? 1)" } ?? file
    }
}
