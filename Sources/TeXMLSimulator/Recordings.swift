import TeXMLGrammar
public import TeXMLRecorder

/// What became of one recording: its metadata document and, when it was kept, its audio.
public struct RecordingResult: Sendable, Hashable {
    public var metadata: RecordingMetadata
    /// The measured audio; nil when nothing was kept (`absent`, or the recorder failed).
    public var artifact: AudioArtifact?
}

/// A recording the recorder could not render or store (a full disk, an unwritable folder, a
/// clip it cannot read): the call goes on and reports it `absent`, and the command that ran the
/// call says so on standard error and exits non-zero, unless the scenario lists it under
/// `expected_warnings` (by ``id``, the kind such as `write-failed`, or a piece of the message).
public struct RecorderFailure: Sendable, Hashable {
    /// The one id every recorder failure has.
    public static let id = "texml.recorder.failed"
    public var recordingSid: String
    public var kind: RecorderError.Kind
    /// What failed, in words: the recorder's error, with its path.
    public var message: String

    /// Whether an `expected_warnings` entry names this failure.
    public func isExpected(by entries: [String]) -> Bool {
        entries.contains { $0 == Self.id || $0 == kind.rawValue || message.contains($0) }
    }
}

/// An external store a finished recording file is sent to (SignalWire `storageUrl`).
struct RecordingStorage {
    var url: String
    /// `POST` or `PUT`.
    var method: String
}

/// A recording in progress: where it started, what it captures and how it reports.
struct ActiveRecording {
    var sid: String
    /// `<Start><Recording name>`: the handle `<Stop><Recording>` uses.
    var name: String?
    /// `RecordingSource`: RecordVerb, DialVerb, Conference, StartCallRecordingAPI, …
    var source: String
    /// What started it, for `<Stop>` and for the callbacks' parameters.
    var origin = Origin.recordVerb
    var started: SimTime
    var capture: Capture
    var channels: [[Track]]
    /// `inbound`, `outbound` or `both`.
    var track: RecordingTrack
    var trim: Bool
    var format: AudioFormat
    var conferenceSid: String?
    /// The file's name without extension when not the SID (Telnyx `custom_file_name`, Kazoo `media_name`).
    var fileName: String?
    /// Samples per second when not the platform's default (Kazoo `record_sample_rate`).
    var sampleRate: Int?
    var limits = Limits()
    var delivery: Delivery

    /// What has been captured so far.
    struct Capture {
        /// Start of the span being captured; nil once closed.
        var spanStart: SimTime?
        var parts: [CapturePart] = []
        /// Time captured in closed spans.
        var captured = SimTime.zero
        /// When it was paused; nil while capturing or stopped.
        var pausedAt: SimTime?
    }

    /// When it stops by itself, and when what it kept counts as nothing.
    struct Limits {
        /// Stops by itself after this much captured time.
        var maxLength: SimTime?
        /// Stops by itself after this much silence on its tracks.
        var silenceTimeout: SimTime?
        /// Whether the 16101/16102 rule applies: an empty or silent recording is `absent`.
        var absentRule = true
        /// Recordings shorter than this are deleted (Kazoo `record_min_sec`).
        var minimumDuration: SimTime?
    }

    /// How the application hears of it and where the file goes.
    struct Delivery {
        var subscription: RecordingSubscription?
        /// How the application hears that it ended.
        var notifier = RecordingNotifier.statusCallback
        /// Extra metadata labels (Kazoo `origin`, `label`; Telnyx `client_state`).
        var labels: [String: String] = [:]
        /// Where the platform serves it when not the dialect's Recordings URL (TelAPI's own API).
        var url: String?
        /// Where the finished file is also sent (SignalWire `storageUrl`).
        var storage: RecordingStorage?
    }

    enum Origin {
        case recordVerb
        case startVerb
        case dialVerb
        case conference
        case api
    }

    init(
        sid: String, source: String, started: SimTime, track: RecordingTrack, channels: Int, trim: Bool,
        format: AudioFormat, subscription: RecordingSubscription?
    ) {
        self.sid = sid
        self.source = source
        self.started = started
        self.capture = Capture(spanStart: started)
        self.track = track
        self.channels = ActiveRecording.layout(track: track, channels: channels)
        self.trim = trim
        self.format = format
        self.delivery = Delivery(subscription: subscription)
    }

