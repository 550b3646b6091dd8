public import TeXMLRecorder

/// A state a trace event names, with the text every rendering writes for it.
public protocol TraceState: RawRepresentable<String>, Sendable, Hashable, CaseIterable {}

extension AudioFormat: TraceState {}
extension PauseBehavior: TraceState {}

/// The call's `CallStatus`, as the platform reports it in webhooks and in `call.ended`.
public enum CallStatus: String, TraceState {
    case ringing
    case inProgress = "in-progress"
    case completed
    case busy
    case failed
    case noAnswer = "no-answer"
    case canceled
}

/// Why a call ended: `call.ended`'s `reason`.
public enum CallEndReason: String, TraceState {
    case documentEnd = "document-end"
    case hangupVerb = "hangup-verb"
    /// The application ended the call through the REST API (`Status=completed` or `canceled`).
    case apiHangup = "api-hangup"
    case callerHangup = "caller-hangup"
    case rejected
    case error
    /// One of the simulation's own limits (`max_verbs`, `max_fetches`): the call did not really end.
    case limit
    /// `max_fetches_without_progress`: documents fetched again and again at one instant.
    case redirectLoop = "redirect-loop"
    /// The call reached `max_call_duration`, which the platforms enforce too (Twilio's 4 hours).
    case maxDuration = "max-duration"
}

/// Why a recording stopped: `recording.stopped`'s `reason`.
public enum RecordingStopReason: String, TraceState {
    case finishKey = "finish-key"
    case silence
    case maxLength = "max-length"
    case hangup
    case maxDuration = "max-duration"
    case stopVerb = "stop-verb"
    case dialEnded = "dial-ended"
    case conferenceEnded = "conference-ended"
    case callEnded = "call-ended"
    case simulationEnded = "simulation-ended"
    /// Kazoo's `record_call` stop, TelAPI's recording stop.
    case apiStop = "api-stop"
    /// The TwiML-style REST API's `Status=stopped`.
    case restStopped = "rest-stopped"
    /// Call Control's `record_stop`.
    case recordStop = "record_stop"
    /// A REST update of the call (`Calls/{CallSid}.json`) replaced the instructions that
    /// were recording (`<Record>`).
    case callUpdated = "call-updated"
}

/// Which audio a recording takes: `recording.started`'s `track`.
public enum RecordingTrack: String, TraceState {
    /// The caller.
    case inbound
    /// What the caller hears.
    case outbound
    case both

    /// A value as written in markup, a scenario or a command; one the platform ignores (the
    /// validator has said so) reads as `fallback`.
    init(_ text: String?, or fallback: RecordingTrack) { self = text.flatMap(Self.init(rawValue:)) ?? fallback }
}

/// What ended a bridged `<Dial>` or the caller's stay in a conference: `conference.left`'s
/// `reason`, `verb.ended`'s `ended_by`.
public enum BridgeEndReason: String, TraceState {
    /// The dial's `timeLimit`.
    case timeLimit = "time-limit"
    case callerHangup = "caller-hangup"
    /// `*` with `hangupOnStar`.
    case hangupOnStar = "hangup-on-star"
    case partyHangup = "party-hangup"
    /// A REST update of the call (`Calls/{CallSid}.json`) replaced the `<Dial>`.
    case callUpdated = "call-updated"
}

/// Why a whisper document declined the call: `whisper.ended`'s `reason`.
public enum WhisperDeclineReason: String, TraceState {
    /// The document could not be fetched or run.
    case error
    /// The dialed party hung up during it.
    case partyHangup = "party-hangup"
    /// It ran `<Hangup>` or `<Reject>`.
    case hangupVerb = "hangup-verb"
}

/// Why a stream stopped: `stream.stopped`'s `reason`.
public enum StreamStopReason: String, TraceState {
    case stopVerb = "stop-verb"
    case streamingStop = "streaming_stop"
    case callEnded = "call-ended"
    case simulationEnded = "simulation-ended"
}

/// What started a stream: `stream.started`'s `source`.
public enum StreamSource: String, TraceState {
    case streamVerb = "Stream"
    case callControl = "call_control"
}

/// Why a pause or resume changed nothing: `recording.unchanged`'s `reason`.
public enum UnchangedReason: String, TraceState {
    case alreadyPaused = "already paused"
    case notPaused = "not paused"
}

/// Who hung a dialed party up when the party's own script did not: `party.hangup`'s `by`.
public enum PartyHangupCause: String, TraceState {
    /// The whisper document declined the call.
    case whisper
    /// The platform ended the leg (the caller left, the dial ended).
    case platform
}

/// How a transcription went: `transcription.completed`'s `status`.
public enum TranscriptionStatus: String, TraceState {
    case completed
    case failed
}
