/// How a call's virtual clock meets the world outside the simulation. Without a pacer (virtual
/// pace) time jumps from one happening to the next; a pacer (a live run's `--pace realtime`)
/// lets wall time reach each happening first and brings the application's REST commands in at
/// the moment they arrive.
///
/// The simulator owns this protocol and knows no wall clock: the live module implements it.
/// Called on the simulation's thread only.
public protocol CallPacer: AnyObject {
    /// Waits until the wall instant of virtual `moment`, the next happening, unless a command
    /// from the application is waiting or arrives first, or whoever watches stops the call.
    /// `now` is the call's virtual time. A command that is already waiting is reported at once.
    func wait(until moment: SimTime, now: SimTime) -> PacerWake

    /// Performs the command that arrived first, the one ``wait(until:now:)`` reported, with
    /// `perform`, which runs it on the call at the virtual time of its arrival.
    func performArrived(_ perform: (APICommand) -> APIReply)
}

/// Why a pacer's wait ended.
public enum PacerWake: Equatable, Sendable {
    /// The wall clock reached the awaited moment.
    case reached
    /// A command from the application waits, having arrived at this virtual time (the pacer's
    /// reading of the wall clock; earlier than the call's `now` when it was not performed at once).
    case command(arrivedAt: SimTime)
    /// Whoever watches ended the call (Ctrl-C), at this virtual time.
    case stopped(at: SimTime)
}
