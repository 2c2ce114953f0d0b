/// Fills `InterviewDetails` from key-value lines, tables and front matter.
struct DetailsRecogniser {
    private(set) var details = InterviewDetails()
    private(set) var diagnostics: [Diagnostic] = []
    /// "Recommendation: strong no hire" among the details is private, not a detail.
    private(set) var privateFields: [PrivateNote] = []
    private var dateLocation: SourceLocation?

    /// Reads a details section. Returns `false` (reading nothing) when `requireKnownKey` is set
    /// and no line names a known detail: content before the first label is details only when
    /// it looks like them.
    @discardableResult
    mutating func read(_ entries: [OutlineEntry], requireKnownKey: Bool = false) -> Bool {
        let lines = entries.flatMap(Self.lines)
        let tables = entries.compactMap { entry -> [TableRow]? in
            if case .table(let rows) = entry.kind { return rows } else { return nil }
        }
        if requireKnownKey {
            let hasKnownKey = lines.contains { KeyValueLine($0).map {
                DetailKeys.field(for: $0.key) != nil } ?? false }
                || tables.contains { $0.contains { DetailKeys.field(for: $0.cells.first ?? "") != nil } }
            guard hasKnownKey, entries.allSatisfy(Self.isDetailsShaped) else { return false }
        }
        readLines(lines)
        for rows in tables { readTable(rows) }
        return true
    }

    mutating func read(_ frontMatter: FrontMatter) {
        for field in frontMatter.fields {
            set(field.key, to: field.value, at: SourceLocation(line: field.line))
        }
    }

    /// Candidate and role from a title or a note's first line, where no detail names them.
    /// - Parameter isTitle: `text` is the note's title, not its lead line (a lead sentence
    ///   such as "Strong engineer" names no job).
    mutating func fillFromTitle(_ text: String, sentence: String?, isTitle: Bool) {
        guard details.candidate == nil || details.role == nil else { return }
        let found = TitleDetails.read(text)
        if details.candidate == nil, let candidate = found.candidate {
            details.candidate = candidate
        }
        // The role after a name only when the name is this candidate's; else a job the
        // title names ("Scorecard — Frontend Engineer (React)").
        let sameCandidate = found.candidate != nil && found.candidate == details.candidate
        if details.role == nil {
            details.role = (sameCandidate ? found.role : nil)
                ?? sentence.flatMap(TitleDetails.roleInSentence)
                ?? (isTitle ? TitleDetails.jobTitle(in: text) : nil)
        }
    }

    /// Level, interview type and date from a title or lead line, each only when no detail
    /// line gave it.
    mutating func fillInterviewFromTitle(_ text: String) {
        if details.level == nil { details.level = TitleDetails.level(in: text) }
        if details.interviewType == nil { details.interviewType = TitleDetails.interviewType(in: text) }
        if details.date == nil { details.date = TitleDetails.date(in: text) }
    }

    mutating func fillDate(fromSentence text: String) {
        if details.date == nil { details.date = TitleDetails.dateInSentence(text) }
    }

    /// A panel's interviewers, each heading a part of the note, when no line named them.
    mutating func addInterviewers(_ names: [String]) {
        guard details.interviewer == nil, !names.isEmpty else { return }
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        details.interviewer = unique.joined(separator: ", ")
    }

    mutating func addTitle(_ title: NoteLine) {
        details.extra.insert(DetailField(key: "title", value: title.markdown), at: 0)
    }

    /// Fills `dateISO` once every source of details has been read, and the role from an
    /// "Interview:" line that names the job ("Interview: iOS Engineer — Code review").
    mutating func finish() {
        if details.role == nil, let type = details.interviewType, let job = TitleDetails.jobTitle(in: type) {
            details.role = job
            // "interview:: Year 5 Class Teacher" names the job and no kind of interview.
            if job == type.trimmed { details.interviewType = nil }
        }
        guard let date = details.date, !date.isEmpty else { return }
        // "05/06/2026" is May 6 in one country and June 5 in another: say so, guess nothing.
        if DateReader.isAmbiguous(date) {
            diagnostics.append(.ambiguousDate(date, at: dateLocation))
            return
        }
        details.dateISO = DateReader.isoDate(from: date)
        // "Date: Oct 24, 2025" and "Time: 5:00 PM" on separate lines: the time is kept as
        // written under its own key, and joins the date in dateISO.
        if let dateOnly = details.dateISO, !dateOnly.contains("T"),
            let time = details.extra.first(where: {
                ["time", "start time", "interview time"].contains(LabelText.normalised($0.key))
            }),
            let combined = DateReader.isoDate(from: "\(date) \(time.value)")
        {
            details.dateISO = combined
        }
        if details.dateISO == nil { diagnostics.append(.unparsedDate(date, at: dateLocation)) }
    }

