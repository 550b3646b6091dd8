import TeXMLGrammar
import TeXMLRecorder
import TeXMLSupport

/// What the TwiML-style REST API remembers about a call.
struct TeXMLRESTState {
    /// Twilio's `PauseBehavior` of each paused recording, applied when it resumes.
    var pauseBehaviors: [String: PauseBehavior] = [:]
    /// Recordings deleted through the API: gone from lists, fetches and media.
    var deleted: Set<String> = []
}

/// An error of the TwiML-style REST API in the call's platform's shape: Twilio's
/// `{"code","message","more_info","status"}` or Telnyx's `{"errors":[…]}`.
enum TeXMLRESTError: Error {
    case twilio(status: Int, code: Int, message: String)
    case telnyx(TelnyxAPIError)

    var reply: APIReply {
        switch self {
        case .twilio(let status, let code, let message):
            APIReply.twilioError(status: status, code: code, message: message)
        case .telnyx(let error):
            error.reply
        }
    }
}

extension RESTShape.ErrorStyle {
    /// Twilio's generic "400 Bad Request" (it publishes no code for one invalid parameter);
    /// Telnyx's 422 with `code` (10032 by default) and the parameter's name.
    func invalid(_ name: String, message: String, telnyx: TelnyxAPIError, keepsDetail: Bool = false) -> TeXMLRESTError {
        switch self {
        case .twilio: return .twilio(status: 400, code: 400, message: message)
        case .telnyx:
            var error = telnyx
            if !keepsDetail { error.detail = message }
            error.pointer = nil
            error.parameter = name
            return .telnyx(error)
        }
    }

    /// Twilio 20404 or Telnyx 10005, both with HTTP 404, for `resource` (the path from the API's root).
    func notFound(_ resource: String) -> TeXMLRESTError {
        let message = "The requested resource \(resource) was not found"
        switch self {
        case .twilio: return .twilio(status: 404, code: 20404, message: message)
        case .telnyx: return .telnyx(.notFound(message))
        }
    }

    /// Twilio answers an operation on a call that is not in progress with 21220, HTTP 400
    /// (twilio.com/docs/api/errors/21220, "Invalid call state": "Calls that have completed cannot
    /// be recorded or redirected"; a `Calls/{CallSid}.json` update is told "Call is not
    /// in-progress. Cannot redirect."); Telnyx with Call Control's 90018 or 90034.
    func callNotInProgress(ended: Bool, status: CallStatus, redirect: Bool = false) -> TeXMLRESTError {
        switch self {
        case .twilio:
            .twilio(
                status: 400, code: 21220,
                message: redirect
                    ? "Call is not in-progress. Cannot redirect."
                    : "Call is not in-progress: its status is \(ended ? status.rawValue : "ringing").")
        case .telnyx: .telnyx(ended ? .callEnded : .notAnswered)
        }
    }

    /// A required parameter is missing.
    func missing(_ name: String) -> TeXMLRESTError {
        invalid(name, message: "Missing required parameter \(name).", telnyx: .missing(name), keepsDetail: true)
    }

    /// A callback URL that is not absolute: Telnyx's 10003 (Twilio warns instead: 13256).
    func invalidURL(_ name: String, _ url: String) -> TeXMLRESTError {
        let message = "\(name) '\(url)' is not an absolute URL."
        return invalid(
            name, message: message,
            telnyx: TelnyxAPIError(status: 422, code: "10003", title: "Invalid URL", detail: message))
    }

    /// A recording that has ended can no longer be paused or resumed: Telnyx's 10015.
    func recordingEnded(_ message: String) -> TeXMLRESTError {
        invalid(
            "Status", message: message,
            telnyx: TelnyxAPIError(status: 422, code: "10015", title: "Bad Request", detail: message))
    }
}

/// A REST request's path below the account, with its method.
enum TeXMLRESTRoute {
    /// POST `Calls/{CallSid}/Recordings.json`
    case create(callSid: String)
    /// POST `Calls/{CallSid}/Recordings/{RecordingSid}.json` (or `Recordings/{RecordingSid}.json`)
    case update(callSid: String?, recordingSid: String)
    /// GET `Recordings.json` or `Calls/{CallSid}/Recordings.json`
    case list(callSid: String?)
    /// GET `Recordings/{RecordingSid}.json` (or below the call)
    case fetch(callSid: String?, recordingSid: String)
    /// DELETE `Recordings/{RecordingSid}.json` (or below the call)
    case delete(callSid: String?, recordingSid: String)
    /// GET `Recordings/{RecordingSid}` with `.wav`, `.mp3` or no extension (WAV): the audio.
    case media(recordingSid: String, format: AudioFormat)
    /// POST `Calls/{CallSid}.json`: redirect or hang up the call; GET: the call.
    case updateCall(callSid: String)
    case fetchCall(callSid: String)
    /// A path the API has, with a method it does not take.
    case methodNotAllowed

