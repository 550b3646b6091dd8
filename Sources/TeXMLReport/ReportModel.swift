public import TeXMLRecorder

/// Everything a call's HTML report shows, as plain values: built from the typed trace and the
/// rendered recordings by ``ReportBuilder``, embedded as JSON in the page by ``ReportPage``.
///
/// Strings are interned in ``strings`` and referred to by index: a long call repeats the same
/// parameters (`AccountSid`, `CallSid`, URLs) thousands of times, and the table keeps its report
/// a few megabytes.
public struct CallReport: Sendable, Codable, Equatable {
    /// The page's heading: the scenario's name, else its path.
    public var title: String
    /// The scenario or flow file the call ran.
    public var source: String
    public var dialect: String
    public var outcome: Outcome
    /// Milliseconds from the start of the call to its end (the time axis).
    public var duration: Int64
    /// Every interned string; fields below hold indices into it.
    public var strings: [String]
    public var items: [Item]
    public var recordings: [RecordingView]
    /// Indices into ``items`` of the warnings and errors, in trace order.
    public var problems: [Int]

    /// How the call ended.
    public struct Outcome: Sendable, Codable, Equatable {
        public var status: String
        public var reason: String
        public var hadError: Bool
    }

    /// One thing on the time axis: a span (verb, speech, recording) or a point (DTMF, webhook).
    public struct Item: Sendable, Codable, Equatable {
        public var kind: ItemKind
        /// Milliseconds since the call started.
        public var start: Int64
        /// The end of a span; nil for a point.
        public var end: Int64?
        /// The short text drawn on the axis (string index).
        public var label: Int
        /// `document:line:col` of a verb, or of the verb a problem concerns (string index).
        public var place: Int?
        /// Nesting of a verb span (a `<Say>` inside a `<Gather>` is 1).
        public var depth: Int
        /// Name-value pairs shown when the item is opened, flattened: `[name, value, name, value…]`
        /// (string indices).
        public var fields: [Int]
        /// A webhook's parameters, flattened as `fields`.
        public var parameters: [Int]
        /// The item this one concerns: a problem's verb, a webhook's answer is in `fields`.
        public var link: Int?
        /// Index into ``CallReport/recordings`` of a recording bar.
        public var recording: Int?
        /// A problem's or a failed answer's severity.
        public var severity: Severity?
    }

    /// A recording drawn under the timeline: its waveform, where it lies on the call's time axis,
    /// what trimming removed, and the file a player can load.
    public struct RecordingView: Sendable, Codable, Equatable {
        public var sid: String
        /// How it ended: `completed`, or `absent` with the reason.
        public var status: String
        public var stopReason: String?
        /// The pieces of call time it captured, each with its offset in the recording.
        public var segments: [Segment]
        /// The recording's time (milliseconds, untrimmed) where the kept audio starts and ends;
        /// outside it, trimming removed silence.
        public var keptStart: Int64
        public var keptEnd: Int64
        public var waveform: WaveformPeaks?
        /// The audio file relative to the report, when one was written.
        public var audio: String?
        public var channels: Int
        public var format: String
    }

    /// A stretch of call time `[start, end)` captured at `offset` milliseconds into the recording.
    public struct Segment: Sendable, Codable, Equatable {
        public var start: Int64
        public var end: Int64
        public var offset: Int64
    }
}

/// What a timeline item shows; each kind has its lane and colour in the page.
public enum ItemKind: String, Sendable, Codable, CaseIterable {
    case verb
    case callerSpeech
    case callerDTMF
    case callerHangup
    case partySpeech
    case partyDTMF
    case party
    case beep
    case recording
    case webhook
    case api
    case call
    case stream
    case warning
    case error

    /// The lane the kind is drawn in, top to bottom.
    public var lane: Lane {
        switch self {
        case .verb: .verbs
        case .callerSpeech, .callerDTMF, .callerHangup: .caller
        case .partySpeech, .partyDTMF, .party: .parties
        case .beep, .recording, .stream: .recordings
        case .webhook, .api: .webhooks
        case .call: .call
        case .warning, .error: .problems
        }
    }
}

/// A row of the timeline.
public enum Lane: String, Sendable, Codable, CaseIterable {
    case call, verbs, caller, parties, recordings, webhooks, problems
}

/// How bad a problem is.
public enum Severity: String, Sendable, Codable {
    case warning, error
}
