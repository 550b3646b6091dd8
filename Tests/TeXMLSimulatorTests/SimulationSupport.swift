import Foundation
import TeXMLGrammar
import TeXMLRecorder
import TeXMLSupport
import TeXMLSyntax
import Testing

@testable import TeXMLScenarioYAML
@testable import TeXMLSimulator

/// Paths of the package, found from this file so tests run from any directory.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = root.appendingPathComponent("Samples")
}

/// Decodes a scenario written inline, with its files given as strings.
func loadScenario(_ yaml: String, files: [String: String] = [:]) -> (LoadedScenario?, [Diagnostic]) {
    let root: ScenarioNode
    switch ScenarioYAML.parse(yaml) {
    case .failure(let diagnostic): return (nil, [diagnostic])
    case .tree(let tree): root = tree
    }
    let (scenario, diagnostics) = ScenarioDecoder.decode(root, defaultName: "test")
    guard let scenario else { return (nil, diagnostics) }
    return (LoadedScenario(scenario: scenario, files: files.mapValues { Array($0.utf8) }), diagnostics)
}

/// Runs a flow with a scenario written inline. `flow` is served at the scenario's `flow_url`
/// (default `https://app.example.com/flow.xml`); other documents come from `files`.
func simulate(
    _ flow: String, _ yaml: String = "", files: [String: String] = [:],
    recorder: any RecorderBackend = MeasuringRecorder(), sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> SimulationResult {
    var text = yaml
    if !text.contains("flow:") { text = "flow: flow.xml\n" + text }
    var all = files
    all["flow.xml"] = flow
    let (loaded, diagnostics) = loadScenario(text, files: all)
    guard let loaded else {
        Issue.record("scenario did not load: \(diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return SimulationResult(
            events: [], outcome: CallOutcome(status: .failed, reason: .error, duration: .zero, hadError: true))
    }
    return CallSimulator(loaded).run(recorder: recorder)
}

/// A recorder for control-flow tests that make hundreds of recordings: it measures lengths from
/// the request alone and synthesises nothing (debug builds synthesise slowly). Never silent.
struct LengthOnlyRecorder: RecorderBackend {
    func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        var frames: Int64 = 0
        for part in request.parts {
            switch part {
            case .audio(let start, let end):
                frames += (end - start) * Int64(request.sampleRate) / 1000
            case .silence(let milliseconds):
                frames += milliseconds * Int64(request.sampleRate) / 1000
            }
        }
        let artifact = AudioArtifact(
            fileName: request.fileName, format: request.format, channels: request.channels.count,
            sampleRate: request.sampleRate, frames: frames,
            durationMilliseconds: frames * 1000 / Int64(request.sampleRate),
            checksum: "", bytes: 0, trimmedStart: 0, isSilent: false)
        return RenderedRecording(artifact: artifact, temporaryPath: nil)
    }

    func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError) {}
    func discard(_ rendered: RenderedRecording) {}
}

/// A recorder that remembers what it was asked, around the in-memory one.
final class CapturingRecorder: RecorderBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var _requests: [RecordingRequest] = []
    private var _audio: [CallAudio] = []
    private var _stored: [RecordingMetadata] = []
    private var _discarded: [String] = []
    /// Makes `render` (true) or `store` (false) fail, to test the faults' path.
    var failure: (render: Bool, error: RecorderError)?

    var requests: [RecordingRequest] { lock.withLock { _requests } }
    var audio: [CallAudio] { lock.withLock { _audio } }
    var stored: [RecordingMetadata] { lock.withLock { _stored } }
    var discarded: [String] { lock.withLock { _discarded } }

    func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        lock.withLock {
            _requests.append(request)
            _audio.append(audio)
        }
        if let failure, failure.render { throw failure.error }
        return try MeasuringRecorder().render(request, audio: audio)
    }

    func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError) {
        if let failure, !failure.render, rendered != nil { throw failure.error }
        lock.withLock { _stored.append(metadata) }
    }

    func discard(_ rendered: RenderedRecording) {
        lock.withLock { _discarded.append(rendered.artifact.fileName) }
    }
}

/// A flow document: `<Response>` around `body`, in TwiML unless told otherwise.
func flow(_ body: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n" + body + "\n</Response>\n"
}

/// A flow document that declares its dialect (`<!-- dialect: … -->`).
func flow(_ body: String, dialect: Dialect) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- dialect: \(dialect.rawValue) -->\n<Response>\n" + body
        + "\n</Response>\n"
}

extension SimulationResult {
    func events(_ name: String) -> [TraceEvent] { events.filter { $0.name == name } }

    /// The HTTP requests sent for `purpose`.
    func requests(_ purpose: String) -> [TraceEvent] {
        events.filter { $0.name == "http.request" && $0.string("purpose") == purpose }
    }

    /// The `verb.ended` event of the first `verb`.
    func ended(_ verb: String) -> TraceEvent? {
        events.first { $0.name == "verb.ended" && $0.string("verb") == verb }
    }

    var names: [String] { events.map(\.name) }

    var errorCodes: [Int] {
        events("error").compactMap { if case .int(let code)? = $0["code"] { return code } else { return nil } }
    }
}

extension TraceEvent {
    var seconds: String { time.secondsText }
}

/// The JSON `body` of an event (an API response, a JSON webhook), if it has one.
func jsonBody(_ event: TraceEvent?) -> JSONValue? {
    if case .json(let value)? = event?["body"] { return value }
    return nil
}
