import Mustache

// Mustache's lookups, answered by name: one switch per level instead of a `Mirror` of the
// whole value for every `{{name}}`. Each switch names every property of its level, because
// users' own templates (`--template`) may read any of them; `ViewModelLookupTests` checks
// that the names match the properties. A nil optional answers nil, so that Mustache looks
// the name up in the enclosing levels, as it did through `Mirror`.

extension ReportViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "titles": titles
        case "reportTitle": reportTitle
        case "lang": lang
        case "isInternal": isInternal
        case "details": details
        case "shownDetails": shownDetails
        case "summary": summary
        case "strengths": strengths
        case "areas": areas
        case "preparation": preparation
        case "ratings": ratings
        case "other": other
        case "privateNotes": privateNotes
        case "hasDetails": hasDetails
        case "hasShownDetails": hasShownDetails
        case "hasSummary": hasSummary
        case "hasStrengths": hasStrengths
        case "hasAreas": hasAreas
        case "hasPreparation": hasPreparation
        case "hasRatings": hasRatings
        case "hasRatingComments": hasRatingComments
        case "hasPrivateNotes": hasPrivateNotes
        case "suggestionNotice": suggestionNotice
        default: nil
        }
    }
}

extension ReportViewModel.Titles: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "details": details
        case "summary": summary
        case "strengths": strengths
        case "improvements": improvements
        case "preparation": preparation
        case "ratings": ratings
        case "privateNotes": privateNotes
        case "other": other
        default: nil
        }
    }
}

extension ReportViewModel.Detail: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        default: nil
        }
    }
}

extension ReportViewModel.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "headline": headline
        case "detail": detail
        case "detailBlocks": detailBlocks
        // Indented under the item, so a Markdown report reads back the same.
        case "detailBlocksMarkdown": detailBlocks.map { ReportViewModel.indented($0.markdown, by: 2) }
        case "detailBlocksText": detailBlocks.map { ReportViewModel.indented($0.text, by: 4) }
        case "examples": examples
        case "hasExamples": hasExamples
        default: nil
        }
    }
}

extension ReportViewModel.Example: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "quotedMarkdown": hasOwnQuotes ? text.markdown : "“\(text.markdown)”"
        case "quotedText": hasOwnQuotes ? text.text : "“\(text.text)”"
        case "isSuggested": isSuggested
        default: nil
        }
    }
}

extension ReportViewModel.Area: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "areaTitle": areaTitle
        case "items": items
        default: nil
        }
    }
}

extension ReportViewModel.RatingRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "value": value
        case "comment": comment
        case "percent": percent
        default: nil
        }
    }
}

extension ReportViewModel.Section: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sectionTitle": sectionTitle
        case "body": body
        default: nil
        }
    }
}
