/// Whether a link or source address would run code when followed. Browsers decode character
/// references and ignore tabs, newlines and leading spaces in a scheme before reading it, so
/// `&#106;ava&#x09;script:` is as live as `javascript:`; this reads it the same way.
enum ScriptURL {
    static let activeSchemes = ["javascript:", "vbscript:", "data:"]

    static func isActive(_ address: some StringProtocol) -> Bool {
        let decoded = CharacterReferences.decode(String(address))
        let squeezed = String(decoded.unicodeScalars.filter {
            $0.value > 0x20 && !(0x7F...0x9F).contains($0.value)
        }.map(Character.init)).lowercased()
        return activeSchemes.contains { squeezed.hasPrefix($0) }
    }
}

/// HTML character references (`&#106;`, `&#x6A;`, `&colon;`), decoded the way a browser
/// decodes them in an attribute; unknown names stay as written.
enum CharacterReferences {
    static let named: [String: String] = [
        "colon": ":", "tab": "\t", "newline": "\n", "lt": "<", "gt": ">", "amp": "&",
        "quot": "\"", "apos": "'", "sol": "/", "lpar": "(", "rpar": ")", "nbsp": "\u{A0}",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let afterAmp = rest[rest.index(after: amp)...]
            let name = afterAmp.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var consumed = afterAmp.startIndex
            if let value = value(of: name) {
                out += value
                consumed = afterAmp.index(afterAmp.startIndex, offsetBy: name.count)
                if consumed < afterAmp.endIndex, afterAmp[consumed] == ";" {
                    consumed = afterAmp.index(after: consumed)
                }
            } else {
                out += "&"
            }
            rest = afterAmp[consumed...]
        }
        return out + rest
    }

    private static func value(of name: Substring) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                .map(String.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map(String.init)
        }
        return named[name.lowercased()]
    }
}
