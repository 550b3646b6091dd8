public import TeXMLGrammar
public import TeXMLRecorder
public import TeXMLSupport

/// One kind of trace event: its name, its fields in their fixed order, and what
/// docs/trace-events.md says of it (generated from ``documentation``).
public protocol TraceEventPayload: Sendable {
    /// The event's name, docs and fields as docs/trace-events.md lists them.
    static var documentation: TraceEventDocumentation { get }
    /// Appends the event's fields after `t` and `event`, in the order every rendering shows them.
    func appendFields(to fields: inout [(String, TraceValue)])
}

extension TraceEventPayload {
    /// The event's name, such as `recording.stopped`.
    public static var name: String { documentation.name }
}

/// What docs/trace-events.md says of one event.
public struct TraceEventDocumentation: Sendable {
    /// The part of the page the event is listed in.
    public enum Section: String, Sendable, CaseIterable {
        case call = "The call and its parties"
        case recordings = "Recordings, transcriptions and streams"
        case api = "API commands"
        case http = "HTTP, warnings and errors"
    }

    public var name: String
    public var section: Section
    /// The fields, in the order the event writes them.
    public var fields: [TraceFieldDocumentation]
    /// Fields that may follow, any of them in the order they were found (a verb's outcome, where
    /// a problem is).
    public var then: [TraceFieldDocumentation]
    /// One line: when the event is written.
    public var summary: String

    public init(
        _ name: String, _ section: Section, fields: [TraceFieldDocumentation] = [],
        then: [TraceFieldDocumentation] = [], _ summary: String
    ) {
        self.name = name
        self.section = section
        self.fields = fields
        self.then = then
        self.summary = summary
    }
}

/// What docs/trace-events.md says of one field.
public struct TraceFieldDocumentation: Sendable {
    public var name: String
    /// What it holds, when the name does not say.
    public var note: String?
    /// A state field's values, listed below the table.
    public var values: [String]?

    /// A field, with what it holds when the name does not say.
    public static func field(_ name: String, _ note: String? = nil) -> Self { Self(name: name, note: note) }

    /// A field holding a state: its values come from the type.
    public static func state<State: TraceState>(_ name: String, _ type: State.Type) -> Self {
        state(name, Array(State.allCases))
    }

    /// A field holding one of these states.
    public static func state<State: TraceState>(_ name: String, _ values: [State]) -> Self {
        Self(name: name, values: values.map(\.rawValue))
    }
}

extension Array where Element == (String, TraceValue) {
    @inline(__always) mutating func add(_ name: String, _ text: String) { append((name, .string(text))) }
    @inline(__always) mutating func add(_ name: String, _ text: String?) {
        if let text { append((name, .string(text))) }
    }
    @inline(__always) mutating func add(_ name: String, _ number: Int) { append((name, .int(number))) }
    @inline(__always) mutating func add(_ name: String, _ number: Int?) {
        if let number { append((name, .int(number))) }
    }
    @inline(__always) mutating func add(_ name: String, _ time: SimTime) { append((name, .string(time.secondsText))) }
    @inline(__always) mutating func add<State: TraceState>(_ name: String, _ state: State) {
        append((name, .string(state.rawValue)))
    }
    @inline(__always) mutating func add<State: TraceState>(_ name: String, _ state: State?) {
        if let state { append((name, .string(state.rawValue))) }
    }
    /// A flag written only when set.
    @inline(__always) mutating func flag(_ name: String, _ set: Bool) { if set { append((name, .bool(true))) } }
}

/// One thing a verb's end reports (`verb.ended`), in the order the verb found it out.
public enum VerbOutcome: Sendable {
    /// How long the verb played or waited.
    case duration(SimTime)
    /// Why it ended (`<Gather>`: `timeout`, `finish-key`, `num-digits`; `<Record>`: the stop reason; `<Reject>`).
    case reason(String)
    case digits(String)
    case speech(String)
    /// `<Gather>`'s digits matched none of its `validDigits`.
    case invalidDigits
    /// Nothing was heard and the flow goes on with the next verb.
    case fallThrough
    /// `<Record>` captured nothing usable.
    case empty
    /// `<Record>` as a background recording.
    case background
    /// Not played: `<Play>` without media, `<Record>` over the platform's recording limit.
    case skipped
    /// A verb texml does not simulate: a no-op.
    case notSimulated
    /// A whisper document's `<Hangup>`/`<Reject>` declined the call.
    case declined
    /// A key or a hang-up cut the verb short.
    case interrupted
    case recordingSid(String)
    case streamSid(String)
    /// What ended a bridged `<Dial>` or the stay in a conference.
    case endedBy(BridgeEndReason)
    case dialCallStatus(String)
    case dialCallDuration(Int)

