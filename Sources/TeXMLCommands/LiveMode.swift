import ArgumentParser
import Foundation
import TeXMLRecorder
import TeXMLSimulator
import TeXMLSupport

#if Live
    import TeXMLLive
    import TeXMLLiveServer
#endif

// The one seam between the commands and live mode, which the package trait `Live` builds in
// (Package.swift): `run`, `test` and `call` reach live mode only through `LiveMode`, so this file
// and the load runner (LoadOptions.swift) are the only ones that depend on the trait.

/// Live calls as the commands use them: the real ones with the trait `Live`, else `NoLiveMode`,
/// which refuses each one with ``LiveModeNotBuilt``.
protocol LiveMode: Sendable {
    /// Starts the live call of `loaded` (its REST server, its transport) when its scenario has
    /// `live:`; nil for an offline scenario. `loaded`'s REST base moves to the server.
    func start(
        _ loaded: inout LoadedScenario, options: LiveOptions?, out: String?, announce: Bool
    ) throws -> (any LiveCallSession)?

    /// `texml call --calls N`: places the calls and prints the summary; throws the exit status.
    func load(
        _ loaded: LoadedScenario, options: LoadOptions, calls: Int, output: TraceOutputOptions, live: LiveOptions
    ) throws
}

/// A live call under way: what the simulator talks to, where recordings go, the REST server.
protocol LiveCallSession: AnyObject {
    /// The webhooks' transport over HTTP.
    var transport: any WebhookTransport { get }
    /// Files, so the REST server can serve the recordings' media.
    var recorder: any RecorderBackend { get }
    /// The REST server's `http://127.0.0.1:PORT`.
    var origin: String { get }
    /// One line per live request on standard error (wall-clock latency, which the trace leaves out).
    func reportExchanges()
    /// Runs this call's clock at wall speed (`--pace realtime`): the transport's clock runs on while
    /// the application answers, and Ctrl-C asks the call to end.
    func realtimePacer() -> any CallPacer
    /// Stops the server and removes a temporary recordings folder.
    func finish()
}

/// How a golden writes the REST server's address when its port is ephemeral.
let ephemeralAPIOrigin = "http://127.0.0.1:{api_port}"

/// Live mode asked of a build without it: `texml` prints this one line and exits 2.
struct LiveModeNotBuilt: Error, CustomStringConvertible, Equatable {
    var description: String { "texml was built without live mode: swift build -c release --traits Live" }
}

/// The live mode of a build without the trait: offline scenarios run as ever; a live scenario,
/// `texml call` or a live option is refused with ``LiveModeNotBuilt`` before anything runs.
struct NoLiveMode: LiveMode {
    func start(
        _ loaded: inout LoadedScenario, options: LiveOptions?, out: String?, announce: Bool
    ) throws -> (any LiveCallSession)? {
        guard loaded.scenario.live != nil || options?.isGiven == true else { return nil }
        throw LiveModeNotBuilt()
    }

    func load(
        _ loaded: LoadedScenario, options: LoadOptions, calls: Int, output: TraceOutputOptions, live: LiveOptions
    ) throws {
        throw LiveModeNotBuilt()
    }
}

enum LiveModes {
    /// This build's live mode.
    #if Live
        static let current: any LiveMode = BuiltLiveMode()
    #else
        static let current: any LiveMode = NoLiveMode()
    #endif
}

