import TeXMLGrammar
import TeXMLRecorder
import TeXMLSyntax

extension CallRun {
    /// The URL a recording is served at: the shape each platform uses.
    func recordingURL(_ recordingSid: String) -> String {
        behaviour.recordingURL(account: accountSid, recording: recordingSid)
    }

    /// `<Record>`'s control flow: beep, capture until silence, a finish key, `maxLength` or
    /// hang-up, then the action request (or, for an empty recording under the fall-through
    /// policy — Twilio's and Kazoo's — the next verb; after a hang-up, the end of the call).
    mutating func performRecord(_ element: RecordElement, outcome: inout [VerbOutcome]) -> Flow {
        if refusesOneMoreRecording(element.range, verb: "<Record>") {
            outcome.append(.skipped)
            return .next
        }
        let record = lowering.record(element)
        if record.background { return startBackgroundRecord(record, outcome: &outcome) }
        if record.beep, let end = playRecordBeep(outcome: &outcome) { return end }
        var recording = startCapture(record)
        let capture = capture(record, from: recording.started)
        // The finish key's tone is not recorded: capture ends as it starts.
        recording.closeSpan(at: now)
        return recordEnded(record, recording, capture, outcome: &outcome)
    }

    /// The beep before capture; the end of the call when the caller hangs up (or the call's
    /// limit comes) during it.
    private mutating func playRecordBeep(outcome: inout [VerbOutcome]) -> Flow? {
        emit(.recordBeep(.init(duration: behaviour.record.beepDuration)))
        hear(.beep, on: .outbound, from: now, to: now + behaviour.record.beepDuration)
        guard pass(until: now + behaviour.record.beepDuration) else {
            if callerHungUp {
                outcome.append(.reason("caller-hangup"))
                return .end(.callerHangup)
            }
            if progress.update != nil {
                outcome.append(.interrupted)
                return .next
            }
            return .end(limitReached())
        }
        signal(.beep)
        return nil
    }

    /// Starts capturing now: the recording as the intent describes it, traced and announced.
    private mutating func startCapture(_ record: RecordIntent) -> ActiveRecording {
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "RecordVerb", started: now, track: record.file.track,
            channels: record.file.channels, trim: record.file.trim, format: record.file.format,
            subscription: record.subscription)
        // SignalWire `storageUrl`: the finished file is sent there (reference 1.1).
        recording.delivery.storage = record.storage
        recording.sampleRate = record.file.sampleRate
        if let base = record.storeBase {
            // kzt_twiml: media "call_recording_<call id>.<ext>", stored offsite at `base` with "/"
            // and the media name appended.
            let name = "call_recording_" + callSid
            let store =
                (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/" + name + "."
                + recording.format.fileExtension
            recording.fileName = name
            recording.delivery.url = store
            recording.delivery.storage = RecordingStorage(url: store, method: "PUT")
        }
        emitRecordingStarted(recording)
        signal(.recordStart)
        return recording
    }

    /// How a `<Record>`'s capture ended.
    struct CaptureEnd {
        /// `silence`, `max-length`, `finish-key`, `hangup` or `max-duration`.
        var reason: RecordingStopReason
        /// The key that ended it, or `hangup`.
        var digits: String?
        var heardSpeech: Bool
        /// The caller's transcripts, for a transcription.
        var heard: [String] = []
    }

    /// Waits for what ends the capture: the silence timer, `maxLength`, a finish key, the
    /// caller's hang-up or the call's limit.
    private mutating func capture(_ record: RecordIntent, from captureStart: SimTime) -> CaptureEnd {
        let stop = record.stop
        // The caller may already be speaking when capture starts.
        var end = CaptureEnd(reason: .hangup, heardSpeech: callerSpeechEnd > now)
        while true {
            let maxDeadline = stop.maxLength.map { captureStart + $0 }
            var silenceDeadline: SimTime?
            if stop.silence > .zero, stop.silenceTimerStart == .capture || end.heardSpeech {
                // The end of the caller's last speech or key, as the call's audio log has it.
                let lastSound = max(self.lastSound[.inbound] ?? .zero, captureStart)
                silenceDeadline = max(lastSound, now) + stop.silence
            }
            switch wait(until: [maxDeadline, silenceDeadline].compactMap { $0 }.min()) {
            case .deadline:
                end.reason = maxDeadline == now ? .maxLength : .silence
                return end
            case .callLimit:
                end.reason = .maxDuration
                return end
            case .replaced:
                end.reason = .callUpdated
                return end
            case .caller(.hangup):
                (end.reason, end.digits) = (.hangup, "hangup")
                return end
            case .caller(.dtmf(let key, _)) where stop.finishKeys.contains(key):
                (end.reason, end.digits) = (.finishKey, String(key))
                return end
            case .caller(.speech(_, _, let transcript, _)):
                if let transcript { end.heard.append(transcript) }
                end.heardSpeech = true
            case .caller, .party:
                continue
            }
        }
    }

