import TeXMLGrammar
import TeXMLRecorder
import TeXMLSupport

/// What TelAPI remembers about a call: the recordings its API started, in start order.
struct TelAPIState {
    var startedSids: [String] = []
}

/// How a recording TelAPI started reports: its `CallbackUrl` on completion, and its transcription.
/// InboundXML's background `<Record>` (its action) and `<Dial>`/`<Conference>` recordings
/// (`recordCallbackUrl`) report the same way.
struct TelAPIRecording {
    var callbackURL: String?
    var method = "POST"
    /// The `http.request` purpose of the callback.
    var purpose = "telapiCallback"
    /// Set when the command asked for `Transcribe=true`.
    var transcription: TelAPITranscription?
}

/// `Transcribe=true` with its `TranscribeQuality` and `TranscribeCallback`.
struct TelAPITranscription {
    var quality: String
    var callbackURL: String?
    var purpose = "telapiTranscribeCallback"
}

/// A TelAPI error answer: `{"status":…,"message":…,"code":…,"more_info":…}` (the shape of
/// telapi-ruby's `ApiError`). TelAPI's own code list is not published in the sources we have
/// (only 10004 appears there), so `code` is Twilio's code of the same meaning, as section 5 of the
/// reference does for diagnostics.
struct TelAPIError: Error {
    var status: Int
    var code: Int
    var message: String

    /// Twilio 20001: a parameter is missing or has a value the API does not take.
    static func invalidParameter(_ message: String) -> TelAPIError {
        TelAPIError(status: 400, code: 20001, message: message)
    }

    /// Twilio 11100: a URL parameter is not a usable absolute URL.
    static func invalidURL(_ message: String) -> TelAPIError {
        TelAPIError(status: 400, code: 11100, message: message)
    }

    var reply: APIReply {
        APIReply.telapiError(status: status, code: code, message: message)
    }
}

/// The form parameters of `Calls/{CallSid}/Recordings`, read and checked (reference 4.3).
struct TelAPIRecordParameters {
    /// `Record`: true starts, false stops.
    var record: Bool
    /// `Direction` mapped onto a track: `in` → inbound, `out` → outbound, `both`.
    var track = RecordingTrack.both
    /// `TimeLimit` in seconds; nil when 0 (no limit).
    var timeLimit: Int? = 60
    var callbackURL: String?
    var format = AudioFormat.mp3
    var trimSilence = false
    var transcribe = false
    var transcribeQuality = "auto"
    var transcribeCallback: String?
    /// Things worth saying that are not errors (an unknown `FileFormat`, unknown parameters).
    var notes: [String] = []

    /// Zang's documented limit on `CallbackUrl`.
    static let callbackURLLimit = 200
    static let known: Set<String> = [
        "Record", "Direction", "TimeLimit", "CallbackUrl", "FileFormat", "TrimSilence", "Transcribe",
        "TranscribeQuality", "TranscribeCallback",
    ]

    /// Reads the parameters as sent on the wire (every value as its form text).
    init(_ body: JSONValue) throws(TelAPIError) {
        var form: [String: String] = [:]
        var unknown: [String] = []
        for member in body.members ?? [] {
            form[member.key] = member.value.formText ?? member.value.jsonText
            if !Self.known.contains(member.key) { unknown.append(member.key) }
        }
        guard let recordText = form["Record"] else {
            throw .invalidParameter("Record is required: true to start recording, false to stop")
        }
        guard let record = Self.boolean(recordText) else {
            throw .invalidParameter("Record must be true or false, not '\(recordText)'")
        }
        self.record = record
        if !unknown.isEmpty {
            notes.append("unknown parameters ignored: \(unknown.joined(separator: ", "))")
        }
        // A stop takes only Record: the other parameters describe a recording to start.
        guard record else { return }
        try readRecording(form)
        try readTranscription(form)
    }

    /// `Direction`, `TimeLimit`, `CallbackUrl`, `FileFormat` and `TrimSilence` of a start.
    private mutating func readRecording(_ form: [String: String]) throws(TelAPIError) {
        if let direction = form["Direction"] {
            // The REST API takes the lower-case words only (InboundXML's markup also takes `In`, `OUT`…).
            guard ["in", "out", "both"].contains(direction) else {
                throw .invalidParameter("Direction must be in, out or both, not '\(direction)'")
            }
            track = CallRun.track(direction: direction)
        }
        if let text = form["TimeLimit"] {
            guard let seconds = Int(text), seconds >= 0 else {
                throw .invalidParameter("TimeLimit must be an integer greater than or equal to 0, not '\(text)'")
            }
            timeLimit = seconds == 0 ? nil : seconds
        }
        if let url = form["CallbackUrl"] {
            guard url.count <= Self.callbackURLLimit else {
                throw .invalidParameter(
                    "CallbackUrl is \(url.count) characters long: at most \(Self.callbackURLLimit) are allowed")
            }
            guard Self.isAbsoluteHTTPURL(url) else {
                throw .invalidURL("CallbackUrl '\(url)' is not an absolute http(s) URL")
            }
            callbackURL = url
        }
        if let text = form["FileFormat"] {
            switch text {
            case "mp3": format = .mp3
            case "wav": format = .wav
            default: notes.append("FileFormat '\(text)' is not mp3 or wav: the recording is mp3")
            }
        }
        trimSilence = try Self.flag(form, "TrimSilence")
    }