#if Live
    /// Live mode as built with the trait: TeXMLLive's transport, TeXMLLiveServer's REST server.
    struct BuiltLiveMode: LiveMode {
        func start(
            _ loaded: inout LoadedScenario, options: LiveOptions?, out: String?, announce: Bool
        ) throws -> (any LiveCallSession)? {
            try LiveSession.start(&loaded, options: options, out: out, announce: announce)
        }

        func load(
            _ loaded: LoadedScenario, options: LoadOptions, calls: Int, output: TraceOutputOptions, live: LiveOptions
        ) throws {
            try LoadMode.perform(loaded, options: options, calls: calls, output: output, live: live)
        }
    }

    /// Builds the live transport of a scenario with `live:` (or of `texml call`), and reports what it did.
    enum LiveSession {
        /// The transport for `loaded`, nil when the scenario is not live. `announce` prints the
        /// Telnyx public key, or that requests go unsigned, on standard error.
        static func transport(for loaded: LoadedScenario, options: LiveOptions?, announce: Bool) throws
            -> LiveTransport?
        {
            try configuration(for: loaded, options: options, announce: announce).map {
                LiveTransport(configuration: $0, stubs: stubs(of: loaded))
            }
        }

        /// The scenario's own `webhooks:`, which stay stubbed in a live run; nil when it names none.
        static func stubs(of loaded: LoadedScenario) -> ScenarioTransport? {
            loaded.scenario.webhooks.isEmpty ? nil : ScenarioTransport(loaded, unmapped: .notFound)
        }

        /// What a live transport for `loaded` reaches and how it signs; nil when the scenario is not live.
        static func configuration(for loaded: LoadedScenario, options: LiveOptions?, announce: Bool) throws
            -> LiveTransport.Configuration?
        {
            guard let live = loaded.scenario.live else { return nil }
            // No proxy: the host check is on the URL, so a proxy would carry a "loopback" request off the
            // machine. libcurl reads these at each request, and on Linux an empty
            // connectionProxyDictionary does not override them (tried), so the process drops them.
            for name in ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] {
                unsetenv(name)
            }
            let style = WireStyle.of(loaded.dialect)
            let token =
                options?.authToken ?? ProcessInfo.processInfo.environment["TWILIO_AUTH_TOKEN"].flatMap {
                    $0.isEmpty ? nil : $0
                }
                ?? live.authToken
            let signer: TelnyxSigner
            if let text = options?.telnyxPrivateKey {
                guard let key = TelnyxSigner(base64: text) else {
                    throw ValidationError("--telnyx-private-key must be base64 of a 32-byte Ed25519 private key")
                }
                signer = key
            } else {
                signer = TelnyxSigner(seed: loaded.scenario.seed)
            }
            if announce {
                switch style {
                case .telnyx: printError("texml: Telnyx webhook public key (base64): \(signer.publicKeyBase64)")
                case .twilio where token == nil:
                    printError(
                        "texml: warning: requests are not signed (no --auth-token, TWILIO_AUTH_TOKEN or live.auth_token)"
                    )
                case .twilio, .plain: break
                }
            }
            return LiveTransport.Configuration(
                style: style, credentials: WebhookCredentials(authToken: token, telnyx: signer),
                hosts: HostPolicy(allowing: live.allowedHosts + (options?.allowHosts ?? [])))
        }

        /// One line per live request on standard error: the application's wall-clock latency,
        /// which the trace leaves out so that it stays the same from run to run.
        static func report(_ transport: LiveTransport) {
            for exchange in transport.exchanges {
                let outcome: String
                if let status = exchange.status {
                    outcome = String(status)
                } else if let failure = exchange.failure {
                    outcome = "failed (\(failure))"
                } else {
                    outcome = "timeout"
                }
                let milliseconds = exchange.latency.seconds * 1000
                printError(
                    "live: \(exchange.method) \(exchange.url) (\(exchange.purpose)) → \(outcome) in "
                        + String(format: "%.1f ms", milliseconds))
            }
        }
    }

    /// A live call with its REST server: the transport, the server and the folder the recorder
    /// writes to (so the server can serve the media).
    final class LiveCall: LiveCallSession {
        let liveTransport: LiveTransport
        let server: APIServer
        /// The folder recordings go to: `--out`'s, else a temporary one removed by ``finish()``.
        let recordings: String
        private let temporary: Bool

        init(transport: LiveTransport, server: APIServer, recordings: String, temporary: Bool) {
            self.liveTransport = transport
            self.server = server
            self.recordings = recordings
            self.temporary = temporary
        }

        var transport: any WebhookTransport { liveTransport }
        var recorder: any RecorderBackend { FileSystemRecorder(directory: recordings) }
        var origin: String { server.origin }
        func reportExchanges() { LiveSession.report(liveTransport) }
        func realtimePacer() -> any CallPacer {
            liveTransport.pace = .realtime
            Interrupts.watch(server.inbox)
            return RealtimePacer(inbox: server.inbox)
        }

        /// Stops the server and removes a temporary recordings folder.
        func finish() {
            server.inbox.close()
            server.stop()
            if temporary { try? FileManager.default.removeItem(atPath: recordings) }
        }
    }

    extension LiveSession {
        /// Starts the REST server of a live scenario and builds its transport; nil when the scenario
        /// is not live. `loaded`'s REST base moves to the server, so `RecordingUrl`s point there.
        static func start(
            _ loaded: inout LoadedScenario, options: LiveOptions?, out: String?, announce: Bool
        ) throws -> LiveCall? {
            guard var configuration = try Self.configuration(for: loaded, options: options, announce: announce) else {
                return nil
            }
            let live = loaded.scenario.live ?? LiveSettings()
            let settle =
                options?.api.settle.flatMap(APIServerOptions.duration)
                ?? live.settle.map { .milliseconds($0.milliseconds) } ?? .milliseconds(50)
            let inbox = APIInbox(settle: settle)
            let temporary = out == nil
            let recordings =
                out.map { $0 + "/recordings" }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("texml-live-\(UUID().uuidString)").path
            let accountSid = CallSimulator(loaded).accountSid
            let server = try APIServer(
                APIServer.Configuration(
                    port: options?.api.apiPort ?? live.apiPort ?? 0, accountSid: accountSid,
                    authToken: configuration.credentials.authToken, recordings: recordings),
                inbox: inbox)
            loaded.scenario.live?.apiOrigin = server.origin
            configuration.inbox = inbox
            configuration.mediaDirectory = recordings
            if announce {
                printError("texml: REST API on \(server.origin) (account \(accountSid))")
            }
            return LiveCall(
                transport: LiveTransport(configuration: configuration, stubs: stubs(of: loaded)), server: server,
                recordings: recordings, temporary: temporary)
        }
    }
    /// SIGINT during a realtime call: the first ends the call at its next wait, the second quits.
    enum Interrupts {
        nonisolated(unsafe) private static var source: (any DispatchSourceSignal)?

        static func watch(_ inbox: APIInbox) {
            signal(SIGINT, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            var asked = false
            source.setEventHandler {
                if asked { exit(130) }
                asked = true
                FileHandle.standardError.write(Data("texml: ending the call (Ctrl-C again to quit at once)\n".utf8))
                inbox.stopCall()
            }
            source.resume()
            Self.source = source
        }
    }
#else
    // What the options name of TeXMLLive, so they parse, and `--help` reads, as with the trait;
    // .ci/run compares the two builds' `texml call --help`.

    /// TeXMLLive's `HTTPClientKind`: `--http-client`'s values.
    enum HTTPClientKind: String, CaseIterable {
        case urlSession = "urlsession"
        case sockets
    }

    /// TeXMLLive's `LoadRun`: the bound of `--concurrency`.
    enum LoadRun {
        static let maxConcurrency = 1024
    }
#endif
