public import TeXMLRecorder
public import TeXMLSupport
public import TeXMLSyntax

/// A command the application sends to its platform's API while the call runs, in the platform's
/// own wire shape: a REST request or a callflow node. Written under `api:` in a scenario.
public struct APICommand: Sendable, Hashable {
    /// The API the command is sent to: `call_control`, `texml_rest`, `telapi`, `kazoo`.
    public typealias Platform = APIPlatform

    /// When a command is sent.
    public enum When: Sendable, Hashable {
        /// At this time since the call started.
        case at(SimTime)
        /// This long after the first time `trigger` happens; never if it does not.
        case on(Trigger, after: SimTime)
    }

    public var platform: Platform
    /// The HTTP method: POST for every scenario command; a live application's REST request
    /// may also GET (fetch, list, media) or DELETE.
    public var method = APIMethod.post
    /// What the command addresses: the Call Control action (`record_start`), the REST path below
    /// the account (`Calls/{CallSid}/Recordings.json`), or the Kazoo module (`record_call`).
    /// `{CallSid}`, `{call_control_id}` and `{AccountSid}` stand for the call's identifiers;
    /// `{RecordingSid}` for the recording the platform's API started last.
    public var target: String
    /// The body: a JSON object for Call Control and Kazoo (the node's `data`), form parameters
    /// (an object of scalars) for the REST APIs.
    public var body: JSONValue
    public var when: When
    /// The call the command addresses when not this one: an unknown call's identifier.
    public var callID: String?
    /// Where the command is written in the scenario file.
    public var location: SourceLocation?

    public init(
        platform: Platform, target: String, body: JSONValue = .object([]), when: When, callID: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.platform = platform
        self.target = target
        self.body = body
        self.when = when
        self.callID = callID
        self.location = location
    }
}

/// The HTTP methods of the platforms' REST APIs.
public enum APIMethod: String, Sendable, Hashable, CaseIterable {
    case get = "GET"
    case post = "POST"
    case delete = "DELETE"
}

/// A platform's answer to an API command.
public struct APIReply: Sendable, Hashable {
    /// HTTP status; a Kazoo node that ran answers 200.
    public var status: Int
    /// The JSON body, if any.
    public var body: JSONValue?
    /// For a media request: the recording's audio, which the live server reads from the recorder's folder.
    public var media: APIMedia?

    public init(status: Int, body: JSONValue? = nil, media: APIMedia? = nil) {
        self.status = status
        self.body = body
        self.media = media
    }

    /// Twilio's error body, `{"code","message","more_info","status"}`, as twilio-python's
    /// `TwilioRestException` reads it: the simulator's REST plug-in and the live server answer with it.
    public static func twilioError(status: Int, code: Int, message: String) -> APIReply {
        APIReply(
            status: status,
            body: .fields([
                "code": .number(String(code)), "message": .string(message),
                "more_info": .string("https://www.twilio.com/docs/errors/\(code)"),
                "status": .number(String(status)),
            ]))
    }

    /// Telnyx's error body, `{"errors":[{"code","title","detail","source","meta":{"url"}}]}`: the
    /// error object of Telnyx's API reference and SDKs (telnyx-ruby's `APIError`: `code`, `title`,
    /// `detail`, `source` {`pointer`, `parameter`}, `meta`; the porting API's error envelope page,
    /// developers.telnyx.com/docs/numbers/porting/api-errors: "`source.pointer` locates the
    /// offending request field … `meta.url` links the code's documentation"). `source` is left
    /// out when no field is at fault. The simulator's Telnyx plug-ins and the live server answer
    /// with it.
    public static func telnyxError(
        status: Int, code: String, title: String, detail: String, pointer: String? = nil, parameter: String? = nil
    ) -> APIReply {
        var source: JSONValue?
        if pointer != nil || parameter != nil {
            source = .fields(["pointer": pointer.map { .string($0) }, "parameter": parameter.map { .string($0) }])
        }
        let entry = JSONValue.fields([
            "code": .string(code), "title": .string(title), "detail": .string(detail), "source": source,
            "meta": .fields(["url": .string("https://developers.telnyx.com/docs/overview/errors/\(code)")]),
        ])
        return APIReply(status: status, body: .fields(["errors": .array([entry])]))
    }

    /// TelAPI's error body, telapi-ruby's `ApiError` `{"status","message","code","more_info"}` with
    /// Twilio's codes: the simulator's TelAPI plug-in and the live server answer with it.
    public static func telapiError(status: Int, code: Int, message: String) -> APIReply {
        APIReply(
            status: status,
            body: .fields([
                "status": .number(String(status)), "message": .string(message), "code": .number(String(code)),
                "more_info": .string("http://www.telapi.com/docs/api/rest/overview/errors/\(code)"),
            ]))
    }
}

/// A recording's audio file, as the recorder stored it.
public struct APIMedia: Sendable, Hashable {
    /// The file's name in the recorder's folder.
    public var file: String
    public var format: AudioFormat

    public init(file: String, format: AudioFormat) {
        self.file = file
        self.format = format
    }
}
