import Foundation
import TeXMLGrammar
import TeXMLRecorder
import TeXMLSimulator
import Testing

/// Recordings that run beside the flow: `<Start><Recording>`, `<Dial record>`,
/// `<Conference record>` (reference sections 1.2–1.4, 2.1 `stopped`, 3).
struct BackgroundRecordingTests {
    static let statusOK = """
        webhooks:
          https://app.example.com/status: { status: 204 }
          https://app.example.com/after-dial: { xml: "<Response/>" }
        """

    static func texml(_ body: String) -> String { flow(body, dialect: .texml) }

    // MARK: <Start><Recording>

    @Test func startRecordingRunsBesideTheFlowUntilStopByName() {
        // 1.2: "Starts recording and continues at once. Ends … on <Stop><Recording> (Twilio)."
        let recorder = CapturingRecorder()
        let result = simulate(
            flow(
                """
                <Start><Recording name="intake" recordingStatusCallback="/status"
                    recordingStatusCallbackEvent="in-progress completed"/></Start>
                <Say>one two three four five</Say>
                <Stop><Recording name="intake"/></Stop>
                <Pause length="3"/>
                """), Self.statusOK, recorder: recorder)
        let callbacks = result.requests("recordingStatusCallback")
        #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["in-progress", "completed"])
        #expect(callbacks.map(\.seconds) == ["0.000", "2.000"])
        // 3.2: RecordingTrack is sent for <Start><Recording>; channels default dual.
        #expect(callbacks.first?.parameter("RecordingTrack") == "both")
        #expect(callbacks.last?.parameter("RecordingChannels") == "2")
        #expect(result.events("recording.stopped").first?.string("reason") == "stop-verb")
        // Dual: the parent leg (inbound) on channel 1, what it hears on channel 2.
        #expect(recorder.requests.first?.channels == [[.inbound], [.outbound]])
        #expect(recorder.requests.first?.parts == [.audio(start: 0, end: 2000)])
        #expect(recorder.requests.first?.trimSilence == true)
        // The <Say> is on the outbound track the recording captured.
        #expect(recorder.audio.first?.outbound.first?.end == 2000)
    }

    @Test func playDigitsSoundsItsKeysOnTheOutboundTrack() {
        // Each key a tone of 100 ms and a gap of 100 ms; `w` half a second of nothing.
        let recorder = CapturingRecorder()
        _ = simulate(
            flow("<Start><Recording/></Start><Play digits=\"1w2\"/><Pause length=\"1\"/>"),
            "caller:\n  - speak: 1s\n", recorder: recorder)
        let tones = recorder.audio.first?.outbound.map { [$0.start, $0.end] }
        #expect(tones == [[0, 100], [700, 800]])
        #expect(recorder.audio.first?.outbound.map(\.sound) == [.dtmf(key: "1"), .dtmf(key: "2")])
    }

    @Test func singleTrackIsMonoWhateverTheChannels() {
        // 3.3: "A single track is always mono, whatever the channel setting." Twilio's
        // <Start><Recording> was observed keeping two channels (StartRecordingObservedTests):
        // the reference's rule is `start_recording_single_track: mono` (Telnyx's default).
        let recorder = CapturingRecorder()
        let result = simulate(
            flow(
                """
                <Start><Recording track="inbound" channels="dual" recordingStatusCallback="/status"/></Start>
                <Pause length="2"/>
                """),
            Self.statusOK + "\nsettings: { start_recording_single_track: mono }\ncaller:\n  - speak: 1s\n",
            recorder: recorder)
        #expect(recorder.requests.first?.channels == [[.inbound]])
        #expect(result.requests("recordingStatusCallback").first?.parameter("RecordingChannels") == "1")
    }

    @Test func recordingsStillRunningEndWithTheCall() {
        // 2.1: `stopped` … "call end"; no action request, status callbacks only.
        let result = simulate(
            flow("<Start><Recording recordingStatusCallback=\"/status\"/></Start><Pause length=\"4\"/>"),
            Self.statusOK + "\ncaller:\n  - speak: 2s\n")
        let stopped = result.events("recording.stopped")
        #expect(stopped.map { $0.string("reason") } == ["call-ended"])
        #expect(stopped.first?.seconds == "4.000")
        let names = result.names
        #expect(names.firstIndex(of: "call.ended")! < names.firstIndex(of: "recording.stopped")!)
        #expect(result.recordings.map(\.metadata.status) == ["completed"])
    }

