import TeXMLRecorder
public import TeXMLSimulator

/// Builds a ``CallReport`` from a call's typed trace and the recordings a ``WaveformCapture``
/// kept.
public struct ReportBuilder {
    public var title: String
    public var source: String
    public var dialect: String
    /// The recordings' renders, by name; nil draws recordings without waveforms.
    public var capture: WaveformCapture?
    /// Where a recording's file is, relative to the report, given its file name; nil when no
    /// file was written (a player needs one).
    public var audioPath: @Sendable (String) -> String?

    public init(
        title: String, source: String, dialect: String, capture: WaveformCapture?,
        audioPath: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.title = title
        self.source = source
        self.dialect = dialect
        self.capture = capture
        self.audioPath = audioPath
    }

    /// The report of the call `result`.
    public func build(_ result: SimulationResult) -> CallReport {
        var state = BuildState()
        for event in result.events { state.add(event, capture: capture, audioPath: audioPath) }
        var end = max(result.outcome.duration.milliseconds, result.events.last?.time.milliseconds ?? 0)
        state.close(at: end)
        // Speech the caller had scripted past a hang-up still shows whole: the axis covers it.
        end = max(end, state.items.lazy.map { $0.end ?? $0.start }.max() ?? 0)
        return CallReport(
            title: title, source: source, dialect: dialect,
            outcome: .init(
                status: result.outcome.status.rawValue, reason: result.outcome.reason.rawValue,
                hadError: result.outcome.hadError),
            duration: end, strings: state.strings.values, items: state.items, recordings: state.recordings,
            problems: state.problems)
    }
}

/// Interns strings: each distinct text once, referred to by index.
struct StringTable {
    private(set) var values: [String] = []
    private var indices: [String: Int] = [:]

    mutating func callAsFunction(_ text: String) -> Int {
        if let index = indices[text] { return index }
        values.append(text)
        indices[text] = values.count - 1
        return values.count - 1
    }
}

/// The trace walked once: open spans wait on stacks for the event that closes them.
private struct BuildState {
    var strings = StringTable()
    var items: [CallReport.Item] = []
    var recordings: [CallReport.RecordingView] = []
    var problems: [Int] = []
    /// Open verbs, innermost last: (item index, place).
    var openVerbs: [(Int, String)] = []
    /// Every verb item by place, latest last, for problems that name one.
    var verbsByPlace: [String: Int] = [:]
    /// The latest verb started: what an error after its end (its action failed) is about.
    var lastVerb: Int?
    /// Requests waiting for their answer.
    var pendingRequests: [Int] = []
    /// Recording bars still running, by SID.
    var openRecordings: [String: Int] = [:]
    var recordingNames: [String: String] = [:]
    var openStreams: [String: Int] = [:]
    var stopReasons: [String: String] = [:]

    mutating func item(
        _ kind: ItemKind, _ time: SimTime, end: Int64? = nil, label: String, place: String? = nil,
        fields: [(String, String)] = [], parameters: [(String, String)] = []
    ) -> Int {
        items.append(
            CallReport.Item(
                kind: kind, start: time.milliseconds, end: end, label: strings(label), place: place.map { strings($0) },
                depth: kind == .verb ? openVerbs.count : 0, fields: flatten(fields), parameters: flatten(parameters),
                link: nil, recording: nil, severity: nil))
        return items.count - 1
    }

    mutating func flatten(_ pairs: [(String, String)]) -> [Int] {
        var flat: [Int] = []
        flat.reserveCapacity(pairs.count * 2)
        for (name, value) in pairs {
            flat.append(strings(name))
            flat.append(strings(value))
        }
        return flat
    }

