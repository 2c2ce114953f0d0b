// The JSON contract (schemaVersion 1). Optional fields are written as `null` rather than left
// out, so every report has the same keys and consumers need no existence checks; only
// `private` is left out, for candidate reports, so its absence is visible. Synthesised
// `Encodable` would drop nil keys, hence the hand-written `encode(to:)`; decoding is
// synthesised from the same `CodingKeys`.

extension Report {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, source, details, summary, strengths, improvements, preparation
        case ratings, other, diagnostics
        case privateNotes = "private"
    }


    public func encode(to encoder: any Encoder) throws {
        // Fails closed: only an encoder that asks for the internal audience gets private notes.
        let audience = encoder.userInfo[.debriefAudience] as? Audience ?? .candidate
        let report = prepared(for: audience)
        try report.encodeFields(to: encoder)
    }

    private func encodeFields(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(source, forKey: .source)
        try container.encode(details, forKey: .details)
        try container.encode(summary, forKey: .summary)
        try container.encode(strengths, forKey: .strengths)
        try container.encode(improvements, forKey: .improvements)
        try container.encode(preparation, forKey: .preparation)
        try container.encode(ratings, forKey: .ratings)
        try container.encode(other, forKey: .other)
        try container.encodeIfPresent(privateNotes, forKey: .privateNotes)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}

extension InterviewDetails {
    enum CodingKeys: String, CodingKey {
        case candidate, interviewer, company, level, role, interviewType, date, dateISO
        case recording, extra
    }


    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(candidate, forKey: .candidate)
        try container.encode(interviewer, forKey: .interviewer)
        try container.encode(company, forKey: .company)
        try container.encode(level, forKey: .level)
        try container.encode(role, forKey: .role)
        try container.encode(interviewType, forKey: .interviewType)
        try container.encode(date, forKey: .date)
        try container.encode(dateISO, forKey: .dateISO)
        try container.encode(recording, forKey: .recording)
        try container.encode(extra, forKey: .extra)
    }
}

extension ImprovementArea {
    enum CodingKeys: String, CodingKey {
        case title = "area"
        case items
    }


    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(items, forKey: .items)
    }
}

extension ImprovementItem {
    enum CodingKeys: String, CodingKey { case headline, detail, line, examples }


    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(headline, forKey: .headline)
        try container.encode(detail, forKey: .detail)
        try container.encode(line, forKey: .line)
        try container.encode(examples, forKey: .examples)
    }
}

extension ExamplePhrasing {
    enum CodingKeys: String, CodingKey { case text, origin, line, entry }


    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(origin, forKey: .origin)
        try container.encode(line, forKey: .line)
        try container.encode(entry, forKey: .entry)
    }
}

extension Rating {
    enum CodingKeys: String, CodingKey { case name, score, scale, value, comment, line }


    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(score, forKey: .score)
        try container.encode(scale, forKey: .scale)
        try container.encode(value, forKey: .value)
        try container.encode(comment, forKey: .comment)
        try container.encode(line, forKey: .line)
    }
}

extension OtherSection {
    enum CodingKeys: String, CodingKey { case title, markdown, line }


    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(markdown, forKey: .markdown)
        try container.encode(line, forKey: .line)
    }
}

extension PrivateNote {
    enum CodingKeys: String, CodingKey { case kind, title, markdown, line }


    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(markdown, forKey: .markdown)
        try container.encode(line, forKey: .line)
    }
}

extension Diagnostic: Codable {
    /// A point finding with no notes (every finding the parser makes) keeps the first
    /// schema's five keys; a range's end and notes are written only when there are some.
    enum CodingKeys: String, CodingKey {
        case severity, code, message, line, column, endLine, endColumn, notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let line = try container.decodeIfPresent(Int.self, forKey: .line)
        let column = try container.decodeIfPresent(Int.self, forKey: .column)
        let start = line.map { SourceLocation(line: $0, column: column ?? 1) }
        let endLine = try container.decodeIfPresent(Int.self, forKey: .endLine)
        let endColumn = try container.decodeIfPresent(Int.self, forKey: .endColumn)
        let end = endLine.map { SourceLocation(line: $0, column: endColumn ?? 1) }
        self.init(
            severity: try container.decode(Severity.self, forKey: .severity),
            code: try container.decode(Code.self, forKey: .code),
            message: try container.decode(String.self, forKey: .message),
            range: start.map { SourceRange(start: $0, end: end ?? $0) },
            notes: try container.decodeIfPresent([Note].self, forKey: .notes) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(location?.line, forKey: .line)
        try container.encode(location?.column, forKey: .column)
        if let range, range.end != range.start {
            try container.encode(range.end.line, forKey: .endLine)
            try container.encode(range.end.column, forKey: .endColumn)
        }
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
    }
}

extension Diagnostic.Note: Codable {
    enum CodingKeys: String, CodingKey { case message, line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let line = try container.decodeIfPresent(Int.self, forKey: .line)
        let column = try container.decodeIfPresent(Int.self, forKey: .column)
        self.init(try container.decode(String.self, forKey: .message),
                  range: line.map { SourceRange(at: SourceLocation(line: $0, column: column ?? 1)) })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encode(range?.start.line, forKey: .line)
        try container.encode(range?.start.column, forKey: .column)
    }
}
