public import TeXMLGrammar
public import TeXMLRecorder

/// How a platform runs a call flow where the markup does not say: each dialect's profile.
///
/// Where platforms disagree, or their documentation is silent, the choice is a setting here
/// (never hidden in the interpreter), a scenario can override it under `settings:`, and
/// docs/settings.md lists every setting with its per-dialect default and source.
public struct PlatformBehaviour: Sendable, Hashable {
    public enum SilenceTimerStart: String, Sendable, Hashable, CaseIterable {
        /// The silence timer runs from the start of capture (Twilio).
        case capture
        /// The silence timer is armed only after the caller first speaks (Telnyx).
        case speech
    }

    public enum EmptyRecordingPolicy: String, Sendable, Hashable, CaseIterable {
        /// The recording is reported `absent` and the action request is sent as usual (Telnyx,
        /// SignalWire and Ytel's InboundXML, whose `<Record>` pages name no exception).
        case absentStatus = "absent-status"
        /// No action request: the next verb runs; the `absent` callback still goes out (Twilio:
        /// "If Twilio receives an empty recording, it will not make a request to the action URL;
        /// the call flow continues with the next verb"; Kazoo's kzt_twiml).
        case fallThrough = "fall-through"
    }

    /// What makes a recording empty (reference 2.3): an empty one is `absent` (16101 when nothing
    /// was captured, 16102 when silent and not stored) or falls through, per the policy.
    public enum EmptyRecordingPredicate: String, Sendable, Hashable, CaseIterable {
        /// The caller never spoke (for `<Record>`; keys alone do not count). Background
        /// recordings, which have no caller turn, use `silence-only`'s test.
        case noSpeech = "no-speech"
        /// The recorded audio is silence throughout: no speech, key tone, beep or prompt.
        case silenceOnly = "silence-only"
        /// Capture lasted no time at all: silent recordings are kept (Twilio today).
        case zeroLength = "zero-length"
        /// Kazoo Pivot: the silence timeout ended it no later than `timeout` after capture began
        /// (the caller said nothing worth keeping). Only that is empty: kzt_receiver:record_loop
        /// returns `empty` when `Silence-Terminated` and `Length =< timeout`, so a key or a
        /// hang-up at once is not (the file, with nothing in it, is still absent with 16101).
        case silenceWithinTimeout = "silence-within-timeout"

        /// Whether a recording that is silence throughout is empty (16102), whatever made it.
        var countsSilenceAsEmpty: Bool { self == .noSpeech || self == .silenceOnly }
    }

    public enum UnmappedWebhook: String, Sendable, Hashable, CaseIterable {
        /// A URL the scenario does not map answers 200 with an empty `<Response/>`, and a warning says so.
        case emptyResponse = "empty-response"
        /// A URL the scenario does not map answers 404.
        case notFound = "not-found"
    }

    public var dialect: Dialect

    // Each setting (a field of the groups below marked with its scenario key) has its scenario key,
    // per-dialect defaults, value check and documentation in BehaviourSetting.all
    // (Behaviour/BehaviourSettings.swift), which `of(_:)` applies; the values written here are
    // placeholders that `of(_:)` always replaces. The other fields are the platform's facts, which
    // no scenario changes: set by `init(dialect:)`.

    /// Webhooks, prompts and dialing.
    public var calls = Calls()
    /// `<Record>`.
    public var record = Record()
    /// When a recording is empty, and what that does.
    public var emptyRecordings = EmptyRecordings()
    /// Every recording: its file, its source and its limits.
    public var recordings = Recordings()
    /// Telnyx Call Control.
    public var callControl = CallControl()

    /// `ApiVersion` sent with every request, if the platform sends one.
    public var apiVersion: String? = "2010-04-01"
    /// The root of the platform's account REST API: recording URLs and TwiML-style REST commands
    /// start with it.
    public var restBaseURL = "https://api.twilio.com/2010-04-01"
    /// Kazoo's crossbar API root (`/v2`), where `recordingURL` points for `pivot`.
    public var crossbarBaseURL = "https://kazoo.example.com:8443/v2"
    /// The shapes of the platform's identifiers (AccountSid, CallSid, RecordingSid …).
    public var identifiers = IdentifierScheme.twilio

