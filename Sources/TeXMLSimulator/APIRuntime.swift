import TeXMLGrammar
import TeXMLRecorder
import TeXMLSupport

/// How a recording tells the application it ended: the status callbacks of the markup and the
/// TwiML-style REST APIs, or the notice of the API that started it.
enum RecordingNotifier {
    /// `recordingStatusCallback` with the subscribed events (markup and TwiML-style REST).
    case statusCallback
    /// The API's own notice (Call Control webhooks, TelAPI's `CallbackUrl`, Kazoo's upload).
    case api(any APIRecordingNotice)

    /// The API notice of this kind, if the recording reports that way.
    func notice<Notice: APIRecordingNotice>(_ kind: Notice.Type) -> Notice? {
        if case .api(let notice) = self { return notice as? Notice }
        return nil
    }
}

/// A recording an API asked for that starts when something happens (Kazoo `record_on_answer`,
/// `record_on_bridge`).
struct PendingRecording {
    var recording: ActiveRecording
    var trigger: Trigger
}

extension CallRun {
    // MARK: Commands

    /// Starts the recordings waiting for `trigger`, which happens now.
    mutating func startRecordings(waitingFor trigger: Trigger) {
        var waiting: [PendingRecording] = []
        for pending in media.pendingRecordings {
            guard pending.trigger == trigger else {
                waiting.append(pending)
                continue
            }
            var recording = pending.recording
            recording.started = now
            recording.capture.spanStart = now
            startRecording(recording)
        }
        media.pendingRecordings = waiting
    }

    /// Sends `command` to its API now: `api.request`, the API performs it, `api.response`,
    /// then what it set off (webhooks, callbacks), as on the wire.
    @discardableResult
    mutating func issue(_ command: APICommand) -> APIReply {
        let callID = command.callID ?? callSid
        guard let api = PlatformAPIs.api(command.platform) else { return APIReply(status: 404) }
        emit(
            .apiRequest(
                .init(
                    platform: command.platform, call: api.request(command, callID: callID, in: self),
                    line: command.location?.line)))
        trace.beginCommand()
        let reply = api.perform(command, callID: callID, in: &self)
        trace.answerCommand(
            TraceEvent(
                time: now, .apiResponse(.init(platform: command.platform, status: reply.status, body: reply.body))))
        return reply
    }

    /// A TwiML-style REST command as sent: POST to `url` with its form parameters.
    func formRequest(_ command: APICommand, url: String) -> TraceEvent.APICall {
        let pairs = (command.body.members ?? []).map { ($0.key, $0.value.formText ?? $0.value.jsonText) }
        return .form(method: command.method.rawValue, url: url, params: pairs)
    }

    /// `{CallSid}`, `{call_control_id}`, `{AccountSid}` and `{RecordingSid}` of a command's target.
    func expandPlaceholders(_ text: String, command: APICommand, callID: String) -> String {
        var result = text.replacing("{CallSid}", with: callID)
        result = result.replacing("{call_control_id}", with: callID)
        result = result.replacing("{AccountSid}", with: accountSid)
        if let last = apis.lastRecordingSid[command.platform] {
            result = result.replacing("{RecordingSid}", with: last)
        }
        return result
    }

    /// Runs the commands still scheduled once the call is over (they find it ended) and says
    /// which never ran because their trigger did not happen.
    mutating func issueLateCommands() {
        while let next = commands.next {
            now = max(now, next.due)
            if let command = commands.removeNext() { issue(command) }
        }
        for command in commands.removeNeverTriggered() {
            guard case .on(let trigger, _) = command.when else { continue }
            var extra: [TraceEvent.ProblemDetail] = [.platform(command.platform)]
            if let location = command.location { extra.append(.line(location.line)) }
            emitWarning(
                code: nil,
                "the \(command.platform.rawValue) command '\(command.target)' was never sent: it waits for "
                    + "\(trigger.rawValue), which did not happen", extra)
        }
    }

    // MARK: Recording control for the APIs

    /// The recording running on this call with this SID, paused or not.
    func runningRecording(_ sid: String) -> Int? { recordings.firstIndex { $0.sid == sid } }

