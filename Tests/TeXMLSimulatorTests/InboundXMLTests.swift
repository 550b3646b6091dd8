import Foundation
import TeXMLGrammar
import TeXMLRecorder
import TeXMLSimulator
import TeXMLSyntax
import Testing

/// TelAPI's InboundXML (reference 1.1, 2.2, 3.3, 4.3, 6; Zang's `inboundxml.xsd`).
struct InboundXMLTests {
    static func inboundXML(_ body: String) -> String { flow(body, dialect: .inboundxml) }

    static func diagnostics(_ body: String) -> [Diagnostic] {
        Validator(dialect: .inboundxml).validate(Array(Self.inboundXML(body).utf8)).diagnostics
    }

    static let webhooks = """
        webhooks:
          https://app.example.com/done: { xml: "<Response><Say>Never heard.</Say></Response>" }
          https://app.example.com/recorded: { status: 204 }

        """

    // MARK: The grammar

    @Test func theElementSetIsInboundXMLsOwn() {
        let names = Set(Grammar.inboundxml.elements.keys)
        #expect(names.isSuperset(of: ["PlayLastRecording", "Ping", "GetSpeech", "Answer", "User", "Sms"]))
        #expect(names.isDisjoint(with: ["Start", "Stop", "Recording", "Connect", "Stream", "Pay", "Enqueue"]))
        #expect(Grammar.twiml.element("PlayLastRecording") == nil, "InboundXML's own verbs stay out of TwiML")
        let start = Self.diagnostics("<Start><Recording/></Start>")
        #expect(start.map(\.id).contains("texml.element.wrong-dialect"))
    }