    /// The outcome's fields, as docs/trace-events.md lists them after the verb's place.
    static let documentedFields: [TraceFieldDocumentation] = [
        .field("duration"), .field("reason"), .field("digits"), .field("speech"), .field("invalid_digits"),
        .field("fallthrough"), .field("empty"), .field("background", "`<Record>` in the background"),
        .field("skipped"), .field("simulated", "false: a verb not simulated"), .field("declined"),
        .field("interrupted"), .field("RecordingSid"), .field("StreamSid"), .state("ended_by", BridgeEndReason.self),
        .field("DialCallStatus"), .field("DialCallDuration"),
    ]

    func append(to fields: inout [(String, TraceValue)]) {
        switch self {
        case .duration(let time): fields.add("duration", time)
        case .reason(let text): fields.add("reason", text)
        case .digits(let text): fields.add("digits", text)
        case .speech(let text): fields.add("speech", text)
        case .invalidDigits: fields.flag("invalid_digits", true)
        case .fallThrough: fields.flag("fallthrough", true)
        case .empty: fields.flag("empty", true)
        case .background: fields.flag("background", true)
        case .skipped: fields.flag("skipped", true)
        case .notSimulated: fields.append(("simulated", .bool(false)))
        case .declined: fields.flag("declined", true)
        case .interrupted: fields.flag("interrupted", true)
        case .recordingSid(let sid): fields.add("RecordingSid", sid)
        case .streamSid(let sid): fields.add("StreamSid", sid)
        case .endedBy(let reason): fields.add("ended_by", reason)
        case .dialCallStatus(let text): fields.add("DialCallStatus", text)
        case .dialCallDuration(let seconds): fields.add("DialCallDuration", seconds)
        }
    }
}

// MARK: - The call and its parties

