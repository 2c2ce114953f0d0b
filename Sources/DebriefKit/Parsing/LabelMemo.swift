import Synchronization

/// What each label read as, remembered for the process. Notes written from one template
/// repeat the same labels in every note ("Examples you can say:", an area's name, "Score"),
/// and reading a label from its words, cues and evaluation wording costs microseconds each
/// time. Shared by the batch's threads; bounded, so a folder of unlike notes cannot make it
/// grow without end.
final class LabelMemo<Value: Sendable>: Sendable {
    /// Each value with the label it was read from: a `String` key matches any canonically
    /// equivalent label ("é" composed or not), whose bytes the readers may treat apart.
    private let entries = Mutex<[String: (label: String, value: Value)]>([:])
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// `read(label)`, read once per process while the label is remembered. A team's own
    /// labels (`SectionLabels.extra`) change what a label reads as, so with them nothing
    /// is remembered.
    func value(for label: String, _ read: (String) -> Value) -> Value {
        guard SectionLabels.extra == nil else { return read(label) }
        if let known = entries.withLock({ $0[label] }), known.label.utf8.elementsEqual(label.utf8) {
            return known.value
        }
        let value = read(label)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[label] = (label, value)
        }
        return value
    }
}