    /// Channels from a track and a channel count: one track is always mono; both tracks in two
    /// channels put the parent leg (inbound) on channel 1 and the rest on channel 2.
    static func layout(track: RecordingTrack, channels: Int) -> [[Track]] {
        switch track {
        case .inbound: [[.inbound]]
        case .outbound: [[.outbound]]
        case .both: channels == 2 ? [[.inbound], [.outbound]] : [[.inbound, .outbound]]
        }
    }

    /// The tracks the recording hears.
    var tracks: Set<Track> { Set(channels.flatMap { $0 }) }

    /// Closes the open span at `moment`.
    mutating func closeSpan(at moment: SimTime) {
        guard let start = capture.spanStart else { return }
        if moment > start {
            capture.parts.append(.audio(start: start.milliseconds, end: moment.milliseconds))
            capture.captured += moment - start
        }
        capture.spanStart = nil
    }
}

extension CallRun {
    // MARK: The call's audio

    /// Adds a sound to a track of the call's audio.
    mutating func hear(_ sound: Sound, on track: Track, from start: SimTime, to end: SimTime) {
        guard end > start else { return }
        audio[track].append(SoundSegment(start: start.milliseconds, end: end.milliseconds, sound: sound))
        lastSound[track] = max(lastSound[track] ?? .zero, end)
    }

    /// Adds what a script event sounds like: speech (the scenario's WAV when it names one) or a key.
    mutating func hear(_ event: ScriptEvent, on track: Track, voice: UInt64) {
        switch event {
        case .speech(let start, let duration, _, let file):
            if let file, loaded.files[file] != nil {
                audio.clips[file] = loaded.files[file]
                hear(.clip(key: file, offset: 0), on: track, from: start, to: start + duration)
            } else {
                hear(.speech(voice: voice), on: track, from: start, to: start + duration)
            }
        case .dtmf(let key, let at):
            hear(.dtmf(key: String(key)), on: track, from: at, to: at + ScriptStep.keyTone)
        case .hangup:
            break
        }
    }

    // MARK: Lifecycle

    /// The format of a recording whose markup does not say: Twilio stores WAV, Telnyx MP3.
    var defaultRecordingFormat: AudioFormat { behaviour.recordings.format }

    /// Starts a background recording: traced, `in-progress` sent if subscribed.
    mutating func startRecording(_ recording: ActiveRecording) {
        recordings.append(recording)
        emitRecordingStarted(recording)
    }

    mutating func emitRecordingStarted(_ recording: ActiveRecording) {
        emit(
            .recordingStarted(
                .init(
                    recordingSid: recording.sid, source: recording.source, name: recording.name,
                    track: recording.track, channels: recording.channels.count, format: recording.format,
                    trim: recording.trim)))
        if case .statusCallback = recording.delivery.notifier {
            recordingCallback("in-progress", report(recording, duration: .zero), recording.delivery.subscription)
        }
    }

    /// The earliest moment a background recording stops by itself, and why.
    func nextRecordingStop() -> (index: Int, moment: SimTime, reason: RecordingStopReason)? {
        var best: (index: Int, moment: SimTime, reason: RecordingStopReason)?
        for (index, recording) in recordings.enumerated() {
            guard let spanStart = recording.capture.spanStart else { continue }
            var candidates: [(SimTime, RecordingStopReason)] = []
            if let maxLength = recording.limits.maxLength {
                candidates.append((spanStart + (maxLength - recording.capture.captured), .maxLength))
            }
            if let timeout = recording.limits.silenceTimeout {
                let heard = recording.tracks.compactMap { lastSound[$0] }.max()
                let sinceSpeech = heard.map { $0 > recording.started } ?? false
                // Telnyx arms silence timers only after speech; Twilio from the start.
                if behaviour.record.silenceTimerStart == .capture || sinceSpeech {
                    candidates.append((max(heard ?? recording.started, recording.started) + timeout, .silence))
                }
            }
            for (moment, reason) in candidates where best.map({ moment < $0.moment }) ?? true {
                best = (index, moment, reason)
            }
        }
        return best
    }

    /// Stops the background recording at `index` now and finalises it.
    @discardableResult
    mutating func stopRecording(at index: Int, reason: RecordingStopReason, interruption: String? = nil)
        -> RecordingResult
    {
        var recording = recordings.remove(at: index)
        recording.closeSpan(at: now)
        return finalize(recording, reason: reason, interruption: interruption)
    }