    /// `Transcribe`, `TranscribeQuality` and `TranscribeCallback` of a start.
    private mutating func readTranscription(_ form: [String: String]) throws(TelAPIError) {
        transcribe = try Self.flag(form, "Transcribe")
        if let quality = form["TranscribeQuality"] {
            guard ["auto", "silver", "gold", "platinum"].contains(quality) else {
                throw .invalidParameter(
                    "TranscribeQuality must be auto, silver, gold or platinum, not '\(quality)'")
            }
            transcribeQuality = quality
        }
        if let url = form["TranscribeCallback"] {
            guard Self.isAbsoluteHTTPURL(url) else {
                throw .invalidURL("TranscribeCallback '\(url)' is not an absolute http(s) URL")
            }
            transcribeCallback = url
            if !transcribe { notes.append("TranscribeCallback is ignored: Transcribe is not true") }
        }
    }

    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    static func flag(_ form: [String: String], _ name: String) throws(TelAPIError) -> Bool {
        guard let text = form[name] else { return false }
        guard let value = boolean(text) else { throw .invalidParameter("\(name) must be true or false, not '\(text)'") }
        return value
    }

    /// A REST API has no document to resolve against: callback URLs must be absolute.
    static func isAbsoluteHTTPURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        for scheme in ["http://", "https://"] where lowered.hasPrefix(scheme) {
            let rest = lowered.dropFirst(scheme.count)
            return !rest.isEmpty && !rest.hasPrefix("/") && !text.contains(" ")
        }
        return false
    }
}

extension CallRun {
    /// Traces what a platform does quietly with a command (a value it replaces, a key it
    /// ignores): not a warning, as nothing went wrong.
    mutating func noteQuietly(_ platform: APICommand.Platform, _ message: String) {
        emit(.apiNote(.init(platform: platform, message: message)))
    }

    /// `Calls/{CallSid}/Recordings` with `Record=true|false` (reference 4.3).
    ///
    /// `Record=true` starts one more recording (several may run at once); `Record=false` stops
    /// every TelAPI recording still running on the call.
    mutating func performTelAPI(_ command: APICommand, callID: String) -> APIReply {
        guard callID == callSid else {
            return TelAPIError(status: 404, code: 20404, message: "The requested call \(callID) was not found").reply
        }
        guard !callEnded else {
            return TelAPIError(
                status: 400, code: 21220,
                message: "Call \(callID) is completed: only an in-progress call can be recorded"
            ).reply
        }
        guard answered else {
            return TelAPIError(
                status: 400, code: 21220, message: "Call \(callID) is not in progress yet: it cannot be recorded"
            ).reply
        }
        let parameters: TelAPIRecordParameters
        do {
            parameters = try TelAPIRecordParameters(command.body)
        } catch {
            return error.reply
        }
        for note in parameters.notes { noteQuietly(.telapi, note) }
        return parameters.record ? startTelAPIRecording(parameters) : stopTelAPIRecordings()
    }

