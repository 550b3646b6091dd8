import Foundation
import Testing

/// `--voice` on the command line: the built binary, with the environment a user sets.
@Suite("texml --voice")
struct VoiceCommandTests {
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(arguments, environment: environment.mapValues { Optional($0) })
    }

    @Test("--voice espeak speaks the voicemail prompt: the <Say> lasts its spoken length, not the estimate")
    func espeakRun() throws {
        let scenario = "Samples/voicemail/leave-message.scenario.yaml"
        let synthetic = try Self.run(["run", scenario, "--format", "jsonl"])
        let espeak = try Self.run(["run", scenario, "--format", "jsonl", "--voice", "espeak"])
        #expect(synthetic.status == 0 && espeak.status == 0, "\(espeak.stderr)")
        func sayEnd(_ trace: String) -> Substring? {
            trace.split(separator: "\n").first { $0.contains("\"verb.ended\"") && $0.contains("\"Say\"") }
        }
        #expect(sayEnd(synthetic.stdout)?.contains("\"duration\":\"10.000\"") == true)
        #expect(sayEnd(espeak.stdout)?.contains("\"duration\":\"10.000\"") == false)
    }

    @Test("missing espeak-ng data is a clear error and exit status 2, not a crash")
    func missingData() throws {
        let result = try Self.run(
            ["run", "Samples/voicemail/leave-message.scenario.yaml", "--voice", "espeak"],
            environment: ["ESPEAK_DATA_PATH": "/nonexistent/espeak"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--voice espeak: espeak-ng's data"))
        #expect(result.stderr.contains("/nonexistent/espeak") && result.stderr.contains("libespeak-ng-dev"))
        #expect(result.stdout.isEmpty)
    }

    @Test("--voice espeak is refused with call --calls, whose load mode writes no recordings")
    func notWithLoadMode() throws {
        let result = try Self.run(["call", "http://127.0.0.1:9/voice", "--calls", "2", "--voice", "espeak"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--voice espeak does not apply with --calls"))
    }
}
