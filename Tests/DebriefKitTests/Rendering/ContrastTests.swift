import Foundation
import Testing

@testable import DebriefKit

/// The HTML report's colours meet WCAG AA (4.5:1 for text) in the light and the dark scheme,
/// read from the template's own CSS custom properties.
@Suite struct ContrastTests {
    static let pairs = [
        ("text", "background"), ("muted", "background"), ("muted", "surface"),
        ("text", "surface"), ("accent", "background"), ("accent", "surface"),
        ("strength", "background"), ("private-border", "private-bg"), ("text", "private-bg"),
    ]

    @Test(arguments: ["light", "dark"])
    func textColoursMeetAA(_ scheme: String) throws {
        let colours = try Self.colours(scheme)
        for (foreground, background) in Self.pairs {
            let ratio = try Self.contrast(#require(colours[foreground]), #require(colours[background]))
            #expect(ratio >= 4.5, "\(scheme): --\(foreground) on --\(background) is \(ratio)")
        }
    }

    /// The `--name: #rrggbb` declarations of the first `:root` block (light) or the one inside
    /// the dark-scheme media query.
    static func colours(_ scheme: String) throws -> [String: String] {
        let template = try #require(EmbeddedTemplates.byFileName["report.html.mustache"])
        var rest = template[...]
        if scheme == "dark" {
            rest = rest[try #require(rest.range(of: "prefers-color-scheme: dark")).upperBound...]
        }
        let start = try #require(rest.range(of: ":root {")).upperBound
        let block = rest[start...].prefix { $0 != "}" }
        var colours: [String: String] = [:]
        for declaration in block.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmed }
            if parts.count == 2, parts[0].hasPrefix("--"), parts[1].hasPrefix("#") {
                colours[String(parts[0].dropFirst(2))] = parts[1]
            }
        }
        return colours
    }

    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
