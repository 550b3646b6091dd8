import ArgumentParser
import Foundation
import TeXMLGrammar
import TeXMLRecorder
import TeXMLScenarioYAML
import TeXMLSimulator
import TeXMLSupport
import TeXMLSyntax

/// How `run` prints the call.
enum TraceFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// A readable timeline.
    case text
    /// The trace: one JSON object per event per line.
    case jsonl
}

/// `texml run`: the playground. Simulates one call of a flow on a virtual clock.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate a call through a flow and print what the platform would do.",
        discussion: """
            Give a scenario file (.yaml, .yml or .json), or a flow document. A flow alone runs \
            with the default caller, who answers and stays silent; add --scenario to run a \
            scenario against this flow instead of the one the scenario names.

            Exit status: 0 when the call completed without a platform error, 1 when the platform \
            reported an error (an `error` event), 2 for usage errors and unreadable or invalid \
            scenario files.
            """
    )

    @Argument(help: ArgumentHelp("A scenario file or a flow document.", valueName: "flow-or-scenario"))
    var input: String

    @Option(help: ArgumentHelp("A scenario to run against the flow given as argument.", valueName: "file"))
    var scenario: String?

    @Option(
        help: "The dialect: \(Dialect.helpList). Default: the scenario's, else the flow's directive, else twiml.")
    var dialect: Dialect?

    @OptionGroup var output: TraceOutputOptions

    @Option(
        help: ArgumentHelp(
            "Simulate the call N times in this process (each run renders its output; the last is printed) and report calls per second on standard error.",
            valueName: "n"))
    var `repeat`: Int = 1

    @OptionGroup var live: LiveOptions

    @OptionGroup var report: RunReportOptions

    @OptionGroup var voice: VoiceOptions

    static func isScenarioPath(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    }

    func validate() throws {
        if scenario != nil, Self.isScenarioPath(input) {
            throw ValidationError("--scenario takes a scenario for a flow; '\(input)' is already a scenario")
        }
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
        if let scenario, !Self.isScenarioPath(scenario) {
            throw ValidationError("--scenario expects a .yaml, .yml or .json file, not '\(scenario)'")
        }
    }

    func run() throws {
        var loaded: LoadedScenario
        if let scenarioPath = Self.isScenarioPath(input) ? input : scenario {
            loaded = try Self.loadScenario(scenarioPath, color: output.color)
            if !Self.isScenarioPath(input) {
                // The flow given as argument replaces the scenario's.
                loaded.files[input] = try Self.readFlow(input)
                loaded.scenario.flow = input
            }
        } else {
            loaded = ScenarioLoader.bareFlow(path: input, bytes: try Self.readFlow(input))
        }
        if let dialect { loaded.scenario.dialect = dialect }
        try Self.perform(
            loaded, output: output, repeat: `repeat`, live: live, report: report.request, speech: voice.makeVoice())
    }

    /// Simulates `loaded` (live when its scenario says so), prints the trace and writes `out`;
    /// throws the exit status.
    static func perform(
        _ loaded: LoadedScenario, output: TraceOutputOptions, repeat: Int, live: LiveOptions,
        report: ReportRequest? = nil, speech: any SpeechVoice = SyntheticVoice(),
        liveMode: any LiveMode = LiveModes.current
    ) throws {
        let (format, color, out) = (output.format, output.color, output.out)
        if loaded.scenario.live != nil, `repeat` > 1 { throw ValidationError("--repeat does not apply to a live call") }
        var loaded = loaded
        let liveCall = try liveMode.start(&loaded, options: live, out: out, announce: true)
        defer { liveCall?.finish() }
        let transport = liveCall?.transport
        let simulator = CallSimulator(loaded, speech: speech)
        let renderer = TimelineRenderer(color: color.enabled(forFileDescriptor: STDOUT_FILENO))
        func render(_ result: SimulationResult) -> String {
            switch format {
            case .jsonl: result.jsonLines
            case .text: renderer.render(result.events)
            }
        }
        // With --out, the first run writes its recordings; timed repeats only measure them.
        let recorder: any RecorderBackend
        if let out {
            let files = FileSystemRecorder(directory: out + "/recordings")
            for name in files.removeStaleTemporaries() {
                printError("texml: removed '\(name)', left in '\(files.directory)' by an interrupted run")
            }
            recorder = files
        } else {
            // A live call's recordings are files, so the REST server can serve their media.
            recorder = liveCall?.recorder ?? MeasuringRecorder()
        }
        let capture = report?.capture(recorder)
        let realtime = try RealtimeRun.pace(loaded, options: live.pace) == .realtime
        let pacer = liveCall.flatMap { realtime ? $0.realtimePacer() : nil }
        let watcher = pacer != nil && format == .text ? RealtimeRun.printer(renderer) : nil
        var result = simulator.run(transport: transport, recorder: capture ?? recorder, pacer: pacer, watcher: watcher)
        liveCall?.reportExchanges()
        // A realtime timeline was printed as it happened.
        var output = watcher == nil ? render(result) : ""
        if `repeat` > 1 {
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                for _ in 1..<`repeat` {
                    result = simulator.run()
                    output = render(result)
                }
            }
            let seconds = elapsed.seconds
            let calls = Double(`repeat` - 1)
            let simulated = Double(result.outcome.duration.milliseconds) / 1000 * calls
            printError(
                "repeat: \(`repeat` - 1) timed calls in \(String(format: "%.3f", seconds)) s: "
                    + "\(String(format: "%.0f", calls / max(seconds, 1e-9))) calls/s; "
                    + "\(result.events.count) events and \(String(format: "%.3f", simulated / calls)) s simulated per call; "
                    + "simulated/wall \(String(format: "%.0f", simulated / max(seconds, 1e-9)))x")
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if let out {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                try Data(result.jsonLines.utf8).write(to: URL(fileURLWithPath: out + "/trace.jsonl"), options: .atomic)
            } catch {
                printError("texml: cannot write to '\(out)': \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        if let report, let capture { try report.write(result, loaded: loaded, capture: capture, out: out) }
        // A recording that could not be written is no platform behaviour: said on stderr, and
        // the run fails (exit 2, an output it could not write) unless the scenario expects it.
        for failure in result.recorderFailures {
            printError(
                "texml: warning: recording \(failure.recordingSid) was not written (\(failure.kind.rawValue)): "
                    + failure.message + " [\(RecorderFailure.id)]")
        }
        if !result.unexpectedRecorderFailures(loaded.scenario).isEmpty { throw ExitCode(2) }
        if result.outcome.hadError { throw ExitCode(1) }
    }

    /// A flow named on the command line, read as a scenario's documents are: up to
    /// ``ScenarioLoader/maxDocumentBytes``, so one over the reader's 1 MiB reaches the call and
    /// gets the platform's 12100 "too large", not an empty body.
    static func readFlow(_ path: String) throws(InputError) -> [UInt8] {
        let document = try InputDocument.load(path, limit: ScenarioLoader.maxDocumentBytes)
        if let size = document.oversizedBytes {
            throw InputError(
                path: path, reason: "\(size) bytes, more than the limit of \(ScenarioLoader.maxDocumentBytes)")
        }
        return document.bytes
    }

    /// Reads, parses and loads a scenario, printing its diagnostics; exit 2 when it has errors.
    static func loadScenario(_ path: String, color: ColorChoice) throws -> LoadedScenario {
        let file = try ScenarioYAML.load(path)
        if !file.report.diagnostics.isEmpty {
            printError(
                DiagnosticRenderer.text(file.report, color: color.enabled(forFileDescriptor: STDERR_FILENO)),
                trailingNewline: false, escaping: false)
        }
        guard let loaded = file.loaded else { throw ExitCode(2) }
        return loaded
    }
}

/// How `texml run` and `texml call` show the call: the trace's format, colour, and the folder it
/// and the recordings are also written to.
struct TraceOutputOptions: ParsableArguments {
    @Option(help: "Output format: text (timeline) or jsonl (the trace).")
    var format: TraceFormat = .text

    @Option(help: "Colour text output: auto (when stdout is a terminal), always or never.")
    var color: ColorChoice = .auto

    @Option(
        help: ArgumentHelp(
            "Also write the trace to DIR/trace.jsonl and the recordings (audio and metadata) under DIR/recordings/.",
            valueName: "dir"))
    var out: String?
}
