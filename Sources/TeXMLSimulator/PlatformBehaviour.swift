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
    /// `ApiVersion` sent with every request, if the platform sends one.
    public var apiVersion: String?
    /// How long the platform waits for an application's HTTP answer.
    public var httpTimeout: SimTime
    /// Speaking rate of `<Say>`: its duration is the word count at this rate.
    public var wordsPerMinute: Int
    /// Length of the `<Record>` beep.
    public var beepDuration: SimTime
    /// How long `<Gather speechTimeout="auto">` waits after the caller stops speaking.
    public var speechTimeoutAuto: SimTime
    /// How many times `loop="0"` repeats a `<Say>` or `<Play>` ("indefinitely", capped by Twilio at 1000).
    public var infiniteLoopCount: Int
    public var silenceTimerStart: SilenceTimerStart
    public var emptyRecordingPolicy: EmptyRecordingPolicy
    public var emptyRecordingPredicate: EmptyRecordingPredicate
    /// Whether `<Record>` requests its action when the caller hangs up (with `Digits=hangup`).
    public var recordActionOnHangup: Bool
    /// Whether `<Dial>` requests its action when the caller hangs up during the dial.
    public var dialActionOnCallerHangup: Bool
    /// Under `fall-through`, whether a caller who hangs up leaving an empty recording still gets
    /// the action requested (with `Digits=hangup`). Twilio's empty-recording exception names no
    /// hang-up case, so no (unconfirmed); Kazoo's empty recordings are never hang-ups.
    public var emptyRecordingActionOnHangup = false
    public var unmappedWebhook: UnmappedWebhook
    /// Samples per second of recordings.
    public var recordingSampleRate: Int
    /// Recordings whose capture lasts no longer than this are absent with 16101 (too short).
    public var absentMinimumDuration: SimTime
    /// `RecordingSource` of `<Start><Recording>`. Twilio's pages do not say; published call logs
    /// do: "<Start><Recording> reports source as StartCallRecordingTwiML, NOT StartCallRecordingAPI"
    /// (github.com/wittyreference/twilio-claude-plugin skills/recordings/references/test-results.md,
    /// live-tested 2026-03-24). Telnyx: unconfirmed, the Recordings API's value (its enum has no
    /// TwiML one).
    public var startRecordingSource: String
    /// What a single-track `<Start><Recording>` with two channels gives: the `channels` attribute
    /// (dual by default) decides, the other channel silent (`attribute`: Twilio, observed "R7
    /// <Start><Recording> track=inbound | 1 (expected) | 2", same source), or one track is always
    /// mono (`mono`: Telnyx, unconfirmed, reference 3.3).
    public var startRecordingSingleTrack = StartRecordingSingleTrack.attribute
    /// Whether `<Start><Recording>`'s `completed` callback carries `ErrorCode=0` (Twilio, observed:
    /// "ErrorCode | 0 | 0 for success", callbacks-and-lifecycle.md of the same source; Telnyx:
    /// unconfirmed, not sent).
    public var startRecordingErrorCodeOnSuccess = true
    /// What `<Dial record="…-dual">` gives when Telnyx's `recordingChannels` is written as
    /// `single` (unconfirmed): the attribute wins (`attribute`) or the mode does (`mode`).
    public var dialDualModeChannels: DialDualModeChannels
    /// What a paused recording keeps of the pause when an API does not say (Twilio's
    /// `PauseBehavior` default is `silence`; Telnyx documents no choice: unconfirmed, same default).
    public var pauseBehavior: PauseBehavior
    /// How long after the answer the call's media starts: until then Telnyx Call Control's
    /// `record_start` is refused with 90020 "recording before audio started".
    public var mediaStartDelay = SimTime.zero
    /// Whether a running media stream refuses Call Control's `record_start` with 90045 "media
    /// streaming in use" (reference 4.1: applicability unconfirmed; the code is listed, so on).
    public var streamBlocksRecording = true

    /// The root of the platform's account REST API: recording URLs and TwiML-style REST commands
    /// start with it.
    public var restBaseURL = "https://api.twilio.com/2010-04-01"
    /// What `<Record maxLength="0">` means where it is valid: no limit (Telnyx) or 3600 s
    /// (SignalWire). TwiML rejects 0.
    public var recordMaxLengthZero = RecordMaxLengthZero.unlimited
    /// Whether `<Record>` trims silence when `trim` is not written (Twilio yes; Telnyx and Kazoo,
    /// which ignores `trim`, no).
    public var recordTrimsByDefault = true
    /// The file format of recordings whose markup names none (Twilio WAV; Telnyx and Kazoo MP3).
    public var recordingFormat = AudioFormat.wav
    /// `Digits` of a `<Record>` action when no key ended it (Kazoo: `hangup`; Twilio omits it).
    public var recordDigitsWhenNoKey: String?
    /// Kazoo Pivot: the recording is named `call_recording_{CallSid}`, stored with `PUT` at
    /// `recordingUrl` (default: the action URL) + `/` + its name, and the action carries that
    /// URL and the name as `RecordingSid`.
    public var recordStoresAtActionURL = false
    /// Whether an InboundXML `<Record>` without `background` runs in the background (Ytel's page
    /// reads "Default value: tru…"; Zang's SDK can only ever write `background="true"`, so its
    /// platform default is false: unconfirmed, chosen false).
    public var recordBackgroundByDefault = false
    /// How many recordings one call may have (InboundXML: "no more than 5 recordings may be
    /// attached to a call"); a verb that would start one more records nothing.
    public var maxRecordingsPerCall: Int?
    /// Twilio's transcription rules for `<Record transcribe>`: `maxLength` defaults to 120 s, and
    /// a recording outside 2–120 s is not transcribed (13617). InboundXML documents neither.
    public var transcriptionLengthLimits = true

    /// Where the platform serves a recording: the REST API's Recordings resource, or Kazoo's
    /// crossbar `recordings` (4.4).
    public func recordingURL(account: String, recording: String) -> String {
        dialect == .pivot
            ? "https://kazoo.example.com:8443/v2/accounts/\(account)/recordings/\(recording)"
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

    /// The profile of a dialect, with the platform's documented behaviour.
    public static func of(_ dialect: Dialect) -> PlatformBehaviour {
        let twilio = PlatformBehaviour(
            dialect: .twiml, apiVersion: "2010-04-01", httpTimeout: .seconds(15), wordsPerMinute: 150,
            beepDuration: .milliseconds(500), speechTimeoutAuto: .seconds(1), infiniteLoopCount: 1000,
            silenceTimerStart: .capture, emptyRecordingPolicy: .fallThrough, emptyRecordingPredicate: .zeroLength,
            recordActionOnHangup: true, dialActionOnCallerHangup: true, unmappedWebhook: .emptyResponse,
            recordingSampleRate: 8000, absentMinimumDuration: .zero, startRecordingSource: "StartCallRecordingTwiML",
            dialDualModeChannels: .attribute, pauseBehavior: .silence)
        switch dialect {
        case .twiml:
            return twilio
        case .texml:
            // Telnyx differs where its documentation says so; the rest is Twilio's behaviour,
            // which TeXML mirrors (each unconfirmed point is listed in Samples/RULES.md, "Unconfirmed").
            var telnyx = twilio
            telnyx.dialect = .texml
            telnyx.apiVersion = nil
            telnyx.silenceTimerStart = .speech
            telnyx.restBaseURL = "https://api.telnyx.com/v2/texml"
            telnyx.recordTrimsByDefault = false
            telnyx.recordingFormat = .mp3
            // <Start><Recording>: Telnyx's RecordingSource enum has StartCallRecordingAPI (its REST
            // sample) and no TwiML value; the single-track layout and ErrorCode are unconfirmed.
            telnyx.startRecordingSource = "StartCallRecordingAPI"
            telnyx.startRecordingSingleTrack = .mono
            telnyx.startRecordingErrorCodeOnSuccess = false
            // Telnyx's <Record> page: the action is requested "when the <Record> ends"; it names
            // no empty-recording exception (and no empty recording at all: unconfirmed).
            telnyx.emptyRecordingPolicy = .absentStatus
            return telnyx
        case .cxml:
            // SignalWire's cXML "uses Twilio names and defaults" (reference 1.1): Twilio's
            // behaviour but for its own identifiers and URLs, and maxLength="0" meaning 3600 s.
            var signalWire = twilio
            signalWire.dialect = .cxml
            signalWire.restBaseURL = "https://example.signalwire.com/api/laml/2010-04-01"
            signalWire.recordMaxLengthZero = .oneHour
            // SignalWire's <Record> page (developer.signalwire.com/compatibility-api/cxml/voice/record):
            // "Any instructions placed after the <Record> verb will not be executed" ("There is no
            // way to return to any instructions listed after the <Record> verb"): no fall-through.
            signalWire.emptyRecordingPolicy = .absentStatus
            return signalWire
        case .pivot:
            // Kazoo's Pivot runs TwiML through kazoo_translator (reference 1.1, 2.1, 2.3, 6):
            // Twilio's behaviour except its record_call: no status callbacks, no trimming, MP3,
            // Digits=hangup without a key, the fall-through on an empty recording, and the file
            // stored at the action (or recordingUrl) URL.
            var kazoo = twilio
            kazoo.dialect = .pivot
            kazoo.emptyRecordingPolicy = .fallThrough
            kazoo.emptyRecordingPredicate = .silenceWithinTimeout
            kazoo.recordTrimsByDefault = false
            kazoo.recordingFormat = .mp3
            kazoo.recordDigitsWhenNoKey = "hangup"
            kazoo.recordStoresAtActionURL = true
            return kazoo
        case .inboundxml:
            // TelAPI's InboundXML is a TwiML of 2011 with recording attributes of its own
            // (reference 1.1, 4.3): its URLs, MP3 untrimmed recordings, at most five per call, no
            // transcription limits; what it leaves unsaid is Twilio's (listed in Samples/RULES.md).
            var telapi = twilio
            telapi.dialect = .inboundxml
            telapi.apiVersion = "v1"
            telapi.restBaseURL = "https://api.telapi.com/v1"
            telapi.recordTrimsByDefault = false
            telapi.recordingFormat = .mp3
            telapi.maxRecordingsPerCall = 5
            telapi.transcriptionLengthLimits = false
            // Ytel's InboundXML <Record> page (docs.ytel.com/docs/record): "When the recording is
            // complete, a URL of the recorded audio is created and submitted … to the action URL",
            // with no empty-recording exception; TelAPI's own page is not found (unconfirmed).
            telapi.emptyRecordingPolicy = .absentStatus
            return telapi
        }
    }

    /// Applies a scenario's `settings:`.
    public func applying(_ overrides: BehaviourOverrides) -> PlatformBehaviour {
        var result = self
        if let value = overrides.httpTimeout { result.httpTimeout = value }
        if let value = overrides.wordsPerMinute { result.wordsPerMinute = value }
        if let value = overrides.beepDuration { result.beepDuration = value }
        if let value = overrides.speechTimeoutAuto { result.speechTimeoutAuto = value }
        if let value = overrides.silenceTimerStart { result.silenceTimerStart = value }
        if let value = overrides.emptyRecordingPolicy { result.emptyRecordingPolicy = value }
        if let value = overrides.emptyRecordingPredicate { result.emptyRecordingPredicate = value }
        if let value = overrides.recordActionOnHangup { result.recordActionOnHangup = value }
        if let value = overrides.dialActionOnCallerHangup { result.dialActionOnCallerHangup = value }
        if let value = overrides.emptyRecordingActionOnHangup { result.emptyRecordingActionOnHangup = value }
        if let value = overrides.unmappedWebhook { result.unmappedWebhook = value }
        if let value = overrides.recordingSampleRate { result.recordingSampleRate = value }
        if let value = overrides.absentMinimumDuration { result.absentMinimumDuration = value }
        if let value = overrides.startRecordingSource { result.startRecordingSource = value }
        if let value = overrides.dialDualModeChannels { result.dialDualModeChannels = value }
        if let value = overrides.startRecordingSingleTrack { result.startRecordingSingleTrack = value }
        if let value = overrides.pauseBehavior { result.pauseBehavior = value }
        if let value = overrides.mediaStartDelay { result.mediaStartDelay = value }
        if let value = overrides.streamBlocksRecording { result.streamBlocksRecording = value }
        if let value = overrides.recordBackgroundByDefault { result.recordBackgroundByDefault = value }
        if let value = overrides.maxRecordingsPerCall { result.maxRecordingsPerCall = value == 0 ? nil : value }
        return result
    }
}