    /// Reads a path; the `.json` suffix is optional on resources, absent on media.
    init?(_ path: String, method: APIMethod = .post) {
        let path = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var media: AudioFormat? = nil
        if let last = parts.last {
            if last.hasSuffix(".json") {
                parts[parts.count - 1] = String(last.dropLast(5))
            } else if let format = AudioFormat.allCases.first(where: { last.hasSuffix("." + $0.fileExtension) }) {
                parts[parts.count - 1] = String(last.dropLast(format.fileExtension.count + 1))
                media = format
            } else {
                media = .wav
            }
        }
        guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        if parts.count == 2, parts[0] == "Calls" {
            switch method {
            case .post: self = .updateCall(callSid: parts[1])
            case .get: self = .fetchCall(callSid: parts[1])
            case .delete: self = .methodNotAllowed
            }
            return
        }
        var callSid: String? = nil
        if parts.count >= 3, parts[0] == "Calls", parts[2] == "Recordings" {
            callSid = parts[1]
            parts.removeFirst(2)
        }
        guard parts.first == "Recordings", parts.count <= 2 else { return nil }
        let recordingSid = parts.count == 2 ? parts[1] : nil
        switch (method, recordingSid) {
        case (.post, nil): self = callSid.map { .create(callSid: $0) } ?? .methodNotAllowed
        case (.get, nil): self = .list(callSid: callSid)
        case (.post, let sid?): self = .update(callSid: callSid, recordingSid: sid)
        case (.get, let sid?):
            if let media, callSid == nil {
                self = .media(recordingSid: sid, format: media)
            } else {
                self = .fetch(callSid: callSid, recordingSid: sid)
            }
        case (.delete, let sid?): self = .delete(callSid: callSid, recordingSid: sid)
        case (.delete, nil): self = .methodNotAllowed
        }
    }
}

/// Form parameters of a REST request, read the way the call's platform reads them.
struct TeXMLRESTParameters {
    var values: [String: String]
    var errors: RESTShape.ErrorStyle

    init(_ body: JSONValue, errors: RESTShape.ErrorStyle) {
        var values: [String: String] = [:]
        for member in body.members ?? [] { values[member.key] = member.value.formText ?? member.value.jsonText }
        self.values = values
        self.errors = errors
    }

    /// `value` of `name` is not one of `allowed`.
    func invalid(_ name: String, _ value: String, _ allowed: [String]) -> TeXMLRESTError {
        let message = "\(name) '\(value)' is not valid: expected one of \(allowed.joined(separator: ", "))."
        return errors.invalid(name, message: message, telnyx: .notOneOf(name, value, allowed))
    }

    func choice(_ name: String, _ allowed: [String]) throws(TeXMLRESTError) -> String? {
        guard let value = values[name] else { return nil }
        guard allowed.contains(value) else { throw invalid(name, value, allowed) }
        return value
    }

    /// `true` or `false`, in any case.
    func bool(_ name: String) throws(TeXMLRESTError) -> Bool? {
        guard let value = values[name] else { return nil }
        switch value.lowercased() {
        case "true": return true
        case "false": return false
        default: throw invalid(name, value, ["true", "false"])
        }
    }
}

