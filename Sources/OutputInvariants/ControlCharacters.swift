/// Control characters a report must never carry: they would act on a terminal (ESC starts an
/// escape sequence, BEL rings) when someone prints it. Tab and line feed are layout.
enum ControlCharacters {
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n")
            || (0x7F...0x9F).contains(scalar.value)
    }

    /// The first forbidden character, as `U+001B`, or `nil`.
    static func first(in text: String) -> String? {
        text.unicodeScalars.first(where: isForbidden).map {
            "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(width - count, 0)) + self
    }
}