    /// Stops the background recording with this SID, if it is still running.
    @discardableResult
    mutating func stopRecording(sid: String, reason: RecordingStopReason) -> RecordingResult? {
        guard let index = recordings.firstIndex(where: { $0.sid == sid }) else {
            return finishedRecordings.last { $0.metadata.sid == sid }
        }
        return stopRecording(at: index, reason: reason)
    }

    /// Renders a stopped recording, decides whether it is kept, stores it and reports it.
    ///
    /// `forcedAbsent` is the error code when the caller already knows nothing usable was
    /// recorded (`<Record>`'s empty-recording rule); `interruption` says why the recording
    /// could not finish.
    @discardableResult
    mutating func finalize(
        _ recording: ActiveRecording, reason: RecordingStopReason, forcedAbsent: Int? = nil, interruption: String? = nil
    ) -> RecordingResult {
        emit(
            .recordingStopped(
                .init(recordingSid: recording.sid, reason: reason, captured: recording.capture.captured)))
        var outcome = render(recording, interruption: interruption)
        outcome.judge(recording, forcedAbsent: forcedAbsent, behaviour: behaviour)
        let duration = SimTime(
            milliseconds: outcome.code == nil ? outcome.rendered?.artifact.durationMilliseconds ?? 0 : 0)
        var metadata = RecordingMetadata(
            sid: recording.sid, accountSid: accountSid, callSid: callSid, conferenceSid: recording.conferenceSid,
            source: recording.source, status: "completed", channels: recording.channels.count,
            track: recording.track.rawValue, format: recording.format, startTime: rfc2822(recording.started),
            created: Self.virtualEpoch + recording.started.milliseconds / 1000,
            duration: duration.wholeSecondsRoundedUp, durationMilliseconds: duration.milliseconds,
            sampleRate: outcome.sampleRate, url: recording.delivery.url ?? recordingURL(recording.sid),
            from: scenario.call.from, to: scenario.call.to, labels: ["stopped_by": reason.rawValue])
        if let name = recording.name { metadata.labels["name"] = name }
        metadata.labels.merge(recording.delivery.labels) { _, new in new }
        let kept = store(recording, &outcome, &metadata, duration: duration)
        var report = report(recording, duration: duration)
        report.absentCode = outcome.code
        let result = RecordingResult(metadata: metadata, artifact: kept)
        // Listed before the application hears of it: a live application fetches the file its
        // callback names while it handles the callback.
        finishedRecordings.append(result)
        announceFinished(recording, result, report: report, duration: duration)
        return result
    }

    /// `recording.completed` (the file sent to SignalWire's `storageUrl` first) or
    /// `recording.absent`, then the application hears of it.
    private mutating func announceFinished(
        _ recording: ActiveRecording, _ result: RecordingResult, report: RecordingReport, duration: SimTime
    ) {
        guard let kept = result.artifact else {
            emit(
                .recordingAbsent(
                    .init(
                        recordingSid: recording.sid, errorCode: report.absentCode,
                        reason: result.metadata.reason ?? "")))
            // A recording that could not be written is absent for the application too.
            notifyRecordingEnded(recording, event: "absent", report: report, result: result)
            return
        }
        emit(
            .recordingCompleted(
                .init(
                    recordingSid: recording.sid, duration: duration, file: kept.fileName, channels: kept.channels,
                    format: kept.format)))
        if let storage = recording.delivery.storage {
            // The file goes to the application's storage before the callbacks say it is ready.
            sendWithoutWaiting(
                Fetch(
                    purpose: "storageUrl", url: storage.url, method: storage.method, parameters: [],
                    body: .media(file: kept.fileName, contentType: kept.format.mediaType, bytes: kept.measuredBytes),
                    includesCallParameters: false),
                exclude: [])
        }
        notifyRecordingEnded(recording, event: "completed", report: report, result: result)
    }

    /// What rendering a stopped recording gave, and what is decided about keeping it.
    struct RenderOutcome {
        var rendered: RenderedRecording?
        var sampleRate: Int
        /// Why the recording could not be rendered or stored (or was interrupted).
        var failure: String?
        /// 16101 too short, 16102 silent; nil when it is kept.
        var code: Int?
        /// The minimum it fell short of (Kazoo `record_min_sec`): deleted.
        var tooShort: SimTime?

