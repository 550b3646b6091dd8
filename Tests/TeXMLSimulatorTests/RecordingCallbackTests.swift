import TeXMLSimulator
import Testing

/// Recording status callbacks of `<Record>` (reference section 3).
struct RecordingCallbackTests {
    static let speakAndFinish = """
        caller:
          - wait_for: record_start
          - silence: 1s
          - speak: 4s
          - silence: 2s
          - press: "#"
        webhooks:
          https://app.example.com/done: { xml: "<Response/>" }
          https://app.example.com/status: { status: 204 }
        """

    @Test func defaultSubscriptionIsCompletedOnlyWithTheTrimmedDuration() {
        // Reference 3.1: "Default subscription everywhere: completed only." 2.2: RecordingDuration in the
        // action is "whole seconds before trimming; final value in the status callback".
        let result = simulate(
            flow("<Record action=\"/done\" recordingStatusCallback=\"/status\"/>"), Self.speakAndFinish)
        let callbacks = result.requests("recordingStatusCallback")
        #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["completed"])
        #expect(callbacks.first?.parameter("RecordingDuration") == "4")
        #expect(result.requests("action").first?.parameter("RecordingDuration") == "7")
        #expect(callbacks.first?.parameter("RecordingSource") == "RecordVerb")
        #expect(callbacks.first?.parameter("RecordingChannels") == "1")
        #expect(callbacks.first?.parameter("RecordingStartTime") == "Thu, 01 Jan 2026 00:00:00 +0000")
    }

    @Test func inProgressIsSentWhenCaptureStarts() {
        let result = simulate(
            flow(
                "<Record action=\"/done\" recordingStatusCallback=\"/status\" recordingStatusCallbackEvent=\"in-progress completed\"/>"
            ), Self.speakAndFinish)
        let callbacks = result.requests("recordingStatusCallback")
        #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["in-progress", "completed"])
        #expect(callbacks.first?.seconds == "0.500")
        #expect(callbacks.first?.parameter("RecordingDuration") == nil)
    }

    @Test func doNotTrimReportsTheWholeCapture() {
        let result = simulate(
            flow("<Record action=\"/done\" trim=\"do-not-trim\" recordingStatusCallback=\"/status\"/>"),
            Self.speakAndFinish)
        #expect(result.requests("recordingStatusCallback").first?.parameter("RecordingDuration") == "7")
    }

    static let silentRecord = flow(
        "<Record action=\"/done\" recordingStatusCallback=\"/status\" recordingStatusCallbackEvent=\"completed absent\"/>"
    )
    static let silentWebhooks = """
        webhooks:
          https://app.example.com/done: { xml: "<Response/>" }
          https://app.example.com/status: { status: 204 }

        """

    @Test(arguments: ["no-speech", "silence-only"])
    func silentRecordingIsAbsentWithErrorCode16102WhenSilenceIsEmpty(predicate: String) {
        // Reference 3.1: absent — "no file: too short (16101), silent with auto-delete (16102)"; it replaces completed.
        let result = simulate(
            Self.silentRecord, Self.silentWebhooks + "settings: { empty_recording_predicate: \(predicate) }\n")
        let callbacks = result.requests("recordingStatusCallback")
        #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["absent"])
        #expect(callbacks.first?.parameter("ErrorCode") == "16102")
        #expect(callbacks.first?.parameter("RecordingUrl") == nil)
        // Empty, it takes Twilio's empty-recording exception (fall-through): no action request.
        #expect(result.requests("action").isEmpty, "fall-through: no action request")
    }

    @Test func silentRecordingIsKeptByDefault() {
        // Reference 2.3: "silent recordings kept by default (Twilio)", trimmed or not: 5 s of
        // silence until the timeout, all kept.
        let result = simulate(Self.silentRecord, Self.silentWebhooks)
        let callbacks = result.requests("recordingStatusCallback")
        #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["completed"])
        #expect(callbacks.first?.parameter("RecordingDuration") == "5")
        #expect(callbacks.first?.parameter("ErrorCode") == nil)
        #expect(result.recordings.first?.artifact?.isSilent == true)
    }

    @Test func unsubscribedAbsentSendsNothing() {
        let result = simulate(
            flow("<Record action=\"/done\" recordingStatusCallback=\"/status\"/>"),
            "webhooks:\n  https://app.example.com/done: { xml: \"<Response/>\" }\nsettings: { empty_recording_predicate: no-speech }\n"
        )
        #expect(result.recordings.first?.metadata.status == "absent")
        #expect(result.requests("recordingStatusCallback").isEmpty)
    }

