// The JSON contract (schemaVersion 1). Optional fields are written as `null` rather than left
// out, so every report has the same keys and consumers need no existence checks; only
// `private` is left out, for candidate reports, so its absence is visible.

extension Report: Codable {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, source, details, summary, strengths, improvements, preparation
        case ratings, other, diagnostics
        case privateNotes = "private"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(source: try container.decode(String.self, forKey: .source))
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        details = try container.decode(InterviewDetails.self, forKey: .details)
        summary = try container.decode([String].self, forKey: .summary)
        strengths = try container.decode([Strength].self, forKey: .strengths)
        improvements = try container.decode([ImprovementArea].self, forKey: .improvements)
        preparation = try container.decode([String].self, forKey: .preparation)
        ratings = try container.decode([Rating].self, forKey: .ratings)
        other = try container.decode([OtherSection].self, forKey: .other)
        privateNotes = try container.decodeIfPresent([PrivateNote].self, forKey: .privateNotes)
        diagnostics = try container.decode([Diagnostic].self, forKey: .diagnostics)
    }

    public func encode(to encoder: any Encoder) throws {
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

extension InterviewDetails: Codable {
    enum CodingKeys: String, CodingKey {
        case candidate, interviewer, company, level, role, interviewType, date, dateISO
        case recording, extra
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        candidate = try container.decodeIfPresent(String.self, forKey: .candidate)
        interviewer = try container.decodeIfPresent(String.self, forKey: .interviewer)
        company = try container.decodeIfPresent(String.self, forKey: .company)
        level = try container.decodeIfPresent(String.self, forKey: .level)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        interviewType = try container.decodeIfPresent(String.self, forKey: .interviewType)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        dateISO = try container.decodeIfPresent(String.self, forKey: .dateISO)
        recording = try container.decodeIfPresent(String.self, forKey: .recording)
        extra = try container.decode([DetailField].self, forKey: .extra)
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

extension ImprovementArea: Codable {
    enum CodingKeys: String, CodingKey { case area, items }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .area)
        items = try container.decode([ImprovementItem].self, forKey: .items)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .area)
        try container.encode(items, forKey: .items)
    }
}

extension ImprovementItem: Codable {
    enum CodingKeys: String, CodingKey { case headline, detail, line, examples }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        headline = try container.decode(String.self, forKey: .headline)
        detail = try container.decodeIfPresent(String.self, forKey: .detail)
        line = try container.decode(Int.self, forKey: .line)
        examples = try container.decode([ExamplePhrasing].self, forKey: .examples)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(headline, forKey: .headline)
        try container.encode(detail, forKey: .detail)
        try container.encode(line, forKey: .line)
        try container.encode(examples, forKey: .examples)
    }
}

extension ExamplePhrasing: Codable {
    enum CodingKeys: String, CodingKey { case text, origin, line }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        origin = try container.decode(Origin.self, forKey: .origin)
        line = try container.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(origin, forKey: .origin)
        try container.encode(line, forKey: .line)
    }
}

extension Rating: Codable {
    enum CodingKeys: String, CodingKey { case name, score, scale, value, comment, line }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        score = try container.decodeIfPresent(Double.self, forKey: .score)
        scale = try container.decodeIfPresent(Double.self, forKey: .scale)
        value = try container.decode(String.self, forKey: .value)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
        line = try container.decode(Int.self, forKey: .line)
    }

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

extension OtherSection: Codable {
    enum CodingKeys: String, CodingKey { case title, markdown, line }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        markdown = try container.decode(String.self, forKey: .markdown)
        line = try container.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(markdown, forKey: .markdown)
        try container.encode(line, forKey: .line)
    }
}

extension PrivateNote: Codable {
    enum CodingKeys: String, CodingKey { case kind, title, markdown, line }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        markdown = try container.decode(String.self, forKey: .markdown)
        line = try container.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(markdown, forKey: .markdown)
        try container.encode(line, forKey: .line)
    }
}

extension Diagnostic: Codable {
    enum CodingKeys: String, CodingKey { case severity, code, message, line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let line = try container.decodeIfPresent(Int.self, forKey: .line)
        let column = try container.decodeIfPresent(Int.self, forKey: .column)
        self.init(
            severity: try container.decode(Severity.self, forKey: .severity),
            code: try container.decode(String.self, forKey: .code),
            message: try container.decode(String.self, forKey: .message),
            location: line.map { SourceLocation(line: $0, column: column ?? 1) })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(location?.line, forKey: .line)
        try container.encode(location?.column, forKey: .column)
    }
}
