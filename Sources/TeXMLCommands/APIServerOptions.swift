import ArgumentParser
import Foundation
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
