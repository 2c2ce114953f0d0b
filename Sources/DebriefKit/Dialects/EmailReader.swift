/// Feedback sent as an email: header lines, "Hi team,", paragraphs that open with their label
/// ("Strengths: …", "Concerns: …"), a sign-off. The subject becomes the title; the other
/// headers, the greeting and the sign-off are left out.
struct EmailReader: DialectReader {
    var dialect: Dialect { .email }

    private static let headers = ["from:", "to:", "cc:", "bcc:", "sent:", "subject:", "date:"]

    func confidence(_ lines: [Substring]) -> Int {
        let head = lines.prefix(8).map { $0.trimmedSubstring.lowercased() }
        let headers = head.filter { line in
            Self.headers.contains { line.hasPrefix($0) } && !line.hasPrefix("date:")
        }.count
        let greeted = lines.prefix(10).contains(where: LetterFrame.isGreeting)
        guard greeted || headers >= 2 else { return 0 }
        let signedOff = LetterFrame.signOffStart(lines) != nil
        return headers * 2 + (greeted ? 2 : 0) + (signedOff ? 1 : 0)
    }

    func rewrite(_ lines: [Substring], into output: inout DialectOutput) {
        let signOff = LetterFrame.signOffStart(lines) ?? lines.count
        // The date goes under the subject, which becomes the title: a date line above the
        // title would start the details and leave the subject a section heading.
        let subjectIndex = lines.prefix(12).firstIndex { $0.trimmedSubstring.lowercased().hasPrefix("subject:") }
        var heldDate: (text: String, number: Int)?
        var greeted = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let lower = line.trimmedSubstring.lowercased()
            if index >= signOff {
                output.emit("", from: number)
            } else if lower.hasPrefix("subject:") {
                let subject = Self.withoutReplyPrefixes(line.trimmedSubstring.dropFirst(8).trimmedSubstring)
                output.emit(subject.isEmpty ? "" : "# " + subject, from: number)
                if let date = heldDate { output.emit(date.text, from: date.number) }
                heldDate = nil
            } else if lower.hasPrefix("date:") || lower.hasPrefix("sent:") {
                // "Sent:" is Outlook's name for the date the message was sent.
                let date = "Date:" + line.trimmedSubstring.dropFirst(5)
                if let subjectIndex, subjectIndex > index {
                    heldDate = (date, number)
                    output.emit("", from: number)
                } else {
                    output.emit(date, from: number)
                }
            } else if Self.headers.contains(where: { lower.hasPrefix($0) }) {
                output.emit("", from: number)
            } else if !greeted, LetterFrame.isGreeting(line) {
                greeted = true
                output.emit("", from: number)
            } else {
                output.emit(line, from: number)
            }
        }
    }

    /// "RE: FW: Feedback – Ana" → "Feedback – Ana": what mail clients put before a subject,
    /// in any case and any number.
    static func withoutReplyPrefixes(_ subject: Substring) -> String {
        var rest = subject
        while let colon = rest.firstIndex(of: ":"),
            ["re", "fw", "fwd", "aw", "wg", "sv", "tr"].contains(rest[..<colon].lowercased())
        {
            rest = rest[rest.index(after: colon)...].trimmedSubstring
        }
        return String(rest)
    }
}
