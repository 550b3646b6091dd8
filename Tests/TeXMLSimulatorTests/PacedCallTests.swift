import TeXMLRecorder
import TeXMLSupport
import Testing

@testable import TeXMLSimulator

/// A pacer with no wall clock: the live application's commands arrive at the virtual times the
/// test gives, and waiting takes no time.
final class ScriptedPacer: CallPacer {
    private var arrivals: [(time: SimTime, command: APICommand)]
    private let stopAt: SimTime?
    private(set) var replies: [APIReply] = []
    /// The moments the call waited for, in order.
    private(set) var awaited: [SimTime] = []

    init(_ arrivals: [(SimTime, APICommand)], stopAt: SimTime? = nil) {
        self.arrivals = arrivals.map { (time: $0.0, command: $0.1) }
        self.stopAt = stopAt
    }

    func wait(until moment: SimTime, now: SimTime) -> PacerWake {
        awaited.append(moment)
        if let first = arrivals.first, first.time <= moment { return .command(arrivedAt: first.time) }
        if let stopAt, stopAt <= moment { return .stopped(at: stopAt) }
        return .reached
    }

    func performArrived(_ perform: (APICommand) -> APIReply) {
        guard !arrivals.isEmpty else { return }
        replies.append(perform(arrivals.removeFirst().command))
    }
}

/// A REST command of the TwiML-style API, as the live server hands it in.
func restCommand(_ target: String, _ body: KeyValuePairs<String, JSONValue?>) -> APICommand {
    APICommand(platform: APIPlatform(rawValue: "texml_rest"), target: target, body: .fields(body), when: .at(.zero))
}

func pacedRun(_ flow: String, _ yaml: String, pacer: ScriptedPacer) -> SimulationResult {
    let (loaded, diagnostics) = loadScenario("flow: flow.xml\n" + yaml, files: ["flow.xml": flow])
    guard let loaded else {
        Issue.record("scenario did not load: \(diagnostics.map(\.message))")
        return SimulationResult(
            events: [], outcome: CallOutcome(status: .failed, reason: .error, duration: .zero, hadError: true))
    }
    return CallSimulator(loaded).run(pacer: pacer)
}

/// `--pace realtime`'s agenda: a live command is a happening at the time it arrived.
struct PacedAgendaTests {
    static let createRecording = "Calls/{CallSid}/Recordings.json"

    @Test func aLiveCommandRunsAtItsArrivalBetweenTheScenariosCommandsAndTheCaller() {
        // At 2 s: the scenario creates a recording, the application pauses it, the caller presses 5.
        // The tie rule: scheduled commands, then the live one, then the caller.
        let pacer = ScriptedPacer([
            (.seconds(2), restCommand("Calls/{CallSid}/Recordings/Twilio.CURRENT.json", ["Status": .string("paused")]))
        ])
        let result = pacedRun(
            flow("<Pause length=\"10\"/>"),
            """
            caller: [ { at: 2s }, { press: "5" } ]
            api:
              - { at: 2s, texml_rest: "\(Self.createRecording)" }
            """, pacer: pacer)
        let order = result.events.filter {
            ["api.request", "recording.paused", "caller.dtmf"].contains($0.name)
        }
        #expect(order.map(\.name) == ["api.request", "api.request", "recording.paused", "caller.dtmf"])
        #expect(order.allSatisfy { $0.time == .seconds(2) })
        #expect(pacer.replies.map(\.status) == [200])
    }

    @Test func aLiveHangupStopsTheRecordVerbWhereItArrives() {
        // `<Record maxLength="30">`; the application ends the call 3 s into it (1 s of beep first).
        let pacer = ScriptedPacer([(.seconds(4), restCommand("Calls/{CallSid}.json", ["Status": .string("completed")]))]
        )
        let result = pacedRun(
            flow("<Record maxLength=\"30\" trim=\"do-not-trim\" action=\"https://app.example.com/done\"/>"),
            "caller: [ { speak: 20s } ]\n", pacer: pacer)
        #expect(result.outcome.reason == .apiHangup)
        #expect(result.outcome.duration == .seconds(4))
        #expect(result.recordings.first.map { $0.metadata.durationMilliseconds < 30_000 } == true)
        let started = result.events("recording.started").first?.time ?? .zero
        #expect(result.recordings.first?.metadata.durationMilliseconds == 4000 - started.milliseconds)
        #expect(result.requests("action").isEmpty)
    }

    @Test func aWatchersStopEndsTheCallAtItsMoment() {
        let pacer = ScriptedPacer([], stopAt: .seconds(5))
        let result = pacedRun(flow("<Pause length=\"60\"/>"), "", pacer: pacer)
        #expect(result.outcome.duration == .seconds(5))
        #expect(result.events("warning").contains { $0.string("message")?.contains("ended from the terminal") == true })
        // The pacer was asked to reach the pause's end, the happening it waited for.
        #expect(pacer.awaited.contains(.seconds(60)))
    }
}
