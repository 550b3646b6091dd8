import TeXMLSyntax
import Testing

@testable import TeXMLScenarioYAML
@testable import TeXMLSimulator

/// The `api:` list of a scenario: how commands are written, when they are sent, and how the
/// trace shows them. What each platform does with them is tested per platform.
struct APICommandTests {
    static let pause = """
        <Response><Pause length="10"/></Response>
        """

    /// The diagnostics of a scenario, as `line:column id`.
    func problems(_ yaml: String) -> [String] {
        let (_, diagnostics) = loadScenario("flow: f.xml\n" + yaml)
        return diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.id)" }
    }

    @Test func commandsDecodeWithTheirJSONTypes() throws {
        let (loaded, diagnostics) = loadScenario(
            """
            flow: f.xml
            call: { webhook_url: "https://app.example.com/telnyx" }
            api:
              - at: 1.5s
                call_control: record_start
                body: { format: wav, max_length: 14400, timeout_secs: "10", play_beep: false, extra: ~, list: [1, a] }
              - on: dial_answer
                after: 2s
                texml_rest: Calls/{CallSid}/Recordings.json
                body: { PlayBeep: false }
                call: CA00000000000000000000000000000000
              - on: answer
                kazoo: record_call
            """)
        #expect(diagnostics.isEmpty)
        let scenario = try #require(loaded?.scenario)
        #expect(scenario.call.webhookURL == "https://app.example.com/telnyx")
        #expect(scenario.api.count == 3)
        let start = scenario.api[0]
        #expect(start.platform == .callControl)
        #expect(start.target == "record_start")
        #expect(start.when == .at(.milliseconds(1500)))
        #expect(start.location?.line == 4)
        // Plain scalars keep their JSON type; a quoted number stays a string, as in the JSON it stands for.
        #expect(
            start.body.jsonText
                == #"{"format":"wav","max_length":14400,"timeout_secs":"10","play_beep":false,"extra":null,"list":[1,"a"]}"#
        )
        #expect(scenario.api[1].when == .on(.dialAnswer, after: .seconds(2)))
        #expect(scenario.api[1].callID == "CA00000000000000000000000000000000")
        #expect(scenario.api[2].when == .on(.answer, after: .zero))
        #expect(scenario.api[2].body == .object([]))
    }

    @Test(arguments: [
        // No API named.
        ("api:\n  - { at: 1s, body: {} }\n", "3:5 texml.scenario.bad-step"),
        // Two APIs in one command.
        ("api:\n  - { at: 1s, telapi: x, kazoo: record_call }\n", "3:5 texml.scenario.bad-step"),
        // Neither a time nor a trigger.
        ("api:\n  - { telapi: x }\n", "3:5 texml.scenario.missing-key"),
        ("api:\n  - { at: 1s, on: answer, telapi: x }\n", "3:5 texml.scenario.bad-step"),
        ("api:\n  - { at: 1s, after: 2s, telapi: x }\n", "3:15 texml.scenario.bad-step"),
        ("api:\n  - { on: answered, telapi: x }\n", "3:11 texml.scenario.bad-value"),
        ("api:\n  - { at: soon, telapi: x }\n", "3:11 texml.scenario.bad-value"),
        ("api:\n  - { at: 1s, telapi: x, bdy: {} }\n", "3:26 texml.scenario.unknown-key"),
        // Form APIs send scalars only.
        ("api:\n  - { at: 1s, telapi: x, body: { Record: [true] } }\n", "3:32 texml.scenario.wrong-type"),
        ("api:\n  - { at: 1s, kazoo: record_call, body: start }\n", "3:41 texml.scenario.wrong-type"),
        ("api:\n  - { at: 1s, kazoo: \"\" }\n", "3:22 texml.scenario.bad-value"),
        ("api: { at: 1s }\n", "2:6 texml.scenario.wrong-type"),
        ("call: { webhook_url: /hooks }\n", "2:22 texml.scenario.bad-value"),
    ])
    func badCommandsAreLocated(_ yaml: String, _ expected: String) {
        #expect(problems(yaml) == [expected])
    }

    @Test func jsonNumbersFollowTheJSONGrammar() {
        for number in ["0", "-1", "14400", "1.5", "2e3", "-0.25E-2"] {
            #expect(ScenarioDecoder.isJSONNumber(number), "\(number)")
        }
        for text in ["", "-", "01", "1.", ".5", "1e", "0x10", "+1", "1_000", "NaN", "3s"] {
            #expect(!ScenarioDecoder.isJSONNumber(text), "\(text)")
        }
    }

    /// The trace's view of one command: its request, then at once its response.
    @Test func aCommandIsSentAtItsTimeAndAnsweredAtOnce() throws {
        let result = simulate(
            Self.pause,
            """
            api:
              - at: 4s
                texml_rest: Calls/{CallSid}/Recordings.json
                body: { RecordingChannels: dual }
            """)
        let index = try #require(result.events.firstIndex { $0.name == "api.request" })
        let request = result.events[index]
        #expect(request.time == .seconds(4))
        #expect(request.string("platform") == "texml_rest")
        let callSid = try #require(result.events.first?.string("CallSid"))
        #expect(request.string("url")?.hasSuffix("/Calls/\(callSid)/Recordings.json") == true)
        #expect(request.parameter("RecordingChannels") == "dual")
        #expect(request["line"] == .int(3))
        let response = result.events[index + 1]
        #expect(response.name == "api.response")
        #expect(response.time == .seconds(4))
        // The command is sent while the <Pause> runs, which it does not interrupt.
        let pauseEnd = try #require(result.events.first { $0.name == "verb.ended" })
        #expect(pauseEnd.time == .seconds(10))
    }

    @Test func aTriggeredCommandWaitsForItsTrigger() throws {
        let result = simulate(
            """
            <Response><Pause length="3"/><Dial>+15550001111</Dial></Response>
            """,
            """
            parties:
              "+15550001111": { ring: 2s, script: [ { speak: 4s }, hangup ] }
            api:
              - on: dial_answer
                after: 1s
                kazoo: record_call
                body: { action: start }
            """)
        let request = try #require(result.events.first { $0.name == "api.request" })
        // Answered at 3 s + 2 s of ringing; sent 1 s later.
        #expect(request.time == .seconds(6))
        #expect(request["node"] == .json(.fields(["module": "record_call", "data": .fields(["action": "start"])])))
    }

    @Test func commandsAfterTheCallEndedAreStillSentAndUnfiredTriggersAreReported() throws {
        let result = simulate(
            Self.pause,
            """
            api:
              - at: 30s
                telapi: Calls/{CallSid}/Recordings
                body: { Record: true }
              - on: dial_answer
                telapi: Calls/{CallSid}/Recordings
                body: { Record: false }
            """)
        let names = result.events.map(\.name)
        let ended = try #require(names.firstIndex(of: "call.ended"))
        let request = try #require(names.firstIndex(of: "api.request"))
        #expect(request > ended)
        #expect(result.events[request].time == .seconds(30))
        // The call's own duration is not stretched by the late command.
        #expect(result.outcome.duration == .seconds(10))
        #expect(names.filter { $0 == "api.request" }.count == 1)
        let warning = try #require(result.events.last { $0.name == "warning" })
        #expect(warning.string("message")?.contains("never sent: it waits for dial_answer") == true)
        #expect(warning["line"] == .int(6))
    }

    @Test func commandsAtTheSameTimeGoInFileOrder() throws {
        let result = simulate(
            Self.pause,
            """
            api:
              - { at: 2s, telapi: second-in-time, body: { Record: true } }
              - { at: 1s, telapi: first, body: { Record: true } }
              - { at: 2s, telapi: third, body: { Record: true } }
            """)
        let urls = result.events.filter { $0.name == "api.request" }.compactMap { $0.string("url") }
        let lastComponents: [String] = urls.map { url in url.split(separator: "/").last.map(String.init) ?? "" }
        #expect(lastComponents == ["first", "second-in-time", "third"])
    }

    @Test func jsonBodiesAreJSONInTheTraceAndIndentedInTheTimeline() throws {
        let result = simulate(
            Self.pause,
            """
            api:
              - at: 1s
                call_control: record_start
                body: { format: mp3, channels: single, max_length: 20 }
            """)
        let line = try #require(result.jsonLines.split(separator: "\n").first { $0.contains("api.request") })
        #expect(line.contains(#""body":{"format":"mp3","channels":"single","max_length":20}"#))
        let timeline = TimelineRenderer().render(result.events.filter { $0.name == "api.request" })
        // Members two spaces in from the braces, which sit under the event's summary.
        #expect(timeline.contains("\n" + String(repeating: " ", count: 29) + "{\n"))
        #expect(timeline.contains("\n" + String(repeating: " ", count: 31) + "\"max_length\": 20\n"))
        #expect(timeline.contains("call_control POST https://api.telnyx.com/v2/calls/"))
    }
}
