import TeXMLGrammar
public import TeXMLRecorder
import TeXMLSyntax

/// How a simulated call ended.
public struct CallOutcome: Sendable, Hashable {
    /// The final `CallStatus`: completed, busy, no-answer, failed, canceled.
    public var status: CallStatus
    /// Why it ended: `document-end`, `hangup-verb`, `caller-hangup`, `rejected`, `error`, `limit`, …
    public var reason: CallEndReason
    /// Virtual time at the end.
    public var duration: SimTime
    /// Whether the platform reported an error (an `error` event).
    public var hadError: Bool
}

/// The result of one simulated call: its trace, how it ended and the recordings it made.
public struct SimulationResult: Sendable {
    public var events: [TraceEvent]
    public var outcome: CallOutcome
    /// Every recording of the call in the order it ended, kept or absent.
    public var recordings: [RecordingResult] = []
    /// The recordings the recorder failed to render or store, in the order they failed.
    public var recorderFailures: [RecorderFailure] = []

    /// The recorder failures the scenario's `expected_warnings` does not name.
    public func unexpectedRecorderFailures(_ scenario: Scenario) -> [RecorderFailure] {
        recorderFailures.filter { !$0.isExpected(by: scenario.expectedWarnings) }
    }

    /// The trace as JSON Lines, one event per line.
    public var jsonLines: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(events.count * 160)
        for event in events {
            event.appendJSON(to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Runs one call of a scenario against its flow on a virtual clock.
///
///     let result = CallSimulator(loaded).run()
///     print(result.jsonLines)
public struct CallSimulator: Sendable {
    public var loaded: LoadedScenario
    public var behaviour: PlatformBehaviour
    /// How `<Say>` and the scripts' `says:` sound and how long they last: the synthetic voice by default.
    public var speech: any SpeechVoice

    public init(
        _ loaded: LoadedScenario, behaviour: PlatformBehaviour? = nil, speech: any SpeechVoice = SyntheticVoice()
    ) {
        self.loaded = loaded
        var behaviour = behaviour ?? PlatformBehaviour.of(loaded.dialect).applying(loaded.scenario.settings)
        if let origin = loaded.scenario.live?.apiOrigin { behaviour.serveAPI(at: origin) }
        self.behaviour = behaviour
        self.speech = speech
    }

    /// The account the call belongs to: the scenario's `call.account_sid`, else the one its seed
    /// gives (what a live REST server authenticates and routes by).
    public var accountSid: String {
        var ids = IdentifierFactory(dialect: behaviour.dialect, seed: loaded.scenario.seed)
        return loaded.scenario.call.accountSid ?? ids.accountSid()
    }

    /// Simulates the call with the scenario's webhooks, or with `transport` when given.
    /// Recordings are rendered by `recorder`: by default measured in memory, no files written.
    /// A `pacer` runs the clock at its pace and brings in a live application's commands;
    /// `watcher` is told of each trace event as it is written.
    public func run(
        transport: (any WebhookTransport)? = nil, recorder: any RecorderBackend = MeasuringRecorder(),
        pacer: (any CallPacer)? = nil, watcher: ((TraceEvent) -> Void)? = nil
    ) -> SimulationResult {
        let transport = transport ?? ScenarioTransport(loaded, unmapped: behaviour.calls.unmappedWebhook)
        // The synthetic voice renders no text: nil keeps its path free of voice calls.
        let voice: (any SpeechVoice)? = speech is SyntheticVoice ? nil : speech
        let spoken = ScriptSpeech.prepare(loaded, voice: voice, wordsPerMinute: behaviour.calls.wordsPerMinute)
        var run = CallRun(
            loaded: spoken.loaded, behaviour: behaviour, transport: transport, recorder: recorder, speech: voice,
            pacer: pacer)
        run.trace.watcher = watcher
        run.pendingSpeechWarnings = spoken.warnings
        return run.execute()
    }
}

/// A document being executed: where it came from and its verbs.
struct LoadedDocument {
    var url: String
    /// The file it came from, else its URL: how the trace names it.
    var name: String
    var document: Document
}

/// Why the call is over.
enum EndReason: Equatable {
    case documentEnd
    case hangupVerb
    case apiHangup
    case rejected(status: CallStatus)
    case callerHangup
    case error
    /// One of the simulation's own limits: the call did not really end.
    case limit
    case redirectLoop
    case maxDuration

    var name: CallEndReason {
        switch self {
        case .documentEnd: .documentEnd
        case .hangupVerb: .hangupVerb
        case .apiHangup: .apiHangup
        case .rejected: .rejected
        case .callerHangup: .callerHangup
        case .error: .error
        case .limit: .limit
        case .redirectLoop: .redirectLoop
        case .maxDuration: .maxDuration
        }
    }
}

/// What the interpreter does after a verb.
enum Flow {
    case next
    /// Fetch a new document and run it.
    case fetch(Fetch)
    /// Send a request whose answer cannot run (the caller is gone), then end.
    case notifyThenEnd(Fetch, EndReason)
    case end(EndReason)
}

/// A request that navigates: its purpose, target and the verb's own parameters.
struct Fetch {
    var purpose: String
    var url: String
    var method: String
    var parameters: [(String, String)]
    /// A JSON document or a file sent as the body instead of form parameters.
    var body: RequestBody? = nil
    /// Whether the call's standard parameters go with the request's own.
    var includesCallParameters = true
}

/// What woke the interpreter.
enum Wake {
    case deadline
    case caller(ScriptEvent)
    /// Something the named party (a bridged leg or a conference participant) did.
    case party(String, ScriptEvent)
    case callLimit
    /// An API command replaced the call's instructions or hung it up (``CallProgress/update``):
    /// the running verb stops now and the call goes on with the update.
    case replaced
}

/// A leg other than the caller whose script runs: the bridged party or a conference participant.
struct OtherLeg {
    var name: String
    var cursor: ScriptCursor
}

/// A document's bytes as a dictionary key, hashed in one pass (an `[UInt8]` key feeds the
/// hasher one byte at a time).
struct DocumentBytes: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
