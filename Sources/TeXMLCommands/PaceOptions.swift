import ArgumentParser
import Foundation
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

/// A live call run at wall speed: its pace, and the timeline printed event by event (the pacer
/// and Ctrl-C ending the call cleanly are live mode's: `LiveCallSession.realtimePacer()`).
enum RealtimeRun {
    /// The pace of `loaded`'s call: the command line's, else the scenario's, else virtual.
    static func pace(_ loaded: LoadedScenario, options: PaceOptions?) throws -> LivePace {
        let pace = options?.pace ?? loaded.scenario.live?.pace ?? .virtual
        if pace == .realtime, loaded.scenario.live == nil {
            throw ValidationError("--pace realtime applies to a live call (a scenario with live:, or texml call)")
        }
        return pace
    }

    /// Prints each event of the timeline as it is written, flushed for a person watching.
    static func printer(_ renderer: TimelineRenderer) -> (TraceEvent) -> Void {
        { event in
            FileHandle.standardOutput.write(Data(renderer.render([event]).utf8))
        }
    }
}
