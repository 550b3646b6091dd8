import TeXMLGrammar

extension CallRun {
    /// The URL a recording is served at: the shape each platform uses.
    func recordingURL(_ recordingSid: String) -> String {
        switch dialect {
        case .twiml: "https://api.twilio.com/2010-04-01/Accounts/\(accountSid)/Recordings/\(recordingSid)"
        case .texml: "https://api.telnyx.com/v2/texml/Accounts/\(accountSid)/Recordings/\(recordingSid)"
        }
    }

    /// `<Record>`'s control flow: beep, capture until silence, a finish key, `maxLength` or
    /// hang-up, then the action request (or, for an empty recording under the fall-through
    /// policy, the next verb).
    mutating func performRecord(_ record: RecordElement, outcome: inout [(String, TraceValue)]) -> Flow {
        let finishKeys = Set(record.finishOnKey.value ?? "1234567890*#")
        let timeout = SimTime.seconds(max(record.timeout.value ?? (dialect == .twiml ? 5 : 0), 0))
        let maxLengthSeconds = record.maxLength.value ?? 3600
        // Twilio: maxLength must exceed 1; Telnyx: 0 means no limit.
        let maxLength: SimTime? = maxLengthSeconds > 0 ? .seconds(maxLengthSeconds) : nil

        if record.playBeep.value ?? true {
            emit("record.beep", [("duration", .string(behaviour.beepDuration.secondsText))])
            if !pass(until: now + behaviour.beepDuration) {
                if callerHungUp {
                    outcome.append(("reason", .string("caller-hangup")))
                    return .end(.callerHangup)
                }
                return .end(limitReached())
            }
            signal(.beep)
        }
        let recordingSid = ids.recordingSid()
        let captureStart = now
        // Twilio <Record> files have one channel; Telnyx's `channels` defaults to dual.
        let channels = dialect == .twiml ? 1 : (record.channels.value == "single" ? 1 : 2)
        let subscription = RecordingSubscription(
            url: record.recordingStatusCallback.value, method: record.recordingStatusCallbackMethod.value,
            events: record.recordingStatusCallbackEvent.value, resolve: resolve)
        var report = RecordingReport(
            recordingSid: recordingSid, source: "RecordVerb", start: captureStart, channels: channels,
            duration: .zero, absentCode: nil)
        emit("recording.started", [("RecordingSid", .string(recordingSid)), ("source", .string("RecordVerb"))])
        recordingCallback("in-progress", report, subscription)
        signal(.recordStart)
        var firstSound: SimTime?

        // The caller may already be speaking when capture starts.
        var heardSpeech = callerSpeechEnd > now
        var lastSound = heardSpeech ? callerSpeechEnd : captureStart
        if heardSpeech { firstSound = captureStart }
        var digits: String?
        var reason: String
        loop: while true {
            let maxDeadline = maxLength.map { captureStart + $0 }
            var silenceDeadline: SimTime?
            if timeout > .zero, behaviour.silenceTimerStart == .capture || heardSpeech {
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
                lastSound = now + ScriptStep.keyTone
                firstSound = firstSound ?? now
            case .caller(.speech(let start, let duration, _)):
                heardSpeech = true
                lastSound = max(lastSound, start + duration)
                firstSound = firstSound ?? start
            case .caller, .party:
                continue
            }
        }
        // A recording stopped by silence ends where the sound ended; the trailing silence is kept
        // (trimming is the recording's business, not the duration the action reports).
        let duration = now - captureStart
        let empty: Bool
        switch behaviour.emptyRecordingPredicate {
        case .noSpeech: empty = !heardSpeech
        case .zeroLength: empty = duration == .zero
        }
        emit(
            "recording.ended",
            [
                ("RecordingSid", .string(recordingSid)), ("reason", .string(reason)),
                ("duration", .string(duration.secondsText)), ("empty", .bool(empty)),
            ])
        outcome.append(("reason", .string(reason)))
        // `trim-silence` removes leading and trailing silence: the completed callback reports
        // the sound between the first and the last noise, cut at the end of capture.
        let trims = (record.trim.value ?? (dialect == .twiml ? "trim-silence" : "do-not-trim")) == "trim-silence"
        if trims, let first = firstSound {
            report.duration = min(lastSound, now) - max(first, captureStart)
        } else {
            report.duration = duration
        }
        if empty {
            // Reference 3.1: 16102 silent (not stored), 16101 too short.
            report.absentCode = duration == .zero ? 16101 : 16102
            if subscription?.events.contains("absent") == true {
                recordingCallback("absent", report, subscription)
            }
        } else {
            recordingCallback("completed", report, subscription)
        }
        if reason == "max-duration" { return .end(limitReached()) }

        var parameters: [(String, String)] = [
            ("RecordingUrl", recordingURL(recordingSid)),
            ("RecordingDuration", String(duration.wholeSecondsRoundedUp)),
        ]
        if let digits { parameters.append(("Digits", digits)) }
        let target = record.action.value.map(resolve) ?? document?.url ?? scenario.flowURL
        let fetch = Fetch(
            purpose: "action", url: target, method: record.method.value ?? "POST", parameters: parameters)
        if reason == "hangup" {
            return behaviour.recordActionOnHangup ? .notifyThenEnd(fetch, .callerHangup) : .end(.callerHangup)
        }
        if empty, behaviour.emptyRecordingPolicy == .fallThrough {
            outcome.append(("fallthrough", .bool(true)))
            return .next
        }
        return .fetch(fetch)
    }
}
