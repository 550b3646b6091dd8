import TeXMLGrammar
import TeXMLRecorder

/// What Kazoo remembers about a call: its `record_call` recording, running or waiting for its
/// trigger. One at a time, as `kapps_call:stop_recording(Call)` names no recording.
struct KazooState {
    var recordingSid: String?
}

/// How a recording `record_call` started is delivered: the upload target.
struct KazooRecording {
    var url: String?
    /// `PUT` or `POST`.
    var method: String
}

extension CallRun {
    /// The callflow node `record_call` with `action` start or stop (reference 4.4), validated as
    /// crossbar validates a callflow (schema of 2600hz/kazoo master, `callflows.record_call.json`,
    /// plus `cb_callflows`' system limit on `time_limit`) and run as `cf_record_call` and
    /// `kzc_recording` do. An invalid node answers 400 and does nothing; the call goes on.
    mutating func performKazoo(_ command: APICommand) -> APIReply {
        if let other = command.callID, other != callSid {
            return Self.kazooBadIdentifier(other)
        }
        guard !callEnded else { return Self.kazooBadIdentifier(callSid) }
        guard command.target == "record_call" else {
            return APIReply(
                status: 501,
                body: .fields([
                    "data": .fields(["message": .string("the callflow module '\(command.target)' is not simulated")]),
                    "error": "501", "message": "not implemented", "status": "error",
                ]))
        }
        let node: KazooRecordCallNode
        switch KazooRecordCallNode.validate(command.body) {
        case .failure(let errors):
            return APIReply(
                status: 400,
                body: .fields([
                    "data": .object(errors.members), "error": "400", "message": "invalid data", "status": "error",
                ]))
        case .success(let valid):
            node = valid
        }
        for note in node.notes { noteQuietly(.kazoo, note) }
        if node.skipModule {
            emit("kazoo.record_call", [("action", .string(node.action)), ("result", .string("skipped"))])
            return Self.kazooNodeReply(node.action, result: "skipped", recordingSid: nil)
        }
        return node.action == "stop" ? stopKazooRecording() : startKazooRecording(node)
    }

