import Foundation
import TeXMLSimulator

/// The live application's REST commands on their way from the API server to the call.
///
/// The server's tasks hand each command in and await its answer; the simulation thread — the
/// one owner of the call — performs them, one at a time, while it waits for a webhook's answer
/// and until the application has settled after it. So a command is stamped at the virtual time
/// it arrives, and the clock does not move while the application is still talking to the API.
/// Under `--pace realtime` the simulation also takes them between webhooks (``RealtimePacer``),
/// each at the wall instant it arrived.
public final class APIInbox: @unchecked Sendable {
    // @unchecked Sendable: every stored property is touched only under `condition`.
    private let condition = NSCondition()
    private var queue: [Pending] = []
    private var inFlight = 0
    /// Commands being performed now: a webhook they set off does not wait for them to settle.
    private var performing = 0
    private var lastActivity = ContinuousClock.now
    private var open = true
    /// When whoever watches asked to end the call (Ctrl-C); nil: not asked.
    private var stopAsked: ContinuousClock.Instant?
    /// How long the application must be quiet (no REST request in flight or arriving) after a
    /// webhook's answer before the clock moves on.
    public let settle: Duration

    private struct Pending {
        var command: APICommand
        var answer: CheckedContinuation<APIReply?, Never>
        var arrived: ContinuousClock.Instant
    }

    /// What ended ``awaitArrival(until:)``.
    enum Arrival: Equatable {
        /// A command waits: the first arrived then.
        case command(ContinuousClock.Instant)
        /// The call was asked to end (``stopCall()``) then.
        case stopped(ContinuousClock.Instant)
        case timedOut
    }

    public init(settle: Duration) {
        self.settle = settle
    }

    // MARK: The server's side

    /// A REST request has arrived: the application is active until ``end()``.
    public func begin() {
        condition.withLock {
            inFlight += 1
            lastActivity = .now
        }
    }

    /// A REST request has been answered.
    public func end() {
        condition.withLock {
            inFlight -= 1
            lastActivity = .now
            condition.broadcast()
        }
    }

    /// Hands `command` to the call and waits for its answer; nil when no call is running (before
    /// it starts or after it has settled at its end).
    public func perform(_ command: APICommand) async -> APIReply? {
        await withCheckedContinuation { answer in
            let accepted = condition.withLock {
                guard open else { return false }
                queue.append(Pending(command: command, answer: answer, arrived: .now))
                condition.broadcast()
                return true
            }
            if !accepted { answer.resume(returning: nil) }
        }
    }

    /// Whoever watches the call asks to end it (Ctrl-C): a paced call ends at its next wait.
    public func stopCall() {
        condition.withLock {
            if stopAsked == nil { stopAsked = .now }
            condition.broadcast()
        }
    }

    // MARK: The simulation's side

    /// Waits until `deadline` unless a command is queued, or arrives, or the call is asked to end first.
    func awaitArrival(until deadline: ContinuousClock.Instant) -> Arrival {
        condition.withLock {
            while true {
                if let stopAsked { return .stopped(stopAsked) }
                if let first = queue.first { return .command(first.arrived) }
                let remaining = deadline - ContinuousClock.now
                guard remaining > .zero else { return .timedOut }
                _ = condition.wait(until: Date(timeIntervalSinceNow: remaining.seconds))
            }
        }
    }

    /// Performs the command that arrived first with `serving`, if one is queued.
    func serveFirst(_ serving: (APICommand) -> APIReply) {
        let taken: Pending? = condition.withLock { queue.isEmpty ? nil : queue.removeFirst() }
        guard let taken else { return }
        condition.withLock { performing += 1 }
        let reply = serving(taken.command)
        condition.withLock { performing -= 1 }
        taken.answer.resume(returning: reply)
    }

    /// Performs the queued commands with `serving`, waiting up to `wait` for the first one.
    /// Returns whether any was performed.
    @discardableResult
    func serve(waitingUpTo wait: Duration, _ serving: (APICommand) -> APIReply) -> Bool {
        let deadline = Date(timeIntervalSinceNow: wait.seconds)
        let taken: [Pending] = condition.withLock {
            while queue.isEmpty, condition.wait(until: deadline) {}
            defer { queue.removeAll() }
            return queue
        }
        for pending in taken {
            condition.withLock { performing += 1 }
            let reply = serving(pending.command)
            condition.withLock { performing -= 1 }
            pending.answer.resume(returning: reply)
        }
        return !taken.isEmpty
    }

    /// Serves commands until the application has been quiet for ``settle``: no request in flight,
    /// none arrived, none answered within it. The answer just received counts as activity.
    /// A request that stays in flight longer than `limit` (a client that never finishes its body)
    /// no longer holds the clock: the wait ends there, so a run never hangs on the application.
    public func settle(limit: Duration = .seconds(15), _ serving: (APICommand) -> APIReply) {
        let start = ContinuousClock.now
        // A webhook a command set off (a recording's status callback) answers inside that
        // command: its request is in flight until the call has performed it, so it cannot settle.
        let nested = condition.withLock {
            lastActivity = .now
            return performing > 0
        }
        guard !nested else { return }
        while true {
            let remaining: Duration? = condition.withLock {
                guard queue.isEmpty else { return .zero }
                guard inFlight == 0 else { return ContinuousClock.now - start > limit ? nil : .zero }
                let quiet = ContinuousClock.now - lastActivity
                return quiet >= settle ? nil : settle - quiet
            }
            guard let remaining else { return }
            serve(waitingUpTo: max(remaining, .milliseconds(1)), serving)
        }
    }

    /// The call is over: commands still queued, and those arriving later, are answered nil.
    public func close() {
        let left: [Pending] = condition.withLock {
            open = false
            defer { queue.removeAll() }
            return queue
        }
        for pending in left { pending.answer.resume(returning: nil) }
    }
}
