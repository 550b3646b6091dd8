import TeXMLGrammar

/// A media stream running on the call: the call's audio forked to a WebSocket. Nothing is sent
/// over the socket (the simulator has no WebSocket peer); the stream exists so that what depends
/// on it — Telnyx Call Control's 90045 "media streaming in use", the stream's status callbacks
/// and webhooks — happens when it would.
struct ActiveStream {
    /// `StreamSid` (Twilio `MZ…`, Telnyx a UUID); Call Control's `stream_id`.
    var sid: String
    /// `<Stream name>`: the handle `<Stop><Stream>` uses.
    var name: String?
    /// The WebSocket address (`<Stream url>`, Call Control `stream_url`); nil for a Call Control
    /// stream to Dialogflow alone.
    var url: String?
    /// `inbound_track`, `outbound_track` or `both_tracks`.
    var track: String
    var started: SimTime
    var origin: Origin
    /// `<Stream statusCallback>` (resolved) and its method.
    var statusCallback: String?
    var statusCallbackMethod = "POST"
    /// Call Control: the latest `client_state` a command gave this stream, echoed by its webhooks.
    var clientState: String?

    enum Origin {
        /// `<Start><Stream>` in the flow.
        case startVerb
        /// Call Control `streaming_start`.
        case callControl
    }
}

/// The streams of one call.
struct StreamState {
    var active: [ActiveStream] = []
    /// Streams started so far: their identifiers are drawn from this count, so they are stable.
    var startedCount = 0
}

extension CallRun {
    // MARK: Lifecycle

    /// A stream identifier stable for the call, in the profile's ``IdentifierScheme/stream`` shape:
    /// Twilio's `MZ` + 32 hex digits, a UUID elsewhere (Telnyx's `stream_id`).
    mutating func nextStreamSid() -> String {
        streams.startedCount += 1
        let seed = "stream:\(callSid):\(streams.startedCount)"
        let format = ids.scheme.stream
        guard format != .uuid else { return Self.stableUUID(seed) }
        var generator = SeededGenerator(seed: stableHash(seed))
        return IdentifierFactory.make(format, &generator)
    }

    /// Starts a stream now: traced as `stream.started`, its `stream-started` status callback
    /// sent when it has one.
    mutating func startStream(_ stream: ActiveStream) {
        streams.active.append(stream)
        var fields: [(String, TraceValue)] = [
            ("StreamSid", .string(stream.sid)),
            ("source", .string(stream.origin == .startVerb ? "Stream" : "call_control")),
        ]
        if let name = stream.name { fields.append(("name", .string(name))) }
        if let url = stream.url { fields.append(("url", .string(url))) }
        fields.append(("track", .string(stream.track)))
        emit("stream.started", fields)
        streamStatusCallback("stream-started", stream)
    }

    /// Stops the stream at `index` now: traced as `stream.stopped` with how long it ran, its
    /// `stream-stopped` status callback sent when it has one.
    @discardableResult
    mutating func stopStream(at index: Int, reason: String) -> ActiveStream {
        let stream = streams.active.remove(at: index)
        emit(
            "stream.stopped",
            [
                ("StreamSid", .string(stream.sid)), ("reason", .string(reason)),
                ("streamed", .string((now - stream.started).secondsText)),
            ])
        streamStatusCallback("stream-stopped", stream)
        if stream.origin == .callControl { callControlStreamStopped(stream) }
        return stream
    }

    /// Every stream still running ends with the call.
    mutating func stopAllStreams(reason: String) {
        while !streams.active.isEmpty { stopStream(at: 0, reason: reason) }
    }

    /// `<Stream statusCallback>`: `StreamEvent` `stream-started` | `stream-stopped` with
    /// `AccountSid`, `CallSid` (Telnyx also `CallSidLegacy`), `StreamSid`, `StreamName` (the
    /// name, else the SID: inferred) and `Timestamp` (ISO 8601), as the platforms document them.
    /// The platform does not wait for the answer.
    mutating func streamStatusCallback(_ event: String, _ stream: ActiveStream) {
        guard let url = stream.statusCallback else { return }
        var parameters: [(String, String)] = [("AccountSid", accountSid), ("CallSid", callSid)]
        if callbacks.legParameters == .telnyx { parameters.append(("CallSidLegacy", callSid)) }
        parameters += [
            ("StreamEvent", event), ("StreamName", stream.name ?? stream.sid), ("StreamSid", stream.sid),
            ("Timestamp", iso8601(now)),
        ]
        sendWithoutWaiting(
            Fetch(
                purpose: "streamStatusCallback", url: url, method: stream.statusCallbackMethod,
                parameters: parameters, includesCallParameters: false),
            exclude: [])
    }

    // MARK: <Start><Stream> and <Stop><Stream>

    /// `<Start><Stream>`: starts a stream to `url` and goes on at once. A stream without a `url`,
    /// or with the name of a running stream, is not started (a warning says so).
    mutating func startStreamVerb(_ element: StreamElement, outcome: inout [(String, TraceValue)]) {
        let intent = lowering.stream(element)
        let location: [(String, TraceValue)] = [
            ("line", .int(intent.range.start.line)), ("column", .int(intent.range.start.column)),
        ]
        guard let url = intent.url else {
            emitWarning(code: nil, "<Start><Stream> has no url: no stream is started", location)
            return
        }
        if let name = intent.name, streams.active.contains(where: { $0.name == name }) {
            emitWarning(
                code: nil, "a stream named '\(name)' is already running on this call: the second is not started",
                location)
            return
        }
        var stream = ActiveStream(
            sid: nextStreamSid(), name: intent.name, url: url, track: intent.track, started: now, origin: .startVerb)
        if let callback = intent.statusCallback {
            stream.statusCallback = callback
            stream.statusCallbackMethod = intent.statusCallbackMethod
        }
        startStream(stream)
        outcome.append(("StreamSid", .string(stream.sid)))
    }

    /// `<Stop><Stream>`: stops the stream with that name; without a name, every stream
    /// `<Start><Stream>` began (as `<Stop><Recording>` does; inferred). Nothing to stop: a warning.
    mutating func stopStreamVerb(_ element: StreamElement, outcome: inout [(String, TraceValue)]) {
        let wanted = lowering.stream(element).name
        let targets = streams.active.filter { stream in
            wanted.map { stream.name == $0 } ?? (stream.origin == .startVerb)
        }
        if targets.isEmpty {
            emitWarning(
                code: nil,
                wanted.map { "no stream named '\($0)' is running: <Stop><Stream> does nothing" }
                    ?? "no <Start><Stream> is running: <Stop><Stream> does nothing",
                [("line", .int(element.range.start.line)), ("column", .int(element.range.start.column))])
        }
        for target in targets {
            guard let index = streams.active.firstIndex(where: { $0.sid == target.sid }) else { continue }
            stopStream(at: index, reason: "stop-verb")
            outcome.append(("StreamSid", .string(target.sid)))
        }
    }
}