    /// "Candidate: Ana | Level: L4" and "**Date:** … · **Interviewer:** …": several details on
    /// one line, split when every part is a pair.
    static func splittingCombined(_ line: NoteLine) -> [NoteLine] {
        for separator in [" | ", " · ", " • ", " ; ", " — ", " / "] where line.markdown.byteRange(of: separator) != nil {
            let parts = line.markdown.components(separatedBy: separator)
            var column = line.location.column
            var split: [NoteLine] = []
            for part in parts {
                split.append(NoteLine(markdown: part, location: SourceLocation(
                    line: line.location.line, column: column), indent: line.indent))
                column += part.utf8.count + separator.utf8.count
            }
            if split.count > 1, split.allSatisfy({ KeyValueLine($0) != nil }) { return split }
        }
        return [line]
    }

    private mutating func readLines(_ lines: [NoteLine]) {
        let lines = lines.flatMap(Self.splittingCombined)
        // Each line is read as a pair once; the look-ahead below reuses it.
        let pairs = lines.map(KeyValueLine.init)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let parsed = pairs[index]
            index += 1
            guard let pair = parsed else {
                diagnostics.append(.unparsedDetail(line.plain, at: line.location))
                details.extra.append(DetailField(key: "note", value: line.markdown))
                continue
            }
            var value = pair.value
            // "Key:" + line break + value: the seed's notes app writes details this way.
            if value.isEmpty, index < lines.count, pairs[index] == nil {
                value = lines[index].markdown
                index += 1
            }
            set(pair.key, to: value, at: line.location)
        }
    }

    /// Key in the first column, value in the second; further columns join the value, and a
    /// row without a key is kept as a note, so no cell is dropped.
    private mutating func readTable(_ rows: [TableRow]) {
        for (index, row) in rows.enumerated() {
            let cells = row.cells.filter { !$0.isEmpty }
            guard !cells.isEmpty else { continue }
            let key = MarkupStripper.plainText(row.cells[0]).withoutTrailingColon
            if index == 0, row.cells.count >= 2, Self.isGenericHeader(key, row.cells[1]) {
                continue
            }
            let location = SourceLocation(line: row.line)
            guard !key.isEmpty, row.cells.count >= 2 else {
                set("note", to: cells.joined(separator: " — "), at: location)
                continue
            }
            let value = row.cells.dropFirst().filter { !$0.isEmpty }.joined(separator: " — ")
            set(key, to: value, at: location)
        }
    }

    private mutating func set(_ key: String, to value: String, at location: SourceLocation) {
        guard let field = DetailKeys.field(for: key) else {
            if SectionLabels.kind(of: key) == .privateNotes {
                privateFields.append(PrivateNote(kind: .section, title: key, markdown: value,
                                                 line: location.line))
            } else {
                details.extra.append(DetailField(key: key, value: value))
            }
            return
        }
        let keyPath: WritableKeyPath<InterviewDetails, String?> = switch field {
        case .candidate: \.candidate
        case .interviewer: \.interviewer
        case .company: \.company
        case .level: \.level
        case .role: \.role
        case .interviewType: \.interviewType
        case .date: \.date
        case .recording: \.recording
        }
        // The first non-empty value wins; a second one is kept under its own name.
        if let existing = details[keyPath: keyPath], !existing.isEmpty {
            details.extra.append(DetailField(key: key, value: value))
        } else {
            details[keyPath: keyPath] = value
            if field == .date { dateLocation = location }
        }
    }

    private static func lines(of entry: OutlineEntry) -> [NoteLine] {
        switch entry.kind {
        case .table:
            return []
        case .heading:
            // "### Logistics" inside the details: kept as a note rather than dropped.
            return [entry.line]
        default:
            return [entry.line] + entry.continuation + entry.children.flatMap(lines)
        }
    }

    private static func isDetailsShaped(_ entry: OutlineEntry) -> Bool {
        switch entry.kind {
        case .table: true
        case .text, .bullet: ([entry.line] + entry.continuation).allSatisfy {
            KeyValueLine($0) != nil || $0.plain.count <= 40 }
        default: false
        }
    }

    private static func isGenericHeader(_ key: String, _ value: String) -> Bool {
        let keys: Set<String> = ["", "field", "key", "item", "detail", "details", "name",
                                 "property", "attribute"]
        let values: Set<String> = ["", "value", "values", "details", "detail", "info"]
        return keys.contains(LabelText.normalised(key))
            && values.contains(LabelText.normalised(MarkupStripper.plainText(value)))
    }
}
