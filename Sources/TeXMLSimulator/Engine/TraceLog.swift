/// The trace of one call as it is written: events appended in order, never rewritten.
struct TraceLog {
    private(set) var events: [TraceEvent] = []
    /// Whether the platform reported an error.
    private(set) var hadError = false
    /// What the API command being performed set off, held until its answer is written.
    private var consequences: [TraceEvent]?

    init() { events.reserveCapacity(64) }

    mutating func append(_ event: TraceEvent) {
        if consequences != nil {
            consequences!.append(event)
        } else {
            events.append(event)
        }
    }

    mutating func appendError(_ event: TraceEvent) {
        hadError = true
        append(event)
    }

    /// An API command is performed from now until ``answerCommand(_:)``: the platform answers
    /// before it notifies, so what the command sets off (recording events, webhooks) is written
    /// after its answer, which is only known once it has run.
    mutating func beginCommand() {
        precondition(consequences == nil, "API commands do not nest")
        consequences = []
    }

    /// Writes the command's answer, then what it set off, in the order it happened.
    mutating func answerCommand(_ answer: TraceEvent) {
        let held = consequences ?? []
        consequences = nil
        events.append(answer)
        events.append(contentsOf: held)
    }
}
