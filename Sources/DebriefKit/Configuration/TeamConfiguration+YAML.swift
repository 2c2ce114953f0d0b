import Yams

extension TeamConfiguration {
    /// Reads a `.debrief.yml`. Every key is checked: an unknown key or a bad value is an
    /// error naming the file, line and key, never silently ignored (a misspelt rule id would
    /// otherwise turn nothing off).
    public static func parse(_ yaml: String, file: String) throws(ConfigurationError)
        -> TeamConfiguration
    {
        var configuration = TeamConfiguration(file: file)
        let reader = ConfigurationReader(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { return configuration }
            root = node
        } catch let error as YamlError {
            throw reader.yamlError(error)
        } catch {
            throw ConfigurationError(file: file, line: nil, column: nil, message: "\(error)")
        }
        do {
            try reader.read(root, into: &configuration)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(file: file, line: nil, column: nil, message: "\(error)")
        }
        return configuration
    }
}

/// Walks the YAML tree of a configuration file, with the file and each node's place for
/// errors.
struct ConfigurationReader {
    let file: String

    static let topKeys = ["rules", "required-details", "sections", "phrasebooks", "render",
                          "overrides"]
    static let renderKeys = ["formats", "audience", "suggestions"]
    /// The settings each rule has: a severity, a word list's changes, a limit.
    static func keys(of code: Diagnostic.Code) -> [String] {
        if WordListRule.codes.contains(code) { return ["severity", "words", "ignore"] }
        if code == "too-many-improvements" { return ["severity", "max"] }
        return ["severity"]
    }
    static let overrideKeys = ["files", "rules", "required-details"]

    func read(_ root: Node, into configuration: inout TeamConfiguration) throws {
        for (key, value) in try mapping(root, "the file", allowed: Self.topKeys) {
            switch key.string {
            case "rules":
                var rules = RuleSettings()
                try readRules(value, into: &rules)
                configuration.lint.severities = rules.severities
                configuration.lint.addedWords = rules.addedWords
                configuration.lint.ignoredWords = rules.ignoredWords
                if let max = rules.maxImprovements { configuration.lint.maxImprovements = max }
            case "required-details":
                configuration.lint.requiredDetails = try requiredDetails(value)
            case "sections":
                var labels: [String: [String]] = [:]
                for (name, list) in try mapping(value, "sections",
                                                allowed: SectionLabelTable.names) {
                    labels[name.string ?? ""] = try strings(list, "sections.\(name.string ?? "")")
                }
                configuration.sectionLabels = SectionLabelTable(labels)
            case "phrasebooks":
                configuration.phrasebooks = try strings(value, "phrasebooks").map {
                    $0.hasPrefix("/") ? $0 : configuration.folder + "/" + $0
                }
            case "render":
                try readRender(value, into: &configuration)
            default:
                configuration.overrides = try sequence(value, "overrides").map(readOverride)
            }
        }
    }

    /// What a `rules` mapping sets, in a file's top level or an override.
    struct RuleSettings {
        var severities: [Diagnostic.Code: Diagnostic.Severity?] = [:]
        var addedWords: [Diagnostic.Code: [String]] = [:]
        var ignoredWords: [Diagnostic.Code: [String]] = [:]
        var maxImprovements: Int?
    }

    private func readRules(_ node: Node, into rules: inout RuleSettings) throws {
        let known = Set(DiagnosticRegistry.all.map(\.code.rawValue))
        for (key, value) in try mapping(node, "rules", allowed: nil) {
            let id = key.string ?? ""
            guard known.contains(id) else {
                throw error(at: key, "unknown rule '\(id)' under 'rules' (debrief lint "
                            + "--list-rules lists them)")
            }
            let code = Diagnostic.Code(id)
            if value.scalar != nil {
                rules.severities[code] = try severity(value, "rules.\(id)")
                continue
            }
            for (setting, setValue) in try mapping(value, "rules.\(id)", allowed: Self.keys(of: code)) {
                let path = "rules.\(id).\(setting.string ?? "")"
                switch setting.string {
                case "severity":
                    rules.severities[code] = try severity(setValue, path)
                case "words", "ignore":
                    // Only word-list rules get here (`keys(of:)`).
                    let words = try strings(setValue, path)
                    if setting.string == "words" { rules.addedWords[code] = words } else {
                        rules.ignoredWords[code] = words
                    }
                default:
                    guard id == "too-many-improvements", let max = setValue.int, max >= 1 else {
                        throw error(at: setting, id == "too-many-improvements"
                            ? "'\(path)' must be a whole number, 1 or more"
                            : "'\(path)' is not a setting of '\(id)' (it has: "
                                + Self.keys(of: code).joined(separator: ", ") + ")")
                    }
                    rules.maxImprovements = max
                }
            }
        }
    }

