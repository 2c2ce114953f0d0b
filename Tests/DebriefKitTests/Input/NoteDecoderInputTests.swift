@testable import DebriefKit
import Testing

/// Bytes into text: empty, binary and non-UTF-8 input is refused with a place to point at;
/// a byte-order mark is dropped and every line ending becomes LF.
@Suite struct NoteDecoderInputTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    func decodeError(_ bytes: [UInt8]) -> NoteInputError? {
        do {
            _ = try NoteDecoder.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: ["", " ", "\n\n", " \t\r\n", "\u{00A0}\u{2003}\n", "\u{FEFF}", "\u{FEFF}\n "])
    func emptyOrWhitespaceOnlyIsEmpty(_ text: String) {
        #expect(decodeError(bytes(text)) == .empty)
    }

    @Test(arguments: [
        ([0x00], 1),
        (Array("Strengths\n- calm\0\n".utf8), 2),
        (Array("a\nb\nc\n\0".utf8), 4),
        ([0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n\0".utf8), 3),
    ] as [([UInt8], Int)])
    func nulByteIsBinaryWithItsLine(_ input: [UInt8], line: Int) throws {
        let error = try #require(decodeError(input))
        guard case .binary = error else {
            Issue.record("expected .binary, got \(error)")
            return
        }
        #expect(error.location == SourceLocation(line: line, column: 1))
    }

    @Test(arguments: [
        (Array("ok\nwxyz".utf8) + [0xFF], 2, 5),
        ([0xC3], 1, 1),  // truncated two-byte sequence at the end
        (Array("é".utf8) + [0x80], 1, 3),  // lone continuation byte after a 2-byte letter
        (Array("a\nb\nxy".utf8) + [0xC0, 0xAF], 3, 3),  // overlong encoding
        (Array("ab".utf8) + [0xED, 0xA0, 0x80], 1, 3),  // UTF-16 surrogate
        ([0xEF, 0xBB, 0xBF] + Array("hi ".utf8) + [0xFE], 1, 4),  // column after the BOM
    ] as [([UInt8], Int, Int)])
    func invalidUTF8ReportsLineAndByteColumn(_ input: [UInt8], line: Int, column: Int) throws {
        let error = try #require(decodeError(input))
        guard case .invalidUTF8 = error else {
            Issue.record("expected .invalidUTF8, got \(error)")
            return
        }
        #expect(error.location == SourceLocation(line: line, column: column))
    }

    @Test func byteOrderMarkIsStripped() throws {
        let text = try NoteDecoder.decode([0xEF, 0xBB, 0xBF] + bytes("## Strengths\n"))
        #expect(text == "## Strengths\n")
        #expect(text.unicodeScalars.first == "#")
    }

    @Test(arguments: [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\rb", "a\n\nb"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
        ("mixed\r\nend\rings\n", "mixed\nend\nings\n"),
        ("no breaks", "no breaks"),
    ])
    func lineEndingsBecomeLF(_ input: String, expected: String) throws {
        #expect(try NoteDecoder.decode(bytes(input)) == expected)
        #expect(NoteDecoder.normaliseLineEndings(input) == expected)
    }

    @Test func textIsKeptAsWritten() throws {
        let note = "## Pros\n\n• “Calm” — très bien ✅\n"
        #expect(try NoteDecoder.decode(bytes(note)) == note)
    }

    @Test func nulLineCountsLoneCarriageReturns() throws {
        // Editors show "a\rb\r\0" as three lines; the parser normalises lone CR to LF too.
        do {
            let binary = try #require(decodeError(bytes("a\rb\r\0")))
            #expect(binary.location?.line == 3)
            let invalid = try #require(decodeError(bytes("a\rbc") + [0xFF]))
            #expect(invalid.location == SourceLocation(line: 2, column: 3))
        }
    }

    @Test(arguments: [
        (12, "12 bytes"), (1024, "1 KiB"), (1536, "1.5 KiB"), (5 << 20, "5 MiB"),
        (3 << 30, "3 GiB"),
    ])
    func byteSizesReadLikePeopleWriteThem(_ bytes: Int, _ expected: String) {
        #expect(ByteSize(bytes).description == expected)
    }

    @Test func onlyPositionedErrorsHaveALocation() {
        #expect(NoteInputError.empty.location == nil)
        #expect(NoteInputError.notFound.location == nil)
        #expect(NoteInputError.tooLarge(bytes: 9, limit: 8).location == nil)
        #expect(NoteInputError.binary(line: 7).location == SourceLocation(line: 7))
    }

    /// The size message never reads "5 MiB, over the 5 MiB limit": where the rounded figures
    /// would not show the file as larger, both sizes are given exactly.
    @Test(arguments: [
        ((5 << 20) + 1, 5 << 20,
         "file is 5242881 bytes, over the 5242880-byte (5 MiB) size limit (see --max-size)"),
        (1025, 1024, "file is 1025 bytes, over the 1024-byte (1 KiB) size limit (see --max-size)"),
        (1_048_577, 1_048_575,
         "file is 1048577 bytes, over the 1048575-byte (1024 KiB) size limit (see --max-size)"),
        (2253, 1024, "file is 2.2 KiB, over the 1 KiB size limit (see --max-size)"),
        (9 << 20, 5 << 20, "file is 9 MiB, over the 5 MiB size limit (see --max-size)"),
        (101, 100, "file is 101 bytes, over the 100 bytes size limit (see --max-size)"),
        (nil, 5 << 20, "input is over the 5 MiB size limit (see --max-size)"),
    ] as [(Int?, Int, String)])
    func tooLargeMessageIsTrue(_ bytes: Int?, _ limit: Int, _ expected: String) {
        #expect(NoteInputError.tooLarge(bytes: bytes, limit: limit).description == expected)
    }
}
