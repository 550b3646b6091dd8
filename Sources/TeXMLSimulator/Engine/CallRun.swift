import TeXMLGrammar
import TeXMLRecorder

/// Who the call is and what it runs against: fixed for the run.
struct CallContext {
    let loaded: LoadedScenario
    let behaviour: PlatformBehaviour
    let transport: any WebhookTransport
    let recorder: any RecorderBackend
    /// The voice that renders text; nil for the synthetic voice.
    let speech: (any SpeechVoice)?
    let accountSid: String
    let callSid: String
    let connectionId: String
    /// Paces the clock at wall speed and brings in a live application's commands; nil: the
    /// clock jumps from happening to happening.
    var pacer: (any CallPacer)? = nil
}

/// The call as the platform reports it.
struct CallProgress {
    var answered = false
    /// When `call.answered` was traced.
    var answeredAt: SimTime?
    var callStatus = CallStatus.ringing
    var callerHungUp = false
    /// When the caller's current or last speech ends.
    var callerSpeechEnd = SimTime.zero
    /// Set once `call.ended` is traced: API commands after it find the call gone.
    var callEnded = false
    /// What the application asked of the call through the REST API (`Calls/{CallSid}.json`):
    /// it stops the running verb (``Wake/replaced``) and is applied before the next one.
    var update: CallUpdate?
}

/// A live call changed through the REST API: new instructions, or hung up.
enum CallUpdate {
    /// `Url` (with `Method`): the document there replaces the one running.
    case redirect(url: String, method: String)
    /// `Twiml`: these instructions replace the ones running.
    case instructions(String)
    /// `Status=completed` or `canceled`.
    case hangup
}

/// The scripted people on the call.
struct CallLegs {
    var caller: ScriptCursor
    /// The bridged party, or the conference's other participants.
    var others: [OtherLeg] = []
}

/// The documents the call runs and the guards on fetching them.
struct DocumentState {
    var current: LoadedDocument?
    var verbCount = 0
    var fetchCount = 0
    var fetchesWithoutProgress = 0
    var lastFetchTime = SimTime(milliseconds: -1)
    /// Media URLs already reported as not in the scenario's `files:`.
    var unknownMediaReported: Set<String> = []
}

/// What the call sounds like and what records it.
struct MediaState {
    /// Everything audible on the parent leg so far: what recordings are cut from.
    var audio = CallAudio()
    /// When the last sound on each track ends (silence timers of background recordings).
    var lastSound: [Track: SimTime] = [:]
    /// Background recordings in progress, in the order they started.
    var recordings: [ActiveRecording] = []
    var finishedRecordings: [RecordingResult] = []
    var recorderFailures: [RecorderFailure] = []
    /// Recordings an API asked for that start when something happens.
    var pendingRecordings: [PendingRecording] = []
    /// File names recordings of this call have taken: custom names stay unique.
    var usedFileNames: Set<String> = []
    var streams = StreamState()
}

/// One call being simulated: its clock, its trace and the state each part of the simulator
/// owns. One instance per run, never shared.
///
/// Time moves only in ``wait(until:)``, which takes the next happening off the call's agenda.
struct CallRun {
    let context: CallContext
    var ids: IdentifierFactory
    var now = SimTime.zero
    var trace = TraceLog()
    var progress = CallProgress()
    var legs: CallLegs
    var documents = DocumentState()
    var media = MediaState()
    /// The API commands not sent yet.
    var commands: CommandAgenda
    var apis = PlatformAPIs()
    /// What the voice could not do with the scripts' `says:`, traced once the call starts.
    var pendingSpeechWarnings: [ScriptSpeech.Warning] = []