    private mutating func startKazooRecording(_ node: KazooRecordCallNode) -> APIReply {
        if let existing = kazoo.recordingSid, kazooRecordingIsActive(existing) {
            noteQuietly(.kazoo, "recording \(existing) is already running on this call: the start is ignored")
            return Self.kazooNodeReply("start", result: "ignored", recordingSid: existing)
        }
        let format = node.format ?? .mp3
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "kzc_recording", started: now, track: "both", channels: 1, trim: false,
            format: format, subscription: nil)
        recording.origin = .api
        recording.limits.maxLength = .seconds(node.timeLimit)
        recording.limits.minimumDuration = node.recordMinSeconds.map { SimTime.seconds($0) }
        // Kazoo keeps any recording that reaches record_min_sec, silent or not.
        recording.limits.absentRule = false
        if let rate = node.sampleRate {
            if KazooRecordCallNode.sampleRateIsSupported(rate, format: format) {
                recording.sampleRate = rate
            } else {
                emitWarning(
                    code: nil,
                    "Kazoo record_call: record_sample_rate \(rate) Hz cannot be written as \(format.rawValue): "
                        + "the default rate is used",
                    [("platform", .string("kazoo"))])
            }
        }
        recording.fileName = node.fileName(format: format)
        let label = node.label ?? scenario.name
        recording.delivery.labels["origin"] = "callflow : " + label
        recording.delivery.labels["label"] = label
        if let mediaName = node.mediaName { recording.delivery.labels["media_name"] = mediaName }
        recording.delivery.notifier = .kazoo(KazooRecording(url: node.url, method: node.method.uppercased()))
        let trigger: Trigger?
        if node.recordOnAnswer && !answered {
            trigger = .answer
        } else if node.recordOnBridge {
            trigger = .dialAnswer
        } else {
            trigger = nil
        }
        var fields: [(String, TraceValue)] = [
            ("action", .string("start")), ("RecordingSid", .string(recording.sid)),
            ("starts", .string(trigger.map { $0 == .answer ? "on-answer" : "on-bridge" } ?? "now")),
            ("origin", .string(recording.delivery.labels["origin"] ?? "")),
        ]
        if node.recordOnAnswer && answered && trigger != .answer {
            // kzc_recording waits for a CHANNEL_ANSWER that already happened; starting now is
            // what the node means.
            fields.append(("note", .string("record_on_answer: the call is already answered")))
        }
        emit("kazoo.record_call", fields)
        startRecording(recording, when: trigger)
        kazoo.recordingSid = recording.sid
        lastAPIRecordingSid[.kazoo] = recording.sid
        return Self.kazooNodeReply("start", result: trigger == nil ? "started" : "waiting", recordingSid: recording.sid)
    }

    private mutating func stopKazooRecording() -> APIReply {
        guard let sid = kazoo.recordingSid, kazooRecordingIsActive(sid) else {
            // kzc_recording: "received stop recording and we're not recording, exiting".
            noteQuietly(.kazoo, "no record_call recording is running: stop does nothing")
            emit("kazoo.record_call", [("action", .string("stop")), ("result", .string("nothing-to-stop"))])
            return Self.kazooNodeReply("stop", result: "nothing-to-stop", recordingSid: nil)
        }
        kazoo.recordingSid = nil
        if let index = runningRecording(sid) {
            emit("kazoo.record_call", [("action", .string("stop")), ("RecordingSid", .string(sid))])
            stopRecording(at: index, reason: "api-stop")
            return Self.kazooNodeReply("stop", result: "stopped", recordingSid: sid)
        }
        // Still waiting for its answer or bridge: it never starts.
        pendingRecordings.removeAll { $0.recording.sid == sid }
        emit(
            "kazoo.record_call",
            [
                ("action", .string("stop")), ("RecordingSid", .string(sid)),
                ("result", .string("cancelled-before-start")),
            ])
        return Self.kazooNodeReply("stop", result: "cancelled", recordingSid: sid)
    }

    /// Whether the `record_call` recording is running or waiting for its trigger.
    private func kazooRecordingIsActive(_ sid: String) -> Bool {
        runningRecording(sid) != nil || pendingRecordings.contains { $0.recording.sid == sid }
    }

    /// What the simulator reports for a node that ran (a callflow node has no HTTP answer).
    static func kazooNodeReply(_ action: String, result: String, recordingSid: String?) -> APIReply {
        APIReply(
            status: 200,
            body: .fields([
                "module": "record_call", "action": .string(action), "result": .string(result),
                "recording_id": recordingSid.map { .string($0) },
            ]))
    }

    /// Crossbar's answer for an identifier that names no live channel.
    static func kazooBadIdentifier(_ callID: String) -> APIReply {
        APIReply(
            status: 404,
            body: .fields([
                "data": .fields(["cause": .string(callID), "message": "bad identifier"]), "error": "404",
                "message": "bad_identifier", "status": "error",
            ]))
    }

    /// Uploads a finished recording to the node's `url` with its verb, as `kzc_recording` does
    /// through `kz_att_http`: the URL gains `call_recording_{CallId}.{ext}` and the recording's
    /// fields as a query. No `url`: the recording is kept in the recordings store only.
    mutating func kazooRecordingEnded(_ context: KazooRecording, recording: ActiveRecording, result: RecordingResult) {
        if kazoo.recordingSid == recording.sid { kazoo.recordingSid = nil }
        guard let url = context.url, let artifact = result.artifact else { return }
        let scheme = url.prefix { $0 != ":" }.lowercased()
        switch scheme {
        case "http", "https":
            let ext = artifact.format.fileExtension
            let upload = kazooUploadURL(url, recording: recording, durationMilliseconds: artifact.durationMilliseconds)
            sendWithoutWaiting(
                Fetch(
                    purpose: "kazooUpload", url: upload, method: context.method, parameters: [],
                    body: .media(
                        file: artifact.fileName, contentType: ext == "mp3" ? "audio/mpeg" : "audio/x-wav",
                        bytes: artifact.measuredBytes),
                    includesCallParameters: false),
                exclude: [])
        case "ftp", "ftps":
            emitWarning(
                code: nil,
                "Kazoo record_call: the FTP upload to \(url) is not simulated: the recording stays in the store",
                [("platform", .string("kazoo"))])
        default:
            // kzc_recording: "invalid protocol for url: not saving attachment".
            emitWarning(
                code: nil, "Kazoo record_call: url \(url) is neither http(s) nor ftp: the recording is not uploaded",
                [("platform", .string("kazoo"))])
        }
    }

    /// `kzc_recording:handler_fields_for_protocol/3` for http(s): the base URL, a file name and the
    /// recording's fields, joined the way `check_url/1` decides from the base URL's query.
    func kazooUploadURL(_ base: String, recording: ActiveRecording, durationMilliseconds: Int64) -> String {
        let (beforeName, beforeFields): (String, String)
        if let query = base.split(separator: "?", maxSplits: 1).dropFirst().first, !query.isEmpty {
            let last = query.split(separator: "&", omittingEmptySubsequences: false).last ?? ""
            let pair = last.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if pair.count == 1 {
                beforeName = "="
            } else if pair[1].isEmpty {
                beforeName = ""
            } else {
                beforeName = "&recording="
            }
            beforeFields = "&"
        } else {
            beforeName = ""
            beforeFields = "?"
        }
        let date = CivilTime(unixSeconds: Self.virtualEpoch + recording.started.milliseconds / 1000)
        // `YYYYMM`: the monthly database prefix Kazoo puts on CDR and recording ids.
        let month = "\(date.year)" + pad(date.month, 2)
        let startGregorian = Self.virtualEpoch + recording.started.milliseconds / 1000 + 62_167_219_200
        let fields: [(String, String)] = [
            ("from", scenario.call.from), ("to", scenario.call.to), ("caller_id_name", scenario.call.from),
            ("caller_id_number", scenario.call.from), ("call_id", callSid), ("cdr_id", month + "-" + callSid),
            ("interaction_id", ""), ("owner_id", ""), ("account_id", accountSid), ("start", String(startGregorian)),
            ("duration_ms", String(durationMilliseconds)), ("recording_id", month + "-" + recording.sid),
        ]
        let query = fields.map { $0.0 + "=" + URLResolution.percentEncode($0.1) }.joined(separator: "&")
        return base + beforeName + "call_recording_" + callSid + "." + recording.format.fileExtension + beforeFields
            + query
    }
}