    /// The event's fields as text, parameters apart.
    static func texts(_ event: TraceEvent) -> (fields: [(String, String)], parameters: [(String, String)]) {
        var fields: [(String, String)] = []
        var parameters: [(String, String)] = []
        for (name, value) in event.fields {
            if case .parameters(let pairs) = value {
                if name == "params" { parameters = pairs } else { fields += pairs.map { ("\(name).\($0.0)", $0.1) } }
            } else {
                fields.append((name, value.text))
            }
        }
        return (fields, parameters)
    }

    mutating func add(_ event: TraceEvent, capture: WaveformCapture?, audioPath: (String) -> String?) {
        let time = event.time
        let end = { (duration: SimTime) in time.milliseconds + duration.milliseconds }
        let (fields, parameters) = Self.texts(event)
        switch event.payload {
        case .verbStarted(let verb):
            let place = "\(verb.place.document):\(verb.place.line):\(verb.place.column)"
            let index = item(.verb, time, label: "<\(verb.place.verb)>", place: place, fields: fields)
            openVerbs.append((index, place))
            verbsByPlace[place] = index
            lastVerb = index
        case .verbEnded(let verb):
            let place = "\(verb.place.document):\(verb.place.line):\(verb.place.column)"
            if let position = openVerbs.lastIndex(where: { $0.1 == place }) {
                let index = openVerbs[position].0
                items[index].end = time.milliseconds
                let outcome = Self.texts(event).fields.filter {
                    !["verb", "document", "line", "column"].contains($0.0)
                }
                items[index].fields += flatten(outcome.map { ("ended: " + $0.0, $0.1) })
                openVerbs.remove(at: position)
            }
        case .callerSpeech(let speech):
            _ = item(
                .callerSpeech, time, end: end(speech.duration), label: speech.transcript ?? "speech", fields: fields)
        case .callerDTMF(let key):
            _ = item(.callerDTMF, time, label: String(key.digit), fields: fields)
        case .callerHangup:
            _ = item(.callerHangup, time, label: "hangup", fields: fields)
        case .partySpeech(let speech):
            _ = item(
                .partySpeech, time, end: end(speech.duration), label: speech.transcript ?? "speech", fields: fields)
        case .partyDTMF(let key):
            _ = item(.partyDTMF, time, label: String(key.digit), fields: fields)
        case .partyRinging, .partyAnswered, .partyBusy, .partyFailed, .partyNoAnswer, .partyCanceled, .partyHangup,
            .dialStarted, .whisperStarted, .whisperEnded, .conferenceJoined, .conferenceLeft:
            _ = item(.party, time, label: event.name, fields: fields)
        case .recordBeep(let beep):
            _ = item(.beep, time, end: end(beep.duration), label: "beep", fields: fields)
        case .recordingStarted(let started):
            let index = item(.recording, time, label: started.recordingSid, fields: fields)
            openRecordings[started.recordingSid] = index
            recordingNames[started.recordingSid] = started.name ?? started.recordingSid
        case .recordingStopped(let stopped):
            stopReasons[stopped.recordingSid] = stopped.reason.rawValue
            if let index = openRecordings[stopped.recordingSid] {
                items[index].end = time.milliseconds
                items[index].fields += flatten([("stopped", stopped.reason.rawValue)] + fields.dropFirst())
                items[index].label = strings("\(stopped.recordingSid) · \(stopped.reason.rawValue)")
            }
        case .recordingCompleted(let completed):
            finishRecording(
                completed.recordingSid, status: "completed", file: completed.file, fields: fields, capture: capture,
                audioPath: audioPath)
        case .recordingAbsent(let absent):
            finishRecording(
                absent.recordingSid, status: "absent: \(absent.reason)", file: nil, fields: fields, capture: capture,
                audioPath: audioPath)
        case .recordingPaused, .recordingResumed, .recordingUnchanged, .transcriptionCompleted, .kazooRecordCall:
            _ = item(.recording, time, label: event.name, fields: fields)
        case .streamStarted(let stream):
            openStreams[stream.streamSid] = item(.stream, time, label: "stream \(stream.streamSid)", fields: fields)
        case .streamStopped(let stream):
            if let index = openStreams.removeValue(forKey: stream.streamSid) {
                items[index].end = time.milliseconds
                items[index].fields += flatten(fields.map { ("stopped: " + $0.0, $0.1) })
            }
        case .httpRequest(let request):
            let label = "\(request.method) \(request.purpose)"
            pendingRequests.append(item(.webhook, time, label: label, fields: fields, parameters: parameters))
        case .httpResponse(let response):
            guard let index = pendingRequests.popLast() else {
                _ = item(.webhook, time, label: "response", fields: fields)
                return
            }
            let latency = time.milliseconds - items[index].start
            items[index].fields += flatten(
                fields.map { ("answer: " + $0.0, $0.1) } + [("latency", "\(latency) ms")])
            if response.status.map({ $0 >= 400 }) ?? true { items[index].severity = .error }
        case .apiRequest, .apiResponse, .apiNote, .apiIgnored:
            _ = item(.api, time, label: event.name, fields: fields, parameters: parameters)
        case .callStarted, .callAnswered, .callEnded:
            _ = item(.call, time, label: event.name, fields: fields)
        case .warning(let warning):
            problem(.warning, event, message: warning.message, fields: fields)
        case .error(let error):
            problem(.error, event, message: error.message, fields: fields)
        }
    }

