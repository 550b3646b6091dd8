import Foundation
import TeXMLRecorder
import TeXMLScenarioYAML
import TeXMLSimulator
import Testing

@testable import TeXMLCommands

/// A disk that fills up: every recording renders, and storing it fails.
private struct FullDisk: RecorderBackend {
    func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        try MeasuringRecorder().render(request, audio: audio)
    }
    func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError) {
        throw RecorderError(.writeFailed, path: "/out/\(metadata.sid).json", "write failed: No space left on device")
    }
    func discard(_ rendered: RenderedRecording) {}
}

/// Issue 16, hostile scenarios and output folders: what `run`, `test` and `recordings` print
/// never drives the terminal, and a recording that could not be written fails the run.
@Suite("texml run, test, recordings: honest output")
struct HonestRunTests {
    static let escape = "\u{1B}"

    /// A folder holding `files` (relative names), for scenarios and their documents.
    static func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("texml-honest-\(UUID().uuidString)")
            .path
        for (name, contents) in files {
            let path = root + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    /// The voicemail sample's scenario, its documents named by absolute path.
    static func voicemail(extra: String = "") -> String {
        let samples = CLI.root.appendingPathComponent("Samples/voicemail").path
        return """
            flow: \(samples)/voicemail.xml
            flow_url: https://app.example.com/voice/voicemail
            caller:
              - wait_for: beep
              - speak: { duration: 6s, says: "Hi" }
              - press: "#"
              - wait_for: prompt_end
              - hangup
            webhooks:
              https://app.example.com/voice/voicemail/done: { respond: \(samples)/voicemail-done.xml }
              https://app.example.com/voice/voicemail/recording-status: { status: 204 }
            seed: 7
            \(extra)
            """
    }

    @Test("the timeline shows control characters in documents' names and values as pictures")
    func timelineEscapesControlCharacters() throws {
        let flow = "a\u{1B}]0;pwned\u{07}.xml"
        let root = try Self.folder([
            flow: "<Response><Pause length=\"2\"/></Response>",
            "call.scenario.yaml": """
            flow: "a\\e]0;pwned\\a.xml"
            caller: [ { speak: { duration: 1s, says: "\\e[2Jgone" } } ]
            """,
        ])
        for format in ["text"] {
            let result = try CLI.run(["run", root + "/call.scenario.yaml", "--format", format, "--color", "never"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains(Self.escape))
            #expect(!result.stdout.contains("\u{07}"))
            #expect(result.stdout.contains("\u{241B}[2Jgone"))
            #expect(result.stdout.contains("a\u{241B}]0;pwned\u{2407}.xml"))
        }
        // The trace keeps the text as it is, JSON-escaped.
        let jsonl = try CLI.run(["run", root + "/call.scenario.yaml", "--format", "jsonl"])
        #expect(jsonl.stdout.contains("\\u001b[2Jgone"))
    }

    @Test("texml test prints a hostile golden's lines escaped")
    func testOutputEscapesGoldens() throws {
        let root = try Self.folder([
            "flow.xml": "<Response><Pause length=\"2\"/></Response>",
            "call.scenario.yaml": "flow: flow.xml\n",
            "call.golden": "# texml golden v3\n\u{1B}[2J\u{1B}]0;pwned\u{07}\n",
        ])
        let result = try CLI.run(["test", root, "--color", "never"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL "))
        #expect(!result.stdout.contains(Self.escape))
        #expect(result.stdout.contains("-\u{241B}[2J\u{241B}]0;pwned\u{2407}"))
    }

    @Test("texml recordings shows control characters from metadata as pictures")
    func recordingsEscapeLikeValidate() throws {
        let root = try Self.folder([
            "RE1.json": """
            {"sid":"RE1\\u001b[2J","call_sid":"CA1","source":"RecordVerb","status":"completed","channels":1,
             "track":"both","format":"wav","start_time":"x","created":1767225600,"duration":1,
             "duration_ms":1000,"sample_rate":8000,"account_sid":"AC1","from":"+1","to":"+2","labels":{}}
            """
        ])
        let list = try CLI.run(["recordings", "list", "--dir", root])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(!list.stdout.contains(Self.escape))
        #expect(list.stdout.contains("RE1\u{241B}[2J"))
        let show = try CLI.run(["recordings", "show", "--dir", root, "RE1"])
        #expect(show.stdout.contains("sid: RE1\u{241B}[2J"))
    }

    @Test("a recording that cannot be written is a warning on stderr and exit 2")
    func recorderFailureIsNotQuiet() throws {
        let root = try Self.folder(["call.scenario.yaml": Self.voicemail()])
        // A file where the recordings folder should be: the recorder cannot create it.
        let out = root + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: out + "/recordings"))
        let result = try CLI.run(["run", root + "/call.scenario.yaml", "--out", out, "--format", "jsonl"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\"event\":\"recording.absent\""))
        #expect(result.stderr.contains("texml: warning: recording RE"))
        #expect(result.stderr.contains("(unwritable-directory)"))
        #expect(result.stderr.contains("[texml.recorder.failed]"))
        // One line per recording, not one for the audio and one for its metadata.
        #expect(result.stderr.components(separatedBy: "texml: warning:").count == 2)
        // Without --out nothing is written, so nothing fails.
        #expect(try CLI.run(["run", root + "/call.scenario.yaml"]).status == 0)
    }

    @Test("a full disk is one recorder failure per recording, which the result reports")
    func fullDiskIsReported() throws {
        let root = try Self.folder(["call.scenario.yaml": Self.voicemail()])
        let file = try ScenarioYAML.load(root + "/call.scenario.yaml")
        let loaded = try #require(file.loaded)
        let result = CallSimulator(loaded).run(recorder: FullDisk())
        #expect(result.recordings.map(\.metadata.status) == ["absent"])
        #expect(result.recorderFailures.count == 1)
        #expect(result.recorderFailures.first?.kind == .writeFailed)
        #expect(result.recorderFailures.first?.message.contains("No space left on device") == true)
        #expect(result.unexpectedRecorderFailures(loaded.scenario).count == 1)
        var expecting = loaded.scenario
        expecting.expectedWarnings = ["No space left"]
        #expect(result.unexpectedRecorderFailures(expecting).isEmpty)
    }

    @Test("a recorder failure the scenario expects is still said, and the run passes")
    func expectedRecorderFailurePasses() throws {
        let root = try Self.folder([
            "call.scenario.yaml": Self.voicemail(extra: "expected_warnings: [unwritable-directory]")
        ])
        let out = root + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: out + "/recordings"))
        let result = try CLI.run(["run", root + "/call.scenario.yaml", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("[texml.recorder.failed]"))
    }

    @Test("a Kazoo media_name starting with '.' is written under a visible name the store lists")
    func hiddenMediaNameGetsAVisiblePrefix() throws {
        let root = try Self.folder([
            "flow.xml": "<Response><Pause length=\"5\"/></Response>",
            "call.scenario.yaml": """
            flow: flow.xml
            caller: [ { speak: 3s } ]
            api:
              - { at: 500ms, kazoo: record_call, body: { action: start, media_name: ".hidden" } }
            """,
        ])
        let out = root + "/out"
        let run = try CLI.run(["run", root + "/call.scenario.yaml", "--out", out, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"file\":\"_.hidden.mp3\""))
        let files = try FileManager.default.contentsOfDirectory(atPath: out + "/recordings").sorted()
        #expect(files == ["_.hidden.json", "_.hidden.mp3"])
        let list = try CLI.run(["recordings", "list", "--dir", out])
        #expect(list.stdout.hasSuffix("1 recording; last page\n"), "\(list.stdout)")
    }

    @Test("a flow over the reader's 1 MiB is reported too large, not an empty body")
    func oversizedFlowIsNamedAsSuch() throws {
        let big = "<Response>" + String(repeating: "<Pause length=\"1\"/>", count: 60_000) + "</Response>"
        let root = try Self.folder(["big.xml": big, "small.xml": "<Response/>"])
        let bare = try CLI.run(["run", root + "/big.xml", "--format", "jsonl"])
        #expect(bare.status == 1)
        #expect(!bare.stdout.contains("empty body"))
        #expect(bare.stdout.contains("texml.syntax.too-large"))
        #expect(bare.stdout.contains("\"bytes\":\(big.utf8.count)"))
        let scenario = try Self.folder(["s.scenario.yaml": "flow: \(root)/small.xml\n"])
        let replaced = try CLI.run([
            "run", root + "/big.xml", "--scenario", scenario + "/s.scenario.yaml", "--format", "jsonl",
        ])
        #expect(replaced.stdout.contains("texml.syntax.too-large"))
    }
}
