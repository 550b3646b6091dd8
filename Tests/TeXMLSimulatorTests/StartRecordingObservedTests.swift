import TeXMLGrammar
import TeXMLSimulator
import Testing

/// Issue 15 point 5: `<Start><Recording>` as published call logs show it on Twilio
/// (github.com/wittyreference/twilio-claude-plugin, skills/recordings/references/test-results.md and
/// callbacks-and-lifecycle.md, live-tested 2026-03-24).
struct StartRecordingObservedTests {
    static func start(_ attributes: String) -> String {
        """
        <Response>
          <Start><Recording recordingStatusCallback="https://app.example.com/status" \(attributes)/></Start>
          <Say>Hello there, this call is recorded.</Say>
          <Pause length="3"/>
        </Response>
        """
    }

    static func run(_ dialect: String, _ attributes: String = "", settings: String = "") -> SimulationResult {
        simulate(
            start(attributes),
            """
            dialect: \(dialect)
            caller:
              - speak: 2s
            webhooks:
              https://app.example.com/status: { status: 204 }
            \(settings)
            """)
    }

    @Test func twilioReportsStartCallRecordingTwiML() {
        // Observed: "<Start><Recording> reports source as StartCallRecordingTwiML, NOT StartCallRecordingAPI".
        let completed = Self.run("twiml").requests("recordingStatusCallback").first
        #expect(completed?.parameter("RecordingSource") == "StartCallRecordingTwiML")
    }

    @Test func twilioCompletedCallbackCarriesRecordingTrackAndErrorCodeZero() {
        // Observed callback fields: "RecordingTrack … both", "ErrorCode … 0 for success".
        let completed = Self.run("twiml").requests("recordingStatusCallback").first
        #expect(completed?.parameter("RecordingStatus") == "completed")
        #expect(completed?.parameter("RecordingTrack") == "both")
        #expect(completed?.parameter("ErrorCode") == "0")
    }

    @Test func twilioSingleTrackWithoutChannelsGivesTwoChannels() {
        // Observed: "R7 <Start><Recording> track=inbound | 1 (expected) | 2".
        let result = Self.run("twiml", "track=\"inbound\"")
        #expect(result.requests("recordingStatusCallback").first?.parameter("RecordingChannels") == "2")
        #expect(result.events("recording.started").first?["channels"] == .int(2))
    }

    @Test func monoStaysMono() {
        let result = Self.run("twiml", "track=\"inbound\" channels=\"mono\"")
        #expect(result.requests("recordingStatusCallback").first?.parameter("RecordingChannels") == "1")
    }

    @Test func telnyxKeepsItsUnconfirmedChoices() {
        let completed = Self.run("texml", "track=\"inbound\"").requests("recordingStatusCallback").first
        #expect(completed?.parameter("RecordingSource") == "StartCallRecordingAPI")
        #expect(completed?.parameter("RecordingChannels") == "1")
        #expect(completed?.parameter("ErrorCode") == nil)
    }

    @Test func theLayoutAndTheSourceAreSettings() {
        let result = Self.run(
            "twiml", "track=\"inbound\"",
            settings: "settings: { start_recording_single_track: mono, start_recording_source: StartCallRecordingAPI }")
        let completed = result.requests("recordingStatusCallback").first
        #expect(completed?.parameter("RecordingChannels") == "1")
        #expect(completed?.parameter("RecordingSource") == "StartCallRecordingAPI")
    }
}
