import ArgumentParser
import Foundation
import TeXMLLive
import TeXMLSimulator

/// Options of a live call: how its requests are signed and where they may go.
struct LiveOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The auth token that signs Twilio-style requests (X-Twilio-Signature). Default: TWILIO_AUTH_TOKEN, else the scenario's live.auth_token.",
            valueName: "token"))
    var authToken: String?

    @Option(
        name: .customLong("allow-host"),
        help: ArgumentHelp(
            "A host beyond loopback that requests may go to (repeatable). Any other host is refused, never fetched.",
            valueName: "host"))
    var allowHosts: [String] = []

    @Option(
        help: ArgumentHelp(
            "The Ed25519 private key that signs Telnyx webhooks, base64 of its 32 bytes. Default: one derived from the scenario's seed (its public key is printed on standard error).",
            valueName: "base64"))
    var telnyxPrivateKey: String?

    @OptionGroup(title: "REST API server") var api: APIServerOptions

    @OptionGroup var pace: PaceOptions
}

/// Builds the live transport of a scenario with `live:` (or of `texml call`), and reports what it did.
enum LiveSession {
    /// The transport for `loaded`, nil when the scenario is not live. `announce` prints the
    /// Telnyx public key, or that requests go unsigned, on standard error.
    static func transport(for loaded: LoadedScenario, options: LiveOptions?, announce: Bool) throws -> LiveTransport? {
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
                    "texml: warning: requests are not signed (no --auth-token, TWILIO_AUTH_TOKEN or live.auth_token)")
            case .twilio, .plain: break
            }
        }
        let configuration = LiveTransport.Configuration(
            style: style, credentials: WebhookCredentials(authToken: token, telnyx: signer),
            hosts: HostPolicy(allowing: live.allowedHosts + (options?.allowHosts ?? [])))
        let stubs = ScenarioTransport(loaded, unmapped: .notFound)
        return LiveTransport(configuration: configuration, stubs: loaded.scenario.webhooks.isEmpty ? nil : stubs)
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
            let milliseconds =
                Double(exchange.latency.components.seconds) * 1000 + Double(exchange.latency.components.attoseconds)
                / 1e15
            printError(
                "live: \(exchange.method) \(exchange.url) (\(exchange.purpose)) → \(outcome) in "
                    + String(format: "%.1f ms", milliseconds))
        }
    }
}
