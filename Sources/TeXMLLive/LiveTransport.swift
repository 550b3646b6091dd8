import Foundation
import TeXMLSimulator
import TeXMLSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends a simulated call's webhooks over real HTTP to the author's application.
///
/// Synchronous, as ``WebhookTransport`` is: the virtual clock stands still while the platform
/// waits, and the application's wall-clock latency is not added to it (it is reported in
/// ``exchanges``), so the same application gives the same trace. Under ``LivePace/realtime``
/// the clock runs on while the application answers: the answer's wall latency is its latency. URLs a scenario's `webhooks:`
/// names stay stubbed. Only loopback and the allowed hosts are ever contacted.
public final class LiveTransport: WebhookTransport {
    /// What a live run may reach and how it signs.
    public struct Configuration: Sendable {
        public var style: WireStyle
        public var credentials: WebhookCredentials
        public var hosts: HostPolicy
        /// The largest answer read, in bytes; a longer one fails the request.
        public var maxBodyBytes: Int
        /// Redirects followed per request, as an HTTP client does.
        public var maxRedirects: Int
        /// The client for plain `http` URLs (`https` always goes through URLSession).
        public var client: HTTPClientKind
        /// The REST server's commands, served while a request waits and until the application
        /// settles after it; nil: no REST server. Served with URLSession's client only (the
        /// load mode's sockets client blocks, and the load mode runs no REST server).
        public var inbox: APIInbox?
        /// The folder the run's recorder writes recordings to: an upload (SignalWire's
        /// `storageUrl`, Kazoo's `url`) sends the file from there. nil: uploads carry no audio.
        public var mediaDirectory: String?

        public init(
            style: WireStyle, credentials: WebhookCredentials, hosts: HostPolicy = HostPolicy(),
            maxBodyBytes: Int = 1 << 20, maxRedirects: Int = 10, client: HTTPClientKind = .urlSession
        ) {
            self.client = client
            self.style = style
            self.credentials = credentials
            self.hosts = hosts
            self.maxBodyBytes = maxBodyBytes
            self.maxRedirects = maxRedirects
        }
    }

    /// One request sent (or refused) and how long the application took, on the wall clock.
    public struct Exchange: Sendable {
        public var purpose: String
        public var method: String
        public var url: String
        /// nil: no answer (see `failure`, else a timeout).
        public var status: Int?
        public var failure: TransportFailure?
        public var latency: Duration
    }

    public let configuration: Configuration
    /// How the virtual clock runs. Under realtime the answer's wall latency moves the clock on,
    /// and there is no settle window after an answer: a command the application sends later
    /// reaches the call through the ``RealtimePacer`` at the moment it arrives.
    public var pace: LivePace = .virtual
    /// Every request that went live, in order; stubbed ones are not here.
    public private(set) var exchanges: [Exchange] = []
    private var stubs: ScenarioTransport?
    private let fetcher: any HTTPExchanging
    /// Each URL's parse and host check, by its text: a load run sends the same few URLs on every
    /// call, and `URL(string:)` with the host check cost more than the rest of the request head.
    /// Valid for the transport's life: `configuration.hosts` does not change.
    private var checkedURLs = TextCache<CheckedURL>()

    /// A URL's text parsed (nil: not a URL) and, when parsed, the host it is refused under (nil: allowed).
    private struct CheckedURL {
        var url: URL?
        var refusal: String?
    }

    /// `stubs` answers the URLs its scenario's `webhooks:` names; everything else goes live.
    public init(configuration: Configuration, stubs: ScenarioTransport? = nil) {
        self.configuration = configuration
        self.stubs = stubs
        switch configuration.client {
        case .urlSession: fetcher = HTTPFetcher(maxBodyBytes: configuration.maxBodyBytes)
        case .sockets: fetcher = SocketFetcher(maxBodyBytes: configuration.maxBodyBytes)
        }
    }

    deinit { fetcher.close() }

    /// Readies the transport for the next call of a load run: its own stubs (their replies
    /// count per call) and no exchanges yet; the connections stay open.
    public func beginCall(stubs: ScenarioTransport?) {
        self.stubs = stubs
        exchanges.removeAll(keepingCapacity: true)
    }

    public func send(_ request: WebhookRequest, timeout: SimTime) -> WebhookResponse {
        if let stubs, stubs.maps(request) { return stubs.send(request, timeout: timeout) }
        return deliver(request, timeout: timeout) { done, deadline in done.wait(timeout: deadline) == .success }
    }

    /// Sends `request`, serving the application's REST commands while it waits and until the
    /// application has settled after the answer.
    public func send(
        _ request: WebhookRequest, timeout: SimTime, serving: (APICommand) -> APIReply
    ) -> WebhookResponse {
        guard let inbox = configuration.inbox, stubs?.maps(request) != true else {
            return send(request, timeout: timeout)
        }
        let response = deliver(request, timeout: timeout) { done, deadline in
            while true {
                if done.wait(timeout: .now()) == .success { return true }
                if DispatchTime.now() >= deadline { return false }
                inbox.serve(waitingUpTo: .milliseconds(1), serving)
            }
        }
        if pace == .virtual { inbox.settle(serving) }
        return response
    }

