/// The name of a platform API a scenario sends commands to (`call_control:`, `texml_rest:`, …).
///
/// Each API declares its own name beside its implementation; ``PlatformAPIs/registry`` lists
/// the APIs there are.
public struct APIPlatform: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// Every API a scenario can command, in the registry's order.
    public static var allCases: [APIPlatform] { PlatformAPIs.registry.map { $0.platform } }

    public var description: String { rawValue }
}

/// How a scenario writes the body of an API's commands.
enum APIBodyEncoding {
    /// A JSON object (Call Control's request body, a Kazoo node's `data`).
    case json
    /// Form parameters: an object of scalars (the TwiML-style REST APIs).
    case form
}

/// One platform API as a plug-in: the state it keeps about a call, what its commands look like
/// on the wire and what they do. Registered once in ``PlatformAPIs/registry``; the interpreter
/// knows no API by name.
protocol PlatformAPI {
    /// What the API remembers about one call (command ids seen, recordings it started, …).
    associatedtype State: Sendable

    static var platform: APIPlatform { get }
    static var bodyEncoding: APIBodyEncoding { get }
    static func initialState() -> State

    /// The command as sent, for its `api.request` event: where it goes and what it carries.
    static func request(_ command: APICommand, callID: String, in run: CallRun) -> TraceEvent.APICall

    /// Performs the command on the call now and returns the platform's answer.
    static func perform(_ command: APICommand, callID: String, in run: inout CallRun) -> APIReply
}

extension PlatformAPI {
    static var bodyEncoding: APIBodyEncoding { .json }
}

/// How a recording an API started tells the application it ended: the API's own notification.
protocol APIRecordingNotice: Sendable {
    func recordingEnded(_ recording: ActiveRecording, result: RecordingResult, in run: inout CallRun)
}

/// The platform APIs there are, and the state each keeps about the call.
struct PlatformAPIs {
    /// Every API, in the order scenario messages list them. Adding an API is a type conforming
    /// to ``PlatformAPI`` in its own file and one line here.
    static let registry: [any PlatformAPI.Type] = [
        TelnyxCallControlAPI.self,
        TwiMLRESTAPI.self,
        TelAPIRESTAPI.self,
        KazooCallflowAPI.self,
    ]

    static func api(_ platform: APIPlatform) -> (any PlatformAPI.Type)? {
        registry.first { $0.platform == platform }
    }

    private var states: [APIPlatform: any Sendable] = [:]
    /// The recording each API started last: `{RecordingSid}` in later commands.
    var lastRecordingSid: [APIPlatform: String] = [:]

    /// The state `API` keeps about this call, created on first use.
    subscript<API: PlatformAPI>(api: API.Type) -> API.State {
        get { states[API.platform] as? API.State ?? API.initialState() }
        set { states[API.platform] = newValue }
    }
}