    init(
        loaded: LoadedScenario, behaviour: PlatformBehaviour, transport: any WebhookTransport,
        recorder: any RecorderBackend, speech: (any SpeechVoice)? = nil, pacer: (any CallPacer)? = nil
    ) {
        var ids = IdentifierFactory(dialect: behaviour.dialect, seed: loaded.scenario.seed)
        let accountSid = loaded.scenario.call.accountSid ?? ids.accountSid()
        let connectionId = ids.connectionId()
        let callSid = ids.callSid()
        context = CallContext(
            loaded: loaded, behaviour: behaviour, transport: transport, recorder: recorder, speech: speech,
            accountSid: accountSid,
            callSid: callSid, connectionId: connectionId, pacer: pacer)
        self.ids = ids
        legs = CallLegs(caller: ScriptCursor(steps: loaded.scenario.caller, start: .zero))
        commands = CommandAgenda(loaded.scenario.api)
    }

    var loaded: LoadedScenario { context.loaded }
    var behaviour: PlatformBehaviour { context.behaviour }
    var scenario: Scenario { context.loaded.scenario }
    var accountSid: String { context.accountSid }
    var callSid: String { context.callSid }
    var connectionId: String { context.connectionId }
    var recorder: any RecorderBackend { context.recorder }
    /// The rule set the call follows: SignalWire's cXML runs as TwiML except where
    /// `behaviour` says otherwise. `behaviour.dialect` is the document's own dialect.
    var dialect: DialectFamily { behaviour.dialect.family }
    var callDeadline: SimTime { scenario.limits.maxCallDuration }
    var events: [TraceEvent] { trace.events }

    // MARK: Trace

    mutating func emit(_ payload: TracePayload) {
        trace.append(TraceEvent(time: now, payload))
    }

    mutating func emitError(code: Int?, _ message: String, _ details: [TraceEvent.ProblemDetail] = []) {
        trace.appendError(TraceEvent(time: now, .error(.init(code: code, message: message, details: details))))
    }

    mutating func emitWarning(code: Int?, _ message: String, _ details: [TraceEvent.ProblemDetail] = []) {
        emit(.warning(.init(code: code, message: message, details: details)))
    }
}

// The verbs' view of the state they share, while they move to the owners' own types.
extension CallRun {
    var answered: Bool {
        get { progress.answered }
        set { progress.answered = newValue }
    }
    var callStatus: CallStatus {
        get { progress.callStatus }
        set { progress.callStatus = newValue }
    }
    var callerHungUp: Bool { progress.callerHungUp }
    var callerSpeechEnd: SimTime { progress.callerSpeechEnd }
    var callEnded: Bool { progress.callEnded }
    var caller: ScriptCursor {
        get { legs.caller }
        _modify { yield &legs.caller }
    }
    var others: [OtherLeg] {
        get { legs.others }
        _modify { yield &legs.others }
    }
    var document: LoadedDocument? {
        get { documents.current }
        set { documents.current = newValue }
    }
    var unknownMediaReported: Set<String> {
        get { documents.unknownMediaReported }
        _modify { yield &documents.unknownMediaReported }
    }
    var audio: CallAudio {
        get { media.audio }
        _modify { yield &media.audio }
    }
    var lastSound: [Track: SimTime] {
        get { media.lastSound }
        _modify { yield &media.lastSound }
    }
    var recordings: [ActiveRecording] {
        get { media.recordings }
        _modify { yield &media.recordings }
    }
    var finishedRecordings: [RecordingResult] {
        get { media.finishedRecordings }
        _modify { yield &media.finishedRecordings }
    }
    var recorderFailures: [RecorderFailure] {
        get { media.recorderFailures }
        _modify { yield &media.recorderFailures }
    }
    var pendingRecordings: [PendingRecording] {
        get { media.pendingRecordings }
        _modify { yield &media.pendingRecordings }
    }
    var usedFileNames: Set<String> {
        get { media.usedFileNames }
        _modify { yield &media.usedFileNames }
    }
    var streams: StreamState {
        get { media.streams }
        _modify { yield &media.streams }
    }
    var lastAPIRecordingSid: [APIPlatform: String] {
        get { apis.lastRecordingSid }
        _modify { yield &apis.lastRecordingSid }
    }
}
