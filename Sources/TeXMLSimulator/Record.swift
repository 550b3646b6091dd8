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
    mutating func performRecord(_ record: RecordElement, outcome: inout [(String, TraceValue)]) -> Flow {
        if refusesOneMoreRecording(record.range, verb: "<Record>") {
            outcome.append(("skipped", .bool(true)))
            return .next
        }
        let finishKeys = Set(record.finishOnKey.value ?? "1234567890*#")
        let timeout = SimTime.seconds(max(record.timeout.value ?? (dialect == .twiml ? 5 : 0), 0))
        let transcribes = (dialect == .twiml ? record.transcribe.value : record.transcription.value) ?? false
        // Twilio: "maxLength defaults to 120 s when transcribing".
        let maxLengthSeconds =
            record.maxLength.written
            ?? (transcribes && behaviour.transcriptionLengthLimits ? 120 : record.maxLength.value ?? 3600)
        // Twilio: maxLength must exceed 1; Telnyx: 0 means no limit; SignalWire: 0 means 3600.
        let maxLength: SimTime?
        switch (maxLengthSeconds, behaviour.recordMaxLengthZero) {
        case (0, .unlimited): maxLength = nil
        case (0, .oneHour): maxLength = .seconds(3600)
        default: maxLength = .seconds(maxLengthSeconds)
        }
        // InboundXML's `fileFormat`, `trimSilence`, `direction` (else `bothLegs`) and `sampleRate`
        // stand beside Telnyx's `format` and Twilio's `trim`.
        let format =
            (record.format.value ?? record.fileFormat.value).flatMap(AudioFormat.init(rawValue:))
            ?? defaultRecordingFormat
        let trim =
            record.trim.value.map { $0 == "trim-silence" } ?? record.trimSilence.value ?? behaviour.recordTrimsByDefault
        let twilio = dialect == .twiml
        let track =
            record.direction.value.map(Self.track(direction:))
            ?? (record.bothLegs.value == true || !twilio ? "both" : "inbound")
        let target = record.action.value.map(resolve) ?? document?.url ?? scenario.flowURL
        if record.background.value ?? (recordRunsInBackgroundByDefault && record.background.range == nil) {
            return startBackgroundRecord(
                record, track: track, format: format, trim: trim, maxLength: maxLength, target: target,
                transcribes: transcribes, outcome: &outcome)
        }

        if record.playBeep.value ?? true {
            emit("record.beep", [("duration", .string(behaviour.beepDuration.secondsText))])
            hear(.beep, on: .outbound, from: now, to: now + behaviour.beepDuration)
            if !pass(until: now + behaviour.beepDuration) {
                if callerHungUp {
                    outcome.append(("reason", .string("caller-hangup")))
                    return .end(.callerHangup)
                }
                return .end(limitReached())
            }
            signal(.beep)
        }
        let captureStart = now
        // Twilio <Record> files hold the caller in one channel (InboundXML: what `direction`
        // names, mixed); Telnyx's `channels` (dual by default) puts what the caller hears on channel 2.
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "RecordVerb", started: captureStart, track: track,
            channels: twilio || record.channels.value == "single" ? 1 : 2, trim: trim, format: format,
            subscription: RecordingSubscription(
                url: record.recordingStatusCallback.value, method: record.recordingStatusCallbackMethod.value,
                events: record.recordingStatusCallbackEvent.value, resolve: resolve))
        // SignalWire `storageUrl`: the finished file is sent there (reference 1.1).
        recording.storage = record.storageUrl.value.map {
            RecordingStorage(url: resolve($0), method: record.storageUrlMethod.value ?? "POST")
        }
        recording.sampleRate = record.sampleRate.written.flatMap { Int($0) }
        if behaviour.recordStoresAtActionURL {
            // kzt_twiml: media "call_recording_<call id>.<ext>", stored offsite at
            // `recordingUrl` (default: the action URL) with "/" and the media name appended.
            let base = record.recordingUrl.value.map(resolve) ?? target
            let name = "call_recording_" + callSid
            let store =
                (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/" + name + "."
                + recording.format.fileExtension
            recording.fileName = name
            recording.url = store
            recording.storage = RecordingStorage(url: store, method: "PUT")
        }
        emitRecordingStarted(recording)
        signal(.recordStart)

        // The caller may already be speaking when capture starts.
        var heardSpeech = callerSpeechEnd > now
        var digits: String?
        var reason: String
        var heard: [String] = []
        loop: while true {
            let maxDeadline = maxLength.map { captureStart + $0 }
            var silenceDeadline: SimTime?
            if timeout > .zero, behaviour.silenceTimerStart == .capture || heardSpeech {
                // The end of the caller's last speech or key, as the call's audio log has it.
                let lastSound = max(self.lastSound[.inbound] ?? .zero, captureStart)
                silenceDeadline = max(lastSound, now) + timeout
            }
            let deadline = [maxDeadline, silenceDeadline].compactMap { $0 }.min()
            switch wait(until: deadline) {
            case .deadline:
                reason = maxDeadline == now ? "max-length" : "silence"
                break loop
            case .callLimit:
                reason = "max-duration"
                break loop
            case .caller(.hangup):
                reason = "hangup"
                digits = "hangup"
                break loop
            case .caller(.dtmf(let key, _)):
                if finishKeys.contains(key) {
                    reason = "finish-key"
                    digits = String(key)
                    break loop
                }
            case .caller(.speech(_, _, let transcript, _)):
                if let transcript { heard.append(transcript) }
                heardSpeech = true
            case .caller, .party:
                continue
            }
        }
        // The finish key's tone is not recorded: capture ends as it starts.
        recording.closeSpan(at: now)
        let duration = now - captureStart
        // Reference 3.1: 16101 too short (nothing captured), 16102 silent (not stored). Under
        // `silence-only` the rendered audio decides, so `finalize` does. The completed callback
        // reports the duration after trimming; the action, the capture's.
        let zeroLength = duration == .zero
        // Kazoo: "ended by silence and length ≤ timeout" (kzt_receiver:record_loop).
        let silentWithinTimeout = reason == "silence" && duration <= timeout
        var forcedAbsent: Int? = zeroLength ? 16101 : nil
        switch behaviour.emptyRecordingPredicate {
        case .noSpeech where !heardSpeech: forcedAbsent = forcedAbsent ?? 16102
        case .silenceWithinTimeout where silentWithinTimeout: forcedAbsent = forcedAbsent ?? 16102
        default: break
        }
        let result = finalize(recording, reason: reason, forcedAbsent: forcedAbsent)
        // What the flow calls empty (reference 2.3): nothing captured, or silence the predicate
        // does not keep; for Kazoo only the silence-ended recording, whatever its length.
        let empty =
            behaviour.emptyRecordingPredicate == .silenceWithinTimeout
            ? silentWithinTimeout : zeroLength || result.metadata.errorCode == 16102
        outcome.append(("reason", .string(reason)))
        if empty { outcome.append(("empty", .bool(true))) }
        if transcribes, result.artifact != nil {
            transcribe(record, result, text: heard.joined(separator: " "))
        }
        if reason == "max-duration" { return .end(limitReached()) }

        var parameters: [(String, String)] = [
            ("RecordingUrl", recording.url ?? recordingURL(recording.sid)),
            ("RecordingDuration", String(duration.wholeSecondsRoundedUp)),
        ]
        if let digits = digits ?? behaviour.recordDigitsWhenNoKey { parameters.append(("Digits", digits)) }
        if behaviour.recordStoresAtActionURL, let name = recording.fileName {
            // Kazoo sends the media name as RecordingSid (reference 2.2).
            parameters.append(("RecordingSid", name + "." + recording.format.fileExtension))
        }
        let fetch = Fetch(
            purpose: "action", url: target, method: record.method.value ?? "POST", parameters: parameters)
        let fallsThrough = empty && behaviour.emptyRecordingPolicy == .fallThrough
        if reason == "hangup" {
            // An empty recording under fall-through requests nothing (Twilio's exception names
            // no hang-up case: `empty_recording_action_on_hangup`); there is no next verb to run.
            let notifies =
                behaviour.recordActionOnHangup && (!fallsThrough || behaviour.emptyRecordingActionOnHangup)
            return notifies ? .notifyThenEnd(fetch, .callerHangup) : .end(.callerHangup)
        }
        if fallsThrough {
            outcome.append(("fallthrough", .bool(true)))
            return .next
        }
        return .fetch(fetch)
    }
}