/// The behaviours a scenario overrides; nil keeps the dialect's default.
public struct BehaviourOverrides: Sendable, Hashable {
    public var httpTimeout: SimTime?
    public var wordsPerMinute: Int?
    public var beepDuration: SimTime?
    public var speechTimeoutAuto: SimTime?
    public var silenceTimerStart: PlatformBehaviour.SilenceTimerStart?
    public var emptyRecordingPolicy: PlatformBehaviour.EmptyRecordingPolicy?
    public var emptyRecordingPredicate: PlatformBehaviour.EmptyRecordingPredicate?
    public var recordActionOnHangup: Bool?
    public var dialActionOnCallerHangup: Bool?
    public var emptyRecordingActionOnHangup: Bool?
    public var unmappedWebhook: PlatformBehaviour.UnmappedWebhook?
    public var recordingSampleRate: Int?
    public var absentMinimumDuration: SimTime?
    public var startRecordingSource: String?
    public var dialDualModeChannels: PlatformBehaviour.DialDualModeChannels?
    public var startRecordingSingleTrack: PlatformBehaviour.StartRecordingSingleTrack?
    public var pauseBehavior: PauseBehavior?
    public var mediaStartDelay: SimTime?
    public var streamBlocksRecording: Bool?
    public var recordBackgroundByDefault: Bool?
    /// 0 lifts the limit.
    public var maxRecordingsPerCall: Int?

    public init() {}
}
