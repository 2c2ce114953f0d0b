/// `no-example`: an improvement item without words the candidate could say next time. Only a
/// note: `debrief render` suggests phrasings for such items.
struct NoExampleRule: Rule {
    let info = Diagnostic.Code.Info(
        code: "no-example", defaultSeverity: .note,
        summary: "An improvement item with no example phrasing.",
        help: "Add an 'examples you can say' line in quotes under the item. Without one, "
            + "debrief render suggests phrasings from its phrasebook.",
        origin: .rule)

    func check(_ note: LintedNote) -> [Diagnostic] {
        note.report.improvements.flatMap(\.items).compactMap { item in
            guard item.examples.isEmpty else { return nil }
            return finding("'\(item.headline)' has no example phrasing",
                           at: note.range(ofText: item.headline, near: item.line))
        }
    }
}