        /// Reference 3.1: 16101 too short, 16102 silent (not stored); Kazoo's minimum length.
        mutating func judge(_ recording: ActiveRecording, forcedAbsent: Int?, behaviour: PlatformBehaviour) {
            code = forcedAbsent
            guard failure == nil, let artifact = rendered?.artifact else { return }
            if let minimum = recording.limits.minimumDuration, artifact.durationMilliseconds < minimum.milliseconds {
                tooShort = minimum
            }
            guard code == nil, tooShort == nil, recording.limits.absentRule else { return }
            // Trimming keeps a silent recording whole, so only a predicate about silence makes
            // one absent (Kazoo's silence-within-timeout speaks of `<Record>`'s timeout alone:
            // Record.swift).
            if recording.capture.captured <= behaviour.emptyRecordings.absentMinimumDuration {
                code = 16101
            } else if behaviour.emptyRecordings.predicate.countsSilenceAsEmpty, artifact.isSilent {
                code = 16102
            }
        }

        var keeps: Bool { failure == nil && code == nil && tooShort == nil && rendered != nil }
    }

    /// Renders the recording's audio, unless it was interrupted; a recorder failure is noted.
    private mutating func render(_ recording: ActiveRecording, interruption: String?) -> RenderOutcome {
        let request = RecordingRequest(
            name: claimFileName(Self.visibleFileName(recording.fileName ?? recording.sid)), format: recording.format,
            sampleRate: recording.sampleRate ?? behaviour.recordings.sampleRate,
            channels: recording.channels, parts: recording.capture.parts, trimSilence: recording.trim)
        var outcome = RenderOutcome(sampleRate: request.sampleRate, failure: interruption)
        if interruption == nil {
            do {
                outcome.rendered = try recorder.render(request, audio: audio)
            } catch {
                outcome.failure = "\(error.kind.rawValue): \(error)"
                recorderFailed(recording.sid, error)
            }
        }
        return outcome
    }

    /// Stores a recording that is kept (its file and metadata), or the metadata of an absent one;
    /// returns the kept audio.
    private mutating func store(
        _ recording: ActiveRecording, _ outcome: inout RenderOutcome, _ metadata: inout RecordingMetadata,
        duration: SimTime
    ) -> AudioArtifact? {
        if outcome.keeps, let rendered = outcome.rendered {
            metadata.file = rendered.artifact.fileName
            do {
                try recorder.store(rendered, metadata: metadata)
                return rendered.artifact
            } catch {
                outcome.failure = "\(error.kind.rawValue): \(error)"
                metadata.file = nil
                recorderFailed(recording.sid, error)
            }
        } else if let rendered = outcome.rendered {
            recorder.discard(rendered)
        }
        metadata.status = "absent"
        metadata.errorCode = outcome.code
        metadata.duration = 0
        metadata.durationMilliseconds = 0
        if let tooShort = outcome.tooShort, outcome.failure == nil {
            // Kazoo deletes recordings shorter than record_min_sec: nothing is kept, not even metadata.
            metadata.reason =
                "deleted: shorter than the minimum of \(tooShort.secondsText) s (lasted \(duration.secondsText) s)"
            return nil
        }
        metadata.reason = outcome.failure ?? (outcome.code == 16101 ? "recording too short" : "recording silent")
        // The metadata of an absent recording is kept, as platforms keep its resource.
        do {
            try recorder.store(nil, metadata: metadata)
        } catch {
            recorderFailed(recording.sid, error)
        }
        return nil
    }

    /// A file name a listing sees: one starting with "." (a Kazoo `media_name` such as
    /// `.intake`) would be a hidden file, which `texml recordings` and `ls` do not show, so it
    /// gets a visible `_` in front (`_.intake.wav`).
    static func visibleFileName(_ name: String) -> String {
        name.hasPrefix(".") ? "_" + name : name
    }

    /// Notes a recorder failure, once per recording: a full disk fails the audio and then
    /// the metadata of the absent recording too.
    mutating func recorderFailed(_ sid: String, _ error: RecorderError) {
        guard !recorderFailures.contains(where: { $0.recordingSid == sid }) else { return }
        recorderFailures.append(RecorderFailure(recordingSid: sid, kind: error.kind, message: "\(error)"))
    }

