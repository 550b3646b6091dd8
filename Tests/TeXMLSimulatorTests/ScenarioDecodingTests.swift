import TeXMLSimulator
import TeXMLSyntax
import Testing

@testable import TeXMLScenarioYAML

/// Bad scenario files get located diagnostics, never a crash.
struct ScenarioDecodingTests {
    /// The diagnostics of a scenario, as `line:column id`.
    func problems(_ yaml: String) -> [String] {
        let (loaded, diagnostics) = loadScenario(yaml)
        #expect(loaded == nil || !diagnostics.containsErrors)
        return diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.id)" }
    }

    @Test func fullScenarioDecodes() throws {
        let (loaded, diagnostics) = loadScenario(
            """
            version: 1
            name: caller leaves a message and presses #
            dialect: twiml
            flow: voicemail.xml
            flow_url: https://app.example.com/voicemail.xml
            call: { from: "+15551230001", to: "+15559870002", direction: inbound }
            caller:
              - wait_for: beep
              - speak: 6s
              - silence: 2s
              - press: "#"
              - at: 30s
              - hangup
            parties:
              "+15550001111": { ring: 4s, answer: true, script: [ { speak: 10s }, hangup ] }
              "+15550002222": { ring: 30s, answer: false }
              "sip:bob@example.com": { busy: true }
            webhooks:
              https://app.example.com/handle: { respond: thanks.xml }
              https://app.example.com/status: { status: 204 }
            seed: 7
            """)
        #expect(diagnostics.isEmpty)
        let scenario = try #require(loaded?.scenario)
        #expect(scenario.caller.count == 6)
        #expect(scenario.caller[1].action == .speak(duration: .seconds(6), transcript: nil, audio: nil))
        #expect(scenario.caller[1].location?.line == 9)
        #expect(scenario.parties.map(\.target) == ["+15550001111", "+15550002222", "sip:bob@example.com"])
        #expect(scenario.parties[1].answers == false)
        #expect(scenario.webhooks[0].replies[0].body == .file("thanks.xml"))
        #expect(scenario.seed == 7)
    }

    @Test func jsonIsAcceptedToo() {
        let (loaded, diagnostics) = loadScenario(
            #"{"flow": "f.xml", "caller": [{"press": "1"}, "hangup"], "seed": 3}"#)
        #expect(diagnostics.isEmpty)
        #expect(loaded?.scenario.caller.count == 2)
    }

    @Test func unknownKeysAreLocatedWithASuggestion() {
        let (_, diagnostics) = loadScenario(
            """
            flow: f.xml
            caler:
              - hangup
            """)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.id == ScenarioDiagnostics.unknownKey)
        #expect(diagnostics.first?.range.start.line == 2)
        #expect(diagnostics.first?.range.start.column == 1)
        #expect(diagnostics.first?.notes.first?.message == "did you mean 'caller'?")
    }

    @Test(arguments: [
        ("flow: f.xml\ncaller:\n  - speak: six seconds\n", "3:12 texml.scenario.bad-value"),
        ("flow: f.xml\ncaller:\n  - jump\n", "3:5 texml.scenario.bad-step"),
        ("flow: f.xml\ncaller:\n  - { speak: 2s, press: \"1\" }\n", "3:5 texml.scenario.bad-step"),
        ("flow: f.xml\ncaller:\n  - press: \"12x\"\n", "3:12 texml.scenario.bad-value"),
        ("flow: f.xml\ncaller:\n  - wait_for: beeep\n", "3:15 texml.scenario.bad-value"),
        ("caller: []\n", "1:1 texml.scenario.missing-key"),
        ("flow: f.xml\ndialect: plivo\n", "2:10 texml.scenario.bad-value"),
        ("flow: f.xml\nseed: -3\n", "2:7 texml.scenario.bad-value"),
        ("flow: f.xml\nflow: g.xml\n", "2:1 texml.scenario.duplicate-key"),
        ("flow: f.xml\nversion: 2\n", "2:10 texml.scenario.unsupported-version"),
        ("flow: f.xml\nwebhooks:\n  /relative: { status: 204 }\n", "3:3 texml.scenario.bad-value"),
        ("flow: f.xml\nwebhooks:\n  https://x.test/a: { status: 999 }\n", "3:31 texml.scenario.bad-value"),
        ("flow: f.xml\nparties:\n  \"+1555\": { rings: 3s }\n", "3:14 texml.scenario.unknown-key"),
        ("flow: f.xml\ncall: [1, 2]\n", "2:7 texml.scenario.wrong-type"),
        ("flow: f.xml\nlimits: { max_verbs: 0 }\n", "2:22 texml.scenario.bad-value"),
        ("flow: f.xml\nsettings: { record_silence_timer: later }\n", "2:35 texml.scenario.bad-value"),
        ("flow: [f.xml\n", "2:1 texml.scenario.syntax"),
        ("- just\n- a list\n", "1:1 texml.scenario.wrong-type"),
    ])
    func badValuesAreLocated(_ yaml: String, _ expected: String) {
        #expect(problems(yaml).contains(expected), "\(problems(yaml))")
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        let found = problems(
            """
            flow: f.xml
            caller:
              - speak: forever
              - press: "x"
            seed: no
            """)
        #expect(found.count == 3)
    }
}