    mutating func finishRecording(
        _ sid: String, status: String, file: String?, fields: [(String, String)], capture: WaveformCapture?,
        audioPath: (String) -> String?
    ) {
        let index = openRecordings.removeValue(forKey: sid)
        if let index { items[index].fields += flatten(fields.dropFirst().map { ($0.0, $0.1) } + [("status", status)]) }
        let captured = capture?.captured(recordingNames[sid] ?? sid)
        var segments: [CallReport.Segment] = []
        var offset: Int64 = 0
        for part in captured?.request.parts ?? [] {
            switch part {
            case .audio(let start, let end):
                segments.append(.init(start: start, end: end, offset: offset))
                offset += end - start
            case .silence(let milliseconds):
                offset += milliseconds
            }
        }
        let artifact = captured?.artifact
        let keptStart = artifact?.trimmedStart ?? 0
        let view = CallReport.RecordingView(
            sid: sid, status: status,
            stopReason: stopReasons[sid],
            segments: segments, keptStart: keptStart,
            keptEnd: artifact.map { keptStart + $0.durationMilliseconds } ?? offset,
            waveform: captured?.peaks, audio: file.flatMap(audioPath),
            channels: artifact?.channels ?? captured?.request.channels.count ?? 1,
            format: artifact?.format.rawValue ?? captured?.request.format.rawValue ?? "")
        recordings.append(view)
        if let index { items[index].recording = recordings.count - 1 }
    }

    mutating func problem(_ severity: Severity, _ event: TraceEvent, message: String, fields: [(String, String)]) {
        var place: String?
        if let document = event.string("document"), case .int(let line)? = event["line"] {
            let column: Int
            if case .int(let value)? = event["column"] { column = value } else { column = 0 }
            place = "\(document):\(line):\(column)"
        }
        let index = item(
            severity == .error ? .error : .warning, event.time, label: message, place: place, fields: fields)
        items[index].severity = severity
        // The verb it concerns: the one at the place it names, else the innermost verb running,
        // else the last one that ran (an action that failed once its verb was over).
        items[index].link = place.flatMap { verbsByPlace[$0] } ?? openVerbs.last?.0 ?? lastVerb
        if place == nil, let link = items[index].link { items[index].place = items[link].place }
        problems.append(index)
    }

    /// Ends what the trace left open (a verb cut by the end of the call) at the call's end.
    mutating func close(at end: Int64) {
        for (index, _) in openVerbs { items[index].end = end }
        for index in openRecordings.values { items[index].end = end }
        for index in openStreams.values { items[index].end = end }
        openVerbs = []
    }
}