    /// The capture is over: the recording is finalised (absent when empty), transcribed, and
    /// the flow goes on per the empty-recording policy.
    private mutating func recordEnded(
        _ record: RecordIntent, _ recording: ActiveRecording, _ capture: CaptureEnd,
        outcome: inout [VerbOutcome]
    ) -> Flow {
        let duration = now - recording.started
        // Reference 3.1: 16101 too short (nothing captured), 16102 silent (not stored). Under
        // `silence-only` the rendered audio decides, so `finalize` does. The completed callback
        // reports the duration after trimming; the action, the capture's.
        let zeroLength = duration == .zero
        // Kazoo: "ended by silence and length ≤ timeout" (kzt_receiver:record_loop).
        let silentWithinTimeout = capture.reason == .silence && duration <= record.stop.silence
        var forcedAbsent: Int? = zeroLength ? 16101 : nil
        switch behaviour.emptyRecordings.predicate {
        case .noSpeech where !capture.heardSpeech: forcedAbsent = forcedAbsent ?? 16102
        case .silenceWithinTimeout where silentWithinTimeout: forcedAbsent = forcedAbsent ?? 16102
        default: break
        }
        let result = finalize(recording, reason: capture.reason, forcedAbsent: forcedAbsent)
        // What the flow calls empty (reference 2.3): nothing captured, or silence the predicate
        // does not keep; for Kazoo only the silence-ended recording, whatever its length.
        let empty =
            behaviour.emptyRecordings.predicate == .silenceWithinTimeout
            ? silentWithinTimeout : zeroLength || result.metadata.errorCode == 16102
        outcome.append(.reason(capture.reason.rawValue))
        if empty { outcome.append(.empty) }
        if let transcription = record.transcription, result.artifact != nil {
            transcribe(transcription, result, text: capture.heard.joined(separator: " "))
        }
        if capture.reason == .maxDuration { return .end(limitReached()) }
        // A REST update stops the capture where it is: the recording is kept (its status
        // callback fires as for any finished recording) and the new instructions run without the
        // action request. Unconfirmed: neither Twilio's "Modifying calls in progress" nor the
        // <Record> reference says what an interrupted <Record> reports; this is the simulator's rule.
        if capture.reason == .callUpdated { return .next }
        return recordAction(record, recording, duration: duration, capture, empty: empty, outcome: &outcome)
    }

    /// The action request of a finished `<Record>`, or the next verb (an empty recording under
    /// fall-through), or the end of the call after a hang-up.
    private mutating func recordAction(
        _ record: RecordIntent, _ recording: ActiveRecording, duration: SimTime, _ capture: CaptureEnd, empty: Bool,
        outcome: inout [VerbOutcome]
    ) -> Flow {
        var parameters: [(String, String)] = [
            ("RecordingUrl", recording.delivery.url ?? recordingURL(recording.sid)),
            ("RecordingDuration", String(duration.wholeSecondsRoundedUp)),
        ]
        if let digits = capture.digits ?? behaviour.record.digitsWhenNoKey {
            parameters.append(("Digits", digits))
        }
        if record.storeBase != nil, let name = recording.fileName {
            // Kazoo sends the media name as RecordingSid (reference 2.2).
            parameters.append(("RecordingSid", name + "." + recording.format.fileExtension))
        }
        let fetch = Fetch(purpose: "action", url: record.action, method: record.method, parameters: parameters)
        let fallsThrough = empty && behaviour.emptyRecordings.policy == .fallThrough
        if capture.reason == .hangup {
            // An empty recording under fall-through requests nothing (Twilio's exception names
            // no hang-up case: `empty_recording_action_on_hangup`); there is no next verb to run.
            let notifies =
                behaviour.record.actionOnHangup
                && (!fallsThrough || behaviour.emptyRecordings.actionOnHangup)
            return notifies ? .notifyThenEnd(fetch, .callerHangup) : .end(.callerHangup)
        }
        if fallsThrough {
            outcome.append(.fallThrough)
            return .next
        }
        return .fetch(fetch)
    }
}