    @Test func stopWithAnUnknownNameWarnsAndStopsNothing() {
        let result = simulate(
            flow(
                """
                <Start><Recording name="a"/></Start>
                <Stop><Recording name="b"/></Stop>
                <Pause length="1"/>
                """), "caller:\n  - speak: 1s\n")
        #expect(result.events("warning").contains { $0.string("message")?.contains("no recording named 'b'") == true })
        #expect(result.events("recording.stopped").map { $0.string("reason") } == ["call-ended"])
    }

    static let silentStart = flow(
        """
        <Start><Recording recordingStatusCallback="/status" recordingStatusCallbackEvent="completed absent"/></Start>
        <Pause length="3"/>
        """)

    @Test(arguments: ["no-speech", "silence-only"])
    func silentBackgroundRecordingIsAbsentWith16102WhenSilenceIsEmpty(predicate: String) {
        // 3.1: absent — "silent with auto-delete (16102)", replacing completed.
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.silentStart, Self.statusOK + "\nsettings: { empty_recording_predicate: \(predicate) }\n",
            recorder: recorder)
        let callbacks = result.requests("recordingStatusCallback")
        #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["absent"])
        #expect(callbacks.first?.parameter("ErrorCode") == "16102")
        #expect(recorder.discarded.count == 1)
        #expect(recorder.stored.map(\.status) == ["absent"])
        #expect(result.recordings.first?.artifact == nil)
    }

    @Test(arguments: [Dialect.twiml, .texml])
    func silentBackgroundRecordingIsKeptByDefault(dialect: Dialect) {
        // 2.3: "silent recordings kept by default (Twilio)"; texml mirrors it for Telnyx.
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.silentStart, "dialect: \(dialect.rawValue)\n" + Self.statusOK, recorder: recorder)
        let callbacks = result.requests("recordingStatusCallback")
        #expect(callbacks.map { $0.parameter("RecordingStatus") } == ["completed"])
        #expect(recorder.stored.map(\.status) == ["completed"])
        let artifact = result.recordings.first?.artifact
        #expect(artifact?.isSilent == true && artifact?.durationMilliseconds == 3000)
    }

    // MARK: Faults

    @Test func aRecorderFailureIsAnAbsentRecordingWithAReasonAndTheCallGoesOn() {
        let recorder = CapturingRecorder()
        recorder.failure = (false, RecorderError(.writeFailed, path: "/out/RE1.wav", "No space left on device"))
        let result = simulate(
            flow(
                """
                <Start><Recording name="a" recordingStatusCallback="/status" recordingStatusCallbackEvent="completed absent"/></Start>
                <Pause length="2"/>
                <Stop><Recording name="a"/></Stop>
                <Say>still here</Say>
                """), Self.statusOK + "\ncaller:\n  - speak: 1s\n", recorder: recorder)
        let absent = result.events("recording.absent").first
        #expect(absent?.string("reason")?.contains("No space left on device") == true)
        #expect(result.requests("recordingStatusCallback").map { $0.parameter("RecordingStatus") } == ["absent"])
        #expect(result.ended("Say") != nil)
        #expect(!result.outcome.hadError)
        #expect(recorder.stored.first?.file == nil)
    }

    @Test func aSimulationLimitInterruptsRecordingsWithoutKeepingThem() {
        let result = simulate(
            flow("<Start><Recording/></Start><Redirect>/flow.xml</Redirect>"),
            "flow_url: https://app.example.com/flow.xml\nlimits:\n  max_fetches_without_progress: 3\n")
        #expect(result.outcome.reason == .redirectLoop)
        // Each pass through the flow starts one more recording; all are interrupted.
        let absent = result.events("recording.absent")
        #expect(!absent.isEmpty)
        #expect(absent.allSatisfy { $0.string("reason")?.contains("simulation stopped the call") == true })
        #expect(result.recordings.allSatisfy { $0.artifact == nil })
    }

    // MARK: <Dial record>

    static let partyAnswers = """
        parties:
          "+15550001111":
            ring: 3s
            script:
              - speak: 2s
              - silence: 1s
              - hangup
        caller:
          - wait_for: dial_answer
          - speak: 1s
        webhooks:
          https://app.example.com/status: { status: 204 }
          https://app.example.com/after-dial: { xml: "<Response/>" }
        """

    @Test func recordFromAnswerCoversTheBridgeAndTheActionCarriesTheURL() {
        // 1.3: "-from-answer at answer"; "Twilio's <Dial> action request carries RecordingUrl
        // only if that <Dial> recorded"; 3.2: CallSid is "for <Dial> always the parent leg".
        let recorder = CapturingRecorder()
        let result = simulate(
            flow(
                """
                <Dial record="record-from-answer" action="/after-dial" recordingStatusCallback="/status">
                  <Number>+15550001111</Number>
                </Dial>
                """), Self.partyAnswers, recorder: recorder)
        #expect(recorder.requests.first?.parts == [.audio(start: 3000, end: 6000)])
        #expect(recorder.requests.first?.channels == [[.inbound, .outbound]])
        let action = result.requests("action").first
        #expect(action?.parameter("RecordingUrl")?.hasSuffix(result.recordings.first!.metadata.sid) == true)
        let callback = result.requests("recordingStatusCallback").first
        #expect(callback?.parameter("CallSid") == result.events("call.started").first?.string("CallSid"))
        #expect(callback?.parameter("RecordingSource") == "DialVerb")
        // The bridged party's voice is on the outbound track of the parent leg.
        #expect(recorder.audio.first?.outbound.contains { $0.start == 3000 && $0.end == 5000 } == true)
    }

    @Test func recordFromRingingDualStartsAtRingingWithRingback() {
        let recorder = CapturingRecorder()
        _ = simulate(
            flow(
                """
                <Dial record="record-from-ringing-dual" action="/after-dial"><Number>+15550001111</Number></Dial>
                """), Self.partyAnswers, recorder: recorder)
        #expect(recorder.requests.first?.parts == [.audio(start: 0, end: 6000)])
        #expect(recorder.requests.first?.channels == [[.inbound], [.outbound]])
        #expect(
            recorder.audio.first?.outbound.contains { $0.sound == .ringback && $0.start == 0 && $0.end == 3000 }
                == true)
    }

    @Test func legacyBooleansMapToFromAnswerAndDoNotRecord() {
        // 1.3: "true ≡ record-from-answer, false ≡ do-not-record".
        let recorded = CapturingRecorder()
        _ = simulate(
            flow("<Dial record=\"true\" action=\"/after-dial\"><Number>+15550001111</Number></Dial>"),
            Self.partyAnswers, recorder: recorded)
        #expect(recorded.requests.first?.parts == [.audio(start: 3000, end: 6000)])
        let none = CapturingRecorder()
        let result = simulate(
            flow("<Dial record=\"false\" action=\"/after-dial\"><Number>+15550001111</Number></Dial>"),
            Self.partyAnswers, recorder: none)
        #expect(none.requests.isEmpty)
        #expect(result.requests("action").first?.parameter("RecordingUrl") == nil)
    }

    @Test func fromAnswerWithNoAnswerRecordsNothing() {
        let recorder = CapturingRecorder()
        let result = simulate(
            flow(
                "<Dial record=\"record-from-answer\" timeout=\"5\" action=\"/after-dial\"><Number>+15550009999</Number></Dial>"
            ), Self.statusOK, recorder: recorder)
        #expect(recorder.requests.isEmpty)
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "no-answer")
        #expect(result.requests("action").first?.parameter("RecordingUrl") == nil)
    }

    @Test func recordingTrackInboundRecordsOnlyTheCaller() {
        let recorder = CapturingRecorder()
        _ = simulate(
            flow(
                """
                <Dial record="record-from-answer-dual" recordingTrack="inbound" action="/after-dial">
                  <Number>+15550001111</Number>
                </Dial>
                """), Self.partyAnswers, recorder: recorder)
        #expect(recorder.requests.first?.channels == [[.inbound]])
    }

    @Test func telnyxRecordingChannelsDefaultsToSingleAndTheDualModeConflictIsASetting() {
        // 1.3: Telnyx recordingChannels "single" by default; with a -dual mode "unconfirmed".
        func channels(_ attributes: String, _ settings: String = "") -> [[Track]]? {
            let recorder = CapturingRecorder()
            _ = simulate(
                Self.texml("<Dial \(attributes) action=\"/after-dial\"><Number>+15550001111</Number></Dial>"),
                Self.partyAnswers + settings, recorder: recorder)
            return recorder.requests.first?.channels
        }
        #expect(channels("record=\"record-from-answer\"") == [[.inbound, .outbound]])
        #expect(channels("record=\"record-from-answer-dual\"") == [[.inbound], [.outbound]])
        #expect(channels("record=\"record-from-answer\" recordingChannels=\"dual\"") == [[.inbound], [.outbound]])
        #expect(
            channels("record=\"record-from-answer-dual\" recordingChannels=\"single\"") == [[.inbound, .outbound]])
        #expect(
            channels(
                "record=\"record-from-answer-dual\" recordingChannels=\"single\"",
                "\nsettings:\n  dial_dual_mode_channels: mode\n") == [[.inbound], [.outbound]])
    }

    @Test func telnyxRecordMaxLengthStopsTheRecordingNotTheCall() {
        // 1.3: recordMaxLength "0–14400, 0 = unlimited".
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.texml(
                """
                <Dial record="record-from-answer" recordMaxLength="1" action="/after-dial">
                  <Number>+15550001111</Number>
                </Dial>
                """), Self.partyAnswers, recorder: recorder)
        #expect(result.events("recording.stopped").first?.string("reason") == "max-length")
        #expect(result.events("recording.stopped").first?.seconds == "4.000")
        #expect(recorder.requests.first?.parts == [.audio(start: 3000, end: 4000)])
        #expect(result.events("party.hangup").first?.seconds == "6.000")
    }

    @Test func telnyxSendRecordingUrlFalseWithholdsTheURL() {
        let result = simulate(
            Self.texml(
                """
                <Dial record="record-from-answer" sendRecordingUrl="false" action="/after-dial">
                  <Number>+15550001111</Number>
                </Dial>
                """), Self.partyAnswers)
        #expect(result.requests("action").first?.parameter("RecordingUrl") == nil)
        #expect(result.recordings.count == 1)
    }

    // MARK: <Conference record>

    static let room = """
        parties:
          "conference:standup/alice":
            ring: 1s
            script:
              - speak: 2s
          "conference:standup/bob":
            ring: 4s
            script:
              - speak: 1s
              - hangup
        caller:
          - silence: 10s
          - hangup
        webhooks:
          https://app.example.com/status: { status: 204 }
        """

    @Test func conferenceRecordingMixesTheRoomFromTheStart() {
        let recorder = CapturingRecorder()
        let result = simulate(
            flow(
                """
                <Dial><Conference record="record-from-start" recordingStatusCallback="/status">standup</Conference></Dial>
                """), Self.room, recorder: recorder)
        #expect(recorder.requests.first?.channels == [[.inbound, .outbound]])
        #expect(recorder.requests.first?.parts == [.audio(start: 0, end: 10000)])
        // Both participants speak into the room: the caller hears them on the outbound track.
        let outbound = recorder.audio.first?.outbound ?? []
        #expect(outbound.contains { $0.start == 1000 && $0.end == 3000 })
        #expect(outbound.contains { $0.start == 4000 && $0.end == 5000 })
        let callback = result.requests("recordingStatusCallback").first
        #expect(callback?.parameter("RecordingSource") == "Conference")
        #expect(
            callback?.parameter("ConferenceSid") == result.events("conference.joined").first?.string("ConferenceSid"))
        // Twilio trims conference recordings by default (1.4).
        #expect(recorder.requests.first?.trimSilence == true)
    }

    @Test func telnyxConferenceRecordingTimeoutStopsAfterSilenceAndRecordBeepSounds() {
        // 1.4: Telnyx recordBeep default true; recordingTimeout a silence stop; trim do-not-trim.
        let recorder = CapturingRecorder()
        let result = simulate(
            Self.texml(
                """
                <Dial><Conference record="record-from-start" recordingTimeout="2" beep="false">standup</Conference></Dial>
                """), Self.room, recorder: recorder)
        let stopped = result.events("recording.stopped").first
        #expect(stopped?.string("reason") == "silence")
        // Last sound: bob until 5 s; two seconds of silence later.
        #expect(stopped?.seconds == "7.000")
        #expect(recorder.audio.first?.outbound.first?.sound == .beep)
        #expect(recorder.requests.first?.trimSilence == false)
    }

    // MARK: The files themselves

    /// RMS of one channel of a 16-bit interleaved WAV over `[from, to)` seconds.
    static func rms(_ bytes: [UInt8], channel: Int, channels: Int, from: Double, to: Double) -> Double {
        let rate = 8000.0
        var sum = 0.0
        var count = 0
        for frame in Int(from * rate)..<Int(to * rate) {
            let offset = 44 + (frame * channels + channel) * 2
            guard offset + 1 < bytes.count else { break }
            let sample = Double(Int16(bitPattern: UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8))
            sum += sample * sample
            count += 1
        }
        return count == 0 ? 0 : (sum / Double(count)).squareRoot()
    }

    @Test func aDualDialRecordingHasTheCallerOnChannelOneAndThePartyOnChannelTwo() throws {
        // 3.3: "dual: channel 1 = parent leg …, channel 2 = child leg(s)".
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("texml-dual-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = """
            parties:
              "+15550001111":
                ring: 1s
                script:
                  - silence: 3s
                  - speak: 2s
                  - silence: 1s
                  - hangup
            caller:
              - wait_for: dial_answer
              - speak: 2s
            """
        let result = simulate(
            flow("<Dial record=\"record-from-answer-dual\"><Number>+15550001111</Number></Dial>"), script,
            recorder: FileSystemRecorder(directory: directory.path))
        let artifact = try #require(result.recordings.first?.artifact)
        #expect(artifact.channels == 2)
        #expect(artifact.frames == 6 * 8000)
        let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(artifact.fileName)))
        // Recording time 0–2 s: the caller speaks; 3–5 s: the party does.
        let callerOnOne = Self.rms(bytes, channel: 0, channels: 2, from: 0, to: 2)
        let callerOnTwo = Self.rms(bytes, channel: 1, channels: 2, from: 0, to: 2)
        let partyOnOne = Self.rms(bytes, channel: 0, channels: 2, from: 3, to: 5)
        let partyOnTwo = Self.rms(bytes, channel: 1, channels: 2, from: 3, to: 5)
        #expect(callerOnOne > 500 && callerOnTwo < 5)
        #expect(partyOnTwo > 500 && partyOnOne < 5)
        // The metadata document sits beside the audio.
        let metadata = try JSONDecoder().decode(
            RecordingMetadata.self,
            from: Data(contentsOf: directory.appendingPathComponent(artifact.fileName.dropLast(4) + ".json")))
        #expect(metadata.channels == 2 && metadata.source == "DialVerb" && metadata.file == artifact.fileName)
    }

    @Test func aDualDialRecordingOfAConferenceHasTheCallerOnOneAndTheRoomOnTwo() throws {
        // 3.3: "Twilio <Dial><Conference>: channel 2 = conference mix".
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("texml-room-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = """
            parties:
              "conference:room/lead":
                ring: 3s
                script:
                  - speak: 2s
            caller:
              - wait_for: dial_answer
              - speak: 2s
              - silence: 4s
              - hangup
            """
        let markup = """
            <Dial record="record-from-answer-dual" action="/after"><Conference beep="false">room</Conference></Dial>
            """
        let result = simulate(flow(markup), script, recorder: FileSystemRecorder(directory: directory.path))
        let artifact = try #require(result.recordings.first?.artifact)
        #expect(artifact.channels == 2 && artifact.frames == 6 * 8000)
        #expect(result.recordings.first?.metadata.source == "DialVerb")
        let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(artifact.fileName)))
        // 0–2 s the caller speaks; 3–5 s the lead does, in the room the caller hears.
        #expect(Self.rms(bytes, channel: 0, channels: 2, from: 0, to: 2) > 500)
        #expect(Self.rms(bytes, channel: 1, channels: 2, from: 0, to: 2) < 5)
        #expect(Self.rms(bytes, channel: 1, channels: 2, from: 3, to: 5) > 500)
        #expect(Self.rms(bytes, channel: 0, channels: 2, from: 3, to: 5) < 5)
        // The action carries the dial recording's URL.
        let recordingURL = result.requests("action").first?.parameter("RecordingUrl")
        #expect(recordingURL?.hasSuffix("/" + artifact.fileName.dropLast(4)) == true)
    }

    @Test func aTelnyxDialRecordAroundAConferenceRecordsNothing() {
        // 6: Telnyx records <Dial> for "<Number>/<Sip>" only.
        let markup = "<Dial record=\"record-from-answer-dual\"><Conference>room</Conference></Dial>"
        let result = simulate(flow(markup), "dialect: texml\ncaller:\n  - speak: 2s\n  - hangup\n")
        #expect(result.recordings.isEmpty)
    }

    @Test func theRecordVerbsBeepIsNotInItsFile() throws {
        // Lifecycle (2): "beep → capture": the beep precedes capture.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("texml-beep-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let voicemail = simulate(
            flow("<Record action=\"/done\" trim=\"do-not-trim\" timeout=\"2\"/>"),
            "caller:\n  - wait_for: record_start\n  - speak: 1s\nwebhooks:\n  https://app.example.com/done: { xml: \"<Response/>\" }\n",
            recorder: FileSystemRecorder(directory: directory.path))
        let voicemailFile = try #require(voicemail.recordings.first?.artifact).fileName
        let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(voicemailFile)))
        // <Record>: capture starts after the beep, with the caller speaking at once.
        #expect(Self.rms(bytes, channel: 0, channels: 1, from: 0, to: 0.5) > 500)
        // 1 s of speech, then silence until the 2 s timeout: nothing else is in the file.
        #expect(Self.rms(bytes, channel: 0, channels: 1, from: 1.1, to: 3) < 5)
        #expect(voicemail.recordings.first?.artifact?.durationMilliseconds == 3000)
    }
}
