/// A model type's JSON fields, listed once and written by either of two writers: Swift's
/// `Encoder` (any `JSONEncoder`, a caller's own) and `PrettyJSONWriter`, which writes the
/// reports' JSON directly. The generic `Codable` path costs more than the rest of rendering a
/// note to JSON (dynamic casts, metadata look-ups, a value tree), so the reports do not take
/// it; the `Encodable` conformances stay, for callers and for the test that holds the two
/// writers to the same bytes.
protocol JSONFields {
    /// The keys `Codable` uses too: one list of names for both paths.
    associatedtype CodingKeys: CodingKey
    func writeFields<Writer: JSONFieldWriter>(to writer: inout Writer) throws
        where Writer.FieldKey == CodingKeys
}

/// Where a type's fields go. A `nil` value is written as `null`; `writeIfPresent` leaves the
/// key out instead.
protocol JSONFieldWriter {
    associatedtype FieldKey: CodingKey
    mutating func write(_ value: String?, for key: FieldKey) throws
    mutating func write(_ value: Int?, for key: FieldKey) throws
    mutating func write(_ value: Double?, for key: FieldKey) throws
    mutating func write(_ values: [String], for key: FieldKey) throws
    mutating func write<Object: JSONFields & Encodable>(_ value: Object, for key: FieldKey) throws
    mutating func write<Object: JSONFields & Encodable>(_ values: [Object], for key: FieldKey) throws
    mutating func writeIfPresent<Object: JSONFields & Encodable>(_ values: [Object]?, for key: FieldKey) throws
}

extension JSONFields {
    /// `Encodable`'s path: the same fields into `encoder`'s keyed container.
    func encodeFields(to encoder: any Encoder) throws {
        var writer = KeyedFieldWriter(container: encoder.container(keyedBy: CodingKeys.self))
        try writeFields(to: &writer)
    }
}

/// Fields into a `KeyedEncodingContainer`, for `Encodable`.
private struct KeyedFieldWriter<FieldKey: CodingKey>: JSONFieldWriter {
    var container: KeyedEncodingContainer<FieldKey>

    mutating func write(_ value: String?, for key: FieldKey) throws { try container.encode(value, forKey: key) }
    mutating func write(_ value: Int?, for key: FieldKey) throws { try container.encode(value, forKey: key) }
    mutating func write(_ value: Double?, for key: FieldKey) throws { try container.encode(value, forKey: key) }
    mutating func write(_ values: [String], for key: FieldKey) throws { try container.encode(values, forKey: key) }

    mutating func write<Object: JSONFields & Encodable>(_ value: Object, for key: FieldKey) throws {
        try container.encode(value, forKey: key)
    }

    mutating func write<Object: JSONFields & Encodable>(_ values: [Object], for key: FieldKey) throws {
        try container.encode(values, forKey: key)
    }

    mutating func writeIfPresent<Object: JSONFields & Encodable>(_ values: [Object]?, for key: FieldKey)
        throws
    {
        try container.encodeIfPresent(values, forKey: key)
    }
}
