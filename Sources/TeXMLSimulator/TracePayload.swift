/// What happened, with its typed fields: one case per event of docs/trace-events.md.
///
/// Generated docs, the JSON Lines, the timeline and the goldens all read events through this
/// enum: a payload knows its name and gives its fields, in their fixed order, when a renderer asks.
public enum TracePayload: Sendable {
    case callStarted(TraceEvent.CallStarted)
    case callAnswered(TraceEvent.CallAnswered)
    case callEnded(TraceEvent.CallEnded)
    case verbStarted(TraceEvent.VerbStarted)
    case verbEnded(TraceEvent.VerbEnded)
    case callerSpeech(TraceEvent.CallerSpeech)
    case callerDTMF(TraceEvent.CallerDTMF)
    case callerHangup(TraceEvent.CallerHangup)
    case partyRinging(TraceEvent.PartyRinging)
    case partyAnswered(TraceEvent.PartyAnswered)
    case partyBusy(TraceEvent.PartyBusy)
    case partyFailed(TraceEvent.PartyFailed)
    case partyNoAnswer(TraceEvent.PartyNoAnswer)
    case partyCanceled(TraceEvent.PartyCanceled)
    case partySpeech(TraceEvent.PartySpeech)
    case partyDTMF(TraceEvent.PartyDTMF)
    case partyHangup(TraceEvent.PartyHangup)
    case dialStarted(TraceEvent.DialStarted)
    case whisperStarted(TraceEvent.WhisperStarted)
    case whisperEnded(TraceEvent.WhisperEnded)
    case conferenceJoined(TraceEvent.ConferenceJoined)
    case conferenceLeft(TraceEvent.ConferenceLeft)
    case recordBeep(TraceEvent.RecordBeep)
    case recordingStarted(TraceEvent.RecordingStarted)
    case recordingStopped(TraceEvent.RecordingStopped)
    case recordingCompleted(TraceEvent.RecordingCompleted)
    case recordingAbsent(TraceEvent.RecordingAbsent)
    case recordingPaused(TraceEvent.RecordingPaused)
    case recordingResumed(TraceEvent.RecordingResumed)
    case recordingUnchanged(TraceEvent.RecordingUnchanged)
    case transcriptionCompleted(TraceEvent.TranscriptionCompleted)
    case streamStarted(TraceEvent.StreamStarted)
    case streamStopped(TraceEvent.StreamStopped)
    case kazooRecordCall(TraceEvent.KazooRecordCall)
    case apiRequest(TraceEvent.APIRequest)
    case apiResponse(TraceEvent.APIResponse)
    case apiNote(TraceEvent.APINote)
    case apiIgnored(TraceEvent.APIIgnored)
    case httpRequest(TraceEvent.HTTPRequest)
    case httpResponse(TraceEvent.HTTPResponse)
    case warning(TraceEvent.Warning)
    case error(TraceEvent.PlatformError)

    /// Every payload type, in the order docs/trace-events.md lists them.
    public static let allTypes: [any TraceEventPayload.Type] = [
        TraceEvent.CallStarted.self, TraceEvent.CallAnswered.self, TraceEvent.CallEnded.self,
        TraceEvent.VerbStarted.self, TraceEvent.VerbEnded.self, TraceEvent.CallerSpeech.self,
        TraceEvent.CallerDTMF.self, TraceEvent.CallerHangup.self, TraceEvent.PartyRinging.self,
        TraceEvent.PartyAnswered.self, TraceEvent.PartyBusy.self, TraceEvent.PartyFailed.self,
        TraceEvent.PartyNoAnswer.self, TraceEvent.PartyCanceled.self, TraceEvent.PartySpeech.self,
        TraceEvent.PartyDTMF.self, TraceEvent.PartyHangup.self, TraceEvent.DialStarted.self,
        TraceEvent.WhisperStarted.self, TraceEvent.WhisperEnded.self, TraceEvent.ConferenceJoined.self,
        TraceEvent.ConferenceLeft.self, TraceEvent.RecordBeep.self, TraceEvent.RecordingStarted.self,
        TraceEvent.RecordingStopped.self, TraceEvent.RecordingCompleted.self, TraceEvent.RecordingAbsent.self,
        TraceEvent.RecordingPaused.self, TraceEvent.RecordingResumed.self, TraceEvent.RecordingUnchanged.self,
        TraceEvent.TranscriptionCompleted.self, TraceEvent.StreamStarted.self, TraceEvent.StreamStopped.self,
        TraceEvent.KazooRecordCall.self, TraceEvent.APIRequest.self, TraceEvent.APIResponse.self,
        TraceEvent.APINote.self, TraceEvent.APIIgnored.self, TraceEvent.HTTPRequest.self, TraceEvent.HTTPResponse.self,
        TraceEvent.Warning.self, TraceEvent.PlatformError.self,
    ]