    /// Webhooks, prompts and dialing.
    public struct Calls: Sendable, Hashable {
        /// `http_timeout`: how long the platform waits for an application's HTTP answer.
        public var httpTimeout = SimTime.zero
        /// `words_per_minute`: speaking rate of `<Say>`; its duration is the word count at this rate.
        public var wordsPerMinute = 0
        /// `speech_timeout_auto`: how long `<Gather speechTimeout="auto">` waits after the caller stops speaking.
        public var speechTimeoutAuto = SimTime.zero
        /// `dial_action_on_caller_hangup`: whether `<Dial>` requests its action when the caller hangs up
        /// during the dial.
        public var dialActionOnCallerHangup = false
        /// `unmapped_webhooks`: what a URL the scenario does not map answers.
        public var unmappedWebhook = UnmappedWebhook.emptyResponse
        /// How many times `loop="0"` repeats a `<Say>` or `<Play>` ("indefinitely", capped by Twilio at 1000).
        public var infiniteLoopCount = 1000
    }

    /// `<Record>`.
    public struct Record: Sendable, Hashable {
        /// `beep_duration`: length of the `<Record>` beep.
        public var beepDuration = SimTime.zero
        /// `record_silence_timer`: when `<Record timeout>` starts counting.
        public var silenceTimerStart = SilenceTimerStart.capture
        /// `record_action_on_hangup`: whether `<Record>` requests its action when the caller hangs up
        /// (with `Digits=hangup`).
        public var actionOnHangup = false
        /// `record_background_default`: whether an InboundXML `<Record>` without `background` runs in
        /// the background.
        public var backgroundByDefault = false
        /// What `<Record maxLength="0">` means where it is valid: no limit (Telnyx) or 3600 s
        /// (SignalWire). TwiML rejects 0.
        public var maxLengthZero = RecordMaxLengthZero.unlimited
        /// Whether `<Record>` trims silence when `trim` is not written (Twilio yes; Telnyx and Kazoo,
        /// which ignores `trim`, no).
        public var trimsByDefault = true
        /// `Digits` of a `<Record>` action when no key ended it (Kazoo: `hangup`; Twilio omits it).
        public var digitsWhenNoKey: String?
        /// Kazoo Pivot: the recording is named `call_recording_{CallSid}`, stored with `PUT` at
        /// `recordingUrl` (default: the action URL) + `/` + its name, and the action carries that
        /// URL and the name as `RecordingSid`.
        public var storesAtActionURL = false
        /// Twilio's transcription rules for `<Record transcribe>`: `maxLength` defaults to 120 s, and
        /// a recording outside 2–120 s is not transcribed (13617). InboundXML documents neither.
        public var transcriptionLengthLimits = true
    }

    /// When a recording is empty, and what that does.
    public struct EmptyRecordings: Sendable, Hashable {
        /// `empty_recording_policy`: what an empty recording does to the flow.
        public var policy = EmptyRecordingPolicy.absentStatus
        /// `empty_recording_predicate`: what makes a recording empty.
        public var predicate = EmptyRecordingPredicate.zeroLength
        /// `empty_recording_action_on_hangup`: under `fall-through`, whether a caller who hangs up leaving
        /// an empty recording still gets the action requested (with `Digits=hangup`).
        public var actionOnHangup = false
        /// `absent_minimum_duration`: recordings whose capture lasts no longer than this are absent with
        /// 16101 (too short).
        public var absentMinimumDuration = SimTime.zero
    }

    /// Every recording: its file, its source and its limits.
    public struct Recordings: Sendable, Hashable {
        /// `recording_sample_rate`: samples per second of recordings.
        public var sampleRate = 0
        /// The file format of recordings whose markup names none (Twilio WAV; Telnyx and Kazoo MP3).
        public var format = AudioFormat.wav
        /// `start_recording_source`: `RecordingSource` of `<Start><Recording>`.
        public var startRecordingSource = ""
        /// `start_recording_single_track`: what a single-track `<Start><Recording>` with two channels
        /// gives.
        public var startRecordingSingleTrack = StartRecordingSingleTrack.attribute
        /// Whether `<Start><Recording>`'s `completed` callback carries `ErrorCode=0` (Twilio, observed:
        /// "ErrorCode | 0 | 0 for success", callbacks-and-lifecycle.md of
        /// github.com/wittyreference/twilio-claude-plugin skills/recordings/references; Telnyx:
        /// unconfirmed, not sent).
        public var startRecordingErrorCodeOnSuccess = true
        /// `dial_dual_mode_channels`: what `<Dial record="…-dual">` gives when Telnyx's
        /// `recordingChannels` is written as `single`.
        public var dialDualModeChannels = DialDualModeChannels.attribute
        /// `pause_behavior`: what a paused recording keeps of the pause when an API does not say.
        public var pauseBehavior = PauseBehavior.silence
        /// `max_recordings_per_call`: how many recordings one call may have (nil: no limit); a verb that
        /// would start one more records nothing.
        public var maxRecordingsPerCall: Int?
    }

