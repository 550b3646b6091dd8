import Foundation
import Hummingbird
import Logging
import TeXMLLive
import TeXMLSimulator

/// The platform's REST API and recording media, served on 127.0.0.1 while a live call runs.
///
/// Each request is checked (credentials, size, form) here, then handed as an ``APICommand``
/// to the ``APIInbox``, whose call performs it at the current virtual time with the same API
/// plug-in a scenario's `api:` commands use; the answer comes back in the platform's shape.
public final class APIServer: Sendable {
    /// What the server answers for.
    public struct Configuration: Sendable {
        /// 0: an ephemeral port.
        public var port: Int
        /// The call's account: the one account the server knows.
        public var accountSid: String
        /// The password of HTTP Basic (`AccountSid:AuthToken`); nil: any password is taken.
        public var authToken: String?
        /// Where the call's recordings are stored, for media requests and Kazoo's recordings API;
        /// nil: no media.
        public var recordings: String?
        /// The largest request body read, in bytes; a larger one is answered 413.
        public var maxBodyBytes: Int

        public init(
            port: Int = 0, accountSid: String, authToken: String?, recordings: String? = nil,
            maxBodyBytes: Int = 64 << 10
        ) {
            self.port = port
            self.accountSid = accountSid
            self.authToken = authToken
            self.recordings = recordings
            self.maxBodyBytes = maxBodyBytes
        }
    }

    public let inbox: APIInbox
    /// The port the server listens on.
    public let port: Int
    private let task: Task<Void, any Error>
    /// The server's own threads (nil where task executors are not available: the cooperative pool).
    private let executor: (any Sendable)?

    /// `http://127.0.0.1:PORT`
    public var origin: String { "http://127.0.0.1:\(port)" }

    /// Starts the server and returns once it listens; throws when the port cannot be bound.
    public init(_ configuration: Configuration, inbox: APIInbox) throws {
        guard PortProbe.canListen(on: configuration.port) else {
            throw APIServerError.cannotListen(port: configuration.port)
        }
        self.inbox = inbox
        let twilio = TwilioRoutes(configuration: configuration, inbox: inbox)
        let telnyx = TelnyxRoutes(configuration: configuration, inbox: inbox)
        let kazoo = KazooRoutes(configuration: configuration)
        let telapi = TelAPIRoutes(configuration: configuration, inbox: inbox)
        let bound = BoundPort()
        var logger = Logger(label: "texml.api")
        logger.logLevel = .critical
        let application = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in
                inbox.begin()
                defer { inbox.end() }
                // Each platform's API has its own root; the call's plug-ins answer in its dialect's shape.
                // Kazoo's crossbar (`/v2/accounts/`) and Telnyx (`/v2/calls/`, `/v2/texml/`) share `/v2/`.
                if request.uri.path.hasPrefix(KazooRoutes.root) { return await kazoo.respond(to: request) }
                if request.uri.path.hasPrefix(TelAPIRoutes.root) { return await telapi.respond(to: request) }
                return request.uri.path.hasPrefix("/v2/")
                    ? await telnyx.respond(to: request) : await twilio.respond(to: request)
            },
            configuration: ApplicationConfiguration(
                address: .hostname("127.0.0.1", port: configuration.port), serverName: nil, backlog: 2048),
            onServerRunning: { channel in bound.set(channel.localAddress?.port ?? -1) },
            logger: logger)
        @Sendable func run() async throws {
            do {
                try await application.run()
            } catch {
                bound.set(-1)
                throw error
            }
        }
        if #available(macOS 15.0, *) {
            // Off the cooperative pool: a caller that blocks its threads cannot stall the server.
            let own = ServerExecutor(name: "texml.api", threads: 2)
            executor = own
            task = Task(executorPreference: own) {
                defer { own.shutdown() }
                try await run()
            }
        } else {
            executor = nil
            task = Task { try await run() }
        }
        guard let port = bound.wait(timeout: 10), port > 0 else {
            // Not cancelled: a server that failed stops by itself, and cancelling its service
            // group while it fails can deadlock (see ``PortProbe``).
            throw APIServerError.cannotListen(port: configuration.port)
        }
        self.port = port
    }

    /// Stops listening; requests in flight are cut off.
    public func stop() {
        task.cancel()
    }
}

/// Why the REST server did not start.
public enum APIServerError: Error, CustomStringConvertible {
    case cannotListen(port: Int)

    public var description: String {
        switch self {
        case .cannotListen(let port):
            "cannot listen on 127.0.0.1:\(port) for the REST API (in use? choose another --api-port)"
        }
    }
}

/// The port the server bound, handed from its start-up task to the thread that started it.
private final class BoundPort: @unchecked Sendable {
    // @unchecked Sendable: `port` is only touched under `condition`.
    private let condition = NSCondition()
    private var port: Int?

    func set(_ value: Int) {
        condition.withLock {
            guard port == nil else { return }
            port = value
            condition.broadcast()
        }
    }

    func wait(timeout: TimeInterval) -> Int? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        return condition.withLock {
            while port == nil, condition.wait(until: deadline) {}
            return port
        }
    }
}