    @Test func telnyxParametersAndDualChannels() {
        // Reference 3.2 (Telnyx): CallSidLegacy, ConnectionId, RecordingChannels; on completed RecordingDuration, RecordingUrl.
        let result = simulate(
            "<Response><Record action=\"/done\" recordingStatusCallback=\"/status\"/></Response>",
            "dialect: texml\n" + Self.speakAndFinish)
        let callback = result.requests("recordingStatusCallback").first
        #expect(callback?.parameter("RecordingChannels") == "2")
        #expect(callback?.parameter("CallSidLegacy") == callback?.parameter("CallSid"))
        #expect(callback?.parameter("ConnectionId") != nil)
        #expect(callback?.parameter("RecordingStartTime") == nil)
        #expect(callback?.parameter("RecordingUrl")?.contains("api.telnyx.com") == true)
        // Telnyx `trim` has no default: the whole capture.
        #expect(callback?.parameter("RecordingDuration") == "7")
    }

    @Test func failingCallbackWarnsAndTheCallGoesOn() {
        let result = simulate(
            flow("<Record action=\"/done\" recordingStatusCallback=\"/status\"/>"),
            Self.speakAndFinish.replacingOccurrences(of: "{ status: 204 }", with: "{ status: 500 }"))
        #expect(result.events("warning").first?["code"] == .int(11200))
        #expect(!result.outcome.hadError)
        #expect(result.requests("action").count == 1)
        // The platform does not wait for callbacks.
        #expect(result.requests("recordingStatusCallback").first?.time == result.requests("action").first?.time)
    }

    // MARK: Transcription

    static let saysSomething = """
        caller:
          - wait_for: record_start
          - speak: { duration: 4s, says: "please call me back" }
          - press: "#"
        webhooks:
          https://app.example.com/done: { xml: "<Response/>" }
          https://app.example.com/transcribed: { status: 204 }
        """

    @Test func transcriptionCallbackCarriesWhatTheCallerSaid() {
        // 1.1: transcribe / transcribeCallback (Twilio); transcription / transcriptionCallback (Telnyx).
        let result = simulate(
            flow("<Record action=\"/done\" transcribe=\"true\" transcribeCallback=\"/transcribed\"/>"),
            Self.saysSomething)
        let callback = result.requests("transcribeCallback").first
        #expect(callback?.parameter("TranscriptionText") == "please call me back")
        #expect(callback?.parameter("TranscriptionStatus") == "completed")
        #expect(callback?.parameter("RecordingSid") == result.recordings.first?.metadata.sid)
        let telnyx = simulate(
            "<?xml version=\"1.0\"?>\n<!-- dialect: texml -->\n<Response><Record action=\"/done\" transcription=\"true\" "
                + "transcriptionCallback=\"/transcribed\"/></Response>", Self.saysSomething)
        #expect(telnyx.requests("transcribeCallback").first?.parameter("TranscriptionEngine") == "A")
        #expect(telnyx.requests("transcribeCallback").first?.parameter("TranscriptionText") == "please call me back")
    }

    @Test func transcriptionOutsideTwoToOneHundredTwentySecondsFailsWith13617() {
        // 1.1: "Transcription only for 2 s < duration < 120 s (else warning 13617)".
        let short = """
            caller:
              - wait_for: record_start
              - speak: { duration: 1s, says: "hi" }
              - press: "#"
            webhooks:
              https://app.example.com/done: { xml: "<Response/>" }
              https://app.example.com/transcribed: { status: 204 }
            """
        let result = simulate(
            flow(
                "<Record action=\"/done\" trim=\"do-not-trim\" transcribe=\"true\" transcribeCallback=\"/transcribed\"/>"
            ),
            short)
        #expect(result.events("warning").contains { $0["code"] == .int(13617) })
        #expect(result.requests("transcribeCallback").first?.parameter("TranscriptionStatus") == "failed")
        #expect(result.requests("transcribeCallback").first?.parameter("TranscriptionText") == nil)
    }

    @Test func transcribingLowersTwiliosDefaultMaxLengthTo120Seconds() {
        let caller = """
            caller:
              - wait_for: record_start
              - speak: 200s
            webhooks:
              https://app.example.com/done: { xml: "<Response/>" }
            """
        let result = simulate(flow("<Record action=\"/done\" timeout=\"0\" transcribe=\"true\"/>"), caller)
        #expect(result.events("recording.stopped").first?.string("reason") == "max-length")
        #expect(result.events("recording.stopped").first?.string("captured") == "120.000")
    }
}
