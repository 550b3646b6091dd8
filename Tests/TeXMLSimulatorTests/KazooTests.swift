import Foundation
import TeXMLRecorder
import TeXMLRecordingStore
import Testing

@testable import TeXMLSimulator

/// Kazoo's `record_call` callflow node (reference 4.4) on a simulated call.
struct KazooTests {
    static func heldCall(_ hold: Int = 20) -> String {
        flow("<Say>Hello</Say><Pause length=\"\(hold)\"/>")
    }

    static let callerSpeaks = """
        caller:
          - silence: 2s
          - speak: { duration: 3s, says: "My phone cannot register" }
        """

    /// Scenario text: `extra` (caller, webhooks…) then `record_call` nodes `(time, data)`.
    static func scenario(_ nodes: [(String, String)], extra: String = callerSpeaks) -> String {
        var text = extra + "\napi:\n"
        for (time, data) in nodes {
            text += "  - at: \(time)\n    kazoo: record_call\n    body: \(data)\n"
        }
        return text
    }

    // MARK: Validation (crossbar's 400 "invalid data")

    static let invalidNodes: [KazooInvalidNode] = [
        KazooInvalidNode("{ action: start, time_limit: 4 }", "time_limit", "minimum", "schema: time_limit minimum 5"),
        KazooInvalidNode(
            "{ action: start, time_limit: 10801 }", "time_limit", "maximum", "schema: time_limit maximum 10800"),
        KazooInvalidNode(
            "{ action: start, time_limit: 3601 }", "time_limit", "maximum",
            "cb_callflows: a start above media.max_recording_time_limit (3600)"),
        KazooInvalidNode("{ action: toggle }", "action", "enum", "schema: action start | stop"),
        KazooInvalidNode("{ time_limit: 60 }", "action", "required", "schema: required [action]"),
        KazooInvalidNode("{ action: start, format: ogg }", "format", "enum", "schema: format mp3 | wav"),
        KazooInvalidNode("{ action: start, method: get }", "method", "enum", "schema: method put | post"),
        KazooInvalidNode("{ action: start, record_on_answer: \"yes\" }", "record_on_answer", "type", "boolean"),
        KazooInvalidNode("{ action: start, record_on_bridge: 1 }", "record_on_bridge", "type", "boolean"),
        KazooInvalidNode("{ action: start, skip_module: \"true\" }", "skip_module", "type", "boolean"),
        KazooInvalidNode(
            "{ action: start, should_follow_transfer: null }", "should_follow_transfer", "type", "boolean"),
        KazooInvalidNode("{ action: start, record_min_sec: soon }", "record_min_sec", "type", "integer"),
        KazooInvalidNode("{ action: start, record_sample_rate: 8000.5 }", "record_sample_rate", "type", "integer"),
        KazooInvalidNode("{ action: start, label: 7 }", "label", "type", "string"),
        KazooInvalidNode("{ action: start, media_name: false }", "media_name", "type", "string"),
        KazooInvalidNode("{ action: start, origin: [a] }", "origin", "type", "string"),
        KazooInvalidNode("{ action: start, url: \"not a url\" }", "url", "wrong_format", "schema: url format uri"),
    ]

    @Test(arguments: invalidNodes)
    func invalidNodesGetCrossbarsErrorAndDoNothing(_ node: KazooInvalidNode) {
        let result = simulate(Self.heldCall(6), Self.scenario([("1s", node.data)]))
        let response = result.events("api.response").first
        #expect(response?["status"] == .int(400), "\(node.rule)")
        let body = jsonBody(response)
        // The crossbar envelope: {"data":{KEY:{RULE:{…}}},"error":"400","message":"invalid data","status":"error"}.
        #expect(body?["error"] == .string("400"))
        #expect(body?["message"] == .string("invalid data"))
        #expect(body?["status"] == .string("error"))
        #expect(body?["data"]?[node.key]?[node.failedRule]?["message"]?.stringValue?.isEmpty == false, "\(node.rule)")
        #expect(result.events("recording.started").isEmpty)
        #expect(result.outcome.reason == .documentEnd)
    }