/// Random callers never crash the interpreter and always end the call within the limits.
struct RandomCallerTests {
    static let flows = [
        flow(
            "<Gather numDigits=\"2\" action=\"/flow.xml\" timeout=\"3\"><Say>Enter two digits</Say></Gather><Record action=\"/flow.xml\" maxLength=\"20\"/>"
        ),
        flow(
            "<Dial action=\"/flow.xml\" timeout=\"8\" hangupOnStar=\"true\"><Number>+15550001111</Number><Sip>sip:b@x.test</Sip></Dial><Redirect>/flow.xml</Redirect>"
        ),
        flow("<Gather input=\"dtmf speech\" action=\"/menu\"><Play>https://cdn.test/a.mp3</Play></Gather><Hangup/>"),
    ]

    static func randomScript(_ generator: inout SeededGenerator) -> String {
        var lines = ["caller:"]
        for _ in 0..<Int(generator.next() % 12) {
            switch generator.next() % 7 {
            case 0: lines.append("  - speak: \(generator.next() % 20_000)ms")
            case 1: lines.append("  - silence: \(generator.next() % 30)s")
            case 2: lines.append("  - press: \"\(["1", "#", "*", "12", "9*#"][Int(generator.next() % 5)])\"")
            case 3:
                lines.append(
                    "  - wait_for: \(Trigger.allCases[Int(generator.next() % UInt64(Trigger.allCases.count))].rawValue)"
                )
            case 4: lines.append("  - at: \(generator.next() % 120)s")
            case 5: lines.append("  - speak: { duration: 2s, says: \"sales\" }")
            default: if generator.next() % 3 == 0 { lines.append("  - hangup") }
            }
        }
        lines.append("parties:")
        lines.append(
            "  \"+15550001111\": { ring: \(generator.next() % 15)s, busy: \(generator.next() % 4 == 0), script: [ { speak: \(generator.next() % 90)s }, hangup ] }"
        )
        lines.append("  \"sip:b@x.test\": { ring: \(generator.next() % 15)s }")
        lines.append("limits: { max_call_duration: 30m }")
        lines.append("seed: \(generator.next() % 1000)")
        return lines.joined(separator: "\n")
    }

    @Test(arguments: 0..<3)
    func randomCallersAlwaysEnd(_ flowIndex: Int) {
        var generator = SeededGenerator(seed: UInt64(flowIndex) + 100)
        for _ in 0..<150 {
            let script = Self.randomScript(&generator)
            let result = simulate(Self.flows[flowIndex], script, recorder: LengthOnlyRecorder())
            #expect(result.events.last(where: { $0.name == "call.ended" }) != nil, "\(script)")
            #expect(result.outcome.duration <= .seconds(1800), "\(script)")
            #expect(result.events("call.ended").count == 1)
            #expect(zip(result.events, result.events.dropFirst()).allSatisfy { $0.time <= $1.time }, "\(script)")
        }
    }
}
