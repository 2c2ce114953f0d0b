import Foundation

/// Finding a piece of text by its UTF-8 bytes.
///
/// Foundation's `range(of:)` bridges to `NSString` and compares UTF-16 with canonical
/// equivalence, which costs as much as the rest of an item's reading. The separators the
/// parser looks for (": ", " — ", "**", "for the ") are plain text whose bytes are the same
/// in every normalisation, so a byte search finds the same places.
// On `String` and `Substring` themselves, not on `StringProtocol`: in generic code a UTF-8
// offset becomes an index by walking to it (`BidirectionalCollection`'s default), and only
// the concrete views jump there at once.
extension String {
    /// The first place `needle` occurs, by bytes.
    func byteRange(of needle: String) -> Range<Index>? {
        ByteSearch.offset(of: needle, in: self, last: false).map { utf8.range(at: $0, length: needle.utf8.count) }
    }

    /// The last place `needle` occurs, by bytes.
    func lastByteRange(of needle: String) -> Range<Index>? {
        ByteSearch.offset(of: needle, in: self, last: true).map { utf8.range(at: $0, length: needle.utf8.count) }
    }
}

extension String {
    /// `replacingOccurrences(of:with:)`, called only when `needle`'s bytes are there: most
    /// texts do not hold it, and Foundation's search copies and compares every one that does
    /// not. (No text without the bytes of these ASCII and punctuation needles holds one
    /// canonically equivalent to them either.)
    func replacingBytes(of needle: String, with replacement: String) -> String {
        byteRange(of: needle) == nil ? self : replacingOccurrences(of: needle, with: replacement)
    }
}

extension Substring {
    /// The first place `needle` occurs, by bytes.
    func byteRange(of needle: String) -> Range<Index>? {
        ByteSearch.offset(of: needle, in: self, last: false).map { utf8.range(at: $0, length: needle.utf8.count) }
    }

    /// The last place `needle` occurs, by bytes.
    func lastByteRange(of needle: String) -> Range<Index>? {
        ByteSearch.offset(of: needle, in: self, last: true).map { utf8.range(at: $0, length: needle.utf8.count) }
    }
}

extension String.UTF8View {
    fileprivate func range(at offset: Int, length: Int) -> Range<String.Index> {
        let start = index(startIndex, offsetBy: offset)
        return start..<index(start, offsetBy: length)
    }
}

extension Substring.UTF8View {
    fileprivate func range(at offset: Int, length: Int) -> Range<String.Index> {
        let start = index(startIndex, offsetBy: offset)
        return start..<index(start, offsetBy: length)
    }
}

extension StringProtocol {
    /// Whether any of `needles` (lower-case ASCII) occurs, whatever the case of its letters.
    func containsIgnoringASCIICase(anyOf needles: [[UInt8]]) -> Bool {
        func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool {
            needles.contains { needle in ByteSearch.offsetIgnoringASCIICase(of: needle, in: haystack) != nil }
        }
        return utf8.withContiguousStorageIfAvailable(search)
            ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}

enum ByteSearch {
    /// Where `needle` starts in `text`, in bytes from its start (the first or the last place).
    static func offset<Text: StringProtocol>(of needle: String, in text: Text, last: Bool) -> Int? {
        func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Int? {
            var needle = needle
            return needle.withUTF8 { needle in offset(of: needle, in: haystack, last: last) }
        }
        // A bridged or foreign string has no contiguous UTF-8: copy it once.
        return text.utf8.withContiguousStorageIfAvailable(search) ?? Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// Where `needle` (lower-case ASCII letters and other bytes) starts in `haystack`,
    /// comparing letters with their case bit set.
    static func offsetIgnoringASCIICase(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>)
        -> Int?
    {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        func folded(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
        for start in 0...(haystack.count - needle.count) where folded(haystack[start]) == first {
            var index = 1
            while index < needle.count, folded(haystack[start + index]) == needle[index] { index += 1 }
            if index == needle.count { return start }
        }
        return nil
    }

    /// Where `needle` starts in `haystack` (the first or the last place), if it is there.
    static func offset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                       last: Bool = false) -> Int?
    {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        let starts = 0...(haystack.count - needle.count)
        func matches(at start: Int) -> Bool {
            guard haystack[start] == first else { return false }
            var index = 1
            while index < needle.count, haystack[start + index] == needle[index] { index += 1 }
            return index == needle.count
        }
        return last ? starts.reversed().first(where: matches) : starts.first(where: matches)
    }
}

extension StringProtocol {
    /// Whether any of the text's UTF-8 bytes satisfies `predicate`: over its contiguous
    /// bytes, where the view's own `contains(where:)` steps an index through the string one
    /// byte at a time. The parser asks this of nearly every line.
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) }
            ?? utf8.contains(where: predicate)
    }
}
