import DebriefKit
import Foundation

/// What every rendered report must satisfy, whatever note it came from: JSON that parses back
/// into a report, no control characters, no live markup from the notes in HTML or Markdown,
/// and, for a candidate, none of the canaries planted in private parts of the note.
///
/// ```swift
/// let output = try ReportRenderer().render(report, as: .html)
/// OutputInvariants.check(output, format: .html, audience: .candidate, canaries: ["ZQX1"])
/// ```
public enum OutputInvariants {
    public static func check(_ output: String, format: ReportFormat, audience: Audience,
                             canaries: [String] = []) -> [Violation]
    {
        var found: [Violation] = []
        func add(_ rule: String, _ detail: String) {
            found.append(Violation(rule, format, audience, found: detail))
        }
        if let control = ControlCharacters.first(in: output) { add("control character", control) }
        switch format {
        case .json:
            if let problem = JSONCheck.problem(in: output, audience: audience) {
                add("invalid JSON", problem)
            }
        case .html:
            if let active = ActiveMarkup.inHTML(output) { add("active HTML", active) }
        case .md:
            if let active = ActiveMarkup.inMarkdown(output) { add("active Markdown", active) }
        case .text:
            break
        }
        if audience == .candidate {
            // A template may change a title's case; these are the forms it can take.
            for canary in canaries
            where [canary, canary.lowercased(), canary.capitalized].contains(where: output.contains)
            {
                add("private text reached the candidate", canary)
            }
        }
        return found
    }
}

/// The JSON report must parse, decode back into a `Report`, carry no control character even
/// escaped (`\u001b`), and leave out `private` for a candidate.
enum JSONCheck {
    static func problem(in output: String, audience: Audience) -> String? {
        let data = Data(output.utf8)
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            return "does not parse"
        }
        guard (try? ReportJSON.decode(data)) != nil else { return "does not decode as a report" }
        if audience == .candidate, (object as? [String: Any])?["private"] != nil {
            return "candidate report has a private field"
        }
        return strings(in: object).lazy.compactMap(ControlCharacters.first).first
            .map { "escaped \($0)" }
    }

    private static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let array as [Any]: array.flatMap(strings)
        case let object as [String: Any]: object.flatMap { [$0.key] + strings(in: $0.value) }
        default: []
        }
    }
}
