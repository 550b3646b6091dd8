import TeXMLGrammar
import TeXMLSimulator
import Testing

/// Issue 15 point 4: what an empty (zero-length) `<Record>` does to the flow, per each dialect's
/// document (Samples/RULES.md, "2.3 Empty or silent recordings").
struct EmptyRecordingTests {
    /// A `<Record>` whose status callback hears `absent`, then a verb only an empty recording reaches.
    static func record(_ dialect: String) -> String {
        let events = dialect == "texml" ? "in-progress completed" : "completed absent"
        return """
            <Response>
              <Record action="https://app.example.com/done" timeout="3" finishOnKey="#" \
            recordingStatusCallback="https://app.example.com/status" recordingStatusCallbackEvent="\(events)"/>
              <Say>No message. Goodbye.</Say>
            </Response>
            """
    }

    static func scenario(_ dialect: String, caller: String, settings: String = "") -> String {
        """
        dialect: \(dialect)
        caller:
        \(caller)
        webhooks:
          https://app.example.com/done: { xml: "<Response><Hangup/></Response>" }
          https://app.example.com/status: { status: 204 }
        \(settings)
        """
    }

    static let keyAtOnce = "  - wait_for: record_start\n  - press: \"#\""
    static let hangupAtOnce = "  - wait_for: record_start\n  - hangup"

    static func run(_ dialect: String, caller: String = keyAtOnce, settings: String = "") -> SimulationResult {
        simulate(record(dialect), scenario(dialect, caller: caller, settings: settings))
    }

    @Test func twilioZeroLengthRecordingRequestsNoActionAndRunsTheNextVerb() {
        // Twilio <Record>: "If Twilio receives an empty recording, it will not make a request to the
        // action URL; the call flow continues with the next verb."
        let result = Self.run("twiml")
        #expect(result.requests("action").isEmpty)
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Record", "Say"])
        #expect(result.ended("Record")?["fallthrough"] == .bool(true))
        // The absent callback still goes out, with 16101.
        let status = result.requests("recordingStatusCallback")
        #expect(status.map { $0.parameter("RecordingStatus") } == ["absent"])
        #expect(status.first?.parameter("ErrorCode") == "16101")
    }

    @Test func twilioKeepsARecordingOfSilenceAndRequestsTheAction() {
        // Twilio: silent recordings are saved by default: captured silence is not empty.
        let result = Self.run("twiml", caller: "  - wait_for: record_start\n  - silence: 10s")
        #expect(result.requests("action").count == 1)
        #expect(result.events("recording.completed").count == 1)
        #expect(result.ended("Record")?["fallthrough"] == nil)
    }

    @Test func twilioHangUpBeforeAnyAudioRequestsNoActionAndEndsTheCall() {
        // The empty-recording exception names no hang-up case: no action request, and the caller is gone.
        let result = Self.run("twiml", caller: Self.hangupAtOnce)
        #expect(result.requests("action").isEmpty)
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Record"])
        #expect(result.events("call.ended").first?.string("reason") == "caller-hangup")
        #expect(result.requests("recordingStatusCallback").first?.parameter("RecordingStatus") == "absent")
    }

    @Test func theHangUpChoiceIsASetting() {
        let result = Self.run(
            "twiml", caller: Self.hangupAtOnce, settings: "settings: { empty_recording_action_on_hangup: true }")
        #expect(result.requests("action").first?.parameter("Digits") == "hangup")
    }

    @Test func absentStatusStillRequestsTheActionOnTwilioWhenChosen() {
        let result = Self.run("twiml", settings: "settings: { empty_recording_policy: absent-status }")
        #expect(result.requests("action").first?.parameter("RecordingDuration") == "0")
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Record", "Hangup"])
    }

    @Test(arguments: ["texml", "cxml", "inboundxml"])
    func documentsWithoutTheExceptionRequestTheAction(dialect: String) {
        // Telnyx: "action … where TeXML will make a request when the <Record> ends"; SignalWire:
        // "There is no way to return to any instructions listed after the <Record> verb"; Ytel's
        // InboundXML: "When the recording is complete, a URL … is submitted … to the action URL".
        let result = Self.run(dialect)
        #expect(result.requests("action").count == 1)
        #expect(result.requests("action").first?.parameter("Digits") == "#")
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Record", "Hangup"])
        #expect(result.events("recording.absent").first?["ErrorCode"] == .int(16101))
    }

    @Test func kazooCountsOnlyASilenceEndedRecordingAsEmpty() {
        // kzt_receiver:record_loop: {'empty', …} only when Silence-Terminated and Length ≤ timeout;
        // a key at once is {'ok', …}: the action is requested with the key and length 0.
        let result = Self.run("pivot")
        let action = result.requests("action").first
        #expect(action?.parameter("Digits") == "#")
        #expect(action?.parameter("RecordingDuration") == "0")
        #expect(result.ended("Record")?["fallthrough"] == nil)
    }

    @Test func kazooHangUpAtOnceStillRequestsTheAction() {
        // kzt_receiver: channel_destroy during a record gives {'ok', …} with Digits=hangup.
        let result = Self.run("pivot", caller: Self.hangupAtOnce)
        #expect(result.requests("action").first?.parameter("Digits") == "hangup")
    }

    @Test func kazooSilenceWithinTimeoutStillFallsThrough() {
        let result = Self.run("pivot", caller: "  - wait_for: record_start\n  - silence: 10s")
        #expect(result.requests("action").isEmpty)
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Record", "Say"])
    }

    @Test func dialectDefaults() {
        #expect(PlatformBehaviour.of(.twiml).emptyRecordings.policy == .fallThrough)
        #expect(PlatformBehaviour.of(.cxml).emptyRecordings.policy == .absentStatus)
        #expect(PlatformBehaviour.of(.texml).emptyRecordings.policy == .absentStatus)
        #expect(PlatformBehaviour.of(.inboundxml).emptyRecordings.policy == .absentStatus)
        #expect(PlatformBehaviour.of(.pivot).emptyRecordings.policy == .fallThrough)
        #expect(Dialect.allCases.allSatisfy { !PlatformBehaviour.of($0).emptyRecordings.actionOnHangup })
    }
}