    /// Pauses a running recording. False when it is already paused.
    @discardableResult
    mutating func pauseRecording(at index: Int) -> Bool {
        guard recordings[index].capture.spanStart != nil else { return false }
        recordings[index].closeSpan(at: now)
        recordings[index].capture.pausedAt = now
        emit(.recordingPaused(.init(recordingSid: recordings[index].sid)))
        return true
    }

    /// Resumes a paused recording: the pause is kept as silence in the file, or skipped.
    /// False when it is not paused.
    @discardableResult
    mutating func resumeRecording(at index: Int, pauseBehavior: PauseBehavior) -> Bool {
        guard let pausedAt = recordings[index].capture.pausedAt else { return false }
        let paused = now - pausedAt
        if pauseBehavior == .silence, paused > .zero {
            recordings[index].capture.parts.append(.silence(milliseconds: paused.milliseconds))
        }
        recordings[index].capture.pausedAt = nil
        recordings[index].capture.spanStart = now
        emit(
            .recordingResumed(.init(recordingSid: recordings[index].sid, paused: paused, pauseBehavior: pauseBehavior)))
        return true
    }

    /// Starts `recording` now, or when `trigger` next happens.
    mutating func startRecording(_ recording: ActiveRecording, when trigger: Trigger?) {
        if let trigger {
            pendingRecordings.append(PendingRecording(recording: recording, trigger: trigger))
        } else {
            startRecording(recording)
        }
    }

    /// A file name not yet used by a recording of this call: `name`, else `name-2`, `name-3`, …
    mutating func claimFileName(_ name: String) -> String {
        var candidate = name
        var counter = 1
        while usedFileNames.contains(candidate) {
            counter += 1
            candidate = "\(name)-\(counter)"
        }
        usedFileNames.insert(candidate)
        return candidate
    }

    /// The keys pressed on the inbound track while a recording captured.
    func digitsPressed(during parts: [CapturePart]) -> String {
        var digits = ""
        for segment in audio[.inbound] {
            guard case .dtmf(let key) = segment.sound else { continue }
            for part in parts {
                if case .audio(let start, let end) = part, segment.start >= start, segment.start < end {
                    digits += key
                    break
                }
            }
        }
        return digits
    }

    /// What the recording heard said, as the scenario's `says:` transcripts, in order: the
    /// caller's on the inbound track, the other party's on the outbound one, when their speech
    /// overlaps a span the recording captured.
    func transcriptHeard(by recording: ActiveRecording) -> String {
        let tracks = recording.tracks
        var texts: [String] = []
        for event in events {
            let (track, duration, said): (Track, SimTime, String?)
            switch event.payload {
            case .callerSpeech(let speech): (track, duration, said) = (.inbound, speech.duration, speech.transcript)
            case .partySpeech(let speech): (track, duration, said) = (.outbound, speech.duration, speech.transcript)
            default: continue
            }
            guard tracks.contains(track), let transcript = said else { continue }
            let start = event.time.milliseconds
            let end = start + duration.milliseconds
            // Words the recording caught even in part count.
            let captured = recording.capture.parts.contains { part in
                if case .audio(let from, let to) = part { return start < to && end > from }
                return false
            }
            if captured { texts.append(transcript) }
        }
        return texts.joined(separator: " ")
    }

    /// Tells the application a recording ended, the way its source reports: `event` is
    /// `completed` or `absent`.
    mutating func notifyRecordingEnded(
        _ recording: ActiveRecording, event: String, report: RecordingReport, result: RecordingResult
    ) {
        switch recording.delivery.notifier {
        case .statusCallback:
            recordingCallback(event, report, recording.delivery.subscription)
        case .api(let notice):
            notice.recordingEnded(recording, result: result, in: &self)
        }
    }

    // MARK: Requests with bodies

    /// Sends a JSON webhook (no form parameters) without waiting for the answer.
    mutating func sendJSONWithoutWaiting(purpose: String, url: String, body: JSONValue) {
        let fetch = Fetch(
            purpose: purpose, url: url, method: "POST", parameters: [], body: .json(body),
            includesCallParameters: false)
        sendWithoutWaiting(fetch, exclude: [])
    }
}

/// What happens to the audio of a paused recording when it resumes.
public enum PauseBehavior: String, Sendable, Hashable, CaseIterable {
    /// The pause is kept as silence: the file lasts as long as the recording ran.
    case silence
    /// The pause is cut out.
    case skip
}