extension CallRun {
    /// InboundXML `direction` (any case) as a track: `in` is the caller, `out` what the caller hears.
    static func track(direction: String) -> String {
        switch direction.lowercased() {
        case "in": "inbound"
        case "out": "outbound"
        default: "both"
        }
    }

    /// Whether a `<Record>` whose `background` is not written runs in the background: only where
    /// the dialect has the attribute (`record_background_default`).
    var recordRunsInBackgroundByDefault: Bool {
        behaviour.recordBackgroundByDefault && dialectHas("Record", "background")
    }

    /// Whether the call's dialect has this attribute on this element.
    func dialectHas(_ element: String, _ attribute: String) -> Bool {
        Grammar.of(behaviour.dialect).element(element)?.attribute(attribute) != nil
    }

    /// Whether the call already has as many recordings as the platform allows (InboundXML: 5):
    /// then a warning says so, and the verb records nothing.
    mutating func refusesOneMoreRecording(_ range: SourceRange, verb: String) -> Bool {
        guard let limit = behaviour.maxRecordingsPerCall else { return false }
        let attached = finishedRecordings.count { $0.artifact != nil } + recordings.count
        guard attached >= limit else { return false }
        emitWarning(
            code: nil,
            "this call already has \(attached) recordings, the most \(behaviour.dialect.platform) allows: "
                + "\(verb) records nothing",
            [("line", .int(range.start.line)), ("column", .int(range.start.column))])
        return true
    }

