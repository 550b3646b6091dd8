import ArgumentParser
import Foundation
import TeXMLLive
import TeXMLSimulator

extension LivePace: ExpressibleByArgument {}

/// `--pace`: how a live call's virtual clock runs.
struct PaceOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "How a live call's clock runs: virtual (it jumps from one happening to the next) or realtime (wall speed from the call's start, the timeline printed as it happens; the application's REST commands land when they arrive). Default: the scenario's live.pace, else virtual.",
            valueName: "pace"))
    var pace: LivePace?
}

/// A live call run at wall speed: its pacer, the timeline printed event by event, and Ctrl-C
/// ending the call cleanly (a second Ctrl-C quits at once).
enum RealtimeRun {
    /// The pace of `loaded`'s call: the command line's, else the scenario's, else virtual.
    static func pace(_ loaded: LoadedScenario, options: PaceOptions?) throws -> LivePace {
        let pace = options?.pace ?? loaded.scenario.live?.pace ?? .virtual
        if pace == .realtime, loaded.scenario.live == nil {
            throw ValidationError("--pace realtime applies to a live call (a scenario with live:, or texml call)")
        }
        return pace
    }

    /// The pacer of a realtime call with `inbox`: the transport's clock runs on while the
    /// application answers, and Ctrl-C asks the call to end.
    static func pacer(inbox: APIInbox, transport: LiveTransport) -> RealtimePacer {
        transport.pace = .realtime
        Interrupts.watch(inbox)
        return RealtimePacer(inbox: inbox)
    }

    /// Prints each event of the timeline as it is written, flushed for a person watching.
    static func printer(_ renderer: TimelineRenderer) -> (TraceEvent) -> Void {
        { event in
            FileHandle.standardOutput.write(Data(renderer.render([event]).utf8))
        }
    }
}

/// SIGINT during a realtime call: the first ends the call at its next wait, the second quits.
private enum Interrupts {
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
