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
        var greeted = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let lower = line.trimmedSubstring.lowercased()
            if index >= signOff {
                output.emit("", from: number)
            } else if lower.hasPrefix("subject:") {
                let subject = line.trimmedSubstring.dropFirst(8).trimmedSubstring
                    .replacingOccurrences(of: "Re: ", with: "")
                    .replacingOccurrences(of: "Fwd: ", with: "")
                output.emit(subject.isEmpty ? "" : "# " + subject, from: number)
            } else if Self.headers.contains(where: { lower.hasPrefix($0) }), !lower.hasPrefix("date:") {
                output.emit("", from: number)
            } else if !greeted, LetterFrame.isGreeting(line) {
                greeted = true
                output.emit("", from: number)
            } else {
                output.emit(line, from: number)
            }
        }
    }
}