extension CallRun {
    /// InboundXML `direction` (any case) as a track: `in` is the caller, `out` what the caller hears.
    static func track(direction: String) -> RecordingTrack {
        switch direction.lowercased() {
        case "in": .inbound
        case "out": .outbound
        default: .both
        }
    }

    /// Whether the call already has as many recordings as the platform allows (InboundXML: 5):
    /// then a warning says so, and the verb records nothing.
    mutating func refusesOneMoreRecording(_ range: SourceRange, verb: String) -> Bool {
        guard let limit = behaviour.recordings.maxRecordingsPerCall else { return false }
        let attached = finishedRecordings.count { $0.artifact != nil } + recordings.count
        guard attached >= limit else { return false }
        emitWarning(
            code: nil,
            "this call already has \(attached) recordings, the most \(behaviour.dialect.platform) allows: "
                + "\(verb) records nothing",
            [.line(range.start.line), .column(range.start.column)])
        return true
    }

    /// InboundXML `<Record background="true">`: recording starts at once (no beep; `timeout` and
    /// `finishOnKey` do not apply) and the next verb runs. It stops at `maxLength` or the end
    /// of the call; then the action is requested as a notification (its answer runs nothing)
    /// with TelAPI's parameters: `Digits` (keys pressed meanwhile), `RecordingDuration`, `RecordingUrl`.
    mutating func startBackgroundRecord(_ record: RecordIntent, outcome: inout [VerbOutcome]) -> Flow {
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "RecordVerb", started: now, track: record.file.track, channels: 1,
            trim: record.file.trim, format: record.file.format, subscription: nil)
        recording.limits.maxLength = record.stop.maxLength
        recording.sampleRate = record.file.sampleRate
        recording.delivery.notifier = .telapi(
            TelAPIRecording(
                callbackURL: record.action, method: record.method, purpose: "action",
                transcription: record.transcription.map {
                    TelAPITranscription(quality: $0.quality, callbackURL: $0.callback, purpose: "transcribeCallback")
                }))
        startRecording(recording)
        outcome.append(.background)
        outcome.append(.recordingSid(recording.sid))
        return .next
    }

    /// The transcription callback of a kept `<Record>` recording: what the caller said (the
    /// scenario's transcripts), or `failed` outside Twilio's 2–120 s window (warning 13617).
    mutating func transcribe(_ transcription: TranscriptionIntent, _ recording: RecordingResult, text: String) {
        let seconds = Double(recording.metadata.durationMilliseconds) / 1000
        let inWindow = !behaviour.record.transcriptionLengthLimits || (seconds > 2 && seconds < 120)
        let sid = ids.transcriptionSid()
        if !inWindow {
            emitWarning(
                code: 13617,
                "recording length \(SimTime(milliseconds: recording.metadata.durationMilliseconds).secondsText) s is "
                    + "out of range for transcription (more than 2 s and less than 120 s)",
                [.recordingSid(recording.metadata.sid)])
        }
        emit(
            .transcriptionCompleted(
                .init(
                    transcriptionSid: sid, recordingSid: recording.metadata.sid,
                    status: inWindow ? .completed : .failed, text: inWindow ? text : "")))
        guard let callback = transcription.callback else { return }
        var parameters: [(String, String)] = [
            ("TranscriptionSid", sid), ("TranscriptionStatus", inWindow ? "completed" : "failed"),
            ("TranscriptionUrl", recordingURL(recording.metadata.sid) + "/Transcriptions/" + sid),
            ("RecordingSid", recording.metadata.sid), ("RecordingUrl", recording.metadata.url ?? ""),
        ]
        if inWindow { parameters.append(("TranscriptionText", text)) }
        parameters += transcription.extraParameters
        sendWithoutWaiting(
            Fetch(purpose: "transcribeCallback", url: callback, method: "POST", parameters: parameters),
            exclude: [])
    }
}
