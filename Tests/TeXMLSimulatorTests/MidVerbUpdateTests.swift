import Testing

@testable import TeXMLSimulator

/// A `Calls/{CallSid}.json` update stops the verb that is running, as Twilio's "Modifying calls
/// in progress" has it ("immediately change the TwiML it's using").
struct MidVerbUpdateTests {
    static func update(at: String, _ body: String) -> String {
        "api:\n  - { at: \(at), texml_rest: \"Calls/{CallSid}.json\", body: \(body) }\n"
    }

    @Test func twimlReplacesAPauseWhereItIs() {
        let result = simulate(
            flow("<Pause length=\"10\"/>\n<Say>never</Say>"),
            Self.update(at: "3s", "{ Twiml: \"<Response><Say>instead</Say></Response>\" }"))
        let pause = result.ended("Pause")
        #expect(pause?.time == .seconds(3))
        let says = result.events("verb.started").filter { $0.string("verb") == "Say" }
        #expect(says.count == 1)
        #expect(says.first?.time == .seconds(3))
        #expect(result.outcome.reason == .documentEnd)
    }

    @Test func aUrlReplacesAGatherWithoutItsAction() {
        let result = simulate(
            flow("<Gather timeout=\"10\" action=\"https://app.example.com/gathered\"/>"),
            """
            webhooks:
              https://app.example.com/next: { respond: next.xml }
            \(Self.update(at: "2s", "{ Url: \"https://app.example.com/next\" }"))
            """, files: ["next.xml": flow("<Hangup/>")])
        #expect(result.requests("action").isEmpty)
        #expect(result.requests("redirect").first?.time == .seconds(2))
        #expect(result.ended("Gather")?.time == .seconds(2))
        #expect(result.outcome.reason == .hangupVerb)
    }

    @Test func aHangupStopsARecordKeepsTheRecordingAndSkipsTheAction() {
        let result = simulate(
            flow(
                "<Record maxLength=\"30\" action=\"https://app.example.com/done\" recordingStatusCallback=\"https://app.example.com/status\"/>"
            ),
            """
            webhooks:
              https://app.example.com/status: { status: 204 }
            caller: [ { speak: 20s } ]
            \(Self.update(at: "5s", "{ Status: completed }"))
            """)
        #expect(result.outcome.reason == .apiHangup)
        #expect(result.outcome.duration == .seconds(5))
        #expect(result.requests("action").isEmpty)
        #expect(result.ended("Record")?.time == .seconds(5))
        #expect(result.recordings.count == 1)
        #expect(result.recordings.first.map { $0.metadata.durationMilliseconds < 5000 } == true)
        #expect(result.requests("recordingStatusCallback").count == 1)
    }

    @Test func twimlEndsABridgedDialWithoutItsAction() {
        let result = simulate(
            flow("<Dial action=\"https://app.example.com/dialed\" record=\"record-from-answer\">+15550001111</Dial>"),
            """
            parties:
              "+15550001111": { ring: 2s, script: [ { speak: 30s } ] }
            \(Self.update(at: "6s", "{ Twiml: \"<Response><Hangup/></Response>\" }"))
            """)
        #expect(result.requests("action").isEmpty)
        let dial = result.ended("Dial")
        #expect(dial?.time == .seconds(6))
        #expect(dial?["ended_by"] == .string("call-updated"))
        #expect(result.events("party.hangup").first?.time == .seconds(6))
        #expect(result.recordings.first.map { $0.metadata.durationMilliseconds } == 4000)
        #expect(result.outcome.reason == .hangupVerb)
        #expect(result.outcome.duration == .seconds(6))
    }

    @Test func aHangupCancelsARingingDial() {
        let result = simulate(
            flow("<Dial action=\"https://app.example.com/dialed\" timeout=\"20\">+15550001111</Dial>"),
            """
            parties:
              "+15550001111": { ring: 30s, answer: false }
            \(Self.update(at: "3s", "{ Status: completed }"))
            """)
        #expect(result.requests("action").isEmpty)
        #expect(result.events("party.canceled").first?.time == .seconds(3))
        #expect(result.ended("Dial")?["ended_by"] == .string("call-updated"))
        #expect(result.outcome.reason == .apiHangup)
        #expect(result.outcome.duration == .seconds(3))
    }

    @Test func livePaceIsReadFromTheScenarioAndABadOneIsDiagnosed() {
        let (good, _) = loadScenario("flow: flow.xml\nlive: { pace: realtime }\n", files: ["flow.xml": flow("")])
        #expect(good?.scenario.live?.pace == .realtime)
        let (_, diagnostics) = loadScenario("flow: flow.xml\nlive: { pace: realtim }\n", files: ["flow.xml": flow("")])
        #expect(diagnostics.contains { $0.message.contains("live.pace 'realtim' is not one of the allowed values") })
    }
}
