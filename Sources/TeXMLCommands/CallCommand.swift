import ArgumentParser
import Foundation
import TeXMLGrammar
import TeXMLSimulator

/// `texml call URL`: one simulated inbound call whose voice URL is a real application's.
struct CallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Place a simulated call whose webhooks go over HTTP to a running application.",
        discussion: """
            The first request goes to URL, and every request after it (actions, redirects, status \
            and recording callbacks) to the URLs the application's documents name, signed as the \
            platform signs them. Only loopback hosts are contacted unless --allow-host names more. \
            The caller is the default one (answers, stays silent) or the scenario's; its webhooks: \
            entries still stub the URLs they name. The virtual clock stands still while the \
            application answers; each request's wall-clock latency is printed on standard error.

            With --calls N, places N such calls, --concurrency C at a time, and prints a summary \
            instead of a trace: calls/s, requests/s, the application's latency percentiles and \
            every failure by kind (a progress line on standard error when it is a terminal).

            Exit status: as `texml run`; with --calls, 0 when every call succeeded, 1 when any \
            failed (an `error` event, or a live request without an answer or answered with a \
            status of 400 or more), 2 for usage errors.
            """
    )

    @Argument(help: ArgumentHelp("The application's voice URL (http or https).", valueName: "url"))
    var url: String

    @Option(help: ArgumentHelp("A scenario: its caller, parties, stubs and settings.", valueName: "file"))
    var scenario: String?

    @Option(help: "The dialect: \(Dialect.helpList). Default: the scenario's, else twiml.")
    var dialect: Dialect?

    @OptionGroup var live: LiveOptions

    @OptionGroup var output: TraceOutputOptions

    @OptionGroup var load: LoadOptions

    @OptionGroup var voice: VoiceOptions

    func validate() throws {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
            scheme == "http" || scheme == "https", parsed.host != nil
        else { throw ValidationError("'\(url)' is not an http or https URL") }
        if let scenario, !RunCommand.isScenarioPath(scenario) {
            throw ValidationError("--scenario expects a .yaml, .yml or .json file, not '\(scenario)'")
        }
    }

    func run() throws {
        var loaded: LoadedScenario
        if let scenario {
            loaded = try RunCommand.loadScenario(scenario, color: output.color)
        } else {
            loaded = LoadedScenario(scenario: Scenario(name: "call"))
        }
        loaded.scenario.flow = nil
        loaded.scenario.flowURL = url
        if loaded.scenario.live == nil { loaded.scenario.live = LiveSettings() }
        if let dialect { loaded.scenario.dialect = dialect }
        if let calls = load.calls {
            if voice.voice != .synthetic {
                throw ValidationError("--voice espeak does not apply with --calls: the load mode writes no recordings")
            }
            if live.pace.pace == .realtime {
                throw ValidationError(
                    "--pace realtime does not apply with --calls: the load mode runs calls at virtual pace")
            }
            try LiveModes.current.load(loaded, options: load, calls: calls, output: output, live: live)
            return
        }
        try RunCommand.perform(loaded, output: output, repeat: 1, live: live, speech: voice.makeVoice())
    }
}
