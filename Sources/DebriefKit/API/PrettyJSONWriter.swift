/// Writes `JSONFields` values straight to bytes, in the style `ReportJSON` has always used
/// (Foundation's pretty-printed, sorted-keys output without escaped slashes, with empty arrays
/// as `[]`), at a fraction of `JSONEncoder`'s cost. `ReportJSONTests` holds the two to the
/// same bytes.
struct PrettyJSONWriter {
    fileprivate(set) var bytes: [UInt8] = []

    /// `value` as a whole document at the top level.
    static func document<Object: JSONFields>(_ value: Object) throws -> [UInt8] {
        var writer = PrettyJSONWriter()
        try writer.writeObject(value, depth: 0)
        return writer.bytes
    }

    /// `values` as a whole document: an array at the top level.
    static func document<Object: JSONFields>(_ values: [Object]) throws -> [UInt8] {
        var writer = PrettyJSONWriter()
        try writer.writeArray(values, depth: 0) { writer, value, depth in
            try writer.writeObject(value, depth: depth)
        }
        return writer.bytes
    }

    mutating func writeObject<Object: JSONFields>(_ value: Object, depth: Int) throws {
        // The fields go straight into this document: `writeFields` lists them in the order
        // Foundation's sorted keys give, so nothing is buffered and sorted per object.
        var fields = ObjectFields<Object.CodingKeys>(depth: depth + 1)
        swap(&fields.writer.bytes, &bytes)
        defer { swap(&fields.writer.bytes, &bytes) }
        fields.writer.bytes.append(UInt8(ascii: "{"))
        try value.writeFields(to: &fields)
        fields.close()
    }

    mutating func writeArray<Element>(
        _ values: [Element], depth: Int,
        element: (inout PrettyJSONWriter, Element, Int) throws -> Void
    ) rethrows {
        guard !values.isEmpty else {
            bytes.append(contentsOf: [UInt8(ascii: "["), UInt8(ascii: "]")])
            return
        }
        bytes.append(UInt8(ascii: "["))
        bytes.append(10)
        for (index, value) in values.enumerated() {
            indent(depth + 1)
            try element(&self, value, depth + 1)
            if index < values.count - 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(10)
        }
        indent(depth)
        bytes.append(UInt8(ascii: "]"))
    }

    fileprivate mutating func indent(_ depth: Int) {
        bytes.append(contentsOf: repeatElement(32, count: depth * 2))
    }

    mutating func writeNull() {
        bytes.append(contentsOf: [110, 117, 108, 108])  // null
    }

    mutating func writeNumber(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// As Foundation writes a `Double`: "4" for 4.0, "3.5" for 3.5.
    mutating func writeNumber(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func writeString(_ value: String) {
        JSONString.append(value, to: &bytes)
    }
}

/// One object's fields, written into the document as they come.
private struct ObjectFields<FieldKey: CodingKey>: JSONFieldWriter {
    let depth: Int
    var writer = PrettyJSONWriter()
    private var previousKey: String?

    init(depth: Int) { self.depth = depth }

    /// Foundation writes an empty object on two lines with an empty line between.
    mutating func close() {
        if previousKey == nil { writer.bytes.append(10) }
        writer.bytes.append(10)
        writer.indent(depth - 1)
        writer.bytes.append(UInt8(ascii: "}"))
    }

    private mutating func add(_ key: FieldKey, _ write: (inout PrettyJSONWriter) throws -> Void) rethrows {
        let name = key.stringValue
        // Foundation sorts keys by their bytes ("interviewType" before "interviewer").
        assert(previousKey.map { $0.utf8.lexicographicallyPrecedes(name.utf8) } ?? true,
               "\(FieldKey.self): '\(name)' is listed after '\(previousKey ?? "")'")
        if previousKey != nil { writer.bytes.append(UInt8(ascii: ",")) }
        previousKey = name
        writer.bytes.append(10)
        writer.indent(depth)
        writer.writeString(name)
        writer.bytes.append(contentsOf: [32, UInt8(ascii: ":"), 32])
        try write(&writer)
    }

    mutating func write(_ value: String?, for key: FieldKey) {
        add(key) { writer in value.map { writer.writeString($0) } ?? writer.writeNull() }
    }

    mutating func write(_ value: Int?, for key: FieldKey) {
        add(key) { writer in value.map { writer.writeNumber($0) } ?? writer.writeNull() }
    }

    mutating func write(_ value: Double?, for key: FieldKey) {
        add(key) { writer in value.map { writer.writeNumber($0) } ?? writer.writeNull() }
    }

    mutating func write(_ values: [String], for key: FieldKey) {
        let depth = depth
        add(key) { writer in
            writer.writeArray(values, depth: depth) { writer, value, _ in writer.writeString(value) }
        }
    }

    mutating func write<Object: JSONFields & Encodable>(_ value: Object, for key: FieldKey) throws {
        let depth = depth
        try add(key) { writer in try writer.writeObject(value, depth: depth) }
    }

    mutating func write<Object: JSONFields & Encodable>(_ values: [Object], for key: FieldKey) throws {
        let depth = depth
        try add(key) { writer in
            try writer.writeArray(values, depth: depth) { writer, value, depth in
                try writer.writeObject(value, depth: depth)
            }
        }
    }

    mutating func writeIfPresent<Object: JSONFields & Encodable>(_ values: [Object]?, for key: FieldKey)
        throws
    {
        guard let values else { return }
        try write(values, for: key)
    }
}
