public import TeXMLGrammar
public import TeXMLSupport

/// One HTTP request the platform makes to the application.
public struct WebhookRequest: Sendable, Hashable {
    /// Why it is sent: `voice`, `action`, `redirect`, `statusCallback`, …
    public var purpose: String
    public var method: String
    /// The resolved URL, before GET parameters are appended.
    public var url: String
    /// Parameters, sorted by name.
    public var parameters: [Parameter]
    /// The body when it is not form parameters: a JSON webhook or an uploaded recording.
    public var body: RequestBody?

    public struct Parameter: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(purpose: String, method: String, url: String, parameters: [Parameter], body: RequestBody? = nil) {
        self.purpose = purpose
        self.method = method
        self.url = url
        self.parameters = parameters
        self.body = body
    }

    /// The URL as requested on the wire: for GET, with the parameters in the query.
    public var wireURL: String {
        method == "GET" ? URLResolution.appendingQuery(url, parameters.map { ($0.name, $0.value) }) : url
    }
}

/// A request body other than form parameters.
public enum RequestBody: Sendable, Hashable {
    case json(JSONValue)
    /// A recording file uploaded: its name, media type and size (nil when the recorder measured
    /// the recording without encoding it: MP3 under ``MeasuringRecorder``).
    case media(file: String, contentType: String, bytes: Int?)
}

/// The application's answer.
public struct WebhookResponse: Sendable, Hashable {
    /// The HTTP status; nil when the request timed out.
    public var status: Int?
    public var body: [UInt8]
    public var contentType: String?
    /// How long the answer took.
    public var latency: SimTime
    /// Where the body came from, for the trace (a file name), if anywhere.
    public var source: String?
    /// Set when the scenario did not map the URL and the default answer was used.
    public var unmapped = false
    /// Why there is no answer, when it is not a plain timeout (a live transport's refusal or
    /// connection failure); nil otherwise.
    public var failure: TransportFailure?

    public init(
        status: Int?, body: [UInt8] = [], contentType: String? = nil, latency: SimTime = .zero, source: String? = nil
    ) {
        self.status = status
        self.body = body
        self.contentType = contentType
        self.latency = latency
        self.source = source
    }
}

/// Why a transport brought back no answer, other than a timeout.
public enum TransportFailure: Sendable, Hashable, CustomStringConvertible {
    /// The URL's host is not one the run may reach: the request was never sent.
    case hostNotAllowed(String)
    /// No connection, or it broke (refused, reset, name not resolved): the system's message.
    case connection(String)
    /// The answer's body was larger than the limit, in bytes: it was not read further.
    case tooLarge(limit: Int)
    /// A redirect that was not followed: too many, or without a usable `Location`.
    case redirect(String)
    /// A recording to upload could not be read from the folder the recorder wrote it to: the
    /// request was not sent (sending it empty would lose the recording unseen).
    case unreadableUpload(String)

    public var description: String {
        switch self {
        case .hostNotAllowed(let host): "host '\(host)' is not allowed (only loopback, or an --allow-host)"
        case .connection(let message): message
        case .tooLarge(let limit): "the answer is larger than \(limit) bytes"
        case .redirect(let message): message
        case .unreadableUpload(let message): "the recording to upload could not be read: \(message)"
        }
    }
}

/// Carries webhook requests to the application and brings back its answers.
///
/// The simulator's default transport answers from the scenario's `webhooks:` map; a live HTTP
/// transport can stand in for it. Synchronous on purpose: the virtual clock does not move while
/// the platform waits, so there is nothing to overlap.
public protocol WebhookTransport: AnyObject {
    func send(_ request: WebhookRequest, timeout: SimTime) -> WebhookResponse
    /// Sends `request`; while it waits for the answer (and until the application has settled
    /// after it), the application's REST commands are handed to `serving`, which performs each
    /// on the call at the current virtual time. A live transport with a REST server does this.
    func send(
        _ request: WebhookRequest, timeout: SimTime, serving: (APICommand) -> APIReply
    ) -> WebhookResponse
    /// Called once the call has ended: serves the application's last REST commands until it
    /// has been quiet for its settle window.
    func settle(serving: (APICommand) -> APIReply)
}

