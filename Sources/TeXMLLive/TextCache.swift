/// Values computed from a string, kept for the next time the same string comes: a load run sends
/// the same few URLs again and again, and parsing one with Foundation's `URL(string:)` (and
/// asking it for its scheme, host and port) costs far more than hashing its text.
///
/// Bounded: when it holds `capacity` entries and a new string comes, it is emptied first, so a
/// run whose URLs never repeat (a query string per call) keeps at most `capacity` of them.
/// Not thread-safe: each transport (one per worker thread) has its own.
struct TextCache<Value> {
    let capacity: Int
    private var entries: [String: Value] = [:]

    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    /// How many strings are held.
    var count: Int { entries.count }

    /// The value for `text`: the kept one, else `make(text)`, kept for next time.
    mutating func value(for text: String, make: (String) -> Value) -> Value {
        if let kept = entries[text] { return kept }
        let made = make(text)
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[text] = made
        return made
    }
}
