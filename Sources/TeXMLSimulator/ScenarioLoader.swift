import Foundation
public import TeXMLSyntax
import TeXMLSupport

/// Reads the files a scenario names, relative to the scenario's directory, and fills in the
/// lengths of its audio files: the result runs any number of times without touching the disk.
public enum ScenarioLoader {
    /// Largest document a scenario may name (flows, webhook bodies). Larger than the reader's
    /// 1 MiB on purpose: a document between the two is read, so the call reports the
    /// platform's 12100 "too large" as the platform would, instead of the scenario failing.
    public static let maxDocumentBytes = 16 << 20
    /// Largest audio file a scenario may name: hours of 8 kHz speech.
    public static let maxAudioBytes = 512 << 20

    /// Decodes a scenario tree and reads its files. The scenario is nil when there is an error.
    public static func load(_ root: ScenarioNode, scenarioPath: String) -> (LoadedScenario?, [Diagnostic]) {
        let name = ((scenarioPath as NSString).lastPathComponent as NSString).deletingPathExtension
        let (decoded, decodeDiagnostics, references) = ScenarioDecoder.decodeWithReferences(root, defaultName: name)
        var diagnostics = decodeDiagnostics
        guard var scenario = decoded else { return (nil, diagnostics) }
        let directory = (scenarioPath as NSString).deletingLastPathComponent
        var files: [String: [UInt8]] = [:]
        var durations: [String: SimTime] = [:]
        for reference in references where files[reference.path] == nil {
            let path = resolvePath(reference.path, in: directory)
            let bytes: [UInt8]
            switch FileReading.read(path, limit: reference.isAudio ? maxAudioBytes : maxDocumentBytes) {
            case .success(let read): bytes = read
            case .failure(let failure):
                diagnostics.append(
                    ScenarioDiagnostics.error(
                        ScenarioDiagnostics.missingFile,
                        "cannot read '\(reference.path)' (looked for \(path)): \(failure)", reference.range))
                continue
            }
            files[reference.path] = bytes
            if reference.isAudio {
                if let duration = WAVHeader.duration(of: bytes) {
                    durations[reference.path] = duration
                } else {
                    diagnostics.append(
                        ScenarioDiagnostics.error(
                            ScenarioDiagnostics.badAudio, "'\(reference.path)' is not a PCM WAV file texml can read",
                            reference.range))
                }
            }
        }
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        scenario.caller = scenario.caller.map { fillAudio($0, durations) }
        for index in scenario.parties.indices {
            scenario.parties[index].script = scenario.parties[index].script.map { fillAudio($0, durations) }
        }
        return (LoadedScenario(scenario: scenario, files: files, audioDurations: durations), diagnostics)
    }

    /// A scenario for a bare flow file: the default caller answers and stays silent.
    public static func bareFlow(path: String, bytes: [UInt8]) -> LoadedScenario {
        let name = (path as NSString).lastPathComponent
        var scenario = Scenario(name: name, flow: path, flowURL: "https://app.example.com/" + name)
        scenario.caller = []
        return LoadedScenario(scenario: scenario, files: [path: bytes])
    }

    static func resolvePath(_ path: String, in directory: String) -> String {
        if path.hasPrefix("/") || directory.isEmpty { return path }
        return directory + "/" + path
    }

    private static func fillAudio(_ step: ScriptStep, _ durations: [String: SimTime]) -> ScriptStep {
        guard case .speak(_, let transcript, let audio?) = step.action else { return step }
        var filled = step
        filled.action = .speak(duration: durations[audio] ?? .zero, transcript: transcript, audio: audio)
        return filled
    }
}

/// The length of a WAV file, from its RIFF header: the data chunk's bytes over the header's byte
/// rate (any encoding: the simulator only times the audio).
extension WAVHeader {
    static func duration(of bytes: [UInt8]) -> SimTime? {
        guard case .success(let header) = parse(bytes), header.format.byteRate > 0 else { return nil }
        return .milliseconds(header.dataBytes * 1000 / Int64(header.format.byteRate))
    }
}