extension TraceEvent {
    /// The call reached the platform: the first request follows.
    public struct CallStarted: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "call.started", .call,
            fields: [.field("CallSid"), .field("From"), .field("To"), .field("Direction"), .field("dialect")],
            "the call reached the platform; the first request follows")
        public var callSid: String
        public var from: String
        public var to: String
        public var direction: String
        public var dialect: Dialect

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("CallSid", callSid)
            fields.add("From", from)
            fields.add("To", to)
            fields.add("Direction", direction)
            fields.add("dialect", dialect.rawValue)
        }
    }

    /// The platform answered the call (before its first verb other than `<Reject>`).
    public struct CallAnswered: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "call.answered", .call, "the platform answered: before the first verb that is not `<Reject>`")
        public func appendFields(to fields: inout [(String, TraceValue)]) {}
    }

    /// The call is over.
    public struct CallEnded: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "call.ended", .call,
            fields: [
                .state("reason", CallEndReason.self),
                .state("CallStatus", [CallStatus.completed, .busy, .noAnswer, .failed, .canceled]),
                .field("CallDuration", "billed seconds"),
            ], "the call is over; what ends with it (recordings, streams) and its status callback follow")
        public var reason: CallEndReason
        public var status: CallStatus
        /// Billed seconds: the answered time rounded up, 0 when never answered.
        public var duration: Int

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("reason", reason)
            fields.add("CallStatus", status)
            fields.add("CallDuration", duration)
        }
    }

    /// Where a verb is written: its name and position in its document.
    public struct VerbPlace: Sendable {
        public var verb: String
        public var document: String
        public var line: Int
        public var column: Int

        func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("verb", verb)
            fields.add("document", document)
            fields.add("line", line)
            fields.add("column", column)
        }

        /// The same place, for a warning about the verb.
        var problemDetails: [ProblemDetail] { [.verb(verb), .document(document), .line(line), .column(column)] }
    }

    /// A verb starts.
    public struct VerbStarted: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "verb.started", .call,
            fields: [
                .field("verb"), .field("document"), .field("line"), .field("column"), .field("text", "Say"),
                .field("url", "Play, Redirect"), .field("attributes", "the attributes written"),
            ], "a verb starts")
        public var place: VerbPlace
        /// What `<Say>` says.
        public var text: String?
        /// What `<Play>` plays or where `<Redirect>` goes, resolved.
        public var url: String?
        /// The attributes written in the document, so a changed attribute shows in a trace diff.
        public var attributes: [(String, String)]

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            place.appendFields(to: &fields)
            fields.add("text", text)
            fields.add("url", url)
            if !attributes.isEmpty { fields.append(("attributes", .parameters(attributes))) }
        }
    }

    /// A verb ended, with its outcome.
    public struct VerbEnded: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "verb.ended", .call,
            fields: [
                .field("verb"), .field("document"), .field("line"), .field("column"),
            ], then: VerbOutcome.documentedFields,
            "a verb ended")
        public var place: VerbPlace
        /// What the verb did, in the order it found out.
        public var outcome: [VerbOutcome]

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            place.appendFields(to: &fields)
            for item in outcome { item.append(to: &fields) }
        }
    }

    /// The caller speaks.
    public struct CallerSpeech: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "caller.speech", .call, fields: [.field("duration"), .field("transcript")], "the caller speaks")
        public var duration: SimTime
        public var transcript: String?

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("duration", duration)
            fields.add("transcript", transcript)
        }
    }

    /// The caller presses a key.
    public struct CallerDTMF: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "caller.dtmf", .call, fields: [.field("digit")], "the caller presses a key")
        public var digit: Character

        public func appendFields(to fields: inout [(String, TraceValue)]) { fields.add("digit", String(digit)) }
    }

    /// The caller hangs up.
    public struct CallerHangup: TraceEventPayload {
        public static let documentation = TraceEventDocumentation("caller.hangup", .call, "the caller hangs up")
        public func appendFields(to fields: inout [(String, TraceValue)]) {}
    }

    /// A dialed leg rings.
    public struct PartyRinging: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "party.ringing", .call, fields: [.field("party", "the address"), .field("CallSid", "of the child leg")],
            "a dialed leg rings")
        public var party: String
        public var callSid: String

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("party", party)
            fields.add("CallSid", callSid)
        }
    }

    /// A dialed leg answers.
    public struct PartyAnswered: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "party.answered", .call, fields: [.field("party"), .field("CallSid")], "a dialed leg answers")
        public var party: String
        public var callSid: String

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("party", party)
            fields.add("CallSid", callSid)
        }
    }

    /// A dialed leg is busy.
    public struct PartyBusy: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "party.busy", .call, fields: [.field("party")], "a dialed leg is busy")
        public var party: String

        public func appendFields(to fields: inout [(String, TraceValue)]) { fields.add("party", party) }
    }

    /// A dialed leg fails.
    public struct PartyFailed: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "party.failed", .call,
            fields: [.field("party"), .field("failover", "the next `<Uri>` of a `<Sip>` tried after this one fails")],
            "a dialed leg fails")
        public var party: String
        public var failover: String?

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("party", party)
            fields.add("failover", failover)
        }
    }

    /// A dialed leg does not answer before the dial's timeout.
    public struct PartyNoAnswer: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "party.no-answer", .call, fields: [.field("party")], "a dialed leg does not answer in time")
        public var party: String

        public func appendFields(to fields: inout [(String, TraceValue)]) { fields.add("party", party) }
    }

    /// A dialed leg still ringing is canceled.
    public struct PartyCanceled: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "party.canceled", .call, fields: [.field("party")],
            "a leg still ringing is canceled: another answered, or the caller left")
        public var party: String

        public func appendFields(to fields: inout [(String, TraceValue)]) { fields.add("party", party) }
    }

    /// A dialed party speaks.
    public struct PartySpeech: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "party.speech", .call, fields: [.field("party"), .field("duration"), .field("transcript")],
            "a dialed party speaks (bridged, or hearing a whisper document)")
        public var party: String
        public var duration: SimTime
        public var transcript: String?

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("party", party)
            fields.add("duration", duration)
            fields.add("transcript", transcript)
        }
    }

    /// A dialed party presses a key.
    public struct PartyDTMF: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "party.dtmf", .call, fields: [.field("party"), .field("digit")], "a dialed party presses a key")
        public var party: String
        public var digit: Character

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("party", party)
            fields.add("digit", String(digit))
        }
    }

    /// A dialed party's leg ends.
    public struct PartyHangup: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "party.hangup", .call, fields: [.field("party"), .state("by", PartyHangupCause.self)],
            "a dialed party's leg ends: by its script, or `by` the whisper or the platform")
        public var party: String
        public var by: PartyHangupCause?

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("party", party)
            fields.add("by", by)
        }
    }

    /// `<Dial>` starts its legs.
    public struct DialStarted: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "dial.started", .call, fields: [.field("targets"), .field("timeout", "whole seconds")],
            "`<Dial>` starts its legs")
        public var targets: [String]
        public var timeout: Int

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.append(("targets", .strings(targets)))
            fields.add("timeout", timeout)
        }
    }

    /// A `<Number url>`/`<Sip url>`/`<Client url>` document starts on the answered leg.
    public struct WhisperStarted: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "whisper.started", .call, fields: [.field("party"), .field("CallSid", "of the leg"), .field("url")],
            "a `<Number url>`/`<Sip url>`/`<Client url>` document starts on the answered leg "
                + "([verbs](verbs.md#dial))")
        public var party: String
        public var callSid: String
        public var url: String

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("party", party)
            fields.add("CallSid", callSid)
            fields.add("url", url)
        }
    }

    /// The whisper document is over.
    public struct WhisperEnded: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "whisper.ended", .call,
            fields: [
                .field("party"), .field("CallSid"),
                .field("result", "`accepted`, `declined` (with `reason`), `interrupted`"),
                .state("reason", WhisperDeclineReason.self),
            ], "the whisper document is over: the leg is bridged, or declined")
        public enum Result: Sendable {
            case accepted
            case declined(reason: WhisperDeclineReason)
            case interrupted
        }
        public var party: String
        public var callSid: String
        public var result: Result

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("party", party)
            fields.add("CallSid", callSid)
            switch result {
            case .accepted: fields.add("result", "accepted")
            case .declined(let reason):
                fields.add("result", "declined")
                fields.add("reason", reason)
            case .interrupted: fields.add("result", "interrupted")
            }
        }
    }

    /// The caller enters a conference.
    public struct ConferenceJoined: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "conference.joined", .call,
            fields: [
                .field("name"), .field("ConferenceSid"), .field("participants", "the scenario's other participants"),
            ],
            "the caller enters a conference")
        public var name: String
        public var conferenceSid: String
        public var participants: [String]

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("name", name)
            fields.add("ConferenceSid", conferenceSid)
            if !participants.isEmpty { fields.append(("participants", .strings(participants))) }
        }
    }

    /// The caller leaves the conference.
    public struct ConferenceLeft: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "conference.left", .call,
            fields: [
                .field("name"),
                .state("reason", [BridgeEndReason.timeLimit, .callerHangup, .hangupOnStar, .callUpdated]),
            ],
            "the caller leaves the conference")
        public var name: String
        public var reason: BridgeEndReason

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("name", name)
            fields.add("reason", reason)
        }
    }
}

