extension Diagnostic {
    /// A stable identifier, such as `unclassified-section`, for filtering, configuration and
    /// documentation. Open like `SectionKind`: a code nobody registered (from a newer
    /// version's JSON, or a client's own rule) survives, with a warning's defaults.
    public struct Code: RawRepresentable, Hashable, Sendable, Comparable, Codable,
        ExpressibleByStringLiteral, CustomStringConvertible
    {
        public var rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { rawValue = value }

        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        public var description: String { rawValue }

        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }

        /// What the registry says about this code.
        public var info: Info {
            DiagnosticRegistry.info(for: self)
                ?? Info(code: self, defaultSeverity: .warning, summary: rawValue, help: "")
        }

        public var defaultSeverity: Severity { info.defaultSeverity }
    }
}

extension Diagnostic.Code {
    /// The documentation of one code: what `--explain`, `--list-rules` and SARIF's rule
    /// metadata print.
    public struct Info: Sendable {
        public var code: Diagnostic.Code
        public var defaultSeverity: Diagnostic.Severity
        /// One line: what the code reports.
        public var summary: String
        /// How to fix or silence it, and for rules how they avoid false positives.
        public var help: String
        /// Whether it comes from reading the note (the parser) or from a lint rule.
        public var origin: Origin = .parser

        public enum Origin: String, Sendable {
            case parser
            case rule
        }

        public init(code: Diagnostic.Code, defaultSeverity: Diagnostic.Severity, summary: String,
                    help: String, origin: Origin = .parser) {
            self.code = code
            self.defaultSeverity = defaultSeverity
            self.summary = summary
            self.help = help
            self.origin = origin
        }
    }
}
