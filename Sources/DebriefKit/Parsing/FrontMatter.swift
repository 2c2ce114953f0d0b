import Yams

/// YAML front matter (Obsidian, Jekyll) at the very top of a note, between `---` lines.
struct FrontMatter {
    /// Key-value pairs in the order written; nested values are flattened to text.
    var fields: [(key: String, value: String, line: Int)] = []

    /// Splits front matter off `text`. Returns the text with the front-matter lines blanked
    /// (so cmark's line numbers still match the file) and the front matter or a YAML error.
    static func split(_ text: String) -> (body: String, frontMatter: Result<FrontMatter, YAMLProblem>?) {
        guard text.hasPrefix("---\n") else { return (text, nil) }
        // Line by line to the closing "---" only: the rest of the note is taken whole.
        let bytes = text.utf8
        let yamlStart = bytes.index(bytes.startIndex, offsetBy: 4)
        var lineStart = yamlStart
        var close = 1
        var found: (yamlEnd: String.Index, bodyStart: String.Index)?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = text[lineStart..<lineEnd].trimmedSubstring
            if line == "---" || line == "..." {
                // The YAML ends before the newline that opens the closing line.
                let yamlEnd = lineStart == yamlStart ? yamlStart : bytes.index(before: lineStart)
                found = (yamlEnd, lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd))
                break
            }
            close += 1
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
        }
        guard let (yamlEnd, bodyStart) = found else { return (text, nil) }
        let yaml = String(text[yamlStart..<yamlEnd])
        // Blank lines where the front matter was, so line numbers stay true.
        let body = String(repeating: "\n", count: close + 1) + text[bodyStart...]
        do {
            var frontMatter = FrontMatter()
            // The encoding named: Yams' default reads the whole process environment on every
            // call (and prints to standard output when YAMS_DEFAULT_ENCODING is set).
            if let node = try Yams.compose(yaml: yaml, .default, .default, .utf8),
                let mapping = node.mapping
            {
                frontMatter.add(mapping, prefix: "")
            } else if !yaml.trimmed.isEmpty {
                return (body, .failure(YAMLProblem(message: "not a key-value mapping", line: 2,
                                                   yaml: yaml)))
            }
            return (body, .success(frontMatter))
        } catch let error as YamlError {
            return (body, .failure(YAMLProblem(error, yaml: yaml)))
        } catch {
            return (body, .failure(YAMLProblem(message: "\(error)", line: 2, yaml: yaml)))
        }
    }

    /// Nested mappings become dotted keys ("hiring.decision"), so each key is judged on its
    /// own: a private one nested under an innocent parent is still private.
    private mutating func add(_ mapping: Node.Mapping, prefix: String) {
        for (key, value) in mapping {
            let name = prefix + (key.string ?? "")
            if let nested = value.mapping {
                add(nested, prefix: name + ".")
                continue
            }
            // Yams marks are 1-based within the YAML; the note adds the `---` line.
            let line = (key.mark?.line ?? 1) + 1
            // A detail is one line: YAML block scalars ("notes: |") join theirs with spaces.
            let text = Self.flattened(value).split(whereSeparator: \.isNewline)
                .map { $0.trimmed }.filter { !$0.isEmpty }.joined(separator: " ")
            fields.append((name, text, line))
        }
    }

    private static func flattened(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            return scalar.string
        case .sequence(let sequence):
            return sequence.map(flattened).joined(separator: ", ")
        case .mapping(let mapping):
            return mapping.map { "\($0.key.string ?? ""): \(flattened($0.value))" }
                .joined(separator: "; ")
        case .alias:
            return ""
        }
    }
}

/// Front matter that is not valid YAML: reported, and the YAML kept under `other`.
struct YAMLProblem: Error {
    var message: String
    /// Line in the note (the opening `---` is line 1).
    var line: Int
    var yaml: String

    init(message: String, line: Int, yaml: String) {
        self.message = message
        self.line = line
        self.yaml = yaml
    }

    init(_ error: YamlError, yaml: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            self.init(message: problem, line: mark.line + 1, yaml: yaml)
        default:
            self.init(message: "\(error)".split(separator: "\n").first.map(String.init)
                      ?? "invalid YAML", line: 2, yaml: yaml)
        }
    }
}
