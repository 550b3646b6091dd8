import Foundation
import TeXMLRecorder
import TeXMLSimulator
import TeXMLSupport

/// Places many live calls of one scenario, a bounded number at a time, and totals them.
///
/// Each call is a full simulation with its own trace; call `i` runs with the scenario's seed plus
/// `i`, so each has its own CallSid. The transport blocks while the application answers, so the
/// calls run on `concurrency` threads, each with its own ``LiveTransport`` kept from call to call
/// (its connection stays open between requests and calls).
///
/// Recordings are measured, never written, through one ``RecordingCache`` shared by the calls:
/// the calls of one scenario mostly record the same audio (the seed changes the identifiers, not
/// the sounds), so it is rendered once and every later call reuses its measurements.
public struct LoadRun: Sendable {
    public var loaded: LoadedScenario
    public var configuration: LiveTransport.Configuration
    public var calls: Int
    public var concurrency: Int
    /// The measured recordings the calls share; nil renders every call's recordings afresh.
    public var recordings: RecordingCache?

    /// The most threads a run starts: each holds a connection and a stack.
    public static let maxConcurrency = 1024

    /// Progress while the run goes on.
    public struct Progress: Sendable {
        public var done: Int
        public var failed: Int
        public var total: Int
        public var elapsed: Duration
    }

    public init(
        loaded: LoadedScenario, configuration: LiveTransport.Configuration, calls: Int, concurrency: Int,
        recordings: RecordingCache? = RecordingCache()
    ) {
        self.loaded = loaded
        self.configuration = configuration
        self.calls = calls
        self.concurrency = concurrency
        self.recordings = recordings
    }

    /// Runs every call and returns the totals; after `stop` is requested no call starts, and
    /// the calls under way finish and are counted. `onCall` sees each call's result as it ends (on
    /// its worker's thread); `onProgress` is called about every `progressInterval` on the
    /// calling thread while calls run.
    public func run(
        stop: LoadStop? = nil, progressInterval: Duration = .milliseconds(250),
        onCall: (@Sendable (Int, SimulationResult) -> Void)? = nil,
        onProgress: ((Progress) -> Void)? = nil
    ) -> LoadSummary {
        let workers = max(1, min(concurrency, calls))
        let state = LoadState(total: calls, stop: stop)
        let group = DispatchGroup()
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<workers {
            group.enter()
            let thread = Thread { [self] in
                work(state, onCall: onCall)
                group.leave()
            }
            // The simulator recurses through nested documents; the default 512 KiB is tight.
            thread.stackSize = 4 << 20
            thread.start()
        }
        let interval = progressInterval.seconds
        while group.wait(timeout: .now() + interval) == .timedOut {
            let (done, failed) = state.counts
            onProgress?(Progress(done: done, failed: failed, total: calls, elapsed: clock.now - start))
        }
        var summary = state.summary
        summary.finish(elapsed: clock.now - start, planned: calls)
        return summary
    }

    /// A worker: takes the next call's index until none is left.
    private func work(_ state: LoadState, onCall: (@Sendable (Int, SimulationResult) -> Void)?) {
        let transport = LiveTransport(configuration: configuration)
        let recorder: any RecorderBackend = recordings.map(CachingMeasuringRecorder.init) ?? MeasuringRecorder()
        while let index = state.next() {
            var call = loaded
            call.scenario.seed = loaded.scenario.seed &+ UInt64(index)
            transport.beginCall(
                stubs: call.scenario.webhooks.isEmpty ? nil : ScenarioTransport(call, unmapped: .notFound))
            let result = CallSimulator(call).run(transport: transport, recorder: recorder)
            state.add(LoadCallReport(result: result, exchanges: transport.exchanges))
            onCall?(index, result)
        }
    }
}

/// What the workers share: the next call's index and the running totals.
private final class LoadState: @unchecked Sendable {
    // @unchecked Sendable: every stored property is read and written only under `lock`.
    private let lock = NSLock()
    private var nextIndex = 0
    private var totals = LoadSummary()
    private let total: Int
    private let stop: LoadStop?

    init(total: Int, stop: LoadStop?) {
        self.total = total
        self.stop = stop
    }

    func next() -> Int? {
        lock.withLock {
            guard nextIndex < total, stop?.isRequested != true else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    func add(_ report: LoadCallReport) {
        lock.withLock { totals.add(report) }
    }

    var counts: (done: Int, failed: Int) {
        lock.withLock { (totals.calls, totals.failedCalls) }
    }

    var summary: LoadSummary { lock.withLock { totals } }
}

/// Asks a running load to stop starting calls (Ctrl-C): the calls under way finish and count.
public final class LoadStop: @unchecked Sendable {
    // @unchecked Sendable: `requested` is only read and written under `lock` (a signal handler's
    // queue sets it, the workers read it).
    private let lock = NSLock()
    private var requested = false

    public init() {}

    public func request() { lock.withLock { requested = true } }

    public var isRequested: Bool { lock.withLock { requested } }
}
