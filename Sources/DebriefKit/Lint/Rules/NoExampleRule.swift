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
            let words = LintWords(item.headline).words.prefix(4).map(\.folded)
            return finding("'\(item.headline)' has no example phrasing",
                           at: note.range(of: Array(words), near: item.line, spanning: 1))
        }
    }
}