// MARK: - Recordings, transcriptions and streams

extension TraceEvent {
    /// The beep before a recording.
    public struct RecordBeep: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "record.beep", .recordings, fields: [.field("duration")], "the beep before a recording")
        public var duration: SimTime

        public func appendFields(to fields: inout [(String, TraceValue)]) { fields.add("duration", duration) }
    }

    /// A recording starts.
    public struct RecordingStarted: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "recording.started", .recordings,
            fields: [
                .field("RecordingSid"), .field("source"), .field("name"), .state("track", RecordingTrack.self),
                .field("channels"),
                .state("format", AudioFormat.self),
                .field("trim", "when trimmed"),
            ], "a recording starts")
        public var recordingSid: String
        /// What started it, as the platform names it (`RecordVerb`, `StartCallRecording`, …).
        public var source: String
        public var name: String?
        public var track: RecordingTrack
        public var channels: Int
        public var format: AudioFormat
        public var trim: Bool

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("RecordingSid", recordingSid)
            fields.add("source", source)
            fields.add("name", name)
            fields.add("track", track)
            fields.add("channels", channels)
            fields.add("format", format.rawValue)
            fields.flag("trim", trim)
        }
    }

    /// A recording stops.
    public struct RecordingStopped: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "recording.stopped", .recordings,
            fields: [
                .field("RecordingSid"), .state("reason", RecordingStopReason.self),
                .field("captured", "seconds captured"),
            ],
            "a recording stops; `completed` or `absent` follows")
        public var recordingSid: String
        public var reason: RecordingStopReason
        public var captured: SimTime

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("RecordingSid", recordingSid)
            fields.add("reason", reason)
            fields.add("captured", captured)
        }
    }

    /// A stopped recording was kept and stored.
    public struct RecordingCompleted: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "recording.completed", .recordings,
            fields: [
                .field("RecordingSid"), .field("duration", "after trimming"), .field("file"), .field("channels"),
                .field("format"),
            ], "a stopped recording was kept and stored")
        public var recordingSid: String
        public var duration: SimTime
        public var file: String
        public var channels: Int
        public var format: AudioFormat

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("RecordingSid", recordingSid)
            fields.add("duration", duration)
            fields.add("file", file)
            fields.add("channels", channels)
            fields.add("format", format.rawValue)
        }
    }

    /// A stopped recording was not kept.
    public struct RecordingAbsent: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "recording.absent", .recordings,
            fields: [.field("RecordingSid"), .field("ErrorCode", "16101, 16102"), .field("reason")],
            "a stopped recording was not kept: too short, silent, or not written")
        public var recordingSid: String
        public var errorCode: Int?
        public var reason: String

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("RecordingSid", recordingSid)
            fields.add("ErrorCode", errorCode)
            fields.add("reason", reason)
        }
    }

    /// A recording is paused.
    public struct RecordingPaused: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "recording.paused", .recordings, fields: [.field("RecordingSid")], "a recording is paused")
        public var recordingSid: String

        public func appendFields(to fields: inout [(String, TraceValue)]) { fields.add("RecordingSid", recordingSid) }
    }

    /// A paused recording resumes.
    public struct RecordingResumed: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "recording.resumed", .recordings,
            fields: [
                .field("RecordingSid"), .field("paused", "seconds"),
                .state("pause_behavior", PauseBehavior.self),
            ], "a paused recording resumes")
        public var recordingSid: String
        public var paused: SimTime
        public var pauseBehavior: PauseBehavior

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("RecordingSid", recordingSid)
            fields.add("paused", paused)
            fields.add("pause_behavior", pauseBehavior.rawValue)
        }
    }

    /// A pause of a paused recording or a resume of a running one.
    public struct RecordingUnchanged: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "recording.unchanged", .recordings,
            fields: [.field("RecordingSid"), .state("reason", UnchangedReason.self)],
            "a pause of a paused recording or a resume of a running one")
        public var recordingSid: String
        public var reason: UnchangedReason

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("RecordingSid", recordingSid)
            fields.add("reason", reason)
        }
    }

    /// A recording's transcription is done.
    public struct TranscriptionCompleted: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "transcription.completed", .recordings,
            fields: [
                .field("TranscriptionSid"), .field("RecordingSid"), .state("status", TranscriptionStatus.self),
                .field("quality", "TelAPI"), .field("text"),
            ], "a recording's transcription is done")
        public var transcriptionSid: String
        public var recordingSid: String
        public var status: TranscriptionStatus?
        /// TelAPI's transcription quality.
        public var quality: String?
        public var text: String

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("TranscriptionSid", transcriptionSid)
            fields.add("RecordingSid", recordingSid)
            fields.add("status", status)
            fields.add("quality", quality)
            fields.add("text", text)
        }
    }

    /// A media stream starts.
    public struct StreamStarted: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "stream.started", .recordings,
            fields: [
                .field("StreamSid"), .state("source", StreamSource.self), .field("name"), .field("url"),
                .field("track"),
            ], "a media stream starts")
        public var streamSid: String
        public var source: StreamSource
        public var name: String?
        public var url: String?
        public var track: String

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("StreamSid", streamSid)
            fields.add("source", source)
            fields.add("name", name)
            fields.add("url", url)
            fields.add("track", track)
        }
    }

    /// A media stream stops.
    public struct StreamStopped: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "stream.stopped", .recordings,
            fields: [
                .field("StreamSid"), .state("reason", StreamStopReason.self), .field("streamed", "seconds it ran"),
            ], "a media stream stops")
        public var streamSid: String
        public var reason: StreamStopReason
        public var streamed: SimTime

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("StreamSid", streamSid)
            fields.add("reason", reason)
            fields.add("streamed", streamed)
        }
    }

    /// What Kazoo's `record_call` callflow node did.
    public struct KazooRecordCall: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "kazoo.record_call", .recordings,
            fields: [
                .state("action", Action.self), .field("RecordingSid"), .state("starts", Start.self),
                .field("origin"), .field("note"), .state("result", Result.self),
            ], "what Kazoo's `record_call` node did ([Kazoo](apis/kazoo.md))")
        public enum Action: String, TraceState {
            case start
            case stop
        }
        /// When a started recording begins.
        public enum Start: String, TraceState {
            case now
            case onAnswer = "on-answer"
            case onBridge = "on-bridge"
        }
        /// What the node did when it did not simply start or stop a recording.
        public enum Result: String, TraceState {
            case skipped
            case nothingToStop = "nothing-to-stop"
            case cancelledBeforeStart = "cancelled-before-start"
        }
        public var action: Action
        public var recordingSid: String?
        public var starts: Start?
        public var origin: String?
        public var note: String?
        public var result: Result?

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("action", action)
            fields.add("RecordingSid", recordingSid)
            fields.add("starts", starts)
            fields.add("origin", origin)
            fields.add("note", note)
            fields.add("result", result)
        }
    }
}