    @Test func errorDetailsFollowKzJsonSchema() {
        // kz_json_schema:error_to_jobj: "Value must be at least 5", target, value; every failed
        // key reported at once.
        let result = simulate(
            Self.heldCall(3), Self.scenario([("1s", "{ action: start, time_limit: 2, format: flac }")]))
        let data = jsonBody(result.events("api.response").first)?["data"]
        #expect(
            data?["time_limit"]?["minimum"]
                == .fields(["message": "Value must be at least 5", "target": .number("5"), "value": .number("2")]))
        #expect(data?["format"]?["enum"]?["target"] == .array(["mp3", "wav"]))
        #expect(data?["format"]?["enum"]?["message"] == "Value not found in enumerated list of values")
    }

    @Test func anIntegerSentAsAStringIsFixed() {
        // cb_callflows:maybe_fix_js_integer/3 converts it and validates again.
        let result = simulate(Self.heldCall(12), Self.scenario([("1s", "{ action: start, time_limit: \"5\" }")]))
        #expect(result.events("api.response").first?["status"] == .int(200))
        #expect(result.events("recording.stopped").first?.seconds == "6.000")
        #expect(result.events("api.note").first?.string("message")?.contains("time_limit") == true)
    }

    @Test func anotherChannelAndTheEndedCallAreBadIdentifiers() {
        // Crossbar: 404 "bad_identifier" for a channel that is not there.
        let result = simulate(
            Self.heldCall(2),
            Self.callerSpeaks + """

                api:
                  - at: 1s
                    kazoo: record_call
                    call: not-this-call
                    body: { action: start }
                  - at: 60s
                    kazoo: record_call
                    body: { action: start }
                """)
        let responses = result.events("api.response")
        #expect(responses.map { $0["status"] } == [.int(404), .int(404)])
        #expect(responses.map { jsonBody($0)?["message"] } == [.string("bad_identifier"), .string("bad_identifier")])
        #expect(jsonBody(responses.first)?["data"]?["cause"] == .string("not-this-call"))
    }

    @Test func otherModulesAreNotSimulated() {
        let result = simulate(Self.heldCall(2), "api:\n  - at: 1s\n    kazoo: play\n    body: { id: hello }\n")
        #expect(result.events("api.response").first?["status"] == .int(501))
    }

    // MARK: Effects

    @Test func skipModuleRecordsNothing() {
        // Schema: "skip_module: When set to true this callflow action is skipped".
        let result = simulate(Self.heldCall(5), Self.scenario([("1s", "{ action: start, skip_module: true }")]))
        #expect(result.events("recording.started").isEmpty)
        #expect(jsonBody(result.events("api.response").first)?["result"] == .string("skipped"))
        #expect(result.events("kazoo.record_call").first?.string("result") == "skipped")
    }

    @Test func recordsBothLegsMixedIntoOneChannel() {
        // kzc_recording records the call (both directions) into one file: mono.
        let recorder = CapturingRecorder()
        let result = simulate(Self.heldCall(6), Self.scenario([("1s", "{ action: start }")]), recorder: recorder)
        #expect(recorder.requests.first?.channels == [[.inbound, .outbound]])
        #expect(recorder.requests.first?.format == .mp3)
        #expect(result.recordings.first?.metadata.source == "kzc_recording")
    }

    @Test func recordOnAnswerWaitsForTheAnswerOrStartsAtOnceWhenAnswered() {
        // Schema: "record_on_answer: Whether to delay the recording until the channel is answered".
        let result = simulate(
            Self.heldCall(6),
            Self.scenario(
                [("500ms", "{ action: start, record_on_answer: true }")],
                extra: """
                    flow_url: https://app.example.com/flow.xml
                    webhooks:
                      https://app.example.com/flow.xml: { respond: flow.xml, latency: 2s }
                    """))
        #expect(result.events("recording.started").first?.seconds == "2.000")
        #expect(result.events("kazoo.record_call").first?.string("starts") == "on-answer")
        let answered = simulate(
            Self.heldCall(6), Self.scenario([("1s", "{ action: start, record_on_answer: true }")]))
        #expect(answered.events("recording.started").first?.seconds == "1.000")
    }

    @Test func recordOnBridgeWaitsForTheDialToBridge() {
        // Schema: "record_on_bridge: Whether to delay the recording until the channel is bridged".
        let result = simulate(
            flow("<Pause length=\"3\"/><Dial><Number>+15551230009</Number></Dial>"),
            """
            parties:
              "+15551230009":
                ring: 2s
                script:
                  - speak: 2s
                  - hangup
            api:
              - at: 1s
                kazoo: record_call
                body: { action: start, record_on_bridge: true }
            """)
        let started = result.events("recording.started")
        #expect(started.first?.seconds == "5.000")
        #expect(result.events("party.answered").first?.seconds == "5.000")
    }

    @Test func timeLimitStopsTheRecording() {
        // Schema: "time_limit: Time limit, in seconds, for the recording"; default 3600.
        let result = simulate(
            Self.heldCall(12), Self.scenario([("1s", "{ action: start, time_limit: 5 }")]))
        let stopped = result.events("recording.stopped")
        #expect(stopped.first?.string("reason") == "max-length")
        #expect(stopped.first?.seconds == "6.000")
        #expect(result.recordings.first?.metadata.durationMilliseconds == 5000)
    }

    @Test func recordMinSecDeletesShortRecordingsAndUploadsNothing() {
        // Schema: "record_min_sec: The minimum length … Otherwise it is deleted".
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.heldCall(8),
            Self.scenario([
                ("1s", "{ action: start, record_min_sec: 5, url: \"https://store.example.com/r/\" }"),
                ("4s", "{ action: stop }"),
            ]), recorder: recorder)
        #expect(result.recordings.first?.metadata.status == "absent")
        #expect(result.events("recording.absent").first?.string("reason")?.hasPrefix("deleted") == true)
        #expect(result.requests("kazooUpload").isEmpty)
        // Nothing is kept, not even metadata.
        #expect(recorder.stored.isEmpty)
        #expect(recorder.discarded.count == 1)
    }

    @Test func mediaNameNamesTheFileAndSampleRateSetsItsRate() {
        // Schema: "media_name: the name of media"; get_media_name/2 adds the extension only when
        // missing; "record_sample_rate: What sampling rate to use on the recording".
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.heldCall(6),
            Self.scenario([
                ("1s", "{ action: start, media_name: \"intake.wav\", format: wav, record_sample_rate: 16000 }"),
                ("3s", "{ action: stop }"), ("3s", "{ action: start, media_name: \"../escape\" }"),
            ]), recorder: recorder)
        // "../escape" stays in the folder ("_" for "/") and visible ("_" before a leading ".").
        #expect(recorder.requests.map(\.name) == ["intake", "_.._escape"])
        #expect(result.recordings.first?.artifact?.fileName == "intake.wav")
        #expect(recorder.requests.first?.sampleRate == 16000)
        #expect(result.recordings.first?.metadata.sampleRate == 16000)
    }

    @Test func aSampleRateTheFormatCannotHoldFallsBackWithAWarning() {
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.heldCall(4), Self.scenario([("1s", "{ action: start, record_sample_rate: 7000 }")]),
            recorder: recorder)
        #expect(recorder.requests.first?.sampleRate == 8000)
        #expect(result.events("warning").first?.string("message")?.contains("7000") == true)
    }

    @Test func labelAndOriginAreMetadataLabels() {
        // cf_record_call: Origin = "callflow : " ++ label (default: the callflow's name, here the
        // scenario's); a written origin is overwritten.
        let result = simulate(
            Self.heldCall(4),
            Self.scenario([("1s", "{ action: start, label: support, origin: manual, media_name: intake }")]))
        let labels = result.recordings.first?.metadata.labels
        #expect(labels?["origin"] == "callflow : support")
        #expect(labels?["label"] == "support")
        #expect(labels?["media_name"] == "intake")
        #expect(result.events("api.note").contains { $0.string("message")?.contains("origin is read-only") == true })
        let unlabelled = simulate(Self.heldCall(4), "name: night line\n" + Self.scenario([("1s", "{ action: start }")]))
        #expect(unlabelled.recordings.first?.metadata.labels["origin"] == "callflow : night line")
    }

    @Test(arguments: [("put", "PUT"), ("post", "POST")])
    func uploadsTheFileToUrlWithItsVerb(_ method: String, _ verb: String) {
        // record_call.md: "Kazoo will send an HTTP PUT with the recording to the URL when the
        // recording has finished"; schema "method: put | post"; kzc_recording's http fields.
        let result = simulate(
            Self.heldCall(6),
            Self.scenario(
                [
                    ("1s", "{ action: start, format: wav, method: \(method), url: \"https://store.example.com/r/\" }"),
                    ("4s", "{ action: stop }"),
                ]))
        let upload = result.requests("kazooUpload").first
        #expect(upload?.string("method") == verb)
        let url = upload?.string("url") ?? ""
        #expect(url.hasPrefix("https://store.example.com/r/call_recording_CA") && url.contains(".wav?from=%2B"))
        #expect(url.contains("&duration_ms=3000&recording_id=202601-RE"))
        #expect(upload?.string("content_type") == "audio/x-wav")
        #expect(upload?["bytes"] == .int(Int(result.recordings.first?.artifact?.bytes ?? -1)))
        #expect(upload?.string("file") == result.recordings.first?.artifact?.fileName)
    }

    @Test func aUrlWithAQueryGetsTheFileNameAsAParameter() {
        // kzc_recording:check_url/1: a last parameter with a value ⇒ "&recording=" before the name.
        let result = simulate(
            Self.heldCall(6),
            Self.scenario([
                ("1s", "{ action: start, url: \"https://store.example.com/up?tenant=acme\" }"),
                ("3s", "{ action: stop }"),
            ]))
        let url = result.requests("kazooUpload").first?.string("url") ?? ""
        #expect(url.hasPrefix("https://store.example.com/up?tenant=acme&recording=call_recording_CA"))
        #expect(url.contains(".mp3&from="))
    }

    @Test func aFailedUploadIsAWarning() {
        // The storage server answers 404 (any unmapped URL does, with this setting): the upload
        // failed; the call is not affected.
        let result = simulate(
            Self.heldCall(6),
            Self.scenario(
                [("1s", "{ action: start, url: \"https://store.example.com/r/\" }"), ("3s", "{ action: stop }")],
                extra: "settings: { unmapped_webhooks: not-found }\n"))
        #expect(result.requests("kazooUpload").count == 1)
        #expect(result.events("warning").first?["code"] == .int(11200))
        #expect(result.outcome.reason == .documentEnd)
    }

    @Test func stopWithNothingRunningAndASecondStartChangeNothing() {
        // kzc_recording: "received stop recording and we're not recording, exiting"; one
        // record_call recording per call (kapps_call:stop_recording/1 names none).
        let result = simulate(
            Self.heldCall(6),
            Self.scenario([("1s", "{ action: stop }"), ("2s", "{ action: start }"), ("3s", "{ action: start }")]))
        let results = result.events("api.response").map { jsonBody($0)?["result"] }
        #expect(results == [.string("nothing-to-stop"), .string("started"), .string("ignored")])
        #expect(result.events("recording.started").count == 1)
        #expect(result.events("warning").isEmpty)
    }

    @Test func stopBeforeTheTriggerCancelsTheRecording() {
        let result = simulate(
            flow("<Pause length=\"4\"/>"),
            Self.scenario([("1s", "{ action: start, record_on_bridge: true }"), ("2s", "{ action: stop }")]))
        #expect(jsonBody(result.events("api.response").last)?["result"] == .string("cancelled"))
        #expect(result.events("recording.started").isEmpty)
    }

    @Test func theStoreFiltersRecordingsByLabelAndOrigin() throws {
        // The recordings written by record_call carry origin and label: Kazoo's
        // filter_{KEY} finds them in the store (reference 4.4, recordings REST).
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kazoo-labels-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = simulate(
            Self.heldCall(8),
            Self.scenario([
                ("1s", "{ action: start, label: support }"), ("3s", "{ action: stop }"),
                ("4s", "{ action: start, label: sales }"), ("6s", "{ action: stop }"),
            ]), recorder: FileSystemRecorder(directory: directory))
        let store = RecordingStore(directory: directory)
        let filter = try #require(try RecordingFilter(parameter: "filter_labels.origin", value: "callflow : sales"))
        let page = try store.list(RecordingQuery(filters: [filter]))
        #expect(page.recordings.count == 1)
        #expect(page.recordings.first?.metadata.labels["label"] == "sales")
        let all = try store.list(RecordingQuery(filters: [RecordingFilter.hasKey("labels.origin")]))
        #expect(all.recordings.count == 2)
    }
}

/// One invalid node: its data, the key and rule crossbar names, and the rule quoted.
struct KazooInvalidNode: Sendable, CustomTestStringConvertible {
    var data: String
    var key: String
    var failedRule: String
    var rule: String
    var testDescription: String { rule }

    init(_ data: String, _ key: String, _ failedRule: String, _ rule: String) {
        self.data = data
        self.key = key
        self.failedRule = failedRule
        self.rule = rule
    }
}
