import Mustache
import Testing

@testable import DebriefKit

/// The templates' lookups (`ReportViewModel+Lookup.swift`) answer every property of every
/// level by its name, as `Mirror` did, so users' own templates keep working.
@Suite struct ViewModelLookupTests {
    /// Properties that are not template names: inputs of names made when read.
    static let notNames: Set = ["hasOwnQuotes", "source", "shape", "policy"]
    /// Names made when read, answered although no property holds them, with the property
    /// they are made from: they are there when it is.
    static let madeNames: [String: [String: String]] = [
        "Item": ["detailBlocksMarkdown": "detailBlocks", "detailBlocksText": "detailBlocks"],
        "Example": ["quotedMarkdown": "text", "quotedText": "text"],
        "ReportText": ["markdown": "source", "html": "source", "text": "source", "cell": "source",
                       "rule": "source"],
    ]

    static var model: ReportViewModel {
        let note = """
            # Feedback for Ana

            Candidate: Ana
            Level: Senior

            ## Summary

            Calm and clear.

            ## Strengths

            - Asked about load

            ## Areas for improvement

            ### Testing

            - **Tests late:** wrote none until the end

                  let x = 1

              - "I'd add a test for the empty list first."

            ## Ratings

            | Competency | Score | Notes |
            | --- | --- | --- |
            | Coding | 3/4 | tidy |

            ## Wiki notes

            kept as written

            ## Private notes

            panel only
            """
        return ReportViewModel(NotesParser().parse(note, source: "a.md"), audience: .internal)
    }

    /// Every value of the model, with the name of its type, walked through `Mirror`.
    static func levels(_ value: Any) -> [(type: String, value: any MustacheParent)] {
        var found: [(String, any MustacheParent)] = []
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            return mirror.children.first.map { levels($0.value) } ?? []
        }
        if let lookup = value as? any MustacheParent {
            found.append((String(describing: type(of: value)), lookup))
        }
        for child in mirror.children {
            if let array = child.value as? [Any] {
                for element in array { found += levels(element) }
            } else {
                found += levels(child.value)
            }
        }
        return found
    }

    static func isNil(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }

    @Test func everyPropertyIsAnsweredByName() {
        let levels = Self.levels(Self.model)
        #expect(Set(levels.map(\.type)).isSuperset(of: [
            "ReportViewModel", "Titles", "Detail", "Item", "Example", "Area", "RatingRow",
            "Section", "ReportText",
        ]))
        for (type, level) in levels {
            let properties = Mirror(reflecting: level).children
            let made = Self.madeNames[type] ?? [:]
            // ReportText's stored properties are what its names are made from.
            var names = type == "ReportText" ? [] : Set(properties.compactMap(\.label))
            names.subtract(Self.notNames)
            names.formUnion(made.keys)
            for name in names {
                let property = made[name] ?? name
                let hasValue = properties.first { $0.label == property }.map { !Self.isNil($0.value) }
                #expect(hasValue != nil, "\(type).\(property) is not a property")
                #expect((level.child(named: name) != nil) == hasValue, "\(type).\(name)")
            }
            #expect(level.child(named: "noSuchName") == nil, "\(type)")
        }
    }
}