// MARK: - API commands

extension TraceEvent {
    /// An API command as sent: where it goes and what it carries.
    public enum APICall: Sendable {
        /// A TwiML-style REST request: form parameters.
        case form(method: String, url: String, params: [(String, String)])
        /// A Call Control request: a JSON body.
        case json(method: String, url: String, body: JSONValue)
        /// A Kazoo callflow node.
        case node(module: String, node: JSONValue)
    }

    /// A scenario's API command is sent, or a live application's REST request is performed.
    public struct APIRequest: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "api.request", .api,
            fields: [
                .field("platform", "`call_control`, `texml_rest`, `telapi`, `kazoo`"), .field("method"), .field("url"),
                .field("module", "instead of `method` and `url`"), .field("body", "JSON"), .field("params", "form"),
                .field("node", "Kazoo"),
                .field("line", "of the command in the scenario"),
            ], "a scenario's API command is sent, or a live application's REST request is performed")
        public var platform: APIPlatform
        public var call: APICall
        public var line: Int?

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("platform", platform.rawValue)
            switch call {
            case .form(let method, let url, let params):
                fields.add("method", method)
                fields.add("url", url)
                fields.append(("params", .parameters(params)))
            case .json(let method, let url, let body):
                fields.add("method", method)
                fields.add("url", url)
                fields.append(("body", .json(body)))
            case .node(let module, let node):
                fields.add("module", module)
                fields.append(("node", .json(node)))
            }
            fields.add("line", line)
        }
    }

    /// The platform's answer to an API command.
    public struct APIResponse: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "api.response", .api, fields: [.field("platform"), .field("status"), .field("body", "JSON")],
            "the platform's answer, before what the command set off")
        public var platform: APIPlatform
        public var status: Int
        public var body: JSONValue?

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("platform", platform.rawValue)
            fields.add("status", status)
            if let body { fields.append(("body", .json(body))) }
        }
    }

    /// Something the platform quietly ignores or adjusts.
    public struct APINote: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "api.note", .api, fields: [.field("platform"), .field("message")],
            "something the platform quietly ignores or adjusts (an unknown parameter, a format falling back)")
        public var platform: APIPlatform
        public var message: String

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("platform", platform.rawValue)
            fields.add("message", message)
        }
    }

    /// A repeated Call Control `command_id`: answered, not acted on.
    public struct APIIgnored: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "api.ignored", .api, fields: [.field("command_id"), .field("reason")],
            "a repeated Call Control `command_id`: answered, not acted on")
        public var commandID: String
        public var reason: String

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("command_id", commandID)
            fields.add("reason", reason)
        }
    }
}

