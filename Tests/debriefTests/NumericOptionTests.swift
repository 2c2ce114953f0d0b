import Foundation
import Testing

/// Every numeric option is range-checked: a value out of range is a usage error (64) naming
/// the option, never a crash; the edges of each range are accepted.
@Suite struct NumericOptionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var option: String
        var testDescription: String { arguments.joined(separator: " ") }

        init(_ arguments: String...) {
            self.arguments = arguments
            option = String(arguments[arguments.count - 1].split(separator: "=")[0])
        }
    }

    static let refused: [Case] = [
        Case("render", "--max-size=99999999999999999999"),
        Case("render", "--max-size=99999999999999999999GiB"),
        Case("render", "--max-size=2GiB"),
        Case("render", "--max-size=0"),
        Case("render", "--max-size=0.5"),
        Case("render", "--width=-1"),
        Case("render", "--width=19"),
        Case("render", "--width=1001"),
        Case("render", "--width=99999999999999999999"),
        Case("render", "--suggestions=-1"),
        Case("render", "--suggestions=21"),
        Case("render", "--suggestions=99999999999999999999"),
        Case("phrases", "tests", "--limit=0"),
        Case("phrases", "tests", "--limit=1001"),
        Case("phrases", "tests", "--limit=99999999999999999999"),
    ]

    static var notes: String {
        TestFolder.packageRoot.appendingPathComponent("Examples/terse-pros-cons.md").path
    }

    @Test(arguments: refused)
    func outOfRangeIsAUsageError(_ test: Case) throws {
        var arguments = test.arguments
        if arguments[0] == "render" { arguments.insert(Self.notes, at: 1) }
        let result = try DebriefBinary.run(arguments, in: TestFolder.packageRoot)
        #expect(!result.signalled, "killed by signal \(result.status)")
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        let first = try #require(result.errorLines.first)
        #expect(first.hasPrefix("Error: ") && first.contains(test.option), "\(first)")
    }

    static let accepted: [Case] = [
        Case("render", "--max-size=1GiB"),
        Case("render", "--max-size=1.5MiB"),
        Case("render", "--width=20"),
        Case("render", "--width=1000"),
        Case("render", "--suggestions=0"),
        Case("render", "--suggestions=20"),
        Case("phrases", "tests", "--limit=1"),
        Case("phrases", "tests", "--limit=1000"),
    ]

    @Test(arguments: accepted)
    func edgeOfTheRangeIsAccepted(_ test: Case) throws {
        var arguments = test.arguments
        if arguments[0] == "render" { arguments += [Self.notes, "-q"] }
        let result = try DebriefBinary.run(arguments, in: TestFolder.packageRoot)
        #expect(result.status == 0, "\(result.errorLines)")
        #expect(!result.stdout.isEmpty)
    }
}
