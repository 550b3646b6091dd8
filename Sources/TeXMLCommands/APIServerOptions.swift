import ArgumentParser
import Foundation
import TeXMLLive
import TeXMLLiveServer
import TeXMLRecorder
import TeXMLSimulator

/// Options of the REST API server a live call runs beside.
struct APIServerOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The loopback port of the platform's REST API and recording media during a live call. Default: the scenario's live.api_port, else an ephemeral port (printed on standard error).",
            valueName: "port"))
    var apiPort: Int?

    @Option(
        help: ArgumentHelp(
            "How long the application must be quiet (no REST request) after each answer before the virtual clock moves on: 50ms, 0.2s. Default: the scenario's live.settle, else 50ms.",
            valueName: "duration"))
    var settle: String?

    func validate() throws {
        if let apiPort, !(0...65535).contains(apiPort) {
            throw ValidationError("--api-port must be from 0 to 65535, not \(apiPort)")
        }
        if let settle, Self.duration(settle) == nil {
            throw ValidationError("--settle expects a duration such as 50ms or 0.2s, not '\(settle)'")
        }
    }

    /// `50ms`, `0.2s`, `2` (seconds): a scenario duration (`SimTime.parse`, as `live.settle` is read),
    /// at most a minute.
    static func duration(_ text: String) -> Duration? {
        guard let time = SimTime.parse(text), time.milliseconds <= 60_000 else { return nil }
        return .milliseconds(time.milliseconds)
    }
}

/// A live call with its REST server: the transport, the server and the folder the recorder
/// writes to (so the server can serve the media).
final class LiveCall {
    let transport: LiveTransport
    let server: APIServer
    /// The folder recordings go to: `--out`'s, else a temporary one removed by ``finish()``.
    let recordings: String
    private let temporary: Bool

    init(transport: LiveTransport, server: APIServer, recordings: String, temporary: Bool) {
        self.transport = transport
        self.server = server
        self.recordings = recordings
        self.temporary = temporary
    }

    var recorder: any RecorderBackend { FileSystemRecorder(directory: recordings) }

    /// How a golden writes the REST server's address when its port is ephemeral.
    static let ephemeralOrigin = "http://127.0.0.1:{api_port}"

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
        guard let base = try transport(for: loaded, options: options, announce: announce) else { return nil }
        let live = loaded.scenario.live ?? LiveSettings()
        let settle =
            options?.api.settle.flatMap(APIServerOptions.duration)
            ?? live.settle.map { .milliseconds($0.milliseconds) } ?? .milliseconds(50)
        let inbox = APIInbox(settle: settle)
        let temporary = out == nil
        let recordings =
            out.map { $0 + "/recordings" }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("texml-live-\(UUID().uuidString)").path
        let server = try APIServer(
            APIServer.Configuration(
                port: options?.api.apiPort ?? live.apiPort ?? 0, accountSid: CallSimulator(loaded).accountSid,
                authToken: base.configuration.credentials.authToken, recordings: recordings),
            inbox: inbox)
        loaded.scenario.live?.apiOrigin = server.origin
        var configuration = base.configuration
        configuration.inbox = inbox
        configuration.mediaDirectory = recordings
        let stubs = loaded.scenario.webhooks.isEmpty ? nil : ScenarioTransport(loaded, unmapped: .notFound)
        if announce { printError("texml: REST API on \(server.origin) (account \(CallSimulator(loaded).accountSid))") }
        return LiveCall(
            transport: LiveTransport(configuration: configuration, stubs: stubs), server: server,
            recordings: recordings, temporary: temporary)
    }
}