// MARK: - HTTP, warnings and errors

extension TraceEvent {
    /// A webhook request or upload is sent.
    public struct HTTPRequest: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "http.request", .http,
            fields: [
                .field("purpose"), .field("method"), .field("url", "as sent: GET parameters in the query"),
                .field("params", "every parameter, sorted"), .field("body", "a JSON webhook's document"),
                .field("file"),
                .field("content_type"), .field("bytes", "an uploaded recording"),
            ], "a webhook request or an upload is sent")
        public var purpose: String
        public var method: String
        public var url: String
        /// Every parameter, sorted; nil for a body sent without any.
        public var params: [(String, String)]?
        public var body: RequestBody?

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("purpose", purpose)
            fields.add("method", method)
            fields.add("url", url)
            if let params { fields.append(("params", .parameters(params))) }
            switch body {
            case .json(let document)?: fields.append(("body", .json(document)))
            case .media(let file, let contentType, let bytes)?:
                fields.add("file", file)
                fields.add("content_type", contentType)
                fields.add("bytes", bytes)
            case nil: break
            }
        }
    }

    /// The answer to a webhook request.
    public struct HTTPResponse: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "http.response", .http,
            fields: [
                .field(
                    "status",
                    "or `\"timeout\"`, or `\"failed\"` with `error`: a live request refused, cut off or not connected"),
                .field("url"), .field("content_type"), .field("bytes"),
                .field("body", "the scenario file that answered"), .field("unmapped"),
                .field("error", "why a live request got no answer"),
            ], "the answer to a webhook request")
        /// Nil when nothing answered in time.
        public var status: Int?
        public var url: String
        public var contentType: String?
        public var bytes: Int
        /// The scenario file that answered.
        public var body: String?
        public var unmapped: Bool
        /// Why a live transport brought back no answer other than a timeout (``TransportFailure``).
        public var error: String? = nil

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.append(("status", status.map { .int($0) } ?? .string(error == nil ? "timeout" : "failed")))
            fields.add("url", url)
            fields.add("content_type", contentType)
            fields.add("bytes", bytes)
            fields.add("body", body)
            fields.flag("unmapped", unmapped)
            fields.add("error", error)
        }
    }

    /// Where a problem is and what it concerns, in the order written.
    public enum ProblemDetail: Sendable {
        case id(String)
        case verb(String)
        case element(String)
        case attribute(String)
        case url(String)
        case document(String)
        case line(Int)
        case column(Int)
        /// The scenario limit reached (`max_verbs`, `max_call_duration`, …).
        case limit(String)
        case target(String)
        case event(String)
        case parameters([String])
        case fields([String])
        case platform(APIPlatform)
        case recordingSid(String)
        /// A host a live run may not reach (only loopback, or an `--allow-host`).
        case host(String)

        /// Where a problem is, as docs/trace-events.md lists it after `code` and `message`.
        static let documentedFields: [TraceFieldDocumentation] = [
            .field("id", "the diagnostic's"), .field("verb"),
            .field("element", "a [URL attribute not simulated](verbs.md#url-attributes-not-simulated)"),
            .field("attribute"), .field("url"), .field("document"), .field("line"), .field("column"),
            .field("limit", "the scenario limit reached"), .field("target"), .field("event"), .field("parameters"),
            .field("fields"), .field("platform"), .field("RecordingSid"),
            .field("host", "a live run's refused host"),
        ]

        func append(to fields: inout [(String, TraceValue)]) {
            switch self {
            case .id(let text): fields.add("id", text)
            case .verb(let text): fields.add("verb", text)
            case .element(let text): fields.add("element", text)
            case .attribute(let text): fields.add("attribute", text)
            case .url(let text): fields.add("url", text)
            case .document(let text): fields.add("document", text)
            case .line(let number): fields.add("line", number)
            case .column(let number): fields.add("column", number)
            case .limit(let text): fields.add("limit", text)
            case .target(let text): fields.add("target", text)
            case .event(let text): fields.add("event", text)
            case .parameters(let names): fields.append(("parameters", .strings(names)))
            case .fields(let names): fields.append(("fields", .strings(names)))
            case .platform(let platform): fields.add("platform", platform.rawValue)
            case .recordingSid(let sid): fields.add("RecordingSid", sid)
            case .host(let host): fields.add("host", host)
            }
        }
    }

    /// Something the platform reports without ending the call.
    public struct Warning: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "warning", .http,
            fields: [
                .field("code", "platform code, when there is one"), .field("message"),
            ], then: ProblemDetail.documentedFields, "something the platform reports; the call goes on")
        public var code: Int?
        public var message: String
        public var details: [ProblemDetail]

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("code", code)
            fields.add("message", message)
            for detail in details { detail.append(to: &fields) }
        }
    }

    /// An error the platform reports: the call usually ends.
    public struct PlatformError: TraceEventPayload {
        public static let documentation = TraceEventDocumentation(
            "error", .http,
            fields: [.field("code"), .field("message")], then: ProblemDetail.documentedFields,
            "an error the platform reports; the call usually ends")
        public var code: Int?
        public var message: String
        public var details: [ProblemDetail]

        public func appendFields(to fields: inout [(String, TraceValue)]) {
            fields.add("code", code)
            fields.add("message", message)
            for detail in details { detail.append(to: &fields) }
        }
    }
}
