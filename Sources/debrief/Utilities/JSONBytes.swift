import DebriefKit

/// A JSON document's bytes, appended to piece by piece (lint's JSON report, the batch
/// manifest): a `+` between pieces would make a string each.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func clear() { bytes.removeAll(keepingCapacity: true) }
    mutating func string(_ text: String) { JSONString.append(text, to: &bytes) }
    mutating func number(_ value: Int?) { raw(value.map(String.init) ?? "null") }
}
