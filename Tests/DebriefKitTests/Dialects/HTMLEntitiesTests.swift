import Testing

@testable import DebriefKit

/// Character references in HTML exports: decoded as a browser shows them, and never into a
/// control character, which would reach the reports (found by the fuzzer: "&#26;avascript:").
@Suite struct HTMLEntitiesTests {
    @Test(arguments: [
        NamedInput("named", ("a &amp; b", "a & b")),
        NamedInput("angle brackets stay references, so no tag is made", ("&lt;c&gt;", "&lt;c&gt;")),
        NamedInput("decimal", ("caf&#233;", "café")),
        NamedInput("hexadecimal", ("&#x1F44D;", "👍")),
        NamedInput("control character", ("&#26;avascript:", "\u{FFFD}avascript:")),
        NamedInput("NUL", ("a&#0;b", "a\u{FFFD}b")),
        NamedInput("C1 control", ("a&#x85;b", "a\u{FFFD}b")),
        NamedInput("tab kept", ("a&#9;b", "a\tb")),
        NamedInput("carriage return is a space", ("a&#13;b", "a b")),
        NamedInput("unknown name kept", ("&nosuch;", "&nosuch;")),
    ])
    func decodesAsABrowserShows(_ input: NamedInput<(String, String)>) {
        #expect(HTMLEntities.decode(input.value.0) == input.value.1)
    }
}