extension CallRun {
    /// `Calls/{CallSid}/Recordings.json` and `Calls/{CallSid}/Recordings/{RecordingSid}.json`
    /// of Twilio or Telnyx, in the call's ``RESTShape`` (reference 4.2).
    mutating func performTeXMLREST(_ command: APICommand, callID: String) -> APIReply {
        let path = expandPlaceholders(command.target, command: command, callID: callID)
        let shape = restShape
        let parameters = TeXMLRESTParameters(command.body, errors: shape.errors)
        do throws(TeXMLRESTError) {
            guard let route = TeXMLRESTRoute(path, method: command.method) else { throw restNotFound(path) }
            switch route {
            case .create(let addressed):
                guard addressed == callSid else { throw restNotFound(path) }
                warnUnknownParameters(parameters, known: shape.createParameters)
                let recording = try restRecording(parameters)
                try checkRESTCallState()
                if shape.acceptsBeepAndRecordingURL, try parameters.bool("PlayBeep") ?? true { playAPIBeep() }
                startRecording(recording)
                lastAPIRecordingSid[.texmlREST] = recording.sid
                return APIReply(
                    status: shape.createStatus,
                    body: recordingResource(recording, status: "in-progress", duration: nil, errorCode: nil))
            case .update(let addressed, let recordingSid):
                guard addressed ?? callSid == callSid else { throw restNotFound(path) }
                warnUnknownParameters(parameters, known: shape.updateParameters)
                return try updateRESTRecording(recordingSid, parameters, path: path)
            case .updateCall(let addressed), .fetchCall(let addressed):
                guard addressed == callSid else { throw restNotFound(path) }
                guard case .updateCall = route else { return APIReply(status: 200, body: callResource()) }
                if callEnded || callerHungUp {
                    throw shape.errors.callNotInProgress(ended: true, status: callStatus, redirect: true)
                }
                return try updateRESTCall(parameters)
            case .list, .fetch, .delete, .media, .methodNotAllowed:
                return try readRESTRecordings(route, parameters, path: path)
            }
        } catch {
            return error.reply
        }
    }

    /// The 404 of `path` (below the account).
    func restNotFound(_ path: String) -> TeXMLRESTError {
        let shape = restShape
        return shape.errors.notFound("\(shape.resourceRoot)/Accounts/\(accountSid)/\(path)")
    }

    /// An operation on a call that is not in progress is refused.
    func checkRESTCallState() throws(TeXMLRESTError) {
        let ended = callEnded || callerHungUp
        guard ended || !answered else { return }
        throw restShape.errors.callNotInProgress(ended: ended, status: callStatus)
    }

    /// Twilio ignores parameters it does not know with warning 20001; Telnyx silently.
    mutating func warnUnknownParameters(_ parameters: TeXMLRESTParameters, known: Set<String>) {
        guard restShape.warnsAndIgnores else { return }
        let unknown = parameters.values.keys.filter { !known.contains($0) }.sorted()
        guard !unknown.isEmpty else { return }
        emitWarning(
            code: 20001, "unknown parameters ignored: \(unknown.joined(separator: ", "))",
            [.parameters(unknown)])
    }

