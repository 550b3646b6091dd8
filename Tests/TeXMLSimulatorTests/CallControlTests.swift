import Foundation
import TeXMLRecorder
import TeXMLSupport
import Testing

@testable import TeXMLSimulator

/// Telnyx Call Control `record_start` / `record_stop` / `record_pause` / `record_resume`
/// (reference 4.1, 2.5, 3.3).
struct CallControlTests {
    /// A TeXML call held in a 30 s `<Pause>`, with Call Control webhooks answered 200.
    static let holdFlow = flow("<Pause length=\"30\"/>")

    static func scenario(_ api: String, caller: String = "  - speak: 4s\n", extra: String = "") -> String {
        """
        dialect: texml
        call: { webhook_url: "https://app.example.com/telnyx" }
        webhooks:
          https://app.example.com/telnyx: { status: 200 }
        caller:
        \(caller)\(extra)
        api:
        \(api)
        """
    }

    /// One `record_start` at `at` with `body` (a YAML flow mapping).
    static func start(_ body: String, at: String = "1s") -> String {
        "  - { at: \(at), call_control: record_start, body: \(body) }\n"
    }

    func run(_ api: String, caller: String = "  - speak: 4s\n", extra: String = "", recorder: CapturingRecorder? = nil)
        -> SimulationResult
    {
        simulate(
            Self.holdFlow, Self.scenario(api, caller: caller, extra: extra),
            recorder: recorder ?? CapturingRecorder())
    }

    // MARK: Responses

    @Test func aValidRecordStartAnswersOkAndStartsARecording() {
        // 4.1 Responses: "200 {"data":{"result":"ok"}}".
        let result = run(Self.start("{ format: wav, channels: dual }"))
        let response = result.apiResponses.first
        #expect(response?.status == 200)
        #expect(response?.json == .fields(["data": .fields(["result": "ok"])]))
        #expect(result.events("recording.started").first?.string("source") == "CallControl")
    }

    @Test func missingFormatOrChannelsIs10004WithAPointer() {
        // 4.1: format and channels "required"; 10004 missing required parameter, "pointer is an
        // RFC 6901 JSON pointer".
        let result = run(Self.start("{ channels: dual }") + Self.start("{ format: mp3 }"))
        #expect(result.apiResponses.map(\.status) == [422, 422])
        #expect(result.apiResponses.map(\.telnyxCode) == ["10004", "10004"])
        #expect(result.apiResponses.map(\.telnyxPointer) == ["/format", "/channels"])
        #expect(result.events("recording.started").isEmpty)
    }

