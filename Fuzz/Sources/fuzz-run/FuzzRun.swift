// libFuzzer target: a whole `texml run` (measured recordings, text and JSON Lines timelines) of a fuzzed
// scenario against fuzzed documents. Input: the scenario's text, then NUL-separated documents; the
// documents the scenario names (its flow first, then webhook bodies, in the order it names them) are
// the parts after the scenario in turn, cycling when it names more; audio files named by the scenario
// are a fixed 0.5 s WAV. Nothing is read from disk.
import CFuzzDriver
import FuzzSupport
import TeXMLRecorder
import TeXMLSimulator
import TeXMLSyntax

/// 0.5 s of 8 kHz 16-bit mono silence.
let wav: [UInt8] = {
    func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
    func le16(_ value: Int) -> [UInt8] { (0..<2).map { UInt8((value >> (8 * $0)) & 0xFF) } }
    let samples = 4000
    let data = samples * 2
    var bytes = Array("RIFF".utf8) + le32(36 + data) + Array("WAVE".utf8)
    bytes += Array("fmt ".utf8) + le32(16) + le16(1) + le16(1) + le32(8000) + le32(16000) + le16(2) + le16(16)
    bytes += Array("data".utf8) + le32(data) + [UInt8](repeating: 0, count: data)
    return bytes
}()
let wavDuration = SimTime.milliseconds(500)

func fillAudio(_ step: ScriptStep) -> ScriptStep {
    guard case .speak(_, let transcript, let audio?) = step.action else { return step }
    var filled = step
    filled.action = .speak(duration: wavDuration, transcript: transcript, audio: audio)
    return filled
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let parts = input.split(separator: 0, maxSplits: 16, omittingEmptySubsequences: false).map { Array($0) }
    let scenarioBytes = parts[0]
    let documents = Array(parts.dropFirst())
    guard scenarioBytes.count <= ScenarioText.maxBytes else { return -1 }
    guard case .tree(let root) = ScenarioText.parse(scenarioBytes, lineIndex: LineIndex(scenarioBytes)) else {
        return 0
    }
    let (decoded, diagnostics, references) = ScenarioDecoder.decodeWithReferences(root, defaultName: "fuzz")
    printDiagnostics("scenario", diagnostics)
    guard var scenario = decoded else { return 0 }
    var files: [String: [UInt8]] = [:]
    var durations: [String: SimTime] = [:]
    var next = 0
    for reference in references where files[reference.path] == nil {
        if reference.isAudio {
            files[reference.path] = wav
            durations[reference.path] = wavDuration
        } else {
            files[reference.path] = documents.isEmpty ? [] : documents[next % documents.count]
            next += 1
        }
    }
    scenario.caller = scenario.caller.map(fillAudio)
    for index in scenario.parties.indices {
        scenario.parties[index].script = scenario.parties[index].script.map(fillAudio)
    }
    let loaded = LoadedScenario(scenario: scenario, files: files, audioDurations: durations)
    let result = CallSimulator(loaded).run(recorder: MeasuringRecorder())
    let timeline = TimelineRenderer(color: false).render(result.events)
    if printResults { print(timeline) }
    _ = result.jsonLines
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `fuzz_run_main`): libFuzzer's driver, with its usual flags.
@_cdecl("fuzz_run_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
