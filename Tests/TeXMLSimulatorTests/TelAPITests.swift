import Foundation
import TeXMLRecorder
import Testing

@testable import TeXMLSimulator

/// TelAPI's `Calls/{CallSid}/Recordings` (reference 4.3) on a simulated call.
struct TelAPITests {
    /// A call held for `hold` seconds after a short greeting; the caller speaks from 2 s to 5 s.
    static func heldCall(_ hold: Int = 30) -> String {
        flow("<Say>Hello</Say><Pause length=\"\(hold)\"/>")
    }

    static let callerSpeaks = """
        caller:
          - silence: 2s
          - speak: { duration: 3s, says: "My claim number is four two" }
        webhooks:
          https://app.example.com/recorded: { status: 204 }
          https://app.example.com/transcribed: { status: 204 }
        """

    /// Scenario text: the caller script plus `api:` items, each `(time, body)` for the call's URI.
    static func scenario(_ commands: [(String, String)], extra: String = "") -> String {
        var text = callerSpeaks + "\n" + extra + "\napi:\n"
        for (time, body) in commands {
            text += "  - at: \(time)\n    telapi: Calls/{CallSid}/Recordings\n    body: \(body)\n"
        }
        return text
    }

    // MARK: Errors

    /// Every parameter error, with the rule it breaks and the code it answers.
    static let badRequests: [TelAPIBadRequest] = [
        TelAPIBadRequest("{ Direction: in }", 20001, "4.3: Record is required"),
        TelAPIBadRequest("{ Record: \"maybe\" }", 20001, "4.3: Record, allowed value true or false"),
        TelAPIBadRequest(
            "{ Record: \"true\", Direction: sideways }", 20001, "4.3: Direction, allowed value in, out, both"),
        TelAPIBadRequest(
            "{ Record: \"true\", TimeLimit: \"-1\" }", 20001, "4.3: TimeLimit, integer greater than or equal to 0"),
        TelAPIBadRequest("{ Record: \"true\", TimeLimit: \"2.5\" }", 20001, "4.3: TimeLimit is an integer"),
        TelAPIBadRequest("{ Record: \"true\", TimeLimit: \"ten\" }", 20001, "4.3: TimeLimit is an integer"),
        TelAPIBadRequest(
            "{ Record: \"true\", CallbackUrl: \"https://app.example.com/" + String(repeating: "x", count: 180) + "\" }",
            20001, "Zang: CallbackUrl at most 200 characters"
        ),
        TelAPIBadRequest("{ Record: \"true\", CallbackUrl: /recorded }", 11100, "a REST callback URL must be absolute"),
        TelAPIBadRequest("{ Record: \"true\", TrimSilence: \"yes\" }", 20001, "4.3: TrimSilence, true or false"),
        TelAPIBadRequest("{ Record: \"true\", Transcribe: \"1\" }", 20001, "4.3: Transcribe, true or false"),
        TelAPIBadRequest(
            "{ Record: \"true\", TranscribeQuality: bronze }", 20001, "4.3: auto, silver, gold or platinum"),
        TelAPIBadRequest(
            "{ Record: \"true\", TranscribeCallback: \"ftp://x.example.com/t\" }", 11100, "callback URLs are http(s)"),
    ]

    @Test(arguments: badRequests)
    func badParametersGetTelAPIErrorAndTheCallGoesOn(_ request: TelAPIBadRequest) {
        let result = simulate(Self.heldCall(5), Self.scenario([("1s", request.body)]))
        let response = result.events("api.response").first
        #expect(response?["status"] == .int(400), "\(request.rule)")
        // telapi-ruby's ApiError: {"status","message","code","more_info"}.
        let body = jsonBody(response)
        #expect(body?["code"] == .number(String(request.code)), "\(request.rule)")
        #expect(body?["status"] == .number("400"))
        #expect(body?["more_info"]?.stringValue?.hasSuffix("/errors/\(request.code)") == true)
        #expect(body?["message"]?.stringValue?.isEmpty == false)
        #expect(result.events("recording.started").isEmpty)
        #expect(result.outcome.reason == .documentEnd)
    }

    @Test func unknownCallIs404() {
        // Twilio 20404 as TelAPI's alias: "The requested resource was not found".
        let result = simulate(
            Self.heldCall(3),
            Self.callerSpeaks
                + "\napi:\n  - at: 1s\n    telapi: Calls/{CallSid}/Recordings\n    call: CAnotthiscall\n"
                + "    body: { Record: \"true\" }\n")
        let response = result.events("api.response").first
        #expect(response?["status"] == .int(404))
        #expect(jsonBody(response)?["code"] == .number("20404"))
        #expect(result.events("api.request").first?.string("url")?.contains("/Calls/CAnotthiscall/Recordings") == true)
    }

