/// The trace of one call as it is written: events appended in order, never rewritten.
struct TraceLog {
    private(set) var events: [TraceEvent] = []
    /// Whether the platform reported an error.
    private(set) var hadError = false
    /// What each API command being performed set off, held until its answer is written; the
    /// innermost last (a live application's command can arrive while a webhook another command
    /// set off waits for its answer).
    private var consequences: [[TraceEvent]] = []
    /// Told of each event as it is written for good (a paced call's timeline printed as it happens).
    var watcher: ((TraceEvent) -> Void)?

    init() { events.reserveCapacity(64) }

    mutating func append(_ event: TraceEvent) {
        if !consequences.isEmpty {
            consequences[consequences.count - 1].append(event)
        } else {
            events.append(event)
            watcher?(event)
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
        consequences.append([])
    }

    /// Writes the command's answer, then what it set off, in the order it happened (into the
    /// consequences of the command it nests in, if any).
    mutating func answerCommand(_ answer: TraceEvent) {
        let held = consequences.removeLast()
        append(answer)
        for event in held { append(event) }
    }
}
