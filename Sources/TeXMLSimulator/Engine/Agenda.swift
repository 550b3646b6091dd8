/// Something that can happen next on the call's clock.
enum Happening {
    /// A background recording reaches its own limit (maximum length, silence) and stops.
    case recordingLimit(index: Int, reason: RecordingStopReason)
    /// An API command is due: its position in the command agenda.
    case apiCommand(CommandAgenda.Entry)
    /// A command the live application sent arrives now (``CallPacer``): stamped at the virtual
    /// time of its arrival.
    case liveCommand
    /// Whoever watches a paced call ended it (Ctrl-C).
    case stopped
    /// The caller's script acts.
    case caller(ScriptEvent)
    /// The script of another leg (the bridged party, a conference participant) acts.
    case party(index: Int, ScriptEvent)
    /// The call reaches `max_call_duration`.
    case callLimit
    /// What the waiting verb waits for: its own timer, or a webhook's answer.
    case deadline

    /// The tie rule: at one instant, happenings run in this order.
    ///
    /// A recording stops by its own limit first, so a command at that instant finds it as its
    /// limit left it; then API commands, in the order they were scheduled (scenario order for
    /// the scenario's), then a live application's command arriving at that instant (what was
    /// written down before the call runs first); then the caller, then the other legs in leg
    /// order, so what a person does at a verb's deadline still reaches the verb; the call's time
    /// limit before the verb's own deadline at the same instant. A watcher's stop comes last: what
    /// was due at that instant has happened.
    var rank: Int {
        switch self {
        case .recordingLimit: 0
        case .apiCommand: 1
        case .liveCommand: 2
        case .caller: 3
        case .party: 4
        case .callLimit: 5
        case .deadline: 6
        case .stopped: 7
        }
    }

    /// Whether the waiting verb is woken by it; the others run in the background and the wait
    /// goes on (unless a command replaced the call's instructions: see ``CallRun/wait(until:)``).
    var wakesVerb: Bool {
        switch self {
        case .recordingLimit, .apiCommand, .liveCommand: false
        case .caller, .party, .callLimit, .deadline, .stopped: true
        }
    }
}

/// A happening at the time it is due.
struct ScheduledHappening {
    var time: SimTime
    var happening: Happening

    /// Earlier first; at one instant by ``Happening/rank``. Among happenings of one kind the
    /// source that offers first wins: sources are asked in their documented order.
    func precedes(_ other: ScheduledHappening) -> Bool {
        time != other.time ? time < other.time : happening.rank < other.happening.rank
    }
}

/// The API commands of a call not sent yet: those due at a time in a priority queue, those
/// waiting for a trigger until it happens. Commands arrive from the scenario now, from a live
/// application next; each is sent once.
struct CommandAgenda {
    /// A due command: when, and its position among every command the agenda was given.
    struct Entry: Comparable {
        var due: SimTime
        var index: Int

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.due != rhs.due ? lhs.due < rhs.due : lhs.index < rhs.index
        }
    }

    /// Every command given to the agenda, by position.
    private(set) var commands: [APICommand] = []
    private var due = BinaryHeap<Entry>()
    /// Positions of the commands waiting for their trigger, in order.
    private var waiting: [Int] = []

    init(_ commands: [APICommand]) {
        for command in commands { add(command, now: .zero) }
    }

    /// Adds a command: due at its time, or waiting for its trigger.
    mutating func add(_ command: APICommand, now: SimTime) {
        let index = commands.count
        commands.append(command)
        switch command.when {
        case .at(let moment): due.insert(Entry(due: moment, index: index))
        case .on: waiting.append(index)
        }
    }

    /// The earliest due command, scheduling order on ties.
    var next: Entry? { due.first }

    /// Takes the earliest due command off the agenda.
    mutating func removeNext() -> APICommand? {
        due.removeFirst().map { commands[$0.index] }
    }

    /// Schedules the commands waiting for `trigger`, which happens at `now`: each once.
    mutating func signal(_ trigger: Trigger, at now: SimTime) {
        waiting.removeAll { index in
            guard case .on(let awaited, let delay) = commands[index].when, awaited == trigger else { return false }
            due.insert(Entry(due: now + delay, index: index))
            return true
        }
    }

    /// The commands whose trigger never happened, in order; the agenda forgets them.
    mutating func removeNeverTriggered() -> [APICommand] {
        defer { waiting.removeAll() }
        return waiting.map { commands[$0] }
    }
}