    func report(_ recording: ActiveRecording, duration: SimTime) -> RecordingReport {
        RecordingReport(
            recordingSid: recording.sid, source: recording.source, start: recording.started,
            channels: recording.channels.count, duration: duration, absentCode: nil,
            track: recording.origin == .startVerb || recording.origin == .api ? recording.track : nil,
            conferenceSid: recording.conferenceSid,
            errorCodeOnSuccess: recording.origin == .startVerb && behaviour.recordings.startRecordingErrorCodeOnSuccess)
    }

    // MARK: <Start><Recording> and <Stop><Recording>

    /// `<Start>` and `<Stop>` of a `<Siprec>`, `<Transcription>`…: said, then ignored.
    mutating func warnNotSimulated(_ child: Node, in verb: String) {
        emitWarning(
            code: nil, "<\(verb)><\(child.name)> is not simulated: it is ignored",
            [.line(child.range.start.line), .column(child.range.start.column)])
    }

    /// `<Start>`: starts each `<Recording>` and `<Stream>` child and goes on at once.
    mutating func performStart(_ start: StartElement, outcome: inout [VerbOutcome]) -> Flow {
        for child in start.children {
            if case .stream(let element) = child {
                startStreamVerb(element, outcome: &outcome)
                continue
            }
            guard case .recording(let element) = child else {
                warnNotSimulated(child, in: "Start")
                continue
            }
            let intent = lowering.startRecording(element)
            if let name = intent.name, recordings.contains(where: { $0.name == name }) {
                emitWarning(
                    code: nil, "a recording named '\(name)' is already running on this call: the second is not started",
                    [.line(intent.range.start.line), .column(intent.range.start.column)])
                continue
            }
            var recording = ActiveRecording(
                sid: ids.recordingSid(), source: behaviour.recordings.startRecordingSource, started: now,
                track: intent.file.track, channels: intent.file.channels, trim: intent.file.trim,
                format: intent.file.format, subscription: intent.subscription)
            if intent.file.channels == 2, recording.channels.count == 1,
                behaviour.recordings.startRecordingSingleTrack == .attribute
            {
                // Twilio (observed): a single track in a dual recording keeps both channels, the
                // track on its own and the other one silent.
                recording.channels = recording.track == .outbound ? [[], [.outbound]] : [[.inbound], []]
            }
            recording.name = intent.name
            recording.origin = .startVerb
            startRecording(recording)
            outcome.append(.recordingSid(recording.sid))
        }
        return .next
    }

    /// `<Stop>`: stops the `<Recording>` children by name; a `<Recording>` without a name stops
    /// every recording `<Start><Recording>` began.
    mutating func performStop(_ stop: StopElement, outcome: inout [VerbOutcome]) -> Flow {
        for child in stop.children {
            if case .stream(let element) = child {
                stopStreamVerb(element, outcome: &outcome)
                continue
            }
            guard case .recording(let element) = child else {
                warnNotSimulated(child, in: "Stop")
                continue
            }
            let wanted = lowering.startRecording(element).name
            let targets = recordings.filter { recording in
                wanted.map { recording.name == $0 } ?? (recording.origin == .startVerb)
            }
            if targets.isEmpty {
                emitWarning(
                    code: nil,
                    wanted.map { "no recording named '\($0)' is running: <Stop><Recording> does nothing" }
                        ?? "no <Start><Recording> is running: <Stop><Recording> does nothing",
                    [.line(element.range.start.line), .column(element.range.start.column)])
            }
            for target in targets {
                stopRecording(at: recordings.firstIndex { $0.sid == target.sid }!, reason: .stopVerb)
                outcome.append(.recordingSid(target.sid))
            }
        }
        return .next
    }
}

extension CallRun {
    /// 2026-01-01T00:00:00Z in Unix seconds: the virtual clock's origin.
    static let virtualEpoch: Int64 = 1_767_225_600
}

extension AudioArtifact {
    /// The file's size, when it is known: an artifact measured without encoding (MP3 under
    /// ``MeasuringRecorder``) has 0 bytes, which no real file has.
    var measuredBytes: Int? { bytes > 0 ? Int(bytes) : nil }
}
