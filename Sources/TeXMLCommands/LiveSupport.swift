import ArgumentParser
import Foundation

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

    /// Whether any of these options was given: a build without live mode refuses them rather than
    /// ignore what the user asked for.
    var isGiven: Bool {
        authToken != nil || !allowHosts.isEmpty || telnyxPrivateKey != nil || api.apiPort != nil || api.settle != nil
            || pace.pace != nil
    }
}