    @Test func recordHasTheSchemasAttributesAndTheDocumentedDefaults() throws {
        // 1.1: "timeout 5, finishOnKey #, maxLength 3600, playBeep false, fileFormat mp3 | wav (mp3),
        // direction in | out | both, background, trimSilence (false)".
        let record = try #require(Grammar.inboundxml.element("Record"))
        func defaultValue(_ name: String) -> String? { record.attribute(name)?.defaultValue }
        #expect(defaultValue("timeout") == "5" && defaultValue("finishOnKey") == "#")
        #expect(defaultValue("maxLength") == "3600" && defaultValue("playBeep") == "false")
        #expect(defaultValue("fileFormat") == "mp3" && defaultValue("trimSilence") == "false")
        #expect(record.attribute("trim") == nil && record.attribute("recordingStatusCallback") == nil)
        #expect(record.attribute("background") != nil && record.attribute("direction") != nil)
        #expect(
            Self.diagnostics("<Record action=\"/done\" maxLength=\"0\"/>").map(\.id) == ["texml.value.out-of-range"])
        #expect(
            Self.diagnostics("<Record action=\"/done\" direction=\"sideways\"/>").map(\.id) == [
                "texml.value.invalid-enum"
            ])
        #expect(Self.diagnostics("<Record action=\"/done\" direction=\"BOTH\" fileFormat=\"wav\"/>").isEmpty)
    }

    @Test func booleansTakeTheSchemasSpellings() throws {
        for spelling in ["true", "True", "TRUE", "1", "false", "False", "FALSE", "0"] {
            #expect(Self.diagnostics("<Record action=\"/done\" playBeep=\"\(spelling)\"/>").isEmpty, "\(spelling)")
        }
        let yes = Self.diagnostics("<Record action=\"/done\" playBeep=\"yes\"/>")
        #expect(yes.map(\.id) == ["texml.value.invalid-boolean"])
        #expect(yes.first?.notes.first?.message.contains("True, TRUE, 1") == true)
        // TwiML keeps true/false only.
        let twiml = Validator(dialect: .twiml).validate(Array(flow("<Record playBeep=\"True\"/>").utf8))
        #expect(twiml.diagnostics.map(\.id).contains("texml.value.invalid-boolean"))
        // The typed AST reads the spellings.
        let document = try #require(
            Validator(dialect: .inboundxml).validate(
                Self.inboundXML("<Record action=\"/done\" background=\"1\" playBeep=\"FALSE\"/>")
            ).document)
        guard case .record(let record) = document.verbs.first else {
            Issue.record("no <Record>")
            return
        }
        #expect(record.background.value == true && record.playBeep.value == false)
    }

    @Test func aBackgroundRecordDoesNotEndTheFlow() {
        // 2.2: verbs after <Record> are reached via "InboundXML background=true".
        let background = Self.diagnostics("<Record background=\"True\"/>\n<Say>Still here.</Say>")
        #expect(background.isEmpty, "no unreachable-verb warning, no missing-action warning: \(background.map(\.id))")
        let blocking = Self.diagnostics("<Record action=\"/done\"/>\n<Say>Never.</Say>")
        #expect(blocking.map(\.id) == ["texml.flow.unreachable"])
    }

    @Test func aRecordCallbackWhereNothingRecordsIsLinted() {
        let dial = "<Number>+15550001111</Number></Dial>"
        let off = Self.diagnostics("<Dial record=\"0\" recordCallbackUrl=\"/recorded\">" + dial)
        #expect(off.map(\.id) == ["texml.recording.callback-without-recording"])
        #expect(off.first?.message.contains("is never called") == true)
        #expect(
            Self.diagnostics("<Dial recordCallbackUrl=\"/recorded\">" + dial).count == 1, "record defaults to false")
        #expect(Self.diagnostics("<Dial record=\"TRUE\" recordCallbackUrl=\"/recorded\">" + dial).isEmpty)
    }

    // MARK: <Record>

    @Test func aBareRecordHasNoBeepEndsOnHashAndRecordsTheCallerAsMP3() throws {
        let result = simulate(
            Self.inboundXML("<Record action=\"/done\"/>"),
            "caller:\n  - speak: 2s\n  - press: \"1\"\n  - speak: 1s\n  - press: \"#\"\n" + Self.webhooks)
        #expect(result.events("record.beep").isEmpty)
        let action = try #require(result.requests("action").first)
        #expect(action.parameter("Digits") == "#", "1 is not a finish key; # is")
        #expect(action.parameter("RecordingUrl")?.hasPrefix("https://api.telapi.com/v1/Accounts/AC") == true)
        #expect(action.parameter("ApiVersion") == "v1")
        let metadata = try #require(result.recordings.first?.metadata)
        #expect(metadata.format == .mp3 && metadata.track == "inbound" && metadata.channels == 1)
        #expect(metadata.sid.hasPrefix("RE") && metadata.sid.count == 34)
    }

    @Test func directionPicksTheAudioAndSampleRateTheRate() throws {
        // 3.3: "TelAPI Direction in/out/both maps onto these": out is what the caller hears.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("texml-ixml-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = simulate(
            Self.inboundXML(
                """
                <Record background="true" direction="out" fileFormat="wav" maxLength="6"/>
                <Record background="true" direction="In" fileFormat="wav" maxLength="6" sampleRate="16000"/>
                <Pause length="3"/>
                <Say>Three seconds of words here.</Say>
                <Pause length="2"/>
                """), "caller:\n  - speak: 3s\n  - silence: 5s\n",
            recorder: FileSystemRecorder(directory: directory.path))
        let artifacts = result.recordings.compactMap(\.artifact)
        try #require(artifacts.count == 2)
        let (heard, caller) = (artifacts[0], artifacts[1])
        #expect(heard.sampleRate == 8000 && caller.sampleRate == 16000)
        #expect(caller.frames == 6 * 16000)
        let heardBytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(heard.fileName)))
        // 0–3 s: the caller speaks (inbound); 3–5 s: the <Say> plays (outbound).
        #expect(BackgroundRecordingTests.rms(heardBytes, channel: 0, channels: 1, from: 0, to: 3) < 5)
        #expect(BackgroundRecordingTests.rms(heardBytes, channel: 0, channels: 1, from: 3.2, to: 4.8) > 500)
        let callerBytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(caller.fileName)))
        let sampleRate: UInt32 =
            UInt32(callerBytes[24]) | UInt32(callerBytes[25]) << 8 | UInt32(callerBytes[26]) << 16
        #expect(sampleRate == 16000)
        #expect(result.recordings.map(\.metadata.track) == ["outbound", "inbound"])
    }

    @Test func aBackgroundRecordRunsWhileTheNextVerbsDoAndNotifiesItsAction() throws {
        // 1.1: "background (true: later verbs run meanwhile; timeout/finishOnKey/playBeep ignored)".
        let result = simulate(
            Self.inboundXML(
                """
                <Record background="true" maxLength="8" timeout="1" finishOnKey="#" playBeep="true" action="/done"/>
                <Gather numDigits="2" timeout="3" action="/menu"/>
                """),
            "caller:\n  - silence: 2s\n  - press: \"4\"\n  - press: \"2\"\n" + Self.webhooks
                + "  https://app.example.com/menu: { xml: \"<Response><Say>Menu.</Say><Pause length=\\\"10\\\"/></Response>\" }\n"
        )
        #expect(result.events("record.beep").isEmpty)
        let stopped = try #require(result.events("recording.stopped").first)
        #expect(stopped.string("reason") == "max-length" && stopped.seconds == "8.000", "neither silence nor # ends it")
        #expect(result.events("verb.started").compactMap { $0.string("verb") } == ["Record", "Gather", "Say", "Pause"])
        let action = try #require(result.requests("action").last)
        #expect(action.string("url") == "https://app.example.com/done")
        #expect(action.parameter("Digits") == "42" && action.parameter("RecordingDuration") == "8")
        // The notification's answer runs nothing: the <Say> came from the Gather's action, and the
        // action's <Say> "Never heard." is not played.
        #expect(!result.events("verb.started").contains { $0.string("text") == "Never heard." })
    }

    @Test func theBackgroundDefaultIsASettingOfInboundXMLOnly() {
        let body = "<Record action=\"/recorded\" maxLength=\"2\"/>\n<Pause length=\"3\"/>"
        let settings = "settings: { record_background_default: true }\n"
        let inbound = simulate(Self.inboundXML(body), settings + Self.webhooks)
        #expect(inbound.events("verb.started").compactMap { $0.string("verb") } == ["Record", "Pause"])
        #expect(inbound.requests("action").count == 1)
        // TwiML has no background attribute: the setting changes nothing there.
        let twiml = simulate(flow(body), settings + Self.webhooks)
        #expect(twiml.events("verb.started").compactMap { $0.string("verb") } == ["Record"])
    }

    @Test func aCallHasAtMostFiveRecordings() {
        // 1.1: "at most 5 recordings per call"; a <Dial record> counts as one.
        let six = String(repeating: "<Record background=\"true\" maxLength=\"2\" action=\"/recorded\"/>\n", count: 5)
        let result = simulate(
            Self.inboundXML(
                six + "<Dial record=\"true\" recordCallbackUrl=\"/recorded\"><Number>+15550001111</Number></Dial>"),
            "parties:\n  \"+15550001111\":\n    script:\n      - speak: 1s\n      - hangup\n" + Self.webhooks)
        #expect(result.events("recording.started").count == 5)
        #expect(
            result.events("warning").contains {
                $0.string("message")?.contains("<Dial record> records nothing") == true
            })
        // 0 lifts the limit.
        let unlimited = simulate(
            Self.inboundXML(
                six + "<Record background=\"true\" maxLength=\"2\" action=\"/recorded\"/>\n<Pause length=\"3\"/>"),
            "settings: { max_recordings_per_call: 0 }\n" + Self.webhooks)
        #expect(unlimited.events("recording.started").count == 6)
        #expect(unlimited.events("warning").isEmpty)
    }

    @Test func transcriptionHasNoTwilioLengthWindow() throws {
        // Twilio's 13617 (2–120 s) and 120 s maxLength default are Twilio's; InboundXML has neither.
        let result = simulate(
            Self.inboundXML(
                "<Record action=\"/done\" transcribe=\"true\" transcribeCallback=\"/recorded\" finishOnKey=\"#\"/>"),
            "caller:\n  - speak: { duration: 1s, says: \"Hi\" }\n  - press: \"#\"\n" + Self.webhooks)
        #expect(result.events("warning").isEmpty)
        let callback = try #require(result.requests("transcribeCallback").first)
        #expect(
            callback.parameter("TranscriptionStatus") == "completed" && callback.parameter("TranscriptionText") == "Hi")
        let long = simulate(
            Self.inboundXML("<Record action=\"/done\" transcribe=\"true\" timeout=\"1\"/>"),
            "caller:\n  - speak: 200s\n" + Self.webhooks)
        #expect(long.events("recording.stopped").first?.string("reason") == "silence", "no 120 s cap")
    }

    // MARK: <Dial> and <Conference>

    @Test func aDialRecordingReportsToRecordCallbackUrl() throws {
        let result = simulate(
            Self.inboundXML(
                """
                <Dial record="1" recordDirection="in" recordFormat="wav" recordCallbackUrl="/recorded"><Number>+15550001111</Number></Dial>
                """),
            "parties:\n  \"+15550001111\":\n    ring: 2s\n    script:\n      - speak: 3s\n      - hangup\n"
                + Self.webhooks)
        let metadata = try #require(result.recordings.first?.metadata)
        #expect(metadata.track == "inbound" && metadata.format == .wav && metadata.duration == 3)
        let callback = try #require(result.requests("recordCallbackUrl").first)
        #expect(callback.string("url") == "https://app.example.com/recorded")
        #expect(callback.parameter("RecordingUrl") == metadata.url && callback.parameter("RecordingDuration") == "3")
        #expect(result.requests("recordingStatusCallback").isEmpty)
    }

    @Test func aConferenceRecordingUsesItsFormatMethodAndNoTrim() throws {
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.inboundXML(
                """
                <Dial><Conference record="TRUE" recordFileFormat="wav" recordCallbackUrl="/recorded" recordCallbackMethod="GET">room</Conference></Dial>
                """), "caller:\n  - speak: 2s\n  - hangup\n" + Self.webhooks, recorder: recorder)
        #expect(recorder.requests.first?.trimSilence == false && recorder.requests.first?.format == .wav)
        let callback = try #require(result.requests("recordCallbackUrl").first)
        #expect(callback.string("method") == "GET")
    }

    // MARK: InboundXML's own verbs

    @Test func playLastRecordingPlaysTheLastKeptRecordingAndPingGoesOn() throws {
        let result = simulate(
            Self.inboundXML(
                """
                <PlayLastRecording/>
                <Record background="true" maxLength="3" action="/recorded"/>
                <Pause length="4"/>
                <PlayLastRecording/>
                <Ping>/recorded</Ping>
                <Answer/>
                """), Self.webhooks)
        let ended = result.events("verb.ended").filter { $0.string("verb") == "PlayLastRecording" }
        #expect(ended.map { $0.string("duration") } == [nil, "3.000"])
        #expect(ended.first?["skipped"] == .bool(true))
        #expect(result.events("warning").count == 1, "the first plays nothing and says so")
        #expect(result.requests("ping").first?.string("url") == "https://app.example.com/recorded")
        #expect(result.outcome.reason == .documentEnd)
    }
}