    /// InboundXML `<Record background="true">`: recording starts at once (no beep; `timeout` and
    /// `finishOnKey` do not apply) and the next verb runs. It stops at `maxLength` or the end
    /// of the call; then the action is requested as a notification (its answer runs nothing)
    /// with TelAPI's parameters: `Digits` (keys pressed meanwhile), `RecordingDuration`, `RecordingUrl`.
    mutating func startBackgroundRecord(
        _ record: RecordElement, track: String, format: AudioFormat, trim: Bool, maxLength: SimTime?,
        target: String, transcribes: Bool, outcome: inout [(String, TraceValue)]
    ) -> Flow {
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "RecordVerb", started: now, track: track, channels: 1, trim: trim,
            format: format, subscription: nil)
        recording.maxLength = maxLength
        recording.sampleRate = record.sampleRate.written.flatMap { Int($0) }
        recording.notifier = .telapi(
            TelAPIRecording(
                callbackURL: target, method: record.method.value ?? "POST", purpose: "action",
                transcription: transcribes
                    ? TelAPITranscription(
                        quality: record.transcribeQuality.value?.lowercased() ?? "auto",
                        callbackURL: record.transcribeCallback.value.map(resolve), purpose: "transcribeCallback")
                    : nil))
        startRecording(recording)
        outcome.append(("background", .bool(true)))
        outcome.append(("RecordingSid", .string(recording.sid)))
        return .next
    }

    /// The transcription callback of a kept `<Record>` recording: what the caller said (the
    /// scenario's transcripts), or `failed` outside Twilio's 2–120 s window (warning 13617).
    mutating func transcribe(_ record: RecordElement, _ recording: RecordingResult, text: String) {
        let callback = dialect == .twiml ? record.transcribeCallback.value : record.transcriptionCallback.value
        let seconds = Double(recording.metadata.durationMilliseconds) / 1000
        let inWindow = !behaviour.transcriptionLengthLimits || (seconds > 2 && seconds < 120)
        let sid = ids.transcriptionSid()
        if !inWindow {
            emitWarning(
                code: 13617,
                "recording length \(SimTime(milliseconds: recording.metadata.durationMilliseconds).secondsText) s is "
                    + "out of range for transcription (more than 2 s and less than 120 s)",
                [("RecordingSid", .string(recording.metadata.sid))])
        }
        emit(
            "transcription.completed",
            [
                ("TranscriptionSid", .string(sid)), ("RecordingSid", .string(recording.metadata.sid)),
                ("status", .string(inWindow ? "completed" : "failed")), ("text", .string(inWindow ? text : "")),
            ])
        guard let callback, !callback.isEmpty else { return }
        var parameters: [(String, String)] = [
            ("TranscriptionSid", sid), ("TranscriptionStatus", inWindow ? "completed" : "failed"),
            ("TranscriptionUrl", recordingURL(recording.metadata.sid) + "/Transcriptions/" + sid),
            ("RecordingSid", recording.metadata.sid), ("RecordingUrl", recording.metadata.url ?? ""),
        ]
        if inWindow { parameters.append(("TranscriptionText", text)) }
        if dialect == .texml {
            parameters.append(("TranscriptionEngine", record.transcriptionEngine.value ?? "A"))
            parameters.append(("TranscriptionLanguage", record.transcriptionLanguage.value ?? "en-US"))
        }
        sendWithoutWaiting(
            Fetch(
                purpose: "transcribeCallback", url: resolve(callback), method: "POST", parameters: parameters),
            exclude: [])
    }
}