    private mutating func startTelAPIRecording(_ parameters: TelAPIRecordParameters) -> APIReply {
        // Both directions go into one mono file (TelAPI documents no channel choice).
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "TelAPI", started: now, track: parameters.track, channels: 1,
            trim: parameters.trimSilence, format: parameters.format, subscription: nil)
        recording.origin = .api
        recording.limits.maxLength = parameters.timeLimit.map { SimTime.seconds($0) }
        recording.delivery.url = telapiRecordingURL(recording.sid)
        // TelAPI reports completed recordings only and documents no too-short or silent rule.
        recording.limits.absentRule = false
        recording.delivery.notifier = .telapi(
            TelAPIRecording(
                callbackURL: parameters.callbackURL,
                transcription: parameters.transcribe
                    ? TelAPITranscription(
                        quality: parameters.transcribeQuality, callbackURL: parameters.transcribeCallback)
                    : nil))
        startRecording(recording)
        telapi.startedSids.append(recording.sid)
        lastAPIRecordingSid[.telapi] = recording.sid
        return APIReply(status: 200, body: telapiResource(sid: recording.sid, created: now, duration: 0))
    }

    private mutating func stopTelAPIRecordings() -> APIReply {
        let running = telapi.startedSids.filter { runningRecording($0) != nil }
        guard !running.isEmpty else {
            return TelAPIError(
                status: 404, code: 20404, message: "No recording started by this API is in progress on call \(callSid)"
            ).reply
        }
        var stopped: [JSONValue] = []
        for sid in running {
            guard let index = runningRecording(sid) else { continue }
            let started = recordings[index].started
            let result = stopRecording(at: index, reason: .apiStop)
            stopped.append(telapiResource(sid: sid, created: started, duration: result.metadata.duration))
        }
        return APIReply(
            status: 200, body: .fields(["total": .number(String(stopped.count)), "recordings": .array(stopped)]))
    }

    /// The URL TelAPI serves a recording at: its own, whatever the call's dialect.
    func telapiRecordingURL(_ sid: String) -> String {
        "https://api.telapi.com/v1/Accounts/\(accountSid)/Recordings/\(sid)"
    }

    /// The recording resource, in the field names of TelAPI's Twilio-style JSON (inferred: no
    /// example response survives in the sources).
    func telapiResource(sid: String, created: SimTime, duration: Int) -> JSONValue {
        .fields([
            "sid": .string(sid), "account_sid": .string(accountSid), "call_sid": .string(callSid),
            "date_created": .string(rfc2822(created)), "date_updated": .string(rfc2822(now)),
            "duration": .number(String(duration)), "api_version": .string("v1"),
            "recording_url": .string(telapiRecordingURL(sid)),
            "uri": .string("/v1/Accounts/\(accountSid)/Recordings/\(sid).json"),
        ])
    }

    /// The `CallbackUrl` request of a finished TelAPI recording: the call's voice parameters
    /// with `Digits`, `RecordingDuration` and `RecordingUrl`; then the transcription, if asked.
    mutating func telapiRecordingEnded(_ context: TelAPIRecording, recording: ActiveRecording, result: RecordingResult)
    {
        guard result.artifact != nil else {
            // A recorder failure, or (markup recordings, where the absent rule holds) nothing
            // captured: TelAPI reports completed recordings only.
            let callback = context.purpose == "telapiCallback" ? "CallbackUrl" : context.purpose
            emitWarning(
                code: nil, "TelAPI: recording \(recording.sid) was not kept: no \(callback) request",
                [.platform(.telapi)])
            return
        }
        let url = telapiRecordingURL(recording.sid)
        if let callbackURL = context.callbackURL {
            let parameters = [
                ("Digits", digitsPressed(during: recording.capture.parts)),
                ("RecordingDuration", String(result.metadata.duration)), ("RecordingUrl", url),
            ]
            sendWithoutWaiting(
                Fetch(purpose: context.purpose, url: callbackURL, method: context.method, parameters: parameters),
                exclude: [])
        }
        if let transcription = context.transcription {
            transcribeTelAPIRecording(recording, transcription: transcription, recordingURL: url)
        }
    }

    /// A TelAPI transcription: the scenario's transcripts of what the recording heard, traced,
    /// and sent to `TranscribeCallback` when there is one (else kept for the REST API only).
    /// The callback's parameter names are Twilio's (TelAPI's list is not in the sources).
    private mutating func transcribeTelAPIRecording(
        _ recording: ActiveRecording, transcription: TelAPITranscription, recordingURL url: String
    ) {
        let sid = ids.transcriptionSid()
        let text = transcriptHeard(by: recording)
        emit(
            .transcriptionCompleted(
                .init(
                    transcriptionSid: sid, recordingSid: recording.sid, quality: transcription.quality, text: text)))
        guard let callbackURL = transcription.callbackURL else { return }
        let parameters = [
            ("RecordingSid", recording.sid), ("RecordingUrl", url), ("TranscriptionSid", sid),
            ("TranscriptionStatus", "completed"), ("TranscriptionText", text),
            ("TranscriptionUrl", "https://api.telapi.com/v1/Accounts/\(accountSid)/Transcriptions/\(sid)"),
        ]
        sendWithoutWaiting(
            Fetch(purpose: transcription.purpose, url: callbackURL, method: "POST", parameters: parameters),
            exclude: [])
    }
}

/// TelAPI: `POST /v1/Accounts/{AccountSid}/Calls/{CallSid}/Recordings`, form-encoded.
enum TelAPIRESTAPI: PlatformAPI {
    static let platform = APIPlatform.telapi
    static let bodyEncoding = APIBodyEncoding.form
    static func initialState() -> TelAPIState { TelAPIState() }

    static func request(_ command: APICommand, callID: String, in run: CallRun) -> TraceEvent.APICall {
        let path = run.expandPlaceholders(command.target, command: command, callID: callID)
        return run.formRequest(command, url: "https://api.telapi.com/v1/Accounts/\(run.accountSid)/" + path)
    }

    static func perform(_ command: APICommand, callID: String, in run: inout CallRun) -> APIReply {
        run.performTelAPI(command, callID: callID)
    }
}

extension APIPlatform {
    /// TelAPI: `POST /v1/Accounts/{AccountSid}/Calls/{CallSid}/Recordings`, form-encoded.
    public static let telapi = APIPlatform(rawValue: "telapi")
}

extension TelAPIRecording: APIRecordingNotice {
    func recordingEnded(_ recording: ActiveRecording, result: RecordingResult, in run: inout CallRun) {
        run.telapiRecordingEnded(self, recording: recording, result: result)
    }
}

extension RecordingNotifier {
    /// TelAPI's `CallbackUrl`, on completion only.
    static func telapi(_ notice: TelAPIRecording) -> RecordingNotifier { .api(notice) }
}

extension CallRun {
    var telapi: TelAPIState {
        get { apis[TelAPIRESTAPI.self] }
        set { apis[TelAPIRESTAPI.self] = newValue }
    }
}
