import ArgumentParser
import DebriefKit
import Foundation

/// A size given as bytes or with a unit: `5MiB`, `5M`, `512KiB`, `100000`. Parsing checks
/// only the form; the command checks the range, so that a huge value is a usage error
/// naming the option rather than an overflow.
struct ByteCount: ExpressibleByArgument {
    /// As asked for: may be fractional, huge or infinite until checked.
    private var amount: Double

    init(bytes: Int) { amount = Double(bytes) }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = text.prefix(while: { ("0"..."9").contains($0) || $0 == "." })
        let unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let kibi = 1024.0
        let multipliers: [String: Double] = [
            "": 1, "b": 1, "k": kibi, "kb": kibi, "kib": kibi, "m": kibi * kibi,
            "mb": kibi * kibi, "mib": kibi * kibi, "g": kibi * kibi * kibi,
            "gb": kibi * kibi * kibi, "gib": kibi * kibi * kibi,
        ]
        guard let number = Double(digits), let multiplier = multipliers[unit] else { return nil }
        amount = number * multiplier
    }

    /// Whole bytes, when the amount is within `range`.
    func bytes(in range: ClosedRange<Int>) -> Int? {
        let whole = amount.rounded(.down)
        guard whole >= Double(range.lowerBound), whole <= Double(range.upperBound) else {
            return nil
        }
        return Int(whole)
    }

    var defaultValueDescription: String {
        ByteSize(Int(amount)).description.replacingOccurrences(of: " ", with: "")
    }
}

extension ClosedRange<Int> {
    /// A usage error naming the option when `value` is outside the range.
    func check(_ value: Int, _ option: String) throws {
        guard !contains(value) else { return }
        throw ValidationError("\(option) must be between \(lowerBound) and \(upperBound)")
    }
}
