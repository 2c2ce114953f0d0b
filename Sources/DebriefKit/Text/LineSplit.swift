extension String {
    /// The text's lines, split at each line feed with empty lines kept, as slices of it.
    ///
    /// By bytes: once `NoteDecoder` has made every line ending a lone line feed, a line feed is
    /// a Character of its own, so this is the Character split, done by scanning the contiguous
    /// bytes once and slicing at their offsets; the generic `split` calls a closure per byte.
    var lineSlices: [Substring] {
        var breaks: [Int] = []
        let scanned: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            for offset in bytes.indices where bytes[offset] == 10 { breaks.append(offset) }
        }
        if scanned == nil {
            return utf8.split(separator: 10, omittingEmptySubsequences: false).map { Substring($0) }
        }
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = startIndex
        var startOffset = 0
        for offset in breaks {
            let end = utf8.index(start, offsetBy: offset - startOffset)
            lines.append(self[start..<end])
            start = utf8.index(after: end)
            startOffset = offset + 1
        }
        lines.append(self[start...])
        return lines
    }

    /// The first line that is not empty: `split(separator: "\n").first`, without splitting
    /// the lines after it.
    var firstNonEmptyLine: String? {
        var rest = self[...]
        while let end = rest.firstIndex(of: "\n") {
            if end > rest.startIndex { return String(rest[..<end]) }
            rest = rest[rest.index(after: end)...]
        }
        return rest.isEmpty ? nil : String(rest)
    }
}