    @Test func anErrorHasTelnyxsErrorObjectWithSourceAndMetaURL() {
        // Telnyx's error object (telnyx-ruby APIError; the porting API's error envelope page):
        // code, title, detail, source.pointer at the field, meta.url at the code's page.
        let result = run(Self.start("{ channels: dual }"))
        let error = result.apiResponses.first?.telnyxError
        #expect(
            error
                == .fields([
                    "code": "10004", "title": "Missing required parameter",
                    "detail": "The 'format' parameter is required.", "source": .fields(["pointer": "/format"]),
                    "meta": .fields(["url": "https://developers.telnyx.com/docs/overview/errors/10004"]),
                ]))
        #expect(
            APIReply.telnyxError(status: 422, code: "90018", title: "t", detail: "d").body
                == .fields([
                    "errors": .array([
                        .fields([
                            "code": "90018", "title": "t", "detail": "d",
                            "meta": .fields(["url": "https://developers.telnyx.com/docs/overview/errors/90018"]),
                        ])
                    ])
                ]))
    }

    @Test func valuesOutsideTheirEnumerationAre10032() {
        // 4.1: format wav|mp3, channels single|dual, recording_track both|inbound|outbound,
        // trim trim-silence, transcription_engine A|B|deepgram/nova-3 → 10032 invalid enum value.
        let result = run(
            Self.start("{ format: flac, channels: dual }") + Self.start("{ format: wav, channels: stereo }")
                + Self.start("{ format: wav, channels: dual, recording_track: caller }")
                + Self.start("{ format: wav, channels: dual, trim: do-not-trim }")
                + Self.start("{ format: wav, channels: dual, transcription_engine: C }"))
        #expect(result.apiResponses.map(\.telnyxCode) == Array(repeating: "10032", count: 5))
        #expect(
            result.apiResponses.map(\.telnyxPointer) == [
                "/format", "/channels", "/recording_track", "/trim", "/transcription_engine",
            ])
    }

    @Test func nova3TranscribesEnglishOnly() {
        // 4.1: transcription_engine deepgram/nova-3 — "nova-3: en, en-* only".
        let result = run(
            Self.start(
                "{ format: wav, channels: dual, transcription: true, transcription_engine: deepgram/nova-3, transcription_language: fr-FR }"
            )
                + Self.start(
                    "{ format: wav, channels: dual, transcription: true, transcription_engine: deepgram/nova-3, transcription_language: en-AU }",
                    at: "2s"))
        #expect(result.apiResponses.map(\.status) == [422, 200])
        #expect(result.apiResponses.first?.telnyxPointer == "/transcription_language")
    }

    @Test func outOfRangeValuesAre10033() {
        // 4.1: max_length "int32 0–14400", timeout_secs "int32 ≥ 0", custom_file_name "1–40 chars"
        // → 10033 value out of range.
        let name41 = String(repeating: "n", count: 41)
        let result = run(
            Self.start("{ format: wav, channels: dual, max_length: 14401 }")
                + Self.start("{ format: wav, channels: dual, timeout_secs: -1 }")
                + Self.start("{ format: wav, channels: dual, custom_file_name: \(name41) }")
                + Self.start("{ format: wav, channels: dual, custom_file_name: \"\" }")
                + Self.start("{ format: wav, channels: dual, max_length: 14400 }", at: "2s"))
        #expect(result.apiResponses.map(\.telnyxCode) == ["10033", "10033", "10033", "10033", nil])
        #expect(result.apiResponses.last?.status == 200)
    }

    @Test func aMemberOfTheWrongJSONTypeIs10015() {
        // The schema types max_length `integer, format: int32` and play_beep `boolean`: a quoted
        // "10" or "yes" is a JSON string → 10015, Telnyx's "Bad Request" ("the request failed
        // because it was not well-formed", developers.telnyx.com API error codes).
        let result = run(
            Self.start("{ format: wav, channels: dual, max_length: \"10\" }")
                + Self.start("{ format: wav, channels: dual, play_beep: \"yes\" }"))
        #expect(result.apiResponses.map(\.telnyxCode) == ["10015", "10015"])
        #expect(result.apiResponses.map(\.telnyxPointer) == ["/max_length", "/play_beep"])
    }

    @Test func transcriptionOptionsAreCheckedAsTheSchemaTypesThem() {
        // StartRecordingRequest: transcription_language is a TranscriptionLanguage (a string
        // enum) → 10032; the speaker counts are `integer, format: int32` → 10015 for a string or
        // a fraction, 10033 past int32; the Google options are `boolean` → 10015 for "x" or 1.
        let base = "format: wav, channels: dual"
        let result = run(
            Self.start("{ \(base), transcription_language: xx-YY }")
                + Self.start("{ \(base), transcription_min_speaker_count: four }")
                + Self.start("{ \(base), transcription_max_speaker_count: 2.5 }")
                + Self.start("{ \(base), transcription_profanity_filter: x }")
                + Self.start("{ \(base), transcription_speaker_diarization: 1 }")
                + Self.start("{ \(base), transcription_max_speaker_count: 2147483648 }"))
        #expect(result.apiResponses.map(\.status) == Array(repeating: 422, count: 6))
        #expect(result.apiResponses.map(\.telnyxCode) == ["10032", "10015", "10015", "10015", "10015", "10033"])
        #expect(
            result.apiResponses.map(\.telnyxPointer) == [
                "/transcription_language", "/transcription_min_speaker_count", "/transcription_max_speaker_count",
                "/transcription_profanity_filter", "/transcription_speaker_diarization",
                "/transcription_max_speaker_count",
            ])
        #expect(result.events("recording.started").isEmpty)
    }

    @Test func transcriptionLanguageIsOneOfTheSchemasCodes() {
        // TranscriptionLanguage's enum: `en-US`, `auto_detect`, `pa-Guru-IN` and `no` are in it;
        // `zh-CN` (it has `zh`, `zh-TW`) and `EN-us` (case) are not → 10032.
        let languages = ["en-US", "auto_detect", "pa-Guru-IN", "\"no\"", "zh-CN", "EN-us"]
        let api = languages.map { Self.start("{ format: wav, channels: dual, transcription_language: \($0) }") }
        let result = run(api.joined())
        #expect(result.apiResponses.map(\.telnyxCode) == [nil, nil, nil, nil, "10032", "10032"])
        #expect(result.events("recording.started").count == 4)
    }

    @Test func anUnknownFieldIsIgnoredWithAWarning() {
        // The schema does not close StartRecordingRequest (no `additionalProperties: false`):
        // texml answers 200, records, and names the ignored field in a warning.
        let result = run(Self.start("{ format: wav, channels: dual, play_bep: true, max_lenght: 5 }"))
        #expect(result.apiResponses.first?.status == 200)
        #expect(result.events("recording.started").count == 1)
        #expect(result.events("record.beep").isEmpty)
        let warning = result.events("warning").first
        #expect(warning?["fields"] == .strings(["max_lenght", "play_bep"]))
        #expect(warning?.string("message")?.contains("StartRecordingRequest") == true)
    }

    @Test func clientStateMustBeBase64() {
        // 4.1 simulator rules: "check client_state is Base64, copy it verbatim".
        let result = run(
            Self.start("{ format: wav, channels: dual, client_state: \"not base64!\" }")
                + Self.start("{ format: wav, channels: dual, client_state: \"aGVsbG8=\" }", at: "2s"))
        #expect(result.apiResponses.map(\.status) == [422, 200])
        #expect(result.apiResponses.first?.telnyxCode == "10015")
        #expect(result.apiResponses.first?.telnyxPointer == "/client_state")
    }

    @Test func anUnknownCallIs90015() {
        // 4.1: 90015 invalid call control ID.
        let result = run(
            "  - { at: 1s, call_control: record_start, call: \"v3:nope\", body: { format: wav, channels: dual } }\n")
        #expect(result.apiResponses.first?.telnyxCode == "90015")
        #expect(result.events("recording.started").isEmpty)
    }

    @Test func aCommandAfterTheCallEndedIs90018() {
        // 4.1: 90018 call already ended.
        let result = run(Self.start("{ format: wav, channels: dual }", at: "40s"))
        #expect(result.apiResponses.first?.telnyxCode == "90018")
        let names = result.names
        #expect(names.firstIndex(of: "call.ended")! < names.firstIndex(of: "api.response")!)
    }

    @Test func aCommandWhileTheCallRingsIs90034() {
        // 4.1: 90034 call not answered yet — the first document takes 2 s to come.
        let result = simulate(
            Self.holdFlow,
            """
            dialect: texml
            webhooks:
              https://app.example.com/flow.xml: { respond: flow.xml, latency: 2s }
            api:
            \(Self.start("{ format: wav, channels: dual }"))\(Self.start("{ format: wav, channels: dual }", at: "3s"))
            """)
        #expect(result.apiResponses.map(\.status) == [422, 200])
        #expect(result.apiResponses.first?.telnyxCode == "90034")
    }

    @Test func aSecondTranscribedRecordingIs90054() {
        // 4.1: 90054 "transcription already active" (relevance inferred): while one recording is
        // transcribed, another transcribed record_start is refused; an untranscribed one runs, and
        // once they stop a transcribed one may start again.
        let result = run(
            Self.start("{ format: wav, channels: dual, transcription: true }")
                + Self.start("{ format: wav, channels: dual, transcription: true }", at: "2s")
                + Self.start("{ format: wav, channels: single }", at: "3s")
                + "  - { at: 4s, call_control: record_stop, body: {} }\n"
                + Self.start("{ format: mp3, channels: single, transcription: true }", at: "5s"))
        #expect(result.apiResponses.map(\.status) == [200, 422, 200, 200, 200])
        #expect(result.apiResponses[1].telnyxCode == "90054")
        #expect(result.apiResponses[1].telnyxPointer == "/transcription")
        #expect(result.events("recording.started").count == 3)
    }

    @Test func anUnknownActionIs404() {
        // Only the four record actions exist here: anything else is Telnyx's 10005 resource not found.
        let result = run("  - { at: 1s, call_control: record_restart, body: { format: wav, channels: dual } }\n")
        #expect(result.apiResponses.first?.status == 404)
        #expect(result.apiResponses.first?.telnyxCode == "10005")
    }

    @Test func stopWithAnUnknownRecordingIDOrNothingRunningIs10005() {
        // Simulator rule: a recording_id that names no recording in progress, or a stop with no
        // recording at all, is 422 10005 resource not found.
        let result = run(
            "  - { at: 1s, call_control: record_stop }\n" + Self.start("{ format: wav, channels: dual }", at: "2s")
                + "  - { at: 3s, call_control: record_pause, body: { recording_id: nope } }\n")
        #expect(result.apiResponses.map(\.telnyxCode) == ["10005", nil, "10005"])
        #expect(result.apiResponses.last?.telnyxPointer == "/recording_id")
    }

    // MARK: command_id and client_state

    @Test func aRepeatedCommandIDIsANoOpAnsweredOk() {
        // 4.1 simulator rules: "keep (call_control_id, command_id) pairs; a repeat is a no-op answered 200".
        let result = run(
            Self.start("{ format: wav, channels: dual, command_id: c1 }")
                + Self.start("{ format: wav, channels: dual, command_id: c1 }", at: "2s"))
        #expect(result.apiResponses.map(\.status) == [200, 200])
        #expect(result.events("recording.started").count == 1)
        #expect(result.events("api.ignored").first?.string("command_id") == "c1")
    }

    @Test func aRefusedCommandDoesNotUseItsCommandID() {
        // Simulator rule: only accepted commands are remembered, so a corrected retry runs.
        let result = run(
            Self.start("{ format: flac, channels: dual, command_id: c1 }")
                + Self.start("{ format: wav, channels: dual, command_id: c1 }", at: "2s"))
        #expect(result.apiResponses.map(\.status) == [422, 200])
        #expect(result.events("recording.started").count == 1)
    }

    @Test func webhooksEchoTheLatestClientStateVerbatim() {
        // 4.1: client_state "echoed in every later webhook"; a stop with a new one replaces it.
        let result = run(
            Self.start("{ format: wav, channels: dual, client_state: \"Zmlyc3Q=\" }")
                + "  - { at: 3s, call_control: record_stop, body: { client_state: \"c2Vjb25k\" } }\n")
        let saved = result.webhooks("call.recording.saved").first
        #expect(saved?["data"]?["payload"]?["client_state"] == .string("c2Vjb25k"))
        #expect(saved?["data"]?["event_type"] == .string("call.recording.saved"))
        #expect(saved?["data"]?["record_type"] == .string("event"))
        #expect(saved?["data"]?["occurred_at"] == .string("2026-01-01T00:00:03.000Z"))
        let payload = saved?["data"]?["payload"]
        #expect(payload?["recording_started_at"] == .string("2026-01-01T00:00:01.000Z"))
        #expect(payload?["recording_urls"]?["wav"]?.stringValue?.hasSuffix(".wav") == true)
        #expect(payload?["public_recording_urls"]?["wav"] != nil)
        #expect(payload?["call_control_id"] == .string(result.callSid))
        for key in ["call_leg_id", "call_session_id", "connection_id"] { #expect(payload?[key]?.stringValue != nil) }
        #expect(result.recordings.first?.metadata.labels["client_state"] == "c2Vjb25k")
    }

    @Test func withoutClientStateTheWebhookSaysNull() {
        let result = run(Self.start("{ format: mp3, channels: single }"))
        #expect(result.webhooks("call.recording.saved").first?["data"]?["payload"]?["client_state"] == .null)
    }

    // MARK: Effects on the recording

    @Test func dualPutsEachTrackOnItsChannelAndOneTrackIsMono() {
        // 3.3: "dual: channel 1 = parent leg"; 4.1 recording_track: "one track ⇒ mono".
        let recorder = CapturingRecorder()
        let result = run(
            Self.start("{ format: wav, channels: dual }")
                + Self.start("{ format: wav, channels: dual, recording_track: inbound }")
                + Self.start("{ format: wav, channels: single, recording_track: both }"),
            recorder: recorder)
        #expect(
            recorder.requests.map(\.channels) == [[[.inbound], [.outbound]], [[.inbound]], [[.inbound, .outbound]]])
        let channels = result.webhooks("call.recording.saved").map { $0["data"]?["payload"]?["channels"] }
        #expect(channels == [.string("dual"), .string("single"), .string("single")])
    }

    @Test func maxLengthCutsTheRecording() {
        // 4.1: max_length "int32 0–14400", "0 = unlimited".
        let recorder = CapturingRecorder()
        let result = run(
            Self.start("{ format: wav, channels: single, max_length: 2 }")
                + Self.start("{ format: wav, channels: single, max_length: 0 }"),
            recorder: recorder)
        let stops = result.events("recording.stopped").map { $0.string("reason") }
        #expect(stops == ["max-length", "call-ended"])
        #expect(recorder.requests.first?.parts == [.audio(start: 1000, end: 3000)])
        #expect(result.recordings.first?.artifact?.frames == Int64(2 * 8000))
    }

    @Test func maxLengthStopsOnTimeEvenWithACommandPendingBeforeTheNextCallerEvent() {
        // A command due later must not hold back an earlier self-stop (max_length, silence).
        let result = run(
            Self.start("{ format: wav, channels: single, max_length: 2 }")
                + "  - { at: 5s, call_control: record_pause, body: { recording_id: none } }\n",
            caller: "  - speak: 10s\n")
        #expect(result.events("recording.stopped").first?.seconds == "3.000")
    }

    @Test func timeoutSecsCountsOnlyAfterSpeech() {
        // 2.5: "timeout_secs count only after detected speech …; leading silence never ends a recording".
        let recorder = CapturingRecorder()
        let result = run(
            Self.start("{ format: wav, channels: single, recording_track: inbound, timeout_secs: 2 }"),
            caller: "  - silence: 5s\n  - speak: 3s\n", recorder: recorder)
        let stopped = result.events("recording.stopped").first
        #expect(stopped?.string("reason") == "silence")
        // Speech 5–8 s, then 2 s of silence: it stops at 10 s, not 2 s after it started.
        #expect(stopped?.seconds == "10.000")
    }

    @Test func theBeepIsInTheFileAndDoesNotArmTheSilenceTimer() {
        // 4.1 play_beep (default unconfirmed: off here); 2.5 the timer waits for speech, and a
        // beep is not speech.
        let recorder = CapturingRecorder()
        let result = run(
            Self.start("{ format: wav, channels: dual, play_beep: true, timeout_secs: 1 }")
                + Self.start("{ format: wav, channels: dual }", at: "6s"),
            caller: "  - silence: 20s\n", recorder: recorder)
        #expect(result.events("record.beep").count == 1)
        let beeps = recorder.audio.first?.outbound.filter { $0.sound == .beep }
        #expect(beeps?.map { [$0.start, $0.end] } == [[1000, 1500]])
        #expect(recorder.requests.first?.parts.first == .audio(start: 1000, end: 30000))
        #expect(result.events("recording.stopped").allSatisfy { $0.string("reason") == "call-ended" })
    }

    @Test func trimAndFormatReachTheRecorder() {
        // 4.1: trim "trim-silence — trims both ends"; format wav | mp3.
        let recorder = CapturingRecorder()
        let result = run(
            Self.start("{ format: mp3, channels: single, trim: trim-silence }")
                + Self.start("{ format: wav, channels: single }"), recorder: recorder)
        #expect(recorder.requests.map(\.trimSilence) == [true, false])
        #expect(result.recordings.compactMap(\.artifact?.format) == [.mp3, .wav])
    }

    @Test func customFileNameGetsTheTimestampSuffixElseCallLegID() {
        // 4.1: custom_file_name "Unix-timestamp suffix still added"; default "(call_leg_id)".
        let result = run(
            Self.start("{ format: wav, channels: single, custom_file_name: \"intake/2\" }", at: "3s")
                + Self.start("{ format: mp3, channels: single }", at: "4s"))
        let files = result.recordings.compactMap(\.artifact?.fileName)
        let start = CallRun.virtualEpoch
        // A "/" would leave the output directory: it becomes "_".
        #expect(files.contains("intake_2-\(start + 3).wav"))
        let legID = result.webhooks("call.recording.saved").first?["data"]?["payload"]?["call_leg_id"]?.stringValue
        #expect(legID != nil)
        #expect(files.contains("\(legID ?? "")-\(start + 4).mp3"))
    }

    @Test func pauseKeepsSilenceOrSkipsPerSetting() {
        // Call Control's pause is not documented further: the scenario setting pause_behavior decides.
        let api =
            Self.start("{ format: wav, channels: single }") + "  - { at: 3s, call_control: record_pause }\n"
            + "  - { at: 6s, call_control: record_resume }\n" + "  - { at: 8s, call_control: record_stop }\n"
        let silence = run(api, caller: "  - speak: 10s\n")
        let skip = run(api, caller: "  - speak: 10s\n", extra: "\nsettings:\n  pause_behavior: skip")
        // Captured 2 s + 2 s; the 3 s pause is silence in one file and gone from the other.
        #expect(silence.recordings.first?.artifact?.durationMilliseconds == 7000)
        #expect(skip.recordings.first?.artifact?.durationMilliseconds == 4000)
    }

    @Test func pausingTwiceOrResumingARunningRecordingChangesNothing() {
        // Simulator rule (docs silent): such a command is answered ok, traced as recording.unchanged, and has no effect.
        let result = run(
            Self.start("{ format: wav, channels: single }") + "  - { at: 2s, call_control: record_resume }\n"
                + "  - { at: 3s, call_control: record_pause }\n" + "  - { at: 4s, call_control: record_pause }\n")
        #expect(result.apiResponses.map(\.status) == [200, 200, 200, 200])
        #expect(result.events("recording.paused").count == 1)
        #expect(result.events("recording.resumed").isEmpty)
        #expect(result.events("recording.unchanged").map { $0.string("reason") } == ["not paused", "already paused"])
    }

    @Test func stopWithoutRecordingIDStopsEveryCallControlRecordingOnly() {
        // 4.1: "without recording_id, which recordings are affected is unconfirmed (suggest: all active)".
        let result = simulate(
            flow("<Start><Recording/></Start><Pause length=\"10\"/>"),
            Self.scenario(
                Self.start("{ format: wav, channels: single }") + Self.start("{ format: mp3, channels: single }")
                    + "  - { at: 3s, call_control: record_stop }\n"))
        let reasons = result.events("recording.stopped").map { $0.string("reason") }
        #expect(reasons == ["record_stop", "record_stop", "call-ended"])
    }

    // MARK: Webhooks

    @Test func transcriptionSavedCarriesWhatTheRecordingHeard() {
        // 4.1 webhooks: call.recording.transcription.saved after the saved webhook; the text is the
        // scenario's transcripts of speech the recording captured (none while paused).
        let result = run(
            Self.start("{ format: wav, channels: single, transcription: true }", at: "500ms")
                + "  - { at: 4s, call_control: record_pause }\n" + "  - { at: 6s, call_control: record_resume }\n",
            caller: "  - speak: { duration: 2s, says: \"first words\" }\n  - silence: 2s\n"
                + "  - speak: { duration: 1s, says: \"while paused\" }\n  - silence: 2s\n"
                + "  - speak: { duration: 1s, says: \"after resume\" }\n")
        let names = result.events("http.request").compactMap { $0.string("purpose") }
        #expect(names == ["voice", "call.recording.saved", "call.recording.transcription.saved"])
        let payload = result.webhooks("call.recording.transcription.saved").first?["data"]?["payload"]
        #expect(payload?["transcription_text"] == .string("first words after resume"))
        #expect(payload?["recording_id"] == .string(result.recordings.first?.metadata.sid ?? ""))
        #expect(payload?["status"] == .string("completed"))
    }

    @Test func aRecorderFailureSendsRecordingError() {
        // 4.1: call.recording.error payload "reason" (… internal error).
        let recorder = CapturingRecorder()
        recorder.failure = (true, RecorderError(.writeFailed, path: "/out/x.wav", "disk full"))
        let result = run(Self.start("{ format: wav, channels: single, client_state: \"eA==\" }"), recorder: recorder)
        let error = result.webhooks("call.recording.error").first?["data"]?["payload"]
        #expect(error?["reason"] == .string("Internal server error"))
        #expect(error?["client_state"] == .string("eA=="))
        #expect(result.webhooks("call.recording.saved").isEmpty)
    }

    @Test func withoutAWebhookURLNothingIsSentAndItIsSaidOnce() {
        let result = simulate(
            Self.holdFlow,
            """
            dialect: texml
            caller:
              - speak: 3s
            api:
            \(Self.start("{ format: wav, channels: single }"))\(Self.start("{ format: mp3, channels: single }"))
            """)
        #expect(result.requests("call.recording.saved").isEmpty)
        #expect(result.events("warning").filter { $0.string("message")?.contains("webhook_url") == true }.count == 1)
        #expect(result.recordings.count == 2)
    }

    @Test func silentRecordingsAreSavedNotAbsent() {
        // Telnyx documents no absent status for Call Control: a silent recording is still saved.
        let result = run(Self.start("{ format: wav, channels: single, recording_track: outbound }"))
        #expect(result.recordings.first?.metadata.status == "completed")
        #expect(result.webhooks("call.recording.saved").count == 1)
    }

    // MARK: Media: 90020, 90045 and streaming

    /// One `streaming_start` at `at` with `body`.
    static func stream(_ body: String, at: String = "1s") -> String {
        "  - { at: \(at), call_control: streaming_start, body: \(body) }\n"
    }

    static let wss = "\"wss://media.example.com/socket\""

    @Test func recordStartBeforeTheMediaStartsIs90020() {
        // 4.1: 90020 "recording before audio started". settings media_start_delay: the media starts
        // that long after the answer (the first document takes 2 s: answered at 2 s, media at 5 s).
        let result = simulate(
            Self.holdFlow,
            """
            dialect: texml
            settings: { media_start_delay: 3s }
            webhooks:
              https://app.example.com/flow.xml: { respond: flow.xml, latency: 2s }
            api:
            \(Self.start("{ format: wav, channels: dual }", at: "4s"))\(Self.start("{ format: wav, channels: dual }", at: "5s"))
            """)
        #expect(result.apiResponses.map(\.status) == [422, 200])
        #expect(result.apiResponses.first?.telnyxCode == "90020")
        #expect(result.apiResponses.first?.telnyxError?["title"] == .string("Recording before audio started"))
        #expect(result.events("recording.started").count == 1)
    }

    @Test func withoutAMediaStartDelayARecordingAtTheAnswerRuns() {
        // Default media_start_delay 0: a simulated call has audio from its answer, so 90020 never
        // comes unless a scenario asks for it.
        let result = run("  - { on: answer, call_control: record_start, body: { format: wav, channels: dual } }\n")
        #expect(result.apiResponses.map(\.status) == [200])
    }

    @Test func theMediaSettingsAreCheckedWhenTheScenarioLoads() {
        // settings: media_start_delay is a duration, stream_blocks_recording a boolean; anything
        // else is a located scenario diagnostic, not a crash or a silent default.
        let (good, goodDiagnostics) = loadScenario(
            "flow: f.xml\nsettings: { media_start_delay: 1.5s, stream_blocks_recording: false }\n")
        #expect(goodDiagnostics.isEmpty)
        #expect(good?.scenario.settings[\.callControl.mediaStartDelay] == .milliseconds(1500))
        #expect(good?.scenario.settings[\.callControl.streamBlocksRecording] == false)
        let (_, bad) = loadScenario(
            "flow: f.xml\nsettings: { media_start_delay: soon, stream_blocks_recording: maybe }\n")
        #expect(bad.map(\.range.start.line) == [2, 2])
    }

    @Test func recordStartWhileAStreamRunsIs90045() {
        // 4.1: 90045 "media streaming in use" (applicability unconfirmed: on by default, behind
        // stream_blocks_recording). Once the stream is stopped, record_start runs.
        let result = run(
            Self.stream("{ stream_url: \(Self.wss) }") + Self.start("{ format: wav, channels: dual }", at: "2s")
                + "  - { at: 3s, call_control: streaming_stop, body: {} }\n"
                + Self.start("{ format: wav, channels: dual }", at: "4s"))
        #expect(result.apiResponses.map(\.status) == [200, 422, 200, 200])
        #expect(result.apiResponses[1].telnyxCode == "90045")
        #expect(result.events("recording.started").count == 1)
    }

    @Test func aStartStreamInTheFlowBlocksRecordingToo() {
        // 90045 is about the call's media: a <Start><Stream> of the TeXML flow counts as a stream.
        let result = simulate(
            flow("<Start><Stream url=\"wss://media.example.com/socket\"/></Start><Pause length=\"10\"/>"),
            Self.scenario(Self.start("{ format: wav, channels: dual }")))
        #expect(result.apiResponses.first?.telnyxCode == "90045")
    }

    @Test func streamBlocksRecordingFalseLetsTheRecordingRun() {
        // The setting turns the unconfirmed rule off: stream and recording run together.
        let result = run(
            Self.stream("{ stream_url: \(Self.wss) }") + Self.start("{ format: wav, channels: dual }", at: "2s"),
            extra: "settings: { stream_blocks_recording: false }\n")
        #expect(result.apiResponses.map(\.status) == [200, 200])
        #expect(result.events("recording.started").count == 1)
    }

    @Test func streamingStartChecksItsBody() {
        // Telnyx API reference, streaming_start: the media goes "to a specific WebSocket address or
        // Dialogflow connection" (no stream_url and no enable_dialogflow → 10004); stream_track
        // inbound_track|outbound_track|both_tracks, stream_codec and stream_bidirectional_mode enums
        // → 10032; a stream_url that is no ws(s):// address → 10003 Invalid URL (inferred).
        // (`flow:` written out: "enable_dialogflow:" would pass for it in the test helper.)
        let result = simulate(
            Self.holdFlow,
            "flow: flow.xml\n"
                + Self.scenario(
                    Self.stream("{}") + Self.stream("{ stream_url: \(Self.wss), stream_track: both }")
                        + Self.stream("{ stream_url: \(Self.wss), stream_codec: MP3 }")
                        + Self.stream("{ stream_url: \(Self.wss), stream_bidirectional_mode: flac }")
                        + Self.stream("{ stream_url: \"https://media.example.com/socket\" }")
                        + Self.stream("{ stream_url: 42 }") + Self.stream("{ enable_dialogflow: true }", at: "2s")))
        #expect(result.apiResponses.map(\.telnyxCode) == ["10004", "10032", "10032", "10032", "10003", "10015", nil])
        #expect(
            result.apiResponses.map(\.telnyxPointer) == [
                "/stream_url", "/stream_track", "/stream_codec", "/stream_bidirectional_mode", "/stream_url",
                "/stream_url", nil,
            ])
        #expect(result.events("stream.started").count == 1)
        #expect(result.events("stream.started").first?["url"] == nil)
    }

    @Test func streamingStartAndStopSendTheirWebhooks() {
        // Telnyx webhooks streaming.started / streaming.stopped: call identifiers, client_state,
        // stream_url (SDK payload CallStreamingStopped); stream_track defaults to inbound_track.
        let result = run(
            Self.stream("{ stream_url: \(Self.wss), client_state: \"aGk=\" }")
                + "  - { at: 3s, call_control: streaming_stop, body: { client_state: \"Ynll\" } }\n")
        #expect(result.apiResponses.map(\.status) == [200, 200])
        let started = result.events("stream.started").first
        #expect(started?.string("source") == "call_control")
        #expect(started?.string("track") == "inbound_track")
        #expect(started?.string("url") == "wss://media.example.com/socket")
        let stopped = result.events("stream.stopped").first
        #expect(stopped?.string("reason") == "streaming_stop")
        #expect(stopped?.string("streamed") == "2.000")
        let first = result.webhooks("streaming.started").first?["data"]?["payload"]
        #expect(first?["stream_url"] == .string("wss://media.example.com/socket"))
        #expect(first?["client_state"] == .string("aGk="))
        #expect(first?["stream_id"] == .string(started?.string("StreamSid") ?? "?"))
        let last = result.webhooks("streaming.stopped").first?["data"]?["payload"]
        #expect(last?["client_state"] == .string("Ynll"))
    }

    @Test func aStreamEndsWithTheCall() throws {
        // A stream runs until it is stopped or the call ends: stopped after call.ended, webhook sent.
        let result = run(Self.stream("{ stream_url: \(Self.wss) }"))
        let names = result.names
        let ended = try #require(names.firstIndex(of: "call.ended"))
        #expect(try #require(names.firstIndex(of: "stream.stopped")) > ended)
        #expect(result.events("stream.stopped").first?.string("reason") == "call-ended")
        #expect(result.webhooks("streaming.stopped").count == 1)
    }

    @Test func streamingStopByIDStopsThatStreamOnly() {
        // API reference: stream_id "Identifies the stream. If the stream_id is not provided the
        // command stops all streams associated with a given call_control_id."; an unknown one,
        // or nothing streaming, is 422 10005 (inferred, as for recordings).
        let two = Self.stream("{ stream_url: \(Self.wss) }") + Self.stream("{ stream_url: \(Self.wss) }")
        let ids = run(two).events("stream.started").compactMap { $0.string("StreamSid") }
        #expect(ids.count == 2)
        let result = run(
            "  - { at: 0.5s, call_control: streaming_stop }\n" + two
                + "  - { at: 2s, call_control: streaming_stop, body: { stream_id: \"\(ids[1])\" } }\n"
                + "  - { at: 3s, call_control: streaming_stop, body: { stream_id: nope } }\n"
                + "  - { at: 4s, call_control: streaming_stop }\n")
        #expect(result.apiResponses.map(\.telnyxCode) == ["10005", nil, nil, nil, "10005", nil])
        #expect(result.apiResponses[4].telnyxPointer == "/stream_id")
        #expect(result.events("stream.stopped").compactMap { $0.string("StreamSid") } == [ids[1], ids[0]])
    }

    @Test func streamingCommandsCheckTheCall() {
        // 4.1: 90034 not answered yet, 90018 call already ended, 90015 unknown call — for every action.
        let result = simulate(
            Self.holdFlow,
            """
            dialect: texml
            webhooks:
              https://app.example.com/flow.xml: { respond: flow.xml, latency: 2s }
            api:
            \(Self.stream("{ stream_url: \(Self.wss) }"))\(Self.stream("{ stream_url: \(Self.wss) }", at: "40s"))  - { at: 3s, call_control: streaming_stop, call: "v3:nope" }
            """)
        #expect(result.apiResponses.map(\.telnyxCode) == ["90034", "90015", "90018"])
        #expect(result.events("stream.started").isEmpty)
    }

    @Test func base64Check() {
        #expect(CallControlBody.isBase64("aGVsbG8="))
        #expect(CallControlBody.isBase64(""))
        #expect(!CallControlBody.isBase64("aGVsbG8"))
        #expect(!CallControlBody.isBase64("a===") && !CallControlBody.isBase64("ab c"))
    }
}

extension SimulationResult {
    var apiResponses: [TraceEvent] { events("api.response") }

    var callSid: String { events("call.started").first?.string("CallSid") ?? "" }

    /// The JSON bodies of the webhooks sent for `purpose`.
    func webhooks(_ purpose: String) -> [JSONValue] {
        requests(purpose).compactMap { if case .json(let body)? = $0["body"] { body } else { nil } }
    }
}

extension TraceEvent {
    var status: Int? { if case .int(let status)? = self["status"] { status } else { nil } }
    var json: JSONValue? { if case .json(let body)? = self["body"] { body } else { nil } }

    /// `errors[0]` of a Telnyx error body.
    var telnyxError: JSONValue? {
        guard case .array(let errors)? = json?["errors"] else { return nil }
        return errors.first
    }

    var telnyxCode: String? { telnyxError?["code"]?.stringValue }
    var telnyxPointer: String? { telnyxError?["source"]?["pointer"]?.stringValue }
}