    @Test func aCallNotYetAnsweredOrCompletedCannotBeRecorded() {
        // Twilio 21220: "You attempted a realtime operation on a Call that was not in-progress.
        // Calls that have completed cannot be recorded".
        let result = simulate(
            Self.heldCall(2),
            """
            flow_url: https://app.example.com/flow.xml
            webhooks:
              https://app.example.com/flow.xml: { respond: flow.xml, latency: 1s }
            api:
              - at: 500ms
                telapi: Calls/{CallSid}/Recordings
                body: { Record: "true" }
              - at: 60s
                telapi: Calls/{CallSid}/Recordings
                body: { Record: "true" }
            """)
        let responses = result.events("api.response")
        #expect(responses.map { $0["status"] } == [.int(400), .int(400)])
        #expect(responses.map { jsonBody($0)?["code"] } == [.number("21220"), .number("21220")])
        #expect(responses.map(\.seconds) == ["0.500", "60.000"])
        #expect(result.events("recording.started").isEmpty)
    }

    @Test func stopWithNothingRunningIs404() {
        // Reference 4.3: the same URI stops "if it is already in-progress"; none is: 20404.
        let result = simulate(Self.heldCall(3), Self.scenario([("1s", "{ Record: \"false\" }")]))
        let response = result.events("api.response").first
        #expect(response?["status"] == .int(404))
        #expect(jsonBody(response)?["code"] == .number("20404"))
    }

    // MARK: Effects on the recording