    /// The event's name, such as `http.request`.
    public var name: String {
        switch self {
        case .callStarted: TraceEvent.CallStarted.name
        case .callAnswered: TraceEvent.CallAnswered.name
        case .callEnded: TraceEvent.CallEnded.name
        case .verbStarted: TraceEvent.VerbStarted.name
        case .verbEnded: TraceEvent.VerbEnded.name
        case .callerSpeech: TraceEvent.CallerSpeech.name
        case .callerDTMF: TraceEvent.CallerDTMF.name
        case .callerHangup: TraceEvent.CallerHangup.name
        case .partyRinging: TraceEvent.PartyRinging.name
        case .partyAnswered: TraceEvent.PartyAnswered.name
        case .partyBusy: TraceEvent.PartyBusy.name
        case .partyFailed: TraceEvent.PartyFailed.name
        case .partyNoAnswer: TraceEvent.PartyNoAnswer.name
        case .partyCanceled: TraceEvent.PartyCanceled.name
        case .partySpeech: TraceEvent.PartySpeech.name
        case .partyDTMF: TraceEvent.PartyDTMF.name
        case .partyHangup: TraceEvent.PartyHangup.name
        case .dialStarted: TraceEvent.DialStarted.name
        case .whisperStarted: TraceEvent.WhisperStarted.name
        case .whisperEnded: TraceEvent.WhisperEnded.name
        case .conferenceJoined: TraceEvent.ConferenceJoined.name
        case .conferenceLeft: TraceEvent.ConferenceLeft.name
        case .recordBeep: TraceEvent.RecordBeep.name
        case .recordingStarted: TraceEvent.RecordingStarted.name
        case .recordingStopped: TraceEvent.RecordingStopped.name
        case .recordingCompleted: TraceEvent.RecordingCompleted.name
        case .recordingAbsent: TraceEvent.RecordingAbsent.name
        case .recordingPaused: TraceEvent.RecordingPaused.name
        case .recordingResumed: TraceEvent.RecordingResumed.name
        case .recordingUnchanged: TraceEvent.RecordingUnchanged.name
        case .transcriptionCompleted: TraceEvent.TranscriptionCompleted.name
        case .streamStarted: TraceEvent.StreamStarted.name
        case .streamStopped: TraceEvent.StreamStopped.name
        case .kazooRecordCall: TraceEvent.KazooRecordCall.name
        case .apiRequest: TraceEvent.APIRequest.name
        case .apiResponse: TraceEvent.APIResponse.name
        case .apiNote: TraceEvent.APINote.name
        case .apiIgnored: TraceEvent.APIIgnored.name
        case .httpRequest: TraceEvent.HTTPRequest.name
        case .httpResponse: TraceEvent.HTTPResponse.name
        case .warning: TraceEvent.Warning.name
        case .error: TraceEvent.PlatformError.name
        }
    }

    /// Appends the event's fields, in their fixed order.
    public func appendFields(to fields: inout [(String, TraceValue)]) {
        switch self {
        case .callStarted(let payload): payload.appendFields(to: &fields)
        case .callAnswered(let payload): payload.appendFields(to: &fields)
        case .callEnded(let payload): payload.appendFields(to: &fields)
        case .verbStarted(let payload): payload.appendFields(to: &fields)
        case .verbEnded(let payload): payload.appendFields(to: &fields)
        case .callerSpeech(let payload): payload.appendFields(to: &fields)
        case .callerDTMF(let payload): payload.appendFields(to: &fields)
        case .callerHangup(let payload): payload.appendFields(to: &fields)
        case .partyRinging(let payload): payload.appendFields(to: &fields)
        case .partyAnswered(let payload): payload.appendFields(to: &fields)
        case .partyBusy(let payload): payload.appendFields(to: &fields)
        case .partyFailed(let payload): payload.appendFields(to: &fields)
        case .partyNoAnswer(let payload): payload.appendFields(to: &fields)
        case .partyCanceled(let payload): payload.appendFields(to: &fields)
        case .partySpeech(let payload): payload.appendFields(to: &fields)
        case .partyDTMF(let payload): payload.appendFields(to: &fields)
        case .partyHangup(let payload): payload.appendFields(to: &fields)
        case .dialStarted(let payload): payload.appendFields(to: &fields)
        case .whisperStarted(let payload): payload.appendFields(to: &fields)
        case .whisperEnded(let payload): payload.appendFields(to: &fields)
        case .conferenceJoined(let payload): payload.appendFields(to: &fields)
        case .conferenceLeft(let payload): payload.appendFields(to: &fields)
        case .recordBeep(let payload): payload.appendFields(to: &fields)
        case .recordingStarted(let payload): payload.appendFields(to: &fields)
        case .recordingStopped(let payload): payload.appendFields(to: &fields)
        case .recordingCompleted(let payload): payload.appendFields(to: &fields)
        case .recordingAbsent(let payload): payload.appendFields(to: &fields)
        case .recordingPaused(let payload): payload.appendFields(to: &fields)
        case .recordingResumed(let payload): payload.appendFields(to: &fields)
        case .recordingUnchanged(let payload): payload.appendFields(to: &fields)
        case .transcriptionCompleted(let payload): payload.appendFields(to: &fields)
        case .streamStarted(let payload): payload.appendFields(to: &fields)
        case .streamStopped(let payload): payload.appendFields(to: &fields)
        case .kazooRecordCall(let payload): payload.appendFields(to: &fields)
        case .apiRequest(let payload): payload.appendFields(to: &fields)
        case .apiResponse(let payload): payload.appendFields(to: &fields)
        case .apiNote(let payload): payload.appendFields(to: &fields)
        case .apiIgnored(let payload): payload.appendFields(to: &fields)
        case .httpRequest(let payload): payload.appendFields(to: &fields)
        case .httpResponse(let payload): payload.appendFields(to: &fields)
        case .warning(let payload): payload.appendFields(to: &fields)
        case .error(let payload): payload.appendFields(to: &fields)
        }
    }
}
