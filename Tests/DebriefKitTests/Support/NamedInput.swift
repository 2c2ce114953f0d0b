import Testing

/// A parameterised test's input under a short name. Swift Testing prints each argument of
/// every case; printing whole notes (one was 40,000 asterisks) made the log unreadable, so
/// cases print `name` and the test reads `value`.
struct NamedInput<Value: Sendable>: Sendable, CustomTestStringConvertible {
    let name: String
    let value: Value

    init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }

    var testDescription: String { name }
}

extension Array {
    /// The input called `name`, for tests that pick one case out of a named list.
    func named<Value>(_ name: String) -> Value where Element == NamedInput<Value> {
        guard let input = first(where: { $0.name == name }) else {
            preconditionFailure("no input named \(name)")
        }
        return input.value
    }
}
