import TeXMLSimulator

/// `--pace realtime`: the call's virtual clock runs at wall speed from the call's start, and the
/// application's REST commands (from ``APIInbox``) come in as happenings at the moment they
/// arrive. Virtual time `t` is the wall instant `start + t`, `start` being when the call's first
/// wait began (minus the virtual time it had reached, which is zero unless the first webhook
/// already waited).
public final class RealtimePacer: CallPacer {
    private let inbox: APIInbox
    private var start: ContinuousClock.Instant?

    public init(inbox: APIInbox) {
        self.inbox = inbox
    }

    public func wait(until moment: SimTime, now: SimTime) -> PacerWake {
        let start = self.start ?? ContinuousClock.now - .milliseconds(now.milliseconds)
        self.start = start
        switch inbox.awaitArrival(until: start + .milliseconds(moment.milliseconds)) {
        case .timedOut: return .reached
        case .command(let arrived): return .command(arrivedAt: Self.virtual(arrived - start))
        case .stopped(let asked): return .stopped(at: Self.virtual(asked - start))
        }
    }

    public func performArrived(_ perform: (APICommand) -> APIReply) {
        inbox.serveFirst(perform)
    }

    /// A wall duration since the start as virtual time, in whole milliseconds (never negative).
    static func virtual(_ elapsed: Duration) -> SimTime {
        let (seconds, attoseconds) = elapsed.components
        return SimTime(milliseconds: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }
}