    private func readRender(_ node: Node, into configuration: inout TeamConfiguration)
        throws
    {
        for (key, value) in try mapping(node, "render", allowed: Self.renderKeys) {
            switch key.string {
            case "formats":
                configuration.formats = try strings(value, "render.formats").map { name in
                    guard let format = ReportFormat(rawValue: name.lowercased()) else {
                        throw error(at: value, "'\(name)' in 'render.formats' is not a format ("
                                    + ReportFormat.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                    }
                    return format
                }
            case "audience":
                guard let name = value.string, let audience = Audience(rawValue: name) else {
                    throw error(at: value, "'render.audience' must be candidate or internal")
                }
                configuration.audience = audience
            default:
                guard let count = value.int, (0...20).contains(count) else {
                    throw error(at: value, "'render.suggestions' must be a number from 0 to 20")
                }
                configuration.suggestions = count
            }
        }
    }

    private func readOverride(_ node: Node) throws -> TeamConfiguration.Override {
        var override = TeamConfiguration.Override(files: [])
        var sawFiles = false
        for (key, value) in try mapping(node, "an override", allowed: Self.overrideKeys) {
            switch key.string {
            case "files":
                sawFiles = true
                override.files = value.scalar != nil
                    ? [value.string ?? ""] : try strings(value, "overrides.files")
            case "rules":
                var rules = RuleSettings()
                try readRules(value, into: &rules)
                override.severities = rules.severities
                override.addedWords = rules.addedWords
                override.ignoredWords = rules.ignoredWords
                override.maxImprovements = rules.maxImprovements
            default:
                override.requiredDetails = try requiredDetails(value)
            }
        }
        guard sawFiles, !override.files.isEmpty else {
            throw error(at: node, "an override needs 'files' (a glob or a list of globs)")
        }
        return override
    }

    // MARK: - Values

    private func requiredDetails(_ node: Node) throws -> [RequiredDetail] {
        try strings(node, "required-details").map { name in
            guard let detail = RequiredDetail(rawValue: name) else {
                throw error(at: node, "'\(name)' in 'required-details' is not a detail ("
                            + RequiredDetail.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            return detail
        }
    }

    private func severity(_ node: Node, _ path: String) throws
        -> Diagnostic.Severity?
    {
        // YAML reads a bare `off` as false.
        if node.bool == false || node.string == "off" { return nil }
        guard let name = node.string, let severity = Diagnostic.Severity(rawValue: name) else {
            throw error(at: node, "'\(path)' must be error, warning, note or off")
        }
        return severity
    }

    private func mapping(_ node: Node, _ what: String, allowed: [String]?)
        throws -> [(Node, Node)]
    {
        guard let mapping = node.mapping else {
            throw error(at: node, "\(what) must be a mapping of keys to values")
        }
        var pairs: [(Node, Node)] = []
        for (key, value) in mapping {
            if let allowed, !allowed.contains(key.string ?? "") {
                throw error(at: key, "unknown key '\(key.string ?? "")' in \(what) (known: "
                            + allowed.joined(separator: ", ") + ")")
            }
            pairs.append((key, value))
        }
        return pairs
    }

    private func sequence(_ node: Node, _ what: String) throws -> [Node] {
        guard let sequence = node.sequence else {
            throw error(at: node, "'\(what)' must be a list")
        }
        return Array(sequence)
    }

    private func strings(_ node: Node, _ what: String) throws -> [String] {
        var values: [String] = []
        for item in try sequence(node, what) {
            guard let text = item.string, item.scalar != nil else {
                throw error(at: item, "'\(what)' must be a list of words or names")
            }
            values.append(text)
        }
        return values
    }

    func error(at node: Node, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node.mark.map { $0.line }, column: node.mark.map { $0.column },
                           message: message)
    }

    func yamlError(_ error: YamlError) -> ConfigurationError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            ConfigurationError(file: file, line: mark.line, column: mark.column,
                               message: "not valid YAML: \(problem)")
        default:
            ConfigurationError(file: file, line: nil, column: nil, message: "not valid YAML: "
                               + ("\(error)".split(separator: "\n").first.map(String.init) ?? ""))
        }
    }
}

extension WordListRule {
    static var codes: [Diagnostic.Code] { [personality.code, protected.code] }
}
