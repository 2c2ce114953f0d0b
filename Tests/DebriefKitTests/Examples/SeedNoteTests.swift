import Foundation
import Testing

@testable import DebriefKit

/// The note the project started from must always come out right. It lives outside the
/// repository (`../shared/seeds/`); a clone without it skips these tests, except in CI,
/// where its absence fails `seedIsPresentInCI`.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestFiles.seedPath)
                || TestFiles.isCI))
struct SeedNoteTests {
    let report: Report?

    init() throws {
        guard FileManager.default.fileExists(atPath: TestFiles.seedPath) else {
            report = nil
            return
        }
        let text = try NoteFile.read(path: TestFiles.seedPath)
        report = NotesParser().parse(text, source: "seed.txt")
    }

    /// The suite runs only where the seed exists or in CI (`CI=true`), so a missing seed here
    /// means CI lost it. Where it exists, it must be the whole note, not an empty or cut file.
    @Test func seedIsPresentInCI() throws {
        let report = try #require(report, "missing \(TestFiles.seedPath)")
        #expect(report.details.dateISO != nil)
        #expect(report.strengths.count >= 2)
        #expect(report.improvements.flatMap(\.items).count >= 7)
    }

    @Test func details() throws {
        let details = try #require(report).details
        #expect(details.date == "October 24, 2025 5:00 PM")
        #expect(details.dateISO == "2025-10-24T17:00")
        #expect(details.company == "")
        #expect(details.level == "Junior/Mid/Senior")
        #expect(details.recording == "Record")
        #expect(details.extra.isEmpty)
    }

    @Test func summaryPreparationAndStrengths() throws {
        let report = try #require(report)
        #expect(report.summary.count == 1)
        #expect(report.summary.first?.hasPrefix("In system design interviews") == true)
        #expect(report.preparation.count == 2)
        #expect(report.strengths.map(\.line) == [25, 26])
        #expect(report.strengths.first?.text.hasPrefix("Enumerated all functional") == true)
    }

    @Test func areasItemsAndExamples() throws {
        let areas = try #require(report).improvements
        #expect(areas.map(\.title) == [
            "Communication & Depth", "Collaboration & Engagement",
            "Technical Depth & Practical Insight",
        ])
        #expect(areas.map(\.items.count) == [3, 2, 2])
        for item in areas.flatMap(\.items) {
            let expected = item.headline == "Make it a conversation" ? 3 : 1
            #expect(item.examples.count == expected, "\(item.headline)")
            #expect(!item.headline.hasSuffix(":"))
            for example in item.examples {
                #expect(!example.text.hasPrefix("“") && !example.text.hasSuffix("”"))
                #expect(example.origin == .notes)
            }
        }
        #expect(areas.flatMap(\.items).flatMap(\.examples).count == 9)
    }

    @Test func nothingIsLostOrFlagged() throws {
        let report = try #require(report)
        #expect(report.other.isEmpty)
        #expect(report.diagnostics.isEmpty)
        #expect(report.privateNotes?.isEmpty == true)
    }
}

extension SeedNoteTests {
    @Test(arguments: ReportFormat.allCases)
    func rendersInEveryFormat(_ format: ReportFormat) throws {
        let report = try #require(report)
        let output = try ReportRenderer(options: .init(width: 10_000)).render(report, as: format)
        // HTML escapes quotes and ampersands; look for the escaped form there.
        let written = { (text: String) in format == .html ? SafeHTML.escape(text) : text }
        let areas = report.improvements
        #expect(areas.count == 3)
        for area in areas {
            #expect(output.contains(written(try #require(area.title))), "\(format): area")
        }
        let items = areas.flatMap(\.items)
        #expect(items.count == 7)
        for item in items {
            #expect(output.contains(written(item.headline)), "\(format): item")
        }
        let phrasings = items.flatMap(\.examples)
        #expect(phrasings.count == 9)
        for phrasing in phrasings {
            #expect(output.contains(written(phrasing.text)),
                    "\(format): \(phrasing.text.prefix(30))")
        }
    }
}