    /// Telnyx Call Control.
    public struct CallControl: Sendable, Hashable {
        /// `media_start_delay`: how long after the answer the call's media starts; until then Telnyx Call
        /// Control's `record_start` is refused with 90020 "recording before audio started".
        public var mediaStartDelay = SimTime.zero
        /// `stream_blocks_recording`: whether a running media stream refuses Call Control's
        /// `record_start` with 90045 "media streaming in use".
        public var streamBlocksRecording = false
    }

    /// Moves the REST API (and so `RecordingUrl`) to `origin` (`http://127.0.0.1:PORT`), where a
    /// live run serves it; the path below the host stays the platform's (`/2010-04-01`).
    public mutating func serveAPI(at origin: String) {
        let parts = restBaseURL.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        restBaseURL = origin + (parts.count == 4 ? "/" + parts[3] : "")
        // Kazoo's recordings are served by the same server, below crossbar's own root.
        crossbarBaseURL = origin + "/v2"
    }

    /// Where the platform serves a recording: the REST API's Recordings resource, or Kazoo's
    /// crossbar `recordings` (4.4).
    public func recordingURL(account: String, recording: String) -> String {
        dialect == .pivot
            ? "\(crossbarBaseURL)/accounts/\(account)/recordings/\(recording)"
            : "\(restBaseURL)/Accounts/\(account)/Recordings/\(recording)"
    }

    public enum RecordMaxLengthZero: String, Sendable, Hashable, CaseIterable {
        case unlimited
        case oneHour = "one-hour"
    }

    public enum DialDualModeChannels: String, Sendable, Hashable, CaseIterable {
        case attribute
        case mode
    }

    public enum StartRecordingSingleTrack: String, Sendable, Hashable, CaseIterable {
        /// Two channels when `channels` is dual: the track on its own (inbound 1, outbound 2).
        case attribute
        /// One channel whatever `channels` says.
        case mono
    }

    /// The profile of a dialect: its platform's facts, and each setting's default for it.
    public static func of(_ dialect: Dialect) -> PlatformBehaviour {
        profiles[dialect] ?? profile(dialect)
    }

    private static let profiles = Dictionary(uniqueKeysWithValues: Dialect.allCases.map { ($0, profile($0)) })

    private static func profile(_ dialect: Dialect) -> PlatformBehaviour {
        var profile = PlatformBehaviour(dialect: dialect)
        for setting in BehaviourSetting.all { setting.setDefault(&profile) }
        return profile
    }

    /// The platform's facts; the settings are placeholders until `of(_:)` sets their defaults.
    private init(dialect: Dialect) {
        self.dialect = dialect
        switch dialect {
        case .twiml:
            break
        case .texml:
            // Telnyx differs where its documentation says so; the rest is Twilio's behaviour,
            // which TeXML mirrors (each unconfirmed point is listed in Samples/RULES.md, "Unconfirmed").
            apiVersion = nil
            restBaseURL = "https://api.telnyx.com/v2/texml"
            record.trimsByDefault = false
            recordings.format = .mp3
            // <Start><Recording>'s completed callback: ErrorCode unconfirmed, not sent.
            recordings.startRecordingErrorCodeOnSuccess = false
            identifiers = .telnyx
        case .cxml:
            // SignalWire's cXML "uses Twilio names and defaults" (reference 1.1): Twilio's
            // behaviour but for its own identifiers and URLs, and maxLength="0" meaning 3600 s.
            restBaseURL = "https://example.signalwire.com/api/laml/2010-04-01"
            record.maxLengthZero = .oneHour
            identifiers = .signalWire
        case .pivot:
            // Kazoo's Pivot runs TwiML through kazoo_translator (reference 1.1, 2.1, 2.3, 6):
            // Twilio's behaviour except its record_call: no status callbacks, no trimming, MP3,
            // Digits=hangup without a key, and the file stored at the action (or recordingUrl) URL.
            record.trimsByDefault = false
            recordings.format = .mp3
            record.digitsWhenNoKey = "hangup"
            record.storesAtActionURL = true
            identifiers = .kazoo
        case .inboundxml:
            // TelAPI's InboundXML is a TwiML of 2011 with recording attributes of its own
            // (reference 1.1, 4.3): its URLs, MP3 untrimmed recordings, no transcription limits;
            // what it leaves unsaid is Twilio's (listed in Samples/RULES.md).
            apiVersion = "v1"
            restBaseURL = "https://api.telapi.com/v1"
            record.trimsByDefault = false
            recordings.format = .mp3
            record.transcriptionLengthLimits = false
            identifiers = .telAPI
        }
    }

    /// Applies a scenario's `settings:`.
    public func applying(_ overrides: BehaviourOverrides) -> PlatformBehaviour {
        var result = self
        overrides.apply(to: &result)
        return result
    }
}
