// The JSON contract (schemaVersion 1). Optional fields are written as `null` rather than left
// out, so every report has the same keys and consumers need no existence checks; only
// `private` is left out, for candidate reports, so its absence is visible. Synthesised
// `Encodable` would drop nil keys, hence the hand-written `encode(to:)`; decoding is
// synthesised from the same `CodingKeys`. Each `writeFields` lists its keys sorted by their
// bytes, the order the JSON shows them in, so `PrettyJSONWriter` writes them as they come.

extension Report {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, source, details, summary, strengths, improvements, preparation
        case ratings, other, diagnostics
        case privateNotes = "private"
    }


    public func encode(to encoder: any Encoder) throws {
        // Fails closed: only an encoder that asks for the internal audience gets private notes.
        let audience = encoder.userInfo[.debriefAudience] as? Audience ?? .candidate
        try prepared(for: audience).encodeFields(to: encoder)
    }
}

extension Report: JSONFields {
    /// The fields as they are: `encode(to:)` and `ReportJSON` prepare the report for its
    /// audience first.
    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(details, for: .details)
        try writer.write(diagnostics, for: .diagnostics)
        try writer.write(improvements, for: .improvements)
        try writer.write(other, for: .other)
        try writer.write(preparation, for: .preparation)
        try writer.writeIfPresent(privateNotes, for: .privateNotes)
        try writer.write(ratings, for: .ratings)
        try writer.write(schemaVersion, for: .schemaVersion)
        try writer.write(source, for: .source)
        try writer.write(strengths, for: .strengths)
        try writer.write(summary, for: .summary)
    }
}

extension InterviewDetails: JSONFields {
    enum CodingKeys: String, CodingKey {
        case candidate, interviewer, company, level, role, interviewType, date, dateISO
        case recording, extra
    }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(candidate, for: .candidate)
        try writer.write(company, for: .company)
        try writer.write(date, for: .date)
        try writer.write(dateISO, for: .dateISO)
        try writer.write(extra, for: .extra)
        try writer.write(interviewType, for: .interviewType)
        try writer.write(interviewer, for: .interviewer)
        try writer.write(level, for: .level)
        try writer.write(recording, for: .recording)
        try writer.write(role, for: .role)
    }
}

extension ImprovementArea: JSONFields {
    enum CodingKeys: String, CodingKey {
        case title = "area"
        case items
    }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(title, for: .title)
        try writer.write(items, for: .items)
    }
}

extension ImprovementItem: JSONFields {
    enum CodingKeys: String, CodingKey { case headline, detail, line, examples }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(detail, for: .detail)
        try writer.write(examples, for: .examples)
        try writer.write(headline, for: .headline)
        try writer.write(line, for: .line)
    }
}

extension ExamplePhrasing: JSONFields {
    enum CodingKeys: String, CodingKey { case text, origin, line, entry }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(entry, for: .entry)
        try writer.write(line, for: .line)
        try writer.write(origin.rawValue, for: .origin)
        try writer.write(text, for: .text)
    }
}

extension Rating: JSONFields {
    enum CodingKeys: String, CodingKey { case name, score, scale, value, comment, line }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(comment, for: .comment)
        try writer.write(line, for: .line)
        try writer.write(name, for: .name)
        try writer.write(scale, for: .scale)
        try writer.write(score, for: .score)
        try writer.write(value, for: .value)
    }
}

extension OtherSection: JSONFields {
    enum CodingKeys: String, CodingKey { case title, markdown, line }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(line, for: .line)
        try writer.write(markdown, for: .markdown)
        try writer.write(title, for: .title)
    }
}

extension PrivateNote: JSONFields {
    enum CodingKeys: String, CodingKey { case kind, title, markdown, line }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(kind.rawValue, for: .kind)
        try writer.write(line, for: .line)
        try writer.write(markdown, for: .markdown)
        try writer.write(title, for: .title)
    }
}

extension Diagnostic: Codable, JSONFields {
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

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        let end = range.flatMap { $0.end != $0.start ? $0.end : nil }
        try writer.write(code.rawValue, for: .code)
        try writer.write(location?.column, for: .column)
        if let end { try writer.write(end.column, for: .endColumn) }
        if let end { try writer.write(end.line, for: .endLine) }
        try writer.write(location?.line, for: .line)
        try writer.write(message, for: .message)
        if !notes.isEmpty { try writer.write(notes, for: .notes) }
        try writer.write(severity.rawValue, for: .severity)
    }
}

extension Diagnostic.Note: Codable, JSONFields {
    enum CodingKeys: String, CodingKey { case message, line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let line = try container.decodeIfPresent(Int.self, forKey: .line)
        let column = try container.decodeIfPresent(Int.self, forKey: .column)
        self.init(try container.decode(String.self, forKey: .message),
                  range: line.map { SourceRange(at: SourceLocation(line: $0, column: column ?? 1)) })
    }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(range?.start.column, for: .column)
        try writer.write(range?.start.line, for: .line)
        try writer.write(message, for: .message)
    }
}

extension Strength: JSONFields {
    enum CodingKeys: String, CodingKey { case text, line }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(line, for: .line)
        try writer.write(text, for: .text)
    }
}

extension DetailField: JSONFields {
    enum CodingKeys: String, CodingKey { case key, value }

    public func encode(to encoder: any Encoder) throws { try encodeFields(to: encoder) }

    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
    {
        try writer.write(key, for: .key)
        try writer.write(value, for: .value)
    }
}