    /// The call is over: the application's last commands are served until it settles, then
    /// the inbox closes (later requests find no call).
    public func settle(serving: (APICommand) -> APIReply) {
        guard let inbox = configuration.inbox else { return }
        inbox.settle(serving)
        inbox.close()
    }

    private func deliver(
        _ request: WebhookRequest, timeout: SimTime, wait: (DispatchSemaphore, DispatchTime) -> Bool
    ) -> WebhookResponse {
        let clock = ContinuousClock()
        let start = clock.now
        let seconds = max(Double(timeout.milliseconds) / 1000, 0.001)
        let deadline = start + .milliseconds(max(timeout.milliseconds, 1))
        var response = WebhookResponse(status: nil)
        let media: [UInt8]
        switch uploadedMedia(request) {
        case .bytes(let bytes): media = bytes
        case .unreadable(let failure):
            response.failure = failure
            exchanges.append(
                Exchange(
                    purpose: request.purpose, method: request.method, url: request.wireURL, status: nil,
                    failure: failure, latency: clock.now - start))
            return response
        }
        var wire = wireRequest(request, media: media)
        var redirects = 0
        while true {
            let hosts = configuration.hosts
            let checked = checkedURLs.value(for: wire.url) { text in
                guard let url = URL(string: text) else { return CheckedURL(url: nil, refusal: nil) }
                return CheckedURL(url: url, refusal: hosts.refusal(for: url))
            }
            guard let url = checked.url else {
                response.failure = .hostNotAllowed(wire.url)
                break
            }
            if let refused = checked.refusal {
                response.failure = .hostNotAllowed(refused)
                break
            }
            let remaining = deadline - clock.now
            guard remaining > .zero else {
                response.latency = timeout
                break
            }
            let remainingSeconds = min(seconds, remaining.seconds)
            let outcome =
                if let urlSession = fetcher as? HTTPFetcher {
                    urlSession.fetch(wire, url: url, timeout: remainingSeconds, wait: wait)
                } else {
                    fetcher.fetch(wire, url: url, timeout: remainingSeconds)
                }
            switch outcome {
            case .timedOut:
                // The platform gave up after its timeout: the same virtual wait as a stubbed timeout.
                response.latency = timeout
            case .failed(let failure):
                response.failure = failure
            case .answered(let status, let headers, let body):
                if (300..<400).contains(status), status != 304, status != 300, let location = headers["location"] {
                    redirects += 1
                    guard redirects <= configuration.maxRedirects else {
                        response.failure = .redirect("more than \(configuration.maxRedirects) redirects")
                        break
                    }
                    guard let target = URL(string: location, relativeTo: url)?.absoluteURL else {
                        response.failure = .redirect("a redirect to '\(location)', which is not a URL")
                        break
                    }
                    wire = redirected(wire, from: request, to: target.absoluteString, status: status, media: media)
                    continue
                }
                response = WebhookResponse(status: status, body: body, contentType: headers["content-type"])
                if pace == .realtime {
                    response.latency = RealtimePacer.virtual(clock.now - start)
                }
            }
            break
        }
        exchanges.append(
            Exchange(
                purpose: request.purpose, method: request.method, url: request.wireURL, status: response.status,
                failure: response.failure, latency: clock.now - start))
        return response
    }

    private func wireRequest(_ request: WebhookRequest, media: [UInt8] = []) -> WireRequest {
        WireRequest(
            request, style: configuration.style, credentials: configuration.credentials,
            timestamp: Int(Date().timeIntervalSince1970), idempotencyToken: Self.idempotencyToken(), media: media)
    }

    /// An upload's audio: the file the run's recorder wrote, read from ``Configuration/mediaDirectory``
    /// (empty for other requests). Without a folder (a measuring recorder: the load mode) the
    /// upload is sent without audio, as in this module's first slice; an unreadable file fails it.
    private func uploadedMedia(_ request: WebhookRequest) -> UploadMedia {
        guard case .media(let file, _, _)? = request.body, let folder = configuration.mediaDirectory else {
            return .bytes([])
        }
        let path = folder + "/" + file
        switch FileReading.read(path, limit: Self.maxUploadBytes) {
        case .success(let bytes): return .bytes(bytes)
        case .failure(let failure): return .unreadable(.unreadableUpload("\(path): \(failure)"))
        }
    }

    /// An upload's audio, or why it could not be read.
    private enum UploadMedia {
        case bytes([UInt8])
        case unreadable(TransportFailure)
    }

    /// The largest recording uploaded: four hours of 8 kHz stereo WAV is 230 MB; past 1 GiB the
    /// file is not one a simulated call makes.
    static let maxUploadBytes = 1 << 30

    /// The request to send after a redirect: 301, 302 and 303 turn a POST into a GET without a
    /// body (as browsers and curl do); 307 and 308 repeat it as it was. Signed for its new URL.
    private func redirected(
        _ wire: WireRequest, from request: WebhookRequest, to url: String, status: Int, media: [UInt8]
    ) -> WireRequest {
        var next = request
        next.url = url
        if status == 307 || status == 308 {
            next.method = wire.method
        } else {
            next.method = "GET"
            next.parameters = []
            next.body = nil
        }
        return wireRequest(next, media: next.body == nil ? [] : media)
    }

    private static func idempotencyToken() -> String {
        UUID().uuidString.lowercased()
    }
}