/// Kazoo: callflow nodes such as `record_call` run on the call, answered as crossbar answers.
enum KazooCallflowAPI: PlatformAPI {
    static let platform = APIPlatform.kazoo
    static func initialState() -> KazooState { KazooState() }

    static func requestFields(_ command: APICommand, callID: String, in run: CallRun) -> [(String, TraceValue)] {
        [
            ("module", .string(command.target)),
            ("node", .json(.fields(["module": .string(command.target), "data": command.body]))),
        ]
    }

    static func perform(_ command: APICommand, callID: String, in run: inout CallRun) -> APIReply {
        run.performKazoo(command)
    }
}

extension APIPlatform {
    /// Kazoo: a callflow node such as `record_call` run on the call.
    public static let kazoo = APIPlatform(rawValue: "kazoo")
}

extension KazooRecording: APIRecordingNotice {
    func recordingEnded(_ recording: ActiveRecording, result: RecordingResult, in run: inout CallRun) {
        run.kazooRecordingEnded(self, recording: recording, result: result)
    }
}

extension RecordingNotifier {
    /// Kazoo's upload of the finished file.
    static func kazoo(_ notice: KazooRecording) -> RecordingNotifier { .api(notice) }
}

extension CallRun {
    var kazoo: KazooState {
        get { apis[KazooCallflowAPI.self] }
        set { apis[KazooCallflowAPI.self] = newValue }
    }
}
