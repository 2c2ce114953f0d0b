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
        let head = lines.prefix(12).map { $0.trimmedSubstring.lowercased() }
        let subjectIndex = head.firstIndex { $0.hasPrefix("subject:") }
        let isForward = Self.isForward(lines, subject: subjectIndex)
        let signOff = LetterFrame.signOffStart(lines, cutsReply: !isForward) ?? lines.count
        // Details from the headers (the date, the sender as interviewer) go under the
        // subject, which becomes the title: a detail line above the title would start the
        // details and leave the subject a section heading.
        let senderIndex = head.firstIndex { $0.hasPrefix("from:") }
        let interviewer = isForward ? nil : senderIndex.flatMap { Self.sender(in: lines, at: $0) }
        var held: [(text: String, number: Int)] = []
        var greeted = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let lower = line.trimmedSubstring.lowercased()
            if index >= signOff {
                output.emit("", from: number)
            } else if lower.hasPrefix("subject:") {
                let subject = Self.withoutReplyPrefixes(line.trimmedSubstring.dropFirst(8).trimmedSubstring)
                output.emit(subject.isEmpty ? "" : "# " + subject, from: number)
                for field in held { output.emit(field.text, from: field.number) }
                held = []
            } else if lower.hasPrefix("date:") || lower.hasPrefix("sent:")
                || (index == senderIndex && interviewer != nil)
            {
                // "Sent:" is Outlook's name for the date the message was sent.
                let field = index == senderIndex
                    ? "Interviewer: " + (interviewer ?? "") : "Date:" + line.trimmedSubstring.dropFirst(5)
                if let subjectIndex, subjectIndex > index {
                    held.append((field, number))
                    output.emit("", from: number)
                } else {
                    output.emit(field, from: number)
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

    /// The sender's name from "From: Ana Ruiz <ana@example.com>", as the interviewer: the
    /// person who sends their own feedback (a forward's sender only passed it on). Not for
    /// an address with no name, or a note that names its interviewer itself.
    private static func sender(in lines: [Substring], at index: Int) -> String? {
        guard !LetterFrame.namesInterviewer(lines) else { return nil }
        let value = lines[index].trimmedSubstring.dropFirst(5)
        let name = value.prefix { $0 != "<" }.trimmedSubstring
            .trimmingCharacters(in: ["\"", "'"]).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains("@") else { return nil }
        return name
    }

    /// A message passed on: "FW:" or "Fwd:" before its subject, or Gmail's forwarding line
    /// at its top. Its quoted part is the feedback, and its sender is not the interviewer.
    private static func isForward(_ lines: [Substring], subject: Int?) -> Bool {
        if let subject {
            let text = lines[subject].trimmedSubstring.dropFirst(8).trimmedSubstring
            if let colon = text.firstIndex(of: ":"), forwardPrefixes.contains(text[..<colon].lowercased()) {
                return true
            }
        }
        return lines.prefix(12).contains { $0.lowercased().contains("forwarded message") }
    }

    /// "RE: FW: Feedback – Ana" → "Feedback – Ana": what mail clients put before a subject,
    /// in any case and any number.
    static func withoutReplyPrefixes(_ subject: Substring) -> String {
        var rest = subject
        while let colon = rest.firstIndex(of: ":"), subjectPrefixes.contains(rest[..<colon].lowercased()) {
            rest = rest[rest.index(after: colon)...].trimmedSubstring
        }
        return String(rest)
    }

    /// What mail clients in several languages put before a replied or forwarded subject.
    private static let replyPrefixes: Set<String> = ["re", "aw", "sv", "tr"]
    private static let forwardPrefixes: Set<String> = ["fw", "fwd", "wg"]
    private static let subjectPrefixes = replyPrefixes.union(forwardPrefixes)
}
