/// Every diagnostic the parser emits, as typed factories, so codes and wording live in one place.
extension Diagnostic {
    static func unclassifiedSection(_ title: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.unclassifiedSection, message: "section '\(title)' was not classified; it is kept under 'other'",
            location: location)
    }

    static func noRecognisedSections(at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.noSections, message: "no recognisable section (details, summary, strengths, improvements, ...);"
                + " everything is kept under 'other'",
            location: location)
    }

    static func contentBeforeFirstSection(at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.unlabelledContent, message: "text before the first section label is kept under 'other'",
            location: location)
    }

    static func invalidFrontMatter(_ reason: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.invalidFrontMatter, message: "front matter is not valid YAML (\(reason)); it is kept under 'other'",
            location: location)
    }

    static func unparsedDetail(_ text: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.unparsedDetail, message: "'\(text)' in the details is not a 'Key: value' pair; kept under details.extra",
            location: location)
    }

    static func unparsedRating(_ text: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.unparsedRating, message: "'\(text)' is not a rating like 'Competency: 3/4'; kept under 'other'",
            location: location)
    }

    static func exampleWithoutItem(at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.orphanExample, message: "example phrasing has no improvement item above it; it becomes its own item",
            location: location)
    }

    static func unparsedDate(_ text: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.unparsedDate, message: "date '\(text)' was kept as written but not understood, so it has no dateISO",
            location: location)
    }
}

extension Diagnostic {
    static func flattenedSubheading(_ title: String, in section: String,
                                    at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.flattenedSubheading, message: "sub-heading '\(title)' inside '\(section)' is not kept; its entries are",
            location: location)
    }
}

extension Diagnostic {
    static func unclosedComment(at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.unclosedComment, message: "'<!--' is never closed with '-->'; everything after it is kept private",
            location: location)
    }
}

extension Diagnostic {
    static func labelKeptPrivate(_ title: String, inside privateTitle: String,
                                 at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.labelKeptPrivate, message: "'\(title)' sits inside the private section '\(privateTitle)', so it is kept"
                + " private; put private notes last, or under a heading, to share it",
            location: location)
    }
}

extension Diagnostic {
    static func withheld(from section: String, because reason: String,
                         at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.withheld, message: "withheld from the candidate (in '\(section)'): \(reason); the internal"
                + " report keeps it. Put <!-- debrief: show --> on the line before to share it",
            location: location)
    }
}

extension Diagnostic {
    static func labelByCue(_ title: String, as kind: SectionKind,
                           at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.labelByCue, message: "'\(title)' is not a label Debrief knows by name; its words read as"
                + " \(kind.displayTitle), so it is read as one",
            location: location)
    }
}

extension Diagnostic {
    static func ambiguousDate(_ text: String, at location: SourceLocation?) -> Diagnostic {
        // The two readings of this date, not a fixed example: the interviewer picks one.
        let readings = DateReader.readings(of: text)
            .map { " (month first \($0.monthFirst), day first \($0.dayFirst))" } ?? ""
        return Diagnostic(.ambiguousDate, message: "date '\(text)' could be read day-first or month-first"
                + "\(readings), so it has no dateISO; write the one you mean as an ISO date (2026-05-06)"
                + " or with the month's name (6 May 2026)",
            location: location)
    }
}

extension Diagnostic {
    static func noSuggestion(for headline: String, because reason: String, line: Int) -> Diagnostic {
        Diagnostic(.noSuggestion, message: "no phrasing is suggested for '\(headline)': \(reason)",
                   location: SourceLocation(line: line))
    }
}

extension Diagnostic {
    static func unknownSuppression(_ message: String, line: Int) -> Diagnostic {
        Diagnostic(.unknownSuppression, message: message, location: SourceLocation(line: line))
    }
}
