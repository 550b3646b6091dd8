import Foundation
import TeXMLRecorder
import Testing

@testable import TeXMLSimulator

/// The TwiML-style REST recordings API: Twilio's `2010-04-01` on TwiML calls, Telnyx's `/v2/texml`
/// on TeXML calls (reference 4.2, 3.1–3.3, 6 "REST start defaults").
struct TeXMLRESTTests {
    static let create = "Calls/{CallSid}/Recordings.json"
    static let update = "Calls/{CallSid}/Recordings/{RecordingSid}.json"

    /// A call held in a 30 s `<Pause>` while the caller talks, with `api` commands.
    func run(
        _ dialect: String, _ api: String, caller: String = "  - speak: 10s\n", extra: String = "",
        recorder: CapturingRecorder = CapturingRecorder()
    ) -> SimulationResult {
        simulate(
            flow("<Pause length=\"30\"/>"),
            """
            dialect: \(dialect)
            webhooks:
              https://app.example.com/status: { status: 204 }
            caller:
            \(caller)\(extra)
            api:
            \(api)
            """, recorder: recorder)
    }

    static func command(_ target: String, at: String, _ body: String = "{}", call: String? = nil) -> String {
        "  - { at: \(at), texml_rest: \"\(target)\", body: \(body)\(call.map { ", call: \"\($0)\"" } ?? "") }\n"
    }

    // MARK: Twilio

    @Test func twilioCreateAnswers201WithTheResourceAndTwilioDefaults() {
        // 4.2/6 "REST start defaults": Twilio mono, do-not-trim, both; create answers 201 with the
        // recording (status in-progress, source StartCallRecordingAPI, RFC 2822 dates).
        let recorder = CapturingRecorder()
        let result = run("twiml", Self.command(Self.create, at: "1s"), recorder: recorder)
        let response = result.apiResponses.first
        #expect(response?.status == 201)
        let body = response?.json
        #expect(body?["status"] == .string("in-progress"))
        #expect(body?["source"] == .string("StartCallRecordingAPI"))
        #expect(body?["channels"] == .number("1"))
        #expect(body?["track"] == .string("both"))
        #expect(body?["start_time"] == .string("Thu, 01 Jan 2026 00:00:01 +0000"))
        #expect(body?["conference_sid"] == .null)
        #expect(body?["duration"] == .null)
        #expect(body?["api_version"] == .string("2010-04-01"))
        #expect(body?["uri"]?.stringValue?.hasPrefix("/2010-04-01/Accounts/AC") == true)
        #expect(recorder.requests.first?.channels == [[.inbound, .outbound]])
        #expect(recorder.requests.first?.trimSilence == false)
        #expect(recorder.requests.first?.format == .wav)
        #expect(result.events("record.beep").isEmpty)
    }

    @Test func twilioUnknownCallAndRecordingAre20404() {
        // Twilio: "404 … {"code":20404,"message":"The requested resource … was not found"}".
        let result = run(
            "twiml",
            Self.command(Self.create, at: "1s", call: "CA00000000000000000000000000000000")
                + Self.command("Calls/{CallSid}/Recordings/RE0.json", at: "1s", "{ Status: paused }")
                + Self.command("Calls/{CallSid}/Transcriptions.json", at: "1s"))
        #expect(result.apiResponses.map(\.status) == [404, 404, 404])
        #expect(result.apiResponses.map(\.twilioCode) == [20404, 20404, 20404])
        #expect(
            result.apiResponses.first?.json?["more_info"] == .string("https://www.twilio.com/docs/errors/20404"))
        #expect(result.apiResponses.first?.json?["message"]?.stringValue?.hasSuffix("was not found") == true)
    }

    @Test func twilioACallNotInProgressIs21220() {
        // 21220: "You attempted a realtime operation on a Call that was not in-progress. Calls that
        // have completed cannot be recorded".
        let ringing = simulate(
            flow("<Pause length=\"5\"/>"),
            """
            webhooks:
              https://app.example.com/flow.xml: { respond: flow.xml, latency: 2s }
            api:
            \(Self.command(Self.create, at: "1s"))\(Self.command(Self.create, at: "20s"))
            """)
        #expect(ringing.apiResponses.map(\.twilioCode) == [21220, 21220])
        #expect(ringing.apiResponses.map(\.status) == [400, 400])
    }

    @Test func twilioBadParameterValuesAre400() {
        // 4.2: RecordingChannels mono|dual, Trim trim-silence|do-not-trim, RecordingTrack
        // inbound|outbound|both, method GET|POST; update Status and PauseBehavior → Twilio's 400.
        let result = run(
            "twiml",
            Self.command(Self.create, at: "1s", "{ RecordingChannels: single }")
                + Self.command(Self.create, at: "1s", "{ Trim: yes }")
                + Self.command(Self.create, at: "1s", "{ RecordingTrack: caller }")
                + Self.command(Self.create, at: "1s", "{ RecordingStatusCallbackMethod: PUT }")
                + Self.command(Self.create, at: "2s")
                + Self.command(Self.update, at: "3s", "{ Status: completed }")
                + Self.command(Self.update, at: "3s", "{ Status: paused, PauseBehavior: drop }")
                + Self.command(Self.update, at: "3s", "{ PauseBehavior: skip }"))
        #expect(result.apiResponses.map(\.status) == [400, 400, 400, 400, 201, 400, 400, 400])
        #expect(result.apiResponses.filter { $0.status == 400 }.allSatisfy { $0.twilioCode == 400 })
        #expect(result.events("recording.started").count == 1)
        #expect(result.events("recording.paused").isEmpty)
    }

    @Test func twilioGoesOnWithWarningsForWhatItIgnores() {
        // 20001 "parameters … not recognized and were ignored"; 13621 invalid
        // recordingStatusCallbackEvent; 13256 "the recording will be processed, but status
        // notifications will not be sent".
        let result = run(
            "twiml",
            Self.command(
                Self.create, at: "1s",
                "{ PlayBeep: \"true\", RecordingStatusCallbackEvent: \"in-progress failed\", RecordingStatusCallback: \"nope\" }"
            ))
        #expect(result.apiResponses.first?.status == 201)
        let codes = result.events("warning").compactMap { if case .int(let code)? = $0["code"] { code } else { nil } }
        #expect(codes == [20001, 13621, 13256])
        #expect(result.requests("recordingStatusCallback").isEmpty)
    }

    @Test func twilioStatusCallbacksFollowTheSubscription() {
        // 3.1: in-progress "sent at once", completed when processed; method GET|POST.
        let result = run(
            "twiml",
            Self.command(
                Self.create, at: "1s",
                "{ RecordingStatusCallback: \"https://app.example.com/status\", RecordingStatusCallbackMethod: GET, RecordingStatusCallbackEvent: \"in-progress completed\" }"
            ) + Self.command(Self.update, at: "5s", "{ Status: stopped }"))
        let callbacks = result.requests("recordingStatusCallback")
        #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["in-progress", "completed"])
        #expect(callbacks.allSatisfy { $0.string("method") == "GET" })
        #expect(callbacks.last?.parameter("RecordingSource") == "StartCallRecordingAPI")
        #expect(callbacks.last?.parameter("RecordingDuration") == "4")
        #expect(result.apiResponses.last?.json?["status"] == .string("stopped"))
    }

    @Test func pauseBehaviorSkipCutsThePauseAndSilenceKeepsIt() {
        // 4.2: "Twilio's update also takes PauseBehavior skip | silence (silence)".
        let api = { (behavior: String) in
            Self.command(Self.create, at: "1s")
                + Self.command(Self.update, at: "3s", "{ Status: paused\(behavior) }")
                + Self.command(Self.update, at: "6s", "{ Status: in-progress }")
                + Self.command(Self.update, at: "8s", "{ Status: stopped }")
        }
        let skip = run("twiml", api(", PauseBehavior: skip"))
        let silence = run("twiml", api(""))
        // Captured 2 s + 2 s; a 3 s pause in between.
        #expect(skip.recordings.first?.artifact?.durationMilliseconds == 4000)
        #expect(silence.recordings.first?.artifact?.durationMilliseconds == 7000)
        #expect(skip.apiResponses.map { $0.json?["status"] } == ["in-progress", "paused", "in-progress", "stopped"])
    }

    @Test func twilioCurrentNamesTheOneRecordingRunning() {
        // 4.2: "Twilio.CURRENT as SID"; none → 404; two → 16108 "more than one active recording".
        let current = "Calls/{CallSid}/Recordings/Twilio.CURRENT.json"
        let result = run(
            "twiml",
            Self.command(current, at: "1s", "{ Status: paused }") + Self.command(Self.create, at: "2s")
                + Self.command(Self.create, at: "2s") + Self.command(current, at: "3s", "{ Status: paused }")
                + Self.command(Self.update, at: "4s", "{ Status: stopped }")
                + Self.command(current, at: "5s", "{ Status: stopped }"))
        #expect(result.apiResponses.map(\.status) == [404, 201, 201, 400, 200, 200])
        #expect(result.apiResponses[3].twilioCode == 16108)
        #expect(result.events("recording.stopped").count == 2)
    }

    @Test func aStoppedRecordingCannotBePausedOrResumed() {
        // Simulator rule: once stopped, only Status=stopped is answered (with the resource).
        let result = run(
            "twiml",
            Self.command(Self.create, at: "1s") + Self.command(Self.update, at: "2s", "{ Status: stopped }")
                + Self.command(Self.update, at: "3s", "{ Status: in-progress }")
                + Self.command(Self.update, at: "3s", "{ Status: stopped }"))
        #expect(result.apiResponses.map(\.status) == [201, 200, 400, 200])
        #expect(result.events("recording.stopped").count == 1)
    }

    @Test func pausingAPausedRecordingChangesNothing() {
        // Simulator rule (docs silent): answered with the resource, traced as recording.unchanged, no second pause.
        let result = run(
            "twiml",
            Self.command(Self.create, at: "1s") + Self.command(Self.update, at: "2s", "{ Status: paused }")
                + Self.command(Self.update, at: "3s", "{ Status: paused }")
                + Self.command(Self.update, at: "4s", "{ Status: in-progress }")
                + Self.command(Self.update, at: "5s", "{ Status: in-progress }"))
        #expect(result.apiResponses.map(\.status) == [201, 200, 200, 200, 200])
        #expect(result.events("recording.paused").count == 1)
        #expect(result.events("recording.resumed").count == 1)
        #expect(result.events("recording.unchanged").map { $0.string("reason") } == ["already paused", "not paused"])
    }

    @Test func restUpdatesReachStartRecordingToo() {
        // 1.2: a <Start><Recording> "Ends … on REST Status=stopped (both)".
        let result = simulate(
            flow("<Start><Recording/></Start><Pause length=\"10\"/>"),
            "caller:\n  - speak: 5s\napi:\n"
                + Self.command("Calls/{CallSid}/Recordings/Twilio.CURRENT.json", at: "3s", "{ Status: stopped }"))
        #expect(result.apiResponses.first?.status == 200)
        #expect(result.events("recording.stopped").first?.string("reason") == "rest-stopped")
    }

    // MARK: Telnyx

    @Test func telnyxCreateUsesTelnyxDefaults() {
        // 4.2: PlayBeep true, RecordingChannels dual, RecordingTrack both; 200 with the recording;
        // Telnyx's API reference shows ISO 8601 dates.
        let recorder = CapturingRecorder()
        let result = run("texml", Self.command(Self.create, at: "1s"), recorder: recorder)
        let response = result.apiResponses.first
        #expect(response?.status == 200)
        #expect(response?.json?["channels"] == .number("2"))
        #expect(response?.json?["date_created"] == .string("2026-01-01T00:00:01Z"))
        #expect(response?.json?["api_version"] == nil)
        #expect(recorder.requests.first?.channels == [[.inbound], [.outbound]])
        #expect(recorder.requests.first?.format == .mp3)
        // The beep plays on the outbound track as the recording starts, so it is in the file.
        #expect(recorder.audio.first?.outbound.first { $0.sound == .beep }.map { [$0.start, $0.end] } == [1000, 1500])
    }

    @Test func telnyxRecordingDatesAreISO8601AsTelnyxsCurrentSpecificationWrites() {
        // The reference (4.2) says RFC 2822, after Telnyx's older example "Fri, 11 Aug 2023
        // 19:12:11 +0000". Telnyx's OpenAPI specification (team-telnyx/openapi, openapi/spec3.yml,
        // from 2026-02-06) types date_created, date_updated and start_time of
        // TexmlCreateCallRecordingResponseBody as `DateTimeRFC2822`: `format: date-time`,
        // example '2023-08-11T19:12:11Z'; its SDKs parse them as date-times. So: ISO 8601, whole
        // seconds, UTC, on create, pause and stop alike; Twilio keeps RFC 2822.
        let result = run(
            "texml",
            Self.command(Self.create, at: "1s") + Self.command(Self.update, at: "3s", "{ Status: paused }")
                + Self.command(Self.update, at: "7s", "{ Status: stopped }"))
        let bodies = result.apiResponses.compactMap(\.json)
        #expect(bodies.count == 3)
        let iso = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/
        for body in bodies {
            for key in ["date_created", "date_updated", "start_time"] {
                let text = body[key]?.stringValue ?? ""
                #expect(text.wholeMatch(of: iso) != nil, "\(key) is \(text)")
            }
        }
        #expect(bodies.map { $0["start_time"] } == Array(repeating: .string("2026-01-01T00:00:01Z"), count: 3))
        #expect(bodies.map { $0["date_created"] } == Array(repeating: .string("2026-01-01T00:00:01Z"), count: 3))
        #expect(
            bodies.map { $0["date_updated"]?.stringValue } == [
                "2026-01-01T00:00:01Z", "2026-01-01T00:00:03Z", "2026-01-01T00:00:07Z",
            ])
    }

    @Test func telnyxSingleRecordsOneMixedChannelWithoutBeep() {
        // 4.2: RecordingChannels "single (mixed)"; PlayBeep false.
        let recorder = CapturingRecorder()
        let result = run(
            "texml", Self.command(Self.create, at: "1s", "{ RecordingChannels: single, PlayBeep: \"false\" }"),
            recorder: recorder)
        #expect(recorder.requests.first?.channels == [[.inbound, .outbound]])
        #expect(result.events("record.beep").isEmpty)
    }

    @Test func telnyxBadValuesAre422With10032() {
        // 4.2: RecordingChannels single|dual (no mono), PlayBeep / SendRecordingUrl bool, events
        // in-progress completed absent, Status in-progress|paused|stopped.
        let result = run(
            "texml",
            Self.command(Self.create, at: "1s", "{ RecordingChannels: mono }")
                + Self.command(Self.create, at: "1s", "{ PlayBeep: maybe }")
                + Self.command(Self.create, at: "1s", "{ SendRecordingUrl: yes }")
                + Self.command(Self.create, at: "1s", "{ RecordingStatusCallbackEvent: \"completed failed\" }")
                + Self.command(Self.create, at: "2s") + Self.command(Self.update, at: "3s", "{ Status: done }"))
        #expect(result.apiResponses.map(\.status) == [422, 422, 422, 422, 200, 422])
        #expect(result.apiResponses.map(\.telnyxCode) == ["10032", "10032", "10032", "10032", nil, "10032"])
        #expect(result.apiResponses.first?.telnyxError?["source"]?["parameter"] == .string("RecordingChannels"))
    }

    @Test func telnyxRelativeCallbackURLIs10003() {
        // Telnyx 10003 "Invalid URL: The URL provided was invalid, malformed".
        let result = run("texml", Self.command(Self.create, at: "1s", "{ RecordingStatusCallback: /status }"))
        #expect(result.apiResponses.first?.telnyxCode == "10003")
        #expect(result.events("recording.started").isEmpty)
    }

    @Test func telnyxUnknownCallOrRecordingIs404() {
        // 4.2: "404: unknown call" — Telnyx's 10005 resource not found; Twilio.CURRENT is Twilio's.
        let result = run(
            "texml",
            Self.command(Self.create, at: "1s", call: "v3:nope") + Self.command(Self.create, at: "2s")
                + Self.command("Calls/{CallSid}/Recordings/Twilio.CURRENT.json", at: "3s", "{ Status: paused }"))
        #expect(result.apiResponses.map(\.status) == [404, 200, 404])
        #expect(result.apiResponses.map(\.telnyxCode) == ["10005", nil, "10005"])
    }

    @Test func telnyxCallStateErrorsAre90034And90018() {
        // As Call Control: 90034 call not answered yet, 90018 call already ended.
        let result = simulate(
            flow("<Pause length=\"5\"/>"),
            """
            dialect: texml
            webhooks:
              https://app.example.com/flow.xml: { respond: flow.xml, latency: 2s }
            api:
            \(Self.command(Self.create, at: "1s"))\(Self.command(Self.create, at: "20s"))
            """)
        #expect(result.apiResponses.map(\.telnyxCode) == ["90034", "90018"])
    }

    @Test func telnyxUpdateWithoutStatusIs10004AndAStoppedRecordingIs10015() {
        // 4.2: Status is what an update sets: without it, 10004 missing required parameter;
        // simulator rule: a stopped recording cannot be paused (10015 Bad Request).
        let result = run(
            "texml",
            Self.command(Self.create, at: "1s") + Self.command(Self.update, at: "2s")
                + Self.command(Self.update, at: "3s", "{ Status: stopped }")
                + Self.command(Self.update, at: "4s", "{ Status: paused }"))
        #expect(result.apiResponses.map(\.telnyxCode) == [nil, "10004", nil, "10015"])
    }

    @Test func telnyxSendRecordingUrlFalseLeavesRecordingUrlOut() {
        // 4.2: SendRecordingUrl "bool (in the SDKs)", default unconfirmed — chosen true: the
        // completed callback carries RecordingUrl (3.2: "on completed also RecordingDuration,
        // RecordingUrl"); false sends the same callback without it.
        let api = { (flag: String) in
            Self.command(
                Self.create, at: "1s",
                "{ RecordingStatusCallback: \"https://app.example.com/status\"\(flag) }")
                + Self.command(Self.update, at: "4s", "{ Status: stopped }")
        }
        for (flag, expected) in [
            ("", true), (", SendRecordingUrl: \"true\"", true), (", SendRecordingUrl: \"false\"", false),
        ] {
            let callbacks = run("texml", api(flag)).requests("recordingStatusCallback")
            #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["completed"], "\(flag)")
            #expect((callbacks.first?.parameter("RecordingUrl") != nil) == expected, "\(flag)")
            #expect(callbacks.first?.parameter("RecordingDuration") == "3", "\(flag)")
        }
    }

    @Test func twilioIgnoresSendRecordingUrl() {
        // Twilio's create has no SendRecordingUrl: warning 20001, and RecordingUrl is still sent.
        let result = run(
            "twiml",
            Self.command(
                Self.create, at: "1s",
                "{ RecordingStatusCallback: \"https://app.example.com/status\", SendRecordingUrl: \"false\" }")
                + Self.command(Self.update, at: "4s", "{ Status: stopped }"))
        #expect(result.events("warning").first?["code"] == .int(20001))
        #expect(result.requests("recordingStatusCallback").first?.parameter("RecordingUrl") != nil)
    }

    @Test func telnyxAbsentIsReportedWhenSubscribed() {
        // 3.1: "on Telnyx everywhere except <Record>" absent is allowed; it replaces completed.
        let result = run(
            "texml",
            Self.command(
                Self.create, at: "1s",
                "{ PlayBeep: \"false\", RecordingTrack: outbound, RecordingStatusCallback: \"https://app.example.com/status\", RecordingStatusCallbackEvent: \"completed absent\" }"
            ) + Self.command(Self.update, at: "4s", "{ Status: stopped }"),
            extra: "\nsettings: { empty_recording_predicate: silence-only }")
        let callbacks = result.requests("recordingStatusCallback")
        #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["absent"])
        #expect(result.apiResponses.last?.json?["error_code"] == .number("16102"))
    }
}

extension TraceEvent {
    /// `code` of a Twilio error body.
    var twilioCode: Int? { json?["code"]?.intValue }
}