extension WebhookTransport {
    public func send(
        _ request: WebhookRequest, timeout: SimTime, serving: (APICommand) -> APIReply
    ) -> WebhookResponse {
        send(request, timeout: timeout)
    }

    public func settle(serving: (APICommand) -> APIReply) {}
}

/// Answers requests from a loaded scenario's `webhooks:` map.
public final class ScenarioTransport: WebhookTransport {
    private let loaded: LoadedScenario
    private let unmapped: PlatformBehaviour.UnmappedWebhook
    /// How many requests each route has answered: successive replies.
    private var counts: [Int: Int] = [:]
    private let routes: [String: Int]

    public init(_ loaded: LoadedScenario, unmapped: PlatformBehaviour.UnmappedWebhook) {
        self.loaded = loaded
        self.unmapped = unmapped
        var routes: [String: Int] = [:]
        for (index, route) in loaded.scenario.webhooks.enumerated() where routes[route.url] == nil {
            routes[route.url] = index
        }
        self.routes = routes
    }

    /// Whether a `webhooks:` entry names the request's URL (a live run stubs those).
    public func maps(_ request: WebhookRequest) -> Bool {
        route(of: request) != nil
    }

    private func route(of request: WebhookRequest) -> Int? {
        routes[request.wireURL] ?? routes[request.url] ?? routes[URLResolution.withoutQuery(request.url)]
    }

    public func send(_ request: WebhookRequest, timeout: SimTime) -> WebhookResponse {
        guard let index = route(of: request) else {
            if request.url == loaded.scenario.flowURL
                || URLResolution.withoutQuery(request.url) == loaded.scenario.flowURL,
                let flow = loaded.scenario.flow
            {
                return WebhookResponse(
                    status: 200, body: loaded.files[flow] ?? [], contentType: "text/xml", source: flow)
            }
            var response: WebhookResponse
            switch unmapped {
            case .emptyResponse:
                response = WebhookResponse(
                    status: 200, body: Array("<Response/>".utf8), contentType: "text/xml", source: nil)
            case .notFound:
                response = WebhookResponse(status: 404, body: [], contentType: "text/plain", source: nil)
            }
            response.unmapped = true
            return response
        }
        let route = loaded.scenario.webhooks[index]
        let count = counts[index, default: 0]
        counts[index] = count + 1
        let reply = route.replies[min(count, route.replies.count - 1)]
        if reply.timesOut { return WebhookResponse(status: nil, latency: timeout) }
        var response = WebhookResponse(status: reply.status, latency: min(reply.latency, timeout))
        if reply.latency > timeout { return WebhookResponse(status: nil, latency: timeout) }
        switch reply.body {
        case .none:
            response.contentType = reply.contentType
        case .file(let path):
            response.body = loaded.files[path] ?? []
            response.source = path
            response.contentType = reply.contentType ?? (path.hasSuffix(".xml") ? "text/xml" : "text/plain")
        case .text(let text):
            response.body = Array(text.utf8)
            response.contentType = reply.contentType ?? (text.contains("<") ? "text/xml" : "text/plain")
        }
        return response
    }
}

/// A scenario with every file it names read into memory: runs repeat without I/O.
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    /// File contents by the path written in the scenario.
    public var files: [String: [UInt8]]
    /// Durations of local WAV files named by `speak: { audio: … }` and `media:`, by path.
    public var audioDurations: [String: SimTime]

    public init(scenario: Scenario, files: [String: [UInt8]] = [:], audioDurations: [String: SimTime] = [:]) {
        self.scenario = scenario
        self.files = files
        self.audioDurations = audioDurations
    }

    /// The dialect the call runs in: the scenario's, else the flow's directive comment, else twiml.
    public var dialect: Dialect {
        if let dialect = scenario.dialect { return dialect }
        if let flow = scenario.flow, let bytes = files[flow], let declared = Dialect.declared(in: bytes) {
            return declared
        }
        return .twiml
    }
}
