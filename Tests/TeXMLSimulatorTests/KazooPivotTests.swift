import Foundation
import TeXMLGrammar
import TeXMLRecorder
import TeXMLSimulator
import Testing

/// Kazoo's Pivot: TwiML as kazoo_translator runs it (reference 1.1, 2.1–2.3, 6).
struct KazooPivotTests {
    static func pivot(_ body: String) -> String { flow(body, dialect: .pivot) }

    static let webhooks = """
        webhooks:
          https://app.example.com/done: { xml: "<Response/>" }

        settings: { unmapped_webhooks: empty-response }

        """

    @Test func pivotRecordHasOnlyTheAttributesKazooHonours() {
        // 1.1: Pivot "honours timeout (5, max 3600), finishOnKey, maxLength (3600 ceiling, > 0),
        // playBeep (true), action, method, custom recordingUrl; ignores trim, transcribe*,
        // recordingStatusCallback*".
        let record = Grammar.pivot.element("Record")!
        #expect(
            Set(record.attributes.map(\.name))
                == ["action", "method", "timeout", "finishOnKey", "maxLength", "playBeep", "recordingUrl"])
        #expect(!record.isTerminal, "an empty recording falls through to the next verb")
        let dial = Grammar.pivot.element("Dial")!.attributes.first { $0.name == "record" }
        #expect(dial?.defaultValue == "false")
        func errors(_ markup: String) -> Int {
            Validator(dialect: .pivot).validate(Array(Self.pivot(markup).utf8)).diagnostics.filter {
                $0.severity == .error
            }.count
        }
        #expect(errors("<Record maxLength=\"3600\" timeout=\"3600\"/>") == 0)
        #expect(errors("<Record maxLength=\"3601\"/>") == 1)
        #expect(errors("<Record maxLength=\"0\"/>") == 1)
        #expect(errors("<Dial record=\"true\">+15550001111</Dial>") == 0)
        // A bad <Dial record> value is an error to the author, which the platform ignores
        // (13217): the verb runs as if it were not written.
        let dialMode = Validator(dialect: .pivot).validate(
            Array(Self.pivot("<Dial record=\"record-from-answer\">+15550001111</Dial>").utf8))
        #expect(dialMode.diagnostics.map(\.severity) == [.error])
        #expect(dialMode.diagnostics.map(\.effect) == [.ignored])
        #expect(dialMode.document != nil)
    }

    @Test func anEmptyRecordingFallsThroughWithoutActionOrStorage() {
        // 2.3: fallThrough, and "Kazoo = ended by silence and length ≤ timeout".
        let result = simulate(
            Self.pivot("<Record action=\"/done\" timeout=\"3\"/>\n<Say>Nothing heard.</Say>"),
            "caller:\n  - silence: 10s\n" + Self.webhooks)
        #expect(result.requests("action").isEmpty)
        #expect(result.requests("storageUrl").isEmpty)
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Record", "Say"])
        #expect(result.recordings.first?.metadata.status == "absent")
    }

    @Test func aLongerRecordingEndedBySilenceIsStoredAtTheActionURLWithDigitsHangup() throws {
        // 2.1: silence ⇒ Digits "Kazoo: hangup"; kzt_twiml: recordingUrl defaults to the action
        // URL, the media "call_recording_<call id>.mp3" is stored at it + "/" + the name.
        let result = simulate(
            Self.pivot("<Record action=\"/done\" timeout=\"3\"/>"),
            "caller:\n  - wait_for: beep\n  - speak: 4s\n  - silence: 10s\n" + Self.webhooks)
        let action = try #require(result.requests("action").first)
        #expect(action.parameter("Digits") == "hangup")
        let callSid = try #require(action.parameter("CallSid"))
        let name = "call_recording_\(callSid).mp3"
        #expect(action.parameter("RecordingSid") == name)
        #expect(action.parameter("RecordingUrl") == "https://app.example.com/done/" + name)
        let upload = try #require(result.requests("storageUrl").first)
        #expect(upload.string("method") == "PUT" && upload.string("url") == "https://app.example.com/done/" + name)
        // MP3, untrimmed (Kazoo ignores trim): 4 s of speech and the 3 s of silence that ended it.
        let artifact = try #require(result.recordings.first?.artifact)
        #expect(artifact.format == .mp3 && artifact.fileName == name)
        #expect(artifact.durationMilliseconds == 7000)
        #expect(result.requests("recordingStatusCallback").isEmpty)
    }

    @Test func theUploadCarriesTheEncodedFilesSizeOnlyWhenItWasEncoded() throws {
        // An MP3 measured without encoding has no size to report; the file on disk has one.
        let markup = Self.pivot("<Record action=\"/done\" finishOnKey=\"#\"/>")
        let script = "caller:\n  - wait_for: beep\n  - speak: 2s\n  - press: \"#\"\n" + Self.webhooks
        let measured = try #require(simulate(markup, script).requests("storageUrl").first)
        #expect(measured["bytes"] == nil && measured.string("content_type") == "audio/mpeg")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "texml-pivot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = simulate(markup, script, recorder: FileSystemRecorder(directory: directory.path))
        let upload = try #require(written.requests("storageUrl").first)
        let file = try #require(written.recordings.first?.artifact?.fileName)
        let size = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(file).path)[.size]
        #expect(upload["bytes"] == .int((size as? Int) ?? -1))
        #expect(((size as? Int) ?? 0) > 1000)
    }

    @Test func aSilentDialRecordingIsKept() {
        // 2.3: Kazoo's "ended by silence and length ≤ timeout" is a <Record> rule; a bridged call
        // recorded in silence is kept, as Twilio's default keeps silent recordings.
        let result = simulate(
            Self.pivot("<Dial record=\"true\">+15550001111</Dial>"),
            """
            parties:
              "+15550001111": { ring: 1s, script: [ { silence: 3s }, hangup ] }
            caller:
              - silence: 10s
            """)
        #expect(result.recordings.first?.metadata.status == "completed")
        #expect(result.recordings.first?.artifact?.isSilent == true)
    }
}