    @Test(arguments: [
        ("in", [[Track.inbound]]), ("out", [[Track.outbound]]), ("both", [[Track.inbound, Track.outbound]]),
    ])
    func directionPicksTheTrackIntoOneMonoFile(_ direction: String, _ channels: [[Track]]) {
        // 4.3: "in to record the incoming caller audio, out … the out going caller audio, or both";
        // 3.3: a single track is always mono; TelAPI has no channel choice: mono.
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.heldCall(6), Self.scenario([("1s", "{ Record: \"true\", Direction: \(direction) }")]),
            recorder: recorder)
        #expect(recorder.requests.first?.channels == channels)
        #expect(result.recordings.first?.metadata.channels == 1)
        #expect(result.recordings.first?.metadata.source == "TelAPI")
    }

    @Test func timeLimitCutsTheRecordingAndDefaultsTo60Seconds() {
        // 4.3: "The time in seconds the duration a call recording should not exceed. If no value
        // specified, recordings are 60 seconds by default."
        let result = simulate(
            Self.heldCall(90),
            Self.scenario([("1s", "{ Record: \"true\", TimeLimit: \"3\" }"), ("2s", "{ Record: \"true\" }")]))
        let stopped = result.events("recording.stopped")
        #expect(stopped.map { $0.string("reason") } == ["max-length", "max-length"])
        #expect(stopped.map(\.seconds) == ["4.000", "62.000"])
        #expect(result.recordings.map(\.metadata.durationMilliseconds) == [3000, 60000])
    }

    @Test func timeLimitZeroMeansNoLimit() {
        // 4.3: "integer greater than or equal to 0": 0 is read as no limit (the simulator's choice).
        let result = simulate(Self.heldCall(70), Self.scenario([("1s", "{ Record: \"true\", TimeLimit: \"0\" }")]))
        #expect(result.events("recording.stopped").first?.string("reason") == "call-ended")
        #expect((result.recordings.first?.metadata.durationMilliseconds ?? 0) > 60_000)
    }

    @Test func trimSilenceAndFileFormatTakeEffect() {
        // 4.3: "TrimSilence: trim any extraneous silence" (default false); "FileFormat … If
        // omitted, the default format is mp3"; other values ⇒ mp3 (reference), said in a note.
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.heldCall(8),
            Self.scenario([
                ("1s", "{ Record: \"true\", TrimSilence: \"true\", FileFormat: wav, Direction: in }"),
                ("1s", "{ Record: \"true\" }"), ("1s", "{ Record: \"true\", FileFormat: flac }"),
            ]), recorder: recorder)
        #expect(recorder.requests.map(\.trimSilence) == [true, false, false])
        #expect(recorder.requests.map(\.format) == [.wav, .mp3, .mp3])
        // The caller is silent until 2 s: trimming drops that second.
        #expect(result.recordings.first?.artifact?.trimmedStart == 1000)
        #expect(result.events("api.note").first?.string("message")?.contains("FileFormat 'flac'") == true)
    }

    @Test func callbackCarriesDigitsDurationAndTelAPIRecordingURL() {
        // 4.3: "In addition to the default voice request parameters … Digits: any digits input
        // during the recording; RecordingDuration; RecordingUrl"; completion only.
        let result = simulate(
            Self.heldCall(8),
            """
            caller:
              - silence: 1500ms
              - press: "7"
              - silence: 2s
              - press: "#"
            webhooks:
              https://app.example.com/recorded: { status: 204 }
            api:
              - at: 1s
                telapi: Calls/{CallSid}/Recordings
                body: { Record: "true", TimeLimit: "3", CallbackUrl: https://app.example.com/recorded }
            """)
        let callbacks = result.requests("telapiCallback")
        #expect(callbacks.count == 1)
        let callback = callbacks.first
        // Both keys fall inside the recording (1 s to 4 s).
        #expect(callback?.parameter("Digits") == "7#")
        #expect(callback?.parameter("RecordingDuration") == "3")
        let sid = result.recordings.first?.metadata.sid ?? ""
        #expect(
            callback?.parameter("RecordingUrl")?.hasPrefix("https://api.telapi.com/v1/Accounts/") == true
                && callback?.parameter("RecordingUrl")?.hasSuffix("/Recordings/" + sid) == true)
        #expect(callback?.parameter("CallSid") != nil && callback?.parameter("From") != nil)
        #expect(callback?.parameter("RecordingStatus") == nil)
    }

    @Test func twoRecordingsRunAtOnceAndRecordFalseStopsBoth() {
        // 4.3: "Simultaneous recordings allowed; which one Record=false stops is unconfirmed":
        // the simulator stops every TelAPI recording still running.
        let result = simulate(
            Self.heldCall(10),
            Self.scenario([
                ("1s", "{ Record: \"true\", Direction: in }"), ("2s", "{ Record: \"true\", Direction: out }"),
                ("6s", "{ Record: \"false\" }"),
            ]))
        #expect(result.events("recording.started").count == 2)
        let stopped = result.events("recording.stopped")
        #expect(stopped.map(\.seconds) == ["6.000", "6.000"])
        #expect(stopped.map { $0.string("reason") } == ["api-stop", "api-stop"])
        let response = jsonBody(result.events("api.response").last)
        #expect(response?["total"] == .number("2"))
        if case .array(let items)? = response?["recordings"] {
            #expect(items.map { $0["duration"] } == [.number("5"), .number("4")])
        } else {
            Issue.record("no recordings list in the stop answer")
        }
    }

    @Test func startAnswersTheRecordingResource() {
        let result = simulate(Self.heldCall(3), Self.scenario([("1s", "{ Record: \"true\" }")]))
        let body = jsonBody(result.events("api.response").first)
        let sid = result.recordings.first?.metadata.sid
        #expect(body?["sid"]?.stringValue == sid)
        #expect(body?["duration"] == .number("0"))
        #expect(body?["api_version"] == .string("v1"))
        #expect(body?["recording_url"]?.stringValue?.hasPrefix("https://api.telapi.com/v1/Accounts/AC") == true)
        #expect(body?["uri"]?.stringValue?.hasSuffix("/Recordings/\(sid ?? "").json") == true)
    }

    @Test func transcriptionIsSentToTranscribeCallback() {
        // 4.3: "Transcribe … TranscribeQuality … TranscribeCallback: URL where transcription
        // information will be relayed to after it has completed".
        let result = simulate(
            Self.heldCall(8),
            Self.scenario([
                (
                    "1s",
                    "{ Record: \"true\", Transcribe: \"true\", TranscribeQuality: platinum, "
                        + "TranscribeCallback: https://app.example.com/transcribed }"
                ),
                ("7s", "{ Record: \"false\" }"),
            ]))
        let transcription = result.requests("telapiTranscribeCallback").first
        #expect(transcription?.parameter("TranscriptionText") == "My claim number is four two")
        #expect(transcription?.parameter("TranscriptionStatus") == "completed")
        #expect(result.events("transcription.completed").first?.string("quality") == "platinum")
    }

    @Test func noCallbackWithoutCallbackUrlOrTranscribeCallback() {
        let result = simulate(
            Self.heldCall(5),
            Self.scenario([
                ("1s", "{ Record: \"true\", Transcribe: \"true\", PlayBeep: \"true\" }"),
                ("4s", "{ Record: \"false\" }"),
            ]))
        #expect(result.requests("telapiCallback").isEmpty && result.requests("telapiTranscribeCallback").isEmpty)
        #expect(result.events("transcription.completed").count == 1)
        // Parameters TelAPI does not define are ignored, and said so.
        #expect(result.events("api.note").first?.string("message")?.contains("PlayBeep") == true)
    }

    @Test func aLaterCommandDoesNotDelayATimeLimit() {
        // A recording's TimeLimit stop is due at 4 s; the next API command is due at 6 s and the
        // caller is silent until then. The core's wait loop sends due commands before checking
        // recording stops, so the stop slips to 6 s (Simulation.wait; reported, not ours to fix).
        let result = simulate(
            Self.heldCall(10),
            """
            api:
              - at: 1s
                telapi: Calls/{CallSid}/Recordings
                body: { Record: "true", TimeLimit: "3" }
              - at: 6s
                telapi: Calls/{CallSid}/Recordings
                body: { Record: "true" }
            """)
        #expect(result.events("recording.stopped").first?.seconds == "4.000")
    }
}

/// One bad request: its form body, the error code it gets and the rule it breaks.
struct TelAPIBadRequest: Sendable, CustomTestStringConvertible {
    var body: String
    var code: Int
    var rule: String
    var testDescription: String { rule }

    init(_ body: String, _ code: Int, _ rule: String) {
        self.body = body
        self.code = code
        self.rule = rule
    }
}
