import Foundation
import Testing

@testable import TeXMLRecorder
@testable import TeXMLSimulator

/// Runs `flow` with an inline scenario under `speech`, recordings measured in memory.
private func simulate(_ flow: String, _ yaml: String, speech: any SpeechVoice) throws -> SimulationResult {
    let (loaded, diagnostics) = loadScenario("flow: flow.xml\n" + yaml, files: ["flow.xml": flow])
    let scenario = try #require(loaded, "\(diagnostics.map(\.message))")
    return CallSimulator(scenario, speech: speech).run()
}

private func events(_ result: SimulationResult, _ name: String) -> [TraceEvent] {
    result.events.filter { $0.name == name }
}

extension TraceEvent {
    /// The `duration` field as a time.
    fileprivate var duration: SimTime? { string("duration").flatMap(SimTime.parse) }
}

@Suite("--voice espeak in the simulator")
struct SpeechVoiceTests {
    static let say = """
        <Response><Start><Recording/></Start>\
        <Say voice="Polly.Joanna" language="en-US">Thank you for calling. Goodbye.</Say></Response>
        """

    @Test("a <Say> lasts its spoken length under espeak and records speech unlike the synthetic voice")
    func sayIsSpoken() throws {
        let synthetic = try simulate(Self.say, "", speech: SyntheticVoice())
        let espeak = try simulate(Self.say, "", speech: try EspeakSpeechVoice())
        func sayLength(_ result: SimulationResult) -> SimTime? {
            events(result, "verb.ended").first { $0.string("verb") == "Say" }?.duration
        }
        let estimated = try #require(sayLength(synthetic))
        let spoken = try #require(sayLength(espeak))
        // Five words: 2 s at Twilio's 150 words a minute; espeak-ng takes 1.2–4 s.
        #expect(estimated == .seconds(2))
        #expect(spoken != estimated && spoken > .milliseconds(1200) && spoken < .seconds(4))
        let syntheticAudio = try #require(synthetic.recordings.first?.artifact)
        let espeakAudio = try #require(espeak.recordings.first?.artifact)
        #expect(!espeakAudio.isSilent)
        #expect(espeakAudio.checksum != syntheticAudio.checksum)
    }

    @Test("a says: without a duration drives the timeline: <Record> ends by silence after the spoken length")
    func saysDrivesTimeline() throws {
        let flow = """
            <Response><Record timeout="2" playBeep="true" trim="do-not-trim"/></Response>
            """
        let yaml = """
            caller:
              - wait_for: beep
              - speak: { says: "I would like to book an appointment for next Tuesday please" }
            """
        let espeak = try simulate(flow, yaml, speech: try EspeakSpeechVoice())
        let speech = try #require(events(espeak, "caller.speech").first)
        let spoken = try #require(speech.duration)
        // Exactly the spoken audio's length, not the estimate.
        let audio = try EspeakEngine.shared().speak(
            "I would like to book an appointment for next Tuesday please",
            voice: EspeakVoiceMap.choose(voice: nil, language: nil).voice)
        #expect(spoken == .milliseconds(audio.milliseconds))
        #expect(spoken > .seconds(2) && spoken < .seconds(6))
        let stopped = try #require(events(espeak, "recording.stopped").first)
        #expect(stopped.time == speech.time + spoken + .seconds(2))
        #expect(stopped.string("reason") == "silence")
        let artifact = try #require(espeak.recordings.first?.artifact)
        #expect(!artifact.isSilent)
        // Under the synthetic voice the same step lasts the estimate: 11 words at 150 a minute.
        let synthetic = try simulate(flow, yaml, speech: SyntheticVoice())
        #expect(events(synthetic, "caller.speech").first?.duration == .milliseconds(4400))
    }

    @Test("the same call under espeak gives the same recordings twice")
    func deterministic() throws {
        let first = try simulate(
            Self.say, "caller: [ { speak: { says: \"hello there\" } } ]", speech: try EspeakSpeechVoice())
        // Synthesised again, not taken from the cache.
        try EspeakEngine.shared().clearCache()
        let second = try simulate(
            Self.say, "caller: [ { speak: { says: \"hello there\" } } ]", speech: try EspeakSpeechVoice())
        #expect(first.recordings.map(\.artifact?.checksum) == second.recordings.map(\.artifact?.checksum))
        #expect(first.jsonLines == second.jsonLines)
    }

    @Test("an unknown voice and language fall back with a located warning; the call goes on")
    func unknownVoiceWarns() throws {
        let flow = """
            <Response>
              <Say voice="Robot.Zed" language="xx-YY">Hello</Say>
            </Response>
            """
        let result = try simulate(flow, "", speech: try EspeakSpeechVoice())
        let warnings = events(result, "warning").map { $0.string("message") ?? "" }
        #expect(warnings.contains { $0.contains("Robot.Zed") })
        #expect(warnings.contains { $0.contains("xx-yy") })
        #expect(events(result, "warning").first?["line"] == .int(2))
        #expect(result.outcome.status == .completed)
    }

    @Test("a <Say> too long for espeak-ng is spoken by the synthetic voice, with a warning")
    func hugeSay() throws {
        let text = String(repeating: "word ", count: 2_000)
        let result = try simulate("<Response><Say>\(text)</Say></Response>", "", speech: try EspeakSpeechVoice())
        let warnings = events(result, "warning").map { $0.string("message") ?? "" }
        #expect(warnings.contains { $0.contains("longer than") })
        #expect(events(result, "verb.ended").first?.duration == .seconds(800))
    }

    @Test("a speak step needs a duration, audio or words in says")
    func emptySaysIsAnError() {
        let (loaded, diagnostics) = loadScenario("flow: flow.xml\ncaller: [ { speak: { says: \"  \" } } ]")
        #expect(loaded == nil)
        #expect(diagnostics.contains { $0.message.contains("'says'") && $0.range.start.line == 2 })
    }
}
