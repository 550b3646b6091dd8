import Foundation
import Testing

@Suite("texml run")
struct RunCommandTests {
    @Test func bareFlowRunsWithTheDefaultCaller() throws {
        let path = try CLI.temporaryFile(
            "<Response><Say>Hello there</Say><Hangup/></Response>")
        let result = try CLI.run(["run", path, "--color", "never"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("call.answered"))
        #expect(result.stdout.contains("<Say> flow.xml:1:11") || result.stdout.contains("<Say> "))
        #expect(result.stdout.contains("reason=hangup-verb"))
    }

    @Test func jsonlIsTheTrace() throws {
        let path = try CLI.temporaryFile("<Response><Pause length=\"2\"/></Response>")
        let result = try CLI.run(["run", path, "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("{\"t\":0.000,\"event\":\"call.started\"") == true)
        #expect(lines.last?.hasPrefix("{\"t\":2.000,\"event\":\"call.ended\"") == true)
    }

    @Test func scenarioSampleRunsAndWritesTheTrace() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("texml-run-\(UUID().uuidString)").path
        let result = try CLI.run([
            "run", "Samples/voicemail/leave-message.scenario.yaml", "--format", "jsonl", "--out", out,
        ])
        #expect(result.status == 0)
        let written = try String(contentsOfFile: out + "/trace.jsonl", encoding: .utf8)
        #expect(written == result.stdout)
        #expect(written.contains("\"Digits\":\"#\""))
        // The recording is written under DIR/recordings/: audio plus its metadata document,
        // and the audio is what the trace says it is.
        let recordings = try FileManager.default.contentsOfDirectory(atPath: out + "/recordings").sorted()
        #expect(recordings.count == 2)
        let audio = try #require(recordings.first { $0.hasSuffix(".wav") })
        #expect(recordings.contains(audio.dropLast(4) + ".json"))
        #expect(written.contains("\"file\":\"\(audio)\""))
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/recordings/" + audio)))
        #expect(bytes.starts(with: Array("RIFF".utf8)))
        // Canonical header: mono, 8000 Hz, 16-bit.
        #expect(bytes[22] == 1 && bytes[24] == 0x40 && bytes[25] == 0x1f && bytes[34] == 16)
        let metadata = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: out + "/recordings/" + audio.dropLast(4) + ".json")))
        #expect((metadata as? [String: Any])?["status"] as? String == "completed")
        #expect((metadata as? [String: Any])?["source"] as? String == "RecordVerb")
    }

    @Test func anUnwritableOutputDirectoryMakesTheRecordingAbsentNotACrash() throws {
        // A file where the recordings directory should be: the recorder cannot create it.
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("texml-run-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("not a directory".utf8).write(to: URL(fileURLWithPath: out + "/recordings"))
        let result = try CLI.run([
            "run", "Samples/voicemail/leave-message.scenario.yaml", "--format", "jsonl", "--out", out,
        ])
        // The call goes on; the run says so and fails (issue 16: no quiet failures).
        #expect(result.status == 2)
        #expect(result.stdout.contains("\"event\":\"recording.absent\""))
        #expect(result.stdout.contains("unwritable-directory"))
        #expect(FileManager.default.fileExists(atPath: out + "/trace.jsonl"))
    }

    @Test func platformErrorExitsOne() throws {
        let path = try CLI.temporaryFile("<Response><Redirect>/flow.xml</Redirect></Response>")
        let result = try CLI.run(["run", path, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"event\":\"error\""))
    }

    @Test func badScenarioExitsTwoWithLocatedDiagnostics() throws {
        let path = try CLI.temporaryFile("flow: flow.xml\ncaller:\n  - speek: 2s\n", name: "bad.yaml")
        let result = try CLI.run(["run", path, "--color", "never"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:3:5: error: unknown key 'speek'"))
        #expect(result.stderr.contains("did you mean 'speak'?"))
    }

    @Test func missingFlowFileIsLocated() throws {
        let path = try CLI.temporaryFile("flow: missing.xml\n", name: "s.yaml")
        let result = try CLI.run(["run", path, "--color", "never"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("s.yaml:1:7: error: cannot read 'missing.xml'"))
    }

    @Test func usageErrors() throws {
        #expect(try CLI.run(["run", "a.yaml", "--scenario", "b.yaml"]).status == 2)
        let missing = try CLI.run(["run", "/nonexistent/flow.xml"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "texml: cannot read '/nonexistent/flow.xml': no such file\n")
    }
}
