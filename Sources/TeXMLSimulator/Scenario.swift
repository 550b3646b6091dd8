public import TeXMLGrammar
public import TeXMLSyntax

/// One simulated call: who calls, what they do, who answers a `<Dial>`, how URLs answer.
///
/// Decoded from a scenario file (YAML or JSON) by ``ScenarioDecoder``; the format is documented
/// in docs/scenario-format.md. Version 1.
public struct Scenario: Sendable {
    public static let currentVersion = 1

    /// Always the current version: the decoder refuses any other, so it is not stored.
    public var version: Int { Scenario.currentVersion }
    public var name: String
    /// The dialect; nil means the flow's `<!-- dialect: … -->` comment, else twiml.
    public var dialect: Dialect?
    /// The first document, a path relative to the scenario file.
    public var flow: String?
    /// The first document's URL: the base for relative URLs and the target of the first request.
    public var flowURL: String
    public var call = CallSettings()
    /// The caller's script, in order.
    public var caller: [ScriptStep] = []
    /// Who answers a `<Dial>`, by number, SIP URI or `client:name`, in file order.
    public var parties: [Party] = []
    /// How URLs answer, in file order.
    public var webhooks: [WebhookRoute] = []
    /// How long each `<Play>` URL lasts.
    public var media: [MediaEntry] = []
    /// What the application asks the platform's APIs during the call, in file order.
    public var api: [APICommand] = []
    /// Platform behaviours the scenario chooses where platforms disagree or the docs are silent.
    public var settings = BehaviourOverrides()
    public var limits = SimulationLimits()
    public var seed: UInt64 = 0
    /// Warnings the scenario means to show, by platform code (`13617`), diagnostic id
    /// (`texml.attribute.unknown`) or a piece of the message: a sample suite can tell them from
    /// accidental ones.
    public var expectedWarnings: [String] = []
    /// `live:`: the call's requests go over HTTP to a real application at `flowURL`; nil when
    /// `webhooks:` and `flow` answer everything.
    public var live: LiveSettings?

    public init(name: String, flow: String? = nil, flowURL: String = Scenario.defaultFlowURL) {
        self.name = name
        self.flow = flow
        self.flowURL = flowURL
    }

    /// The URL of a flow run without a scenario file.
    public static let defaultFlowURL = "https://app.example.com/flow.xml"
}

/// The call being simulated.
public struct CallSettings: Sendable, Hashable {
    public var from = "+15551230001"
    public var to = "+15559870002"
    public var direction = CallDirection.inbound
    /// Method of the first request for the flow.
    public var method = "POST"
    /// The call's status callback URL: it receives the final call status.
    public var statusCallback: String?
    public var statusCallbackMethod = "POST"
    /// Overrides the account identifier otherwise derived from the seed.
    public var accountSid: String?
    /// Where Telnyx Call Control sends the call's webhooks (`call.recording.saved`, …): the
    /// Call Control application's webhook URL.
    public var webhookURL: String?

    public init() {}
}

public enum CallDirection: String, Sendable, Hashable, CaseIterable {
    case inbound
    case outbound

    /// The `Direction` parameter value for the parent call, in the family's words.
    func parameter(_ shape: CallbackShape) -> String {
        switch self {
        case .inbound: "inbound"
        case .outbound: shape.outboundDirection
        }
    }
}

/// Something a caller (or a dialed party) waits for before its next step.
public enum Trigger: String, Sendable, Hashable, CaseIterable {
    /// The call is answered.
    case answer
    /// A `<Say>`, `<Play>` or `<Pause>` ends, finished or interrupted.
    case promptEnd = "prompt_end"
    /// A `<Gather>` starts listening (after its prompts).
    case gatherStart = "gather_start"
    /// A `<Record>` beep has finished playing.
    case beep
    /// A `<Record>` starts capturing.
    case recordStart = "record_start"
    /// A `<Dial>` starts ringing its targets.
    case dialStart = "dial_start"
    /// A dialed party answers and is bridged to the caller.
    case dialAnswer = "dial_answer"
    /// A `<Dial>` ends.
    case dialEnd = "dial_end"
}

/// One step of a caller's or party's script.
public struct ScriptStep: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        /// Speech lasting `duration`; `transcript` is what speech recognition hears.
        case speak(duration: SimTime, transcript: String?, audio: String?)
        /// Speech as long as saying `transcript` takes (`speak: { says: … }` without a duration):
        /// before the call runs, the voice's spoken length or the estimate at `words_per_minute`
        /// turns it into ``speak(duration:transcript:audio:)``.
        case speakTranscript(String)
        case silence(SimTime)
        /// DTMF keys, each a tone of ``ScriptStep/keyTone`` followed by a gap of ``ScriptStep/keyGap``.
        case press(String)
        case hangup
        case waitFor(Trigger)
        /// Waits until this absolute time since the call started.
        case at(SimTime)
    }

    public var action: Action
    /// Where the step is written in the scenario file.
    public var location: SourceLocation?

    public init(_ action: Action, location: SourceLocation? = nil) {
        self.action = action
        self.location = location
    }

    /// How long one DTMF key sounds.
    public static let keyTone = SimTime.milliseconds(100)
    /// Silence after each DTMF key.
    public static let keyGap = SimTime.milliseconds(100)
}

