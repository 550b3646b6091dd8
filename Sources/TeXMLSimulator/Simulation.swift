import TeXMLGrammar
public import TeXMLRecorder
import TeXMLSyntax

/// How a simulated call ended.
public struct CallOutcome: Sendable, Hashable {
    /// The final `CallStatus`: completed, busy, no-answer, failed, canceled.
    public var status: String
    /// Why it ended: `document-end`, `hangup-verb`, `caller-hangup`, `rejected`, `error`, `limit`, …
    public var reason: String
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

    public init(_ loaded: LoadedScenario, behaviour: PlatformBehaviour? = nil) {
        self.loaded = loaded
        self.behaviour = behaviour ?? PlatformBehaviour.of(loaded.dialect).applying(loaded.scenario.settings)
    }

    /// Simulates the call with the scenario's webhooks, or with `transport` when given.
    /// Recordings are rendered by `recorder`: by default measured in memory, no files written.
    public func run(
        transport: (any WebhookTransport)? = nil, recorder: any RecorderBackend = MeasuringRecorder()
    ) -> SimulationResult {
        let transport = transport ?? ScenarioTransport(loaded, unmapped: behaviour.unmappedWebhook)
        var run = CallRun(loaded: loaded, behaviour: behaviour, transport: transport, recorder: recorder)
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
    case rejected(status: String)
    case callerHangup
    case error
    case limit(String)

    var name: String {
        switch self {
        case .documentEnd: "document-end"
        case .hangupVerb: "hangup-verb"
        case .rejected: "rejected"
        case .callerHangup: "caller-hangup"
        case .error: "error"
        case .limit(let which): which
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
}

/// A leg other than the caller whose script runs: the bridged party or a conference participant.
struct OtherLeg {
    var name: String
    var cursor: ScriptCursor
}

/// The mutable state of one call. One instance per run, never shared.
struct CallRun {
    let loaded: LoadedScenario
    let behaviour: PlatformBehaviour
    let transport: any WebhookTransport
    let recorder: any RecorderBackend
    /// The rule set the call follows: SignalWire's cXML runs as TwiML except where
    /// `behaviour` says otherwise. `behaviour.dialect` is the document's own dialect.
    var dialect: DialectFamily { behaviour.dialect.family }
    var scenario: Scenario { loaded.scenario }

    var now = SimTime.zero
    var events: [TraceEvent] = []
    var ids: IdentifierFactory
    let accountSid: String
    let callSid: String
    let connectionId: String
    var answered = false
    var callStatus = "ringing"
    var caller: ScriptCursor
    /// The bridged party, or the conference's other participants.
    var others: [OtherLeg] = []
    /// When the caller's current or last speech ends.
    var callerSpeechEnd = SimTime.zero
    var callerHungUp = false
    var hadError = false
    var document: LoadedDocument?
    var verbCount = 0
    var fetchCount = 0
    var fetchesWithoutProgress = 0
    var lastFetchTime = SimTime(milliseconds: -1)
    var documentCache: [DocumentBytes: (ValidationResult, Document?)] = [:]
    var unknownMediaReported: Set<String> = []
    /// Everything audible on the parent leg so far: what recordings are cut from.
    var audio = CallAudio()
    /// When the last sound on each track ends (silence timers of background recordings).
    var lastSound: [Track: SimTime] = [:]
    /// Background recordings in progress, in the order they started.
    var recordings: [ActiveRecording] = []
    var finishedRecordings: [RecordingResult] = []
    var recorderFailures: [RecorderFailure] = []
    /// Recordings an API asked for that start when something happens.
    var pendingRecordings: [PendingRecording] = []
    /// File names recordings of this call have taken: custom names stay unique.
    var usedFileNames: Set<String> = []
    /// The scenario's API commands not sent yet.
    var apiQueue: [ScheduledCommand]
    /// The recording each API started last: `{RecordingSid}` in later commands.
    var lastAPIRecordingSid: [APICommand.Platform: String] = [:]
    /// Set once `call.ended` is traced: API commands after it find the call gone.
    var callEnded = false
    var callControl = CallControlState()
    var texmlREST = TeXMLRESTState()
    var telapi = TelAPIState()
    var kazoo = KazooState()
    var streams = StreamState()

    init(
        loaded: LoadedScenario, behaviour: PlatformBehaviour, transport: any WebhookTransport,
        recorder: any RecorderBackend
    ) {
        self.loaded = loaded
        self.behaviour = behaviour
        self.transport = transport
        self.recorder = recorder
        var ids = IdentifierFactory(dialect: behaviour.dialect, seed: loaded.scenario.seed)
        accountSid = loaded.scenario.call.accountSid ?? ids.accountSid()
        connectionId = ids.connectionId()
        callSid = ids.callSid()
        self.ids = ids
        caller = ScriptCursor(steps: loaded.scenario.caller, start: .zero)
        apiQueue = Self.initialSchedule(loaded.scenario)
    }

    var callDeadline: SimTime { scenario.limits.maxCallDuration }

    // MARK: Trace

    mutating func emit(_ name: String, _ fields: [(String, TraceValue)] = []) {
        events.append(TraceEvent(time: now, name: name, fields: fields))
    }

    mutating func emitError(code: Int?, _ message: String, _ extra: [(String, TraceValue)] = []) {
        hadError = true
        var fields: [(String, TraceValue)] = []
        if let code { fields.append(("code", .int(code))) }
        fields.append(("message", .string(message)))
        emit("error", fields + extra)
    }

    mutating func emitWarning(code: Int?, _ message: String, _ extra: [(String, TraceValue)] = []) {
        var fields: [(String, TraceValue)] = []
        if let code { fields.append(("code", .int(code))) }
        fields.append(("message", .string(message)))
        emit("warning", fields + extra)
    }

    // MARK: Clock

    /// Advances the clock to `deadline` or to the next caller or party event, whichever comes
    /// first, and traces that event. Ties go to the caller, then the party, then the deadline.
    ///
    /// Background recordings that reach their own limit (maximum length, silence) on the way
    /// stop at that moment; the wait goes on.
    mutating func wait(until deadline: SimTime?) -> Wake {
        while true {
            let limit = callDeadline
            let callerEvent = callerHungUp ? nil : caller.peek()
            var partyEvent: (index: Int, event: ScriptEvent)?
            for index in others.indices {
                guard let event = others[index].cursor.peek() else { continue }
                if partyEvent.map({ event.time < $0.event.time }) ?? true { partyEvent = (index, event) }
            }
            var target = min(deadline ?? limit, limit)
            let nextStop = nextRecordingStop()
            // A recording that stops by itself before a command is due stops first; at the same
            // instant too, so a command finds the recording as its time limit left it.
            if let command = nextCommand(),
                command.due <= min(target, callerEvent?.time ?? target, partyEvent?.event.time ?? target),
                nextStop.map({ command.due < $0.moment }) ?? true
            {
                now = max(now, command.due)
                issueCommand(slot: command.slot)
                continue
            }
            if let stop = nextStop,
                stop.moment <= min(target, callerEvent?.time ?? target, partyEvent?.event.time ?? target)
            {
                now = max(now, stop.moment)
                stopRecording(at: stop.index, reason: stop.reason)
                continue
            }
            if let event = callerEvent, event.time <= target {
                target = max(event.time, now)
                if partyEvent.map({ $0.event.time < event.time }) != true {
                    now = target
                    caller.consume()
                    traceCaller(event)
                    return .caller(event)
                }
            }
            if let (index, event) = partyEvent, event.time <= target {
                now = max(event.time, now)
                others[index].cursor.consume()
                let name = others[index].name
                traceParty(name, event)
                return .party(name, event)
            }
            now = max(now, target)
            if target == limit, deadline.map({ $0 >= limit }) ?? true { return .callLimit }
            return .deadline
        }
    }

    /// Lets time pass until `moment`, tracing what the caller does meanwhile. Returns false if
    /// the caller hung up or the call hit its time limit on the way.
    mutating func pass(until moment: SimTime) -> Bool {
        while true {
            switch wait(until: moment) {
            case .deadline: return true
            case .caller(.hangup): return false
            case .callLimit: return false
            case .caller, .party: continue
            }
        }
    }

    mutating func traceCaller(_ event: ScriptEvent) {
        hear(event, on: .inbound, voice: stableHash("caller"))
        switch event {
        case .speech(let start, let duration, let transcript, _):
            callerSpeechEnd = max(callerSpeechEnd, start + duration)
            var fields: [(String, TraceValue)] = [("duration", .string(duration.secondsText))]
            if let transcript { fields.append(("transcript", .string(transcript))) }
            emit("caller.speech", fields)
        case .dtmf(let key, _):
            emit("caller.dtmf", [("digit", .string(String(key)))])
        case .hangup:
            callerHungUp = true
            emit("caller.hangup")
        }
    }

    mutating func traceParty(_ name: String, _ event: ScriptEvent) {
        // Once bridged, the other party's voice is what the platform sends to the caller.
        hear(event, on: .outbound, voice: stableHash("party:" + name))
        emitPartyEvent(name, event)
    }

    /// `party.speech`, `party.dtmf` or `party.hangup` for what party `name` did: bridged, or
    /// hearing a whisper document.
    mutating func emitPartyEvent(_ name: String, _ event: ScriptEvent) {
        let who: (String, TraceValue) = ("party", .string(name))
        switch event {
        case .speech(_, let duration, let transcript, _):
            var fields: [(String, TraceValue)] = [who, ("duration", .string(duration.secondsText))]
            if let transcript { fields.append(("transcript", .string(transcript))) }
            emit("party.speech", fields)
        case .dtmf(let key, _):
            emit("party.dtmf", [who, ("digit", .string(String(key)))])
        case .hangup:
            emit("party.hangup", [who])
        }
    }

    mutating func signal(_ trigger: Trigger) {
        scheduleCommands(on: trigger)
        caller.signal(trigger, at: now)
        for index in others.indices { others[index].cursor.signal(trigger, at: now) }
    }

    // MARK: Requests

    /// The parameters every request about this call carries.
    func standardParameters() -> [(String, String)] {
        let direction = scenario.call.direction.parameter(dialect)
        switch dialect {
        case .twiml:
            return [
                ("AccountSid", accountSid), ("ApiVersion", behaviour.apiVersion ?? "2010-04-01"),
                ("CallSid", callSid), ("CallStatus", callStatus), ("Called", scenario.call.to),
                ("Caller", scenario.call.from), ("Direction", direction), ("From", scenario.call.from),
                ("To", scenario.call.to),
            ]
        case .texml:
            return [
                ("AccountSid", accountSid), ("CallSid", callSid), ("CallSidLegacy", callSid),
                ("CallStatus", callStatus), ("ConnectionId", connectionId), ("Direction", direction),
                ("From", scenario.call.from), ("To", scenario.call.to),
            ]
        }
    }

    /// Builds a request (the standard parameters but `excluded`, then the verb's own, sorted),
    /// traces it as `http.request` and sends it.
    mutating func request(_ fetch: Fetch, excluding excluded: Set<String> = []) -> (WebhookRequest, WebhookResponse) {
        var merged: [String: String] = [:]
        if fetch.includesCallParameters {
            for (name, value) in standardParameters() where !excluded.contains(name) { merged[name] = value }
        }
        for (name, value) in fetch.parameters { merged[name] = value }
        let parameters = merged.sorted { $0.key < $1.key }.map {
            WebhookRequest.Parameter(name: $0.key, value: $0.value)
        }
        var request = WebhookRequest(
            purpose: fetch.purpose, method: fetch.method, url: fetch.url, parameters: parameters)
        request.body = fetch.body
        var fields: [(String, TraceValue)] = [
            ("purpose", .string(fetch.purpose)), ("method", .string(fetch.method)),
            ("url", .string(request.wireURL)),
        ]
        if !parameters.isEmpty || fetch.body == nil {
            fields.append(("params", .parameters(parameters.map { ($0.name, $0.value) })))
        }
        switch fetch.body {
        case .json(let document)?:
            fields.append(("body", .json(document)))
        case .media(let file, let contentType, let bytes)?:
            fields.append(("file", .string(file)))
            fields.append(("content_type", .string(contentType)))
            if let bytes { fields.append(("bytes", .int(bytes))) }
        case nil:
            break
        }
        emit("http.request", fields)
        return (request, transport.send(request, timeout: behaviour.httpTimeout))
    }

    /// Sends one request and traces it and its answer; time passes by the answer's latency.
    mutating func send(_ fetch: Fetch) -> WebhookResponse {
        let (request, response) = request(fetch)
        if response.latency > .zero {
            if callStatus == "completed" || callerHungUp {
                now += response.latency
            } else {
                _ = pass(until: now + response.latency)
            }
        }
        var fields: [(String, TraceValue)] = []
        if let status = response.status {
            fields.append(("status", .int(status)))
        } else {
            fields.append(("status", .string("timeout")))
        }
        fields.append(("url", .string(request.wireURL)))
        if let type = response.contentType { fields.append(("content_type", .string(type))) }
        fields.append(("bytes", .int(response.body.count)))
        if let source = response.source { fields.append(("body", .string(source))) }
        if response.unmapped { fields.append(("unmapped", .bool(true))) }
        emit("http.response", fields)
        if response.unmapped {
            switch behaviour.unmappedWebhook {
            case .emptyResponse:
                emitWarning(
                    code: nil,
                    "no webhooks entry for \(request.url); the simulated application answered an empty <Response/>",
                    [("url", .string(request.url))])
            case .notFound:
                break
            }
        }
        return response
    }

    /// Fetches a document and makes it current. Returns the reason to end the call if it cannot run.
    mutating func load(_ fetch: Fetch) -> EndReason? {
        fetchCount += 1
        if fetchCount > scenario.limits.maxFetches {
            emitError(
                code: nil, "more than \(scenario.limits.maxFetches) documents fetched in one call",
                [("limit", .string("max_fetches"))])
            return .limit("limit")
        }
        if now == lastFetchTime {
            fetchesWithoutProgress += 1
            // `fetchesWithoutProgress` requests already sent at this instant; this one would exceed the limit.
            if fetchesWithoutProgress + 1 > scenario.limits.maxFetchesWithoutProgress {
                emitError(
                    code: nil,
                    "redirect loop: \(fetchesWithoutProgress) documents fetched without the call moving on",
                    [("limit", .string("max_fetches_without_progress"))])
                return .limit("redirect-loop")
            }
        } else {
            fetchesWithoutProgress = 0
            lastFetchTime = now
        }
        let response = send(fetch)
        if callerHungUp { return .callerHangup }
        guard let status = response.status else {
            emitError(
                code: 11200,
                "HTTP retrieval failure: \(fetch.url) did not answer within \(behaviour.httpTimeout)",
                [("url", .string(fetch.url))])
            return .error
        }
        guard (200..<300).contains(status) else {
            emitError(
                code: 11200, "HTTP retrieval failure: \(fetch.url) answered \(status)", [("url", .string(fetch.url))])
            return .error
        }
        let body = response.body
        if body.allSatisfy(\.isXMLSpace) {
            emitError(
                code: 12100, "document parse failure: \(fetch.url) answered \(status) with an empty body",
                [("url", .string(fetch.url))])
            return .error
        }
        let result: ValidationResult
        let typed: Document?
        if let cached = documentCache[DocumentBytes(body)] {
            (result, typed) = cached
        } else {
            result = Validator(dialect: behaviour.dialect).validate(body)
            // The typed document is built on access; build it once per content.
            typed = result.document
            documentCache[DocumentBytes(body)] = (result, typed)
        }
        let source = response.source ?? fetch.url
        // The platform's effect decides, not the author-facing severity: a value it ignores is
        // an error to `validate` and a warning event here, with the call going on.
        for diagnostic in result.diagnostics where diagnostic.effect != .failsCall {
            emitWarning(
                code: diagnostic.platformCode, diagnostic.message,
                [
                    ("id", .string(diagnostic.id.rawValue)), ("document", .string(source)),
                    ("line", .int(diagnostic.range.start.line)), ("column", .int(diagnostic.range.start.column)),
                ])
        }
        guard let document = typed else {
            let first = result.diagnostics.first { $0.effect == .failsCall }
            // The diagnostic's own platform code when it has one (12100 for a wrong root),
            // else 12100 for documents that are not well-formed and 12200 for grammar errors.
            let syntactic = first?.platformCode.map { $0 == 12100 } ?? (result.syntax.root == nil)
            var extra: [(String, TraceValue)] = [("document", .string(source))]
            if let first {
                extra.append(("id", .string(first.id.rawValue)))
                extra.append(("line", .int(first.range.start.line)))
                extra.append(("column", .int(first.range.start.column)))
            }
            let count = result.diagnostics.filter { $0.effect == .failsCall }.count
            let summary = first.map { ": " + $0.message } ?? ""
            if syntactic {
                emitError(code: 12100, "document parse failure" + summary, extra)
            } else {
                // The value's own code when it has one (11100 for a malformed URL), else 12200.
                emitError(
                    code: first?.platformCode ?? 12200,
                    "schema validation error" + summary + (count > 1 ? " (and \(count - 1) more)" : ""), extra)
            }
            return .error
        }
        self.document = LoadedDocument(url: URLResolution.withoutQuery(fetch.url), name: source, document: document)
        return nil
    }

    /// Resolves a URL written in the current document.
    func resolve(_ reference: String) -> String {
        URLResolution.resolve(reference.trimmingXMLSpace(), against: document?.url ?? scenario.flowURL)
    }

    // MARK: The call

    mutating func execute() -> SimulationResult {
        emit(
            "call.started",
            [
                ("CallSid", .string(callSid)), ("From", .string(scenario.call.from)),
                ("To", .string(scenario.call.to)), ("Direction", .string(scenario.call.direction.parameter(dialect))),
                ("dialect", .string(behaviour.dialect.rawValue)),
            ])
        var reason: EndReason
        if let failure = load(
            Fetch(purpose: "voice", url: scenario.flowURL, method: scenario.call.method, parameters: []))
        {
            reason = failure
        } else {
            reason = runDocuments()
        }
        return finish(reason)
    }

    /// Runs verbs until the call ends.
    mutating func runDocuments() -> EndReason {
        var index = 0
        while true {
            // What the caller did before now happened before the next verb; what they do at
            // this very moment reaches the verb (a key pressed as a <Gather> starts counts).
            // Traced at `now`, so the trace stays in time order.
            while !callerHungUp, let event = caller.peek(), event.time < now {
                caller.consume()
                traceCaller(event)
            }
            if callerHungUp { return .callerHangup }
            if now >= callDeadline { return limitReached() }
            guard let current = document else { return .error }
            let verbs = current.document.verbs
            guard index < verbs.count else { return .documentEnd }
            let verb = verbs[index]
            index += 1
            verbCount += 1
            if verbCount > scenario.limits.maxVerbs {
                emitError(
                    code: nil, "more than \(scenario.limits.maxVerbs) verbs executed in one call",
                    [("limit", .string("max_verbs"))])
                return .limit("limit")
            }
            if !answered, verb.name != "Reject" { answer() }
            let flow = run(verb)
            switch flow {
            case .next:
                continue
            case .end(let reason):
                return reason
            case .fetch(let fetch):
                if let failure = load(fetch) { return failure }
                index = 0
            case .notifyThenEnd(let fetch, let reason):
                callStatus = "completed"
                _ = send(fetch)
                return reason
            }
        }
    }

    mutating func limitReached() -> EndReason {
        emitError(
            code: nil, "the call reached its maximum duration of \(scenario.limits.maxCallDuration)",
            [("limit", .string("max_call_duration"))])
        return .limit("max-duration")
    }

    mutating func answer() {
        answered = true
        callStatus = "in-progress"
        emit("call.answered")
        signal(.answer)
    }

    /// Ends the call: the final status, `call.ended` and the status callback.
    mutating func finish(_ reason: EndReason) -> SimulationResult {
        let status: String
        switch reason {
        case .rejected(let rejectedStatus): status = rejectedStatus
        default: status = answered ? "completed" : (reason == .callerHangup ? "canceled" : "failed")
        }
        callStatus = status
        callEnded = true
        let duration = now
        emit(
            "call.ended",
            [
                ("reason", .string(reason.name)), ("CallStatus", .string(status)),
                ("CallDuration", .int(answered ? now.wholeSecondsRoundedUp : 0)),
            ])
        // Background recordings end with the call. A call cut short by one of the simulation's
        // own limits did not really end: its recordings are reported interrupted, not kept.
        let interrupted: Bool
        switch reason {
        case .limit(let which): interrupted = which != "max-duration"
        default: interrupted = false
        }
        while !recordings.isEmpty {
            stopRecording(
                at: 0, reason: interrupted ? "simulation-ended" : "call-ended",
                interruption: interrupted
                    ? "the simulation stopped the call (\(reason.name)) during the recording" : nil)
        }
        stopAllStreams(reason: interrupted ? "simulation-ended" : "call-ended")
        if let callback = scenario.call.statusCallback {
            let url = URLResolution.resolve(callback, against: scenario.flowURL)
            _ = send(
                Fetch(
                    purpose: "statusCallback", url: url, method: scenario.call.statusCallbackMethod,
                    parameters: [("CallDuration", String(answered ? now.wholeSecondsRoundedUp : 0))]))
        }
        for pending in pendingRecordings {
            emitWarning(
                code: nil,
                "recording \(pending.recording.sid) never started: it waited for \(pending.trigger.rawValue), which did not happen",
                [("RecordingSid", .string(pending.recording.sid))])
        }
        pendingRecordings.removeAll()
        issueLateCommands()
        let outcome = CallOutcome(status: status, reason: reason.name, duration: duration, hadError: hadError)
        return SimulationResult(
            events: events, outcome: outcome, recordings: finishedRecordings, recorderFailures: recorderFailures)
    }
}

extension String {
    func trimmingXMLSpace() -> String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !$0.isXMLSpace }),
            let last = bytes.lastIndex(where: { !$0.isXMLSpace })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
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