    /// The recording a create request asks for, with the platform's defaults (reference 4.2,
    /// 6 "REST start defaults"): Twilio mono, do-not-trim, both; Telnyx dual, both, MP3.
    mutating func restRecording(_ parameters: TeXMLRESTParameters) throws(TeXMLRESTError) -> ActiveRecording {
        let shape = restShape
        let channels = try parameters.choice("RecordingChannels", shape.channelWords) ?? shape.defaultChannels
        let track = RecordingTrack(
            try parameters.choice("RecordingTrack", RecordingTrack.allCases.map(\.rawValue)), or: .both)
        var trim = false
        var sendsRecordingURL = true
        if shape.acceptsTrim {
            trim = try parameters.choice("Trim", ["trim-silence", "do-not-trim"]) == "trim-silence"
        }
        if shape.acceptsBeepAndRecordingURL {
            // Reference 4.2: SendRecordingUrl, a bool "in the SDKs", default unconfirmed: true
            // (the callbacks carry RecordingUrl, as without it); false leaves RecordingUrl out.
            sendsRecordingURL = try parameters.bool("SendRecordingUrl") ?? true
        }
        let method = try parameters.choice("RecordingStatusCallbackMethod", ["GET", "POST"]) ?? "POST"
        let events = try restStatusEvents(parameters)
        var subscription = try restSubscription(parameters, method: method, events: events)
        subscription?.sendsRecordingURL = sendsRecordingURL
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "StartCallRecordingAPI", started: now, track: track,
            channels: channels == "dual" ? 2 : 1, trim: trim, format: defaultRecordingFormat,
            subscription: subscription)
        recording.origin = .api
        return recording
    }

    /// `RecordingStatusCallbackEvent`: space-separated `in-progress completed absent`. Twilio
    /// drops an unknown token with warning 13621; Telnyx refuses it.
    mutating func restStatusEvents(_ parameters: TeXMLRESTParameters) throws(TeXMLRESTError) -> [String]? {
        guard let text = parameters.values["RecordingStatusCallbackEvent"] else { return nil }
        let allowed = ["in-progress", "completed", "absent"]
        let tokens = text.split { $0 == " " || $0 == "," }.map(String.init)
        var kept: [String] = []
        for token in tokens {
            if allowed.contains(token) {
                kept.append(token)
            } else if restShape.warnsAndIgnores {
                emitWarning(
                    code: 13621, "invalid RecordingStatusCallbackEvent '\(token)': ignored",
                    [.event(token)])
            } else {
                throw parameters.invalid("RecordingStatusCallbackEvent", token, allowed)
            }
        }
        return kept
    }

    /// The status callback subscription. An invalid URL: Twilio records without callbacks
    /// (warning 13256); Telnyx refuses the request (10003 Invalid URL).
    mutating func restSubscription(
        _ parameters: TeXMLRESTParameters, method: String, events: [String]?
    ) throws(TeXMLRESTError) -> RecordingSubscription? {
        guard let url = parameters.values["RecordingStatusCallback"], !url.isEmpty else { return nil }
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            guard restShape.warnsAndIgnores else { throw restShape.errors.invalidURL("RecordingStatusCallback", url) }
            emitWarning(
                code: 13256, "invalid RecordingStatusCallback '\(url)': the recording has no status callbacks",
                [.url(url)])
            return nil
        }
        return RecordingSubscription(url: url, method: method, events: events, resolve: { $0 })
    }

    /// `Status` = `in-progress` | `paused` | `stopped` on a recording of this call.
    mutating func updateRESTRecording(
        _ recordingSid: String, _ parameters: TeXMLRESTParameters, path: String
    ) throws(TeXMLRESTError) -> APIReply {
        let shape = restShape
        let statuses = ["in-progress", "paused", "stopped"]
        guard let status = try parameters.choice("Status", statuses) else { throw shape.errors.missing("Status") }
        var pauseBehavior = behaviour.recordings.pauseBehavior
        if shape.acceptsPauseBehavior, let value = try parameters.choice("PauseBehavior", ["skip", "silence"]) {
            pauseBehavior = value == "skip" ? .skip : .silence
        }
        try checkRESTCallState()
        let sid = try resolveRecordingSid(recordingSid, path: path)
        guard let index = runningRecording(sid) else {
            // Stopped already: asking for stopped again is answered with the resource.
            guard let finished = finishedRecordings.last(where: { $0.metadata.sid == sid }) else {
                throw restNotFound(path)
            }
            guard status == "stopped" else {
                let verb = status == "paused" ? "paused" : "resumed"
                throw shape.errors.recordingEnded(
                    "Recording \(sid) is \(finished.metadata.status): it can no longer be \(verb).")
            }
            return APIReply(status: 200, body: finishedResource(finished))
        }
        switch status {
        case "paused":
            if pauseRecording(at: index) {
                texmlREST.pauseBehaviors[sid] = pauseBehavior
            } else {
                emitUnchanged(sid, .alreadyPaused)
            }
        case "in-progress":
            let behaviour = texmlREST.pauseBehaviors.removeValue(forKey: sid) ?? pauseBehavior
            if !resumeRecording(at: index, pauseBehavior: behaviour) {
                emitUnchanged(sid, .notPaused)
            }
        default:
            let result = stopRecording(at: index, reason: .restStopped)
            texmlREST.pauseBehaviors[sid] = nil
            return APIReply(status: 200, body: finishedResource(result))
        }
        let recording = recordings[index]
        return APIReply(
            status: 200,
            body: recordingResource(
                recording, status: recording.capture.pausedAt == nil ? "in-progress" : "paused", duration: nil,
                errorCode: nil))
    }

    /// The recording a SID names; Twilio's `Twilio.CURRENT` is the one recording running on
    /// the call (none: 404; several: 16108 "concurrent recordings").
    func resolveRecordingSid(_ sid: String, path: String) throws(TeXMLRESTError) -> String {
        guard let alias = restShape.currentRecordingAlias, sid == alias else { return sid }
        switch recordings.count {
        case 0: throw restNotFound(path)
        case 1: return recordings[0].sid
        default:
            throw .twilio(
                status: 400, code: 16108,
                message: "\(alias) is ambiguous: \(recordings.count) recordings are active on this call.")
        }
    }

    /// The resource of a recording that has ended: `stopped`, with its duration.
    func finishedResource(_ result: RecordingResult) -> JSONValue {
        var recording = ActiveRecording(
            sid: result.metadata.sid, source: result.metadata.source, started: .zero,
            track: RecordingTrack(result.metadata.track, or: .both),
            channels: result.metadata.channels, trim: false, format: result.metadata.format, subscription: nil)
        recording.started = SimTime(milliseconds: (result.metadata.created - Self.virtualEpoch) * 1000)
        return recordingResource(
            recording, status: "stopped", duration: String(result.metadata.duration),
            errorCode: result.metadata.errorCode,
            channels: result.metadata.channels)
    }

    /// The recording resource as each platform returns it. Twilio: RFC 2822 dates,
    /// `api_version`, `encryption_details`. Telnyx: ISO 8601 dates in whole seconds
    /// (`2026-01-01T00:00:05Z`). Reference 4.2 says RFC 2822, after the example Telnyx published
    /// until early 2026 (`Fri, 11 Aug 2023 19:12:11 +0000`); Telnyx's OpenAPI specification since
    /// 2026-02-06 (github.com/team-telnyx/openapi, openapi/spec3.yml, still so in the 2026-07-16
    /// sync) types `date_created`, `date_updated` and `start_time` of
    /// `TexmlCreateCallRecordingResponseBody` as `DateTimeRFC2822` = `type: string, format:
    /// date-time, example: '2023-08-11T19:12:11Z'` (the old example contradicted its own
    /// `format: date-time`), and its generated SDKs read them as date-times (telnyx-python
    /// `date_created: Optional[datetime]`; telnyx-java's test builds
    /// `OffsetDateTime.parse("2023-08-11T19:12:11Z")`). texml follows that newer source.
    func recordingResource(
        _ recording: ActiveRecording, status: String, duration: String?, errorCode: Int?, channels: Int? = nil
    ) -> JSONValue {
        let shape = restShape
        func date(_ time: SimTime) -> JSONValue {
            switch shape.dates {
            case .rfc2822: .string(rfc2822(time))
            case .iso8601: .string(iso8601(time, fraction: false))
            }
        }
        let uri = shape.resourceRoot + "/Accounts/\(accountSid)/Calls/\(callSid)/Recordings/\(recording.sid).json"
        return .fields([
            "account_sid": .string(accountSid), "api_version": shape.apiVersion.map { .string($0) },
            "call_sid": .string(callSid), "conference_sid": .null,
            "channels": .number(String(channels ?? recording.channels.count)), "date_created": date(recording.started),
            "date_updated": date(now), "start_time": date(recording.started), "price": .null, "price_unit": .null,
            "duration": duration.map { .string($0) } ?? .null, "sid": .string(recording.sid),
            "source": .string(recording.source), "status": .string(status),
            "error_code": errorCode.map { .number(String($0)) } ?? .null,
            "encryption_details": shape.encryptionDetails ? .null : nil, "track": .string(recording.track.rawValue),
            "uri": .string(uri),
        ])
    }
}

/// The TwiML-style REST API of the call's dialect (Twilio's `2010-04-01`, Telnyx's
/// `/v2/texml`): `POST …/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json`, form-encoded.
enum TwiMLRESTAPI: PlatformAPI {
    static let platform = APIPlatform.texmlREST
    static let bodyEncoding = APIBodyEncoding.form
    static func initialState() -> TeXMLRESTState { TeXMLRESTState() }

    static func request(_ command: APICommand, callID: String, in run: CallRun) -> TraceEvent.APICall {
        let path = run.expandPlaceholders(command.target, command: command, callID: callID)
        return run.formRequest(command, url: "\(run.behaviour.restBaseURL)/Accounts/\(run.accountSid)/" + path)
    }

    static func perform(_ command: APICommand, callID: String, in run: inout CallRun) -> APIReply {
        run.performTeXMLREST(command, callID: callID)
    }
}

extension APIPlatform {
    /// The TwiML-style REST API of the call's dialect, form-encoded.
    public static let texmlREST = APIPlatform(rawValue: "texml_rest")
}

extension CallRun {
    var texmlREST: TeXMLRESTState {
        get { apis[TwiMLRESTAPI.self] }
        set { apis[TwiMLRESTAPI.self] = newValue }
    }
}