/// A party a `<Dial>` can reach.
public struct Party: Sendable, Hashable {
    /// The number, SIP URI or `client:name` the party answers on.
    public var target: String
    /// How long the party's phone rings before it answers.
    public var ring = SimTime.seconds(5)
    public var answers = true
    public var busy = false
    /// The number does not exist or the call cannot be placed.
    public var fails = false
    /// What the party does once answered; with no `hangup` the party stays until the caller leaves.
    public var script: [ScriptStep] = []

    public init(target: String) { self.target = target }
}

/// How one URL answers, request after request.
public struct WebhookRoute: Sendable, Hashable {
    public var url: String
    /// Successive requests get successive replies; the last one repeats.
    public var replies: [WebhookReply]
    public var location: SourceLocation?

    public init(url: String, replies: [WebhookReply], location: SourceLocation? = nil) {
        self.url = url
        self.replies = replies
        self.location = location
    }
}

/// One HTTP answer from the application.
public struct WebhookReply: Sendable, Hashable {
    public enum Body: Sendable, Hashable {
        case none
        /// A file relative to the scenario.
        case file(String)
        case text(String)
    }

    public var status = 200
    public var body = Body.none
    public var contentType: String?
    /// Time the application takes to answer.
    public var latency = SimTime.zero
    /// The application never answers: the platform gives up after its HTTP timeout.
    public var timesOut = false

    public init(status: Int = 200, body: Body = .none, contentType: String? = nil) {
        self.status = status
        self.body = body
        self.contentType = contentType
    }
}

/// How long a `<Play>` URL lasts.
public struct MediaEntry: Sendable, Hashable {
    public var url: String
    public var duration: SimTime?
    /// A local WAV file whose length is the duration.
    public var audio: String?
    /// The fetch fails with this HTTP status.
    public var status: Int?

    public init(url: String, duration: SimTime? = nil) {
        self.url = url
        self.duration = duration
    }
}

/// Safety limits: every simulated call ends, whatever the flow and the caller do.
public struct SimulationLimits: Sendable, Hashable {
    /// Longest call; Twilio's and Telnyx's default maximum call duration is 4 hours.
    public var maxCallDuration = SimTime.seconds(14_400)
    /// Most verbs executed in one call.
    public var maxVerbs = 100_000
    /// Most documents fetched in one call.
    public var maxFetches = 10_000
    /// Most documents fetched in a row without the clock moving: a redirect loop.
    public var maxFetchesWithoutProgress = 100

    public init() {}

    /// The largest limits a scenario may set: what a call keeps fits the machine whatever the
    /// scenario says. A call keeps its trace in memory until it is printed, a bounded number of
    /// events per verb (measured: about 2.5 KB per verb in a `<Pause>` + `<Redirect>` loop, its
    /// output included), and every fetch runs at least one verb, so `maximumVerbs` bounds it:
    /// about 500 MB at the cap. A document fetched again is parsed once (``ValidationCache``,
    /// by content, shared by the process and bounded at 64 MiB of documents).
    public static let maximumVerbs = 200_000
    /// Ten times the default; fetches are bounded by verbs as well (each runs one or more).
    public static let maximumFetches = 100_000
    public static let maximumFetchesWithoutProgress = 100_000
    /// 24 hours, the longest call a platform allows (Twilio's `timeLimit`): a background
    /// recording is rendered for as long as the call lasts.
    public static let maximumCallDuration = SimTime.seconds(86_400)
}

/// How a live call's virtual clock runs: `live.pace`, `--pace`.
public enum LivePace: String, Sendable, Hashable, CaseIterable {
    /// It jumps from one happening to the next; the application's REST commands are served while
    /// a webhook waits and during the settle window after its answer.
    case virtual
    /// It runs at wall speed from the call's start, for a person watching: each happening comes
    /// at its wall instant, and a REST command is a happening at the moment it arrives.
    case realtime
}

/// A scenario's `live:` settings: its requests go to a real application, but for the URLs
/// `webhooks:` names, which stay stubbed.
public struct LiveSettings: Sendable, Hashable {
    /// The auth token that signs requests (Twilio's `X-Twilio-Signature`); nil: the command
    /// line's `--auth-token`, else `TWILIO_AUTH_TOKEN`.
    public var authToken: String?
    /// Hosts beyond loopback that requests may go to.
    public var allowedHosts: [String] = []
    /// The loopback port of the REST API server (`api_port`); nil or 0: an ephemeral one.
    public var apiPort: Int?
    /// How long the application must be quiet after an answer before the clock moves on
    /// (`settle`); nil: the command line's, else 50 ms.
    public var settle: SimTime?
    /// How the virtual clock runs (`pace`); nil: the command line's `--pace`, else virtual.
    public var pace: LivePace?
    /// Where the REST API server listens (`http://127.0.0.1:PORT`), set by the live run once it
    /// is: `RecordingUrl`s and the REST requests' URLs point there.
    public var apiOrigin: String?

    public init(authToken: String? = nil, allowedHosts: [String] = []) {
        self.authToken = authToken
        self.allowedHosts = allowedHosts
    }
}
