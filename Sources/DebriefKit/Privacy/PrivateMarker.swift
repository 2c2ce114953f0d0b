/// "(internal)", "[private]", "(confidential – HM only)": a short aside in brackets that marks
/// what follows or surrounds it as meant for the hiring team. Chat and ATS pastes put one at
/// the start of a message ("(internal) I'd say hire…"); no word pattern sees it, because the
/// words inside ("internal", "private") have everyday senses outside brackets.
enum PrivateMarker {
    /// The first word inside the brackets that makes the aside a marker.
    private static let openingWords: Set<String> = ["internal", "private", "confidential"]
    /// An aside longer than this is prose ("(private sector, mostly fintech and banking)").
    private static let longestAside = 4

    /// The aside, as written, when `text` holds one.
    static func find(in text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var index = 0
            while index < bytes.count {
                let open = bytes[index]
                index += 1
                guard open == UInt8(ascii: "(") || open == UInt8(ascii: "[") else { continue }
                let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
                // Asides are short: look no further than a few words' worth of bytes.
                let end = bytes[index..<min(bytes.count, index + 48)].firstIndex(of: close)
                guard let end else { continue }
                let aside = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                let words = EvaluationWords(aside).words
                if let first = words.first, openingWords.contains(String(first)),
                    words.count <= longestAside
                {
                    return aside
                }
            }
            return nil
        }
    }

    /// Whether `text` opens with such an aside: then the rest of its paragraph is the hiring
    /// team's too, as after a private label.
    static func opens(_ text: Substring) -> Bool {
        guard let open = text.first, open == "(" || open == "[",
            let close = text.prefix(48).firstIndex(of: open == "(" ? ")" : "]")
        else { return false }
        return find(in: String(text[...close])) != nil
    }
}
