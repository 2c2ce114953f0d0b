/// Text from outside (file names, the notes' words in messages) made safe to print as one line
/// on a terminal. A file name may hold a newline, which would break `path: error: message`
/// into two lines, or an escape sequence, which the terminal would obey. Every printed path
/// and message goes through here.
enum TerminalText {
    /// Control characters become Swift-style escapes: `\n`, `\r`, `\t`, else `\u{1B}`.
    static func escaping(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where needsEscape(scalar):
                escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// C0 and C1 controls and DEL; line and paragraph separators; and the bidirectional
    /// overrides, which can make a name display as something else ("Trojan Source").
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
