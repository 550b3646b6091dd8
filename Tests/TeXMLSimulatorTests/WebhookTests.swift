import TeXMLSimulator
import Testing

struct WebhookTests {
    static let gather = flow("<Gather action=\"/next\" numDigits=\"1\"/>")
    static let press = "caller:\n  - press: \"1\"\n"

    @Test func standardParametersPerDialect() {
        let twilio = simulate(
            Self.gather, Self.press + "webhooks:\n  https://app.example.com/next: { xml: \"<Response/>\" }")
        let names = Set(
            twilio.requests("voice").first.map { event -> [String] in
                guard case .parameters(let pairs)? = event["params"] else { return [] }
                return pairs.map(\.0)
            } ?? [])
        #expect(
            names == [
                "AccountSid", "ApiVersion", "CallSid", "CallStatus", "Called", "Caller", "Direction", "From", "To",
            ])
        #expect(twilio.requests("voice").first?.parameter("CallStatus") == "ringing")
        #expect(twilio.requests("action").first?.parameter("CallStatus") == "in-progress")

        let telnyx = simulate(
            "<Response><Gather action=\"/next\" numDigits=\"1\"/></Response>",
            "dialect: texml\n" + Self.press + "webhooks:\n  https://app.example.com/next: { xml: \"<Response/>\" }")
        let action = telnyx.requests("action").first
        #expect(action?.parameter("CallSidLegacy") == action?.parameter("CallSid"))
        #expect(action?.parameter("ConnectionId") != nil)
        #expect(action?.parameter("ApiVersion") == nil)
    }

    @Test(arguments: [
        ("{ status: 500 }", 11200), ("{ status: 404 }", 11200), ("{ timeout: true }", 11200),
        ("{ body: \"OK\", content_type: text/plain }", 12100), ("{ status: 200 }", 12100),
        ("{ xml: \"<Response><Sya>hi</Sya></Response>\" }", 12200), ("{ xml: \"<Response><Say>\" }", 12100),
        ("{ xml: \"<Reply/>\" }", 12100),
    ])
    func failingActionEndsTheCallWithThePlatformError(_ reply: String, _ code: Int) {
        // Twilio 11200 "HTTP retrieval failure"; 12100 "Document parse failure"; 12200 "Schema validation warning".
        let result = simulate(Self.gather, Self.press + "webhooks:\n  https://app.example.com/next: " + reply)
        #expect(result.errorCodes == [code])
        #expect(result.outcome.hadError)
        #expect(result.outcome.reason == .error)
        #expect(result.outcome.status == .completed)
    }

    @Test func timeoutTakesTheHTTPTimeout() {
        let result = simulate(
            Self.gather, Self.press + "webhooks:\n  https://app.example.com/next: { timeout: true }")
        // The key at 0 s; the platform gives up after 15 s.
        #expect(result.events("error").first?.seconds == "15.000")
    }

    @Test func latencyMovesTheClock() {
        let result = simulate(
            Self.gather,
            Self.press + "webhooks:\n  https://app.example.com/next: { xml: \"<Response/>\", latency: 350ms }")
        #expect(result.events("http.response").last?.seconds == "0.350")
    }

    @Test func successiveRepliesThenTheLastRepeats() {
        let result = simulate(
            flow("<Redirect>/step</Redirect>"),
            """
            webhooks:
              https://app.example.com/step:
                - xml: "<Response><Pause/><Redirect>/step</Redirect></Response>"
                - xml: "<Response><Pause length=\\"2\\"/><Redirect>/step</Redirect></Response>"
                - xml: "<Response><Hangup/></Response>"
            """)
        #expect(result.requests("redirect").count == 3)
        #expect(result.outcome.reason == .hangupVerb)
        #expect(result.outcome.duration == .seconds(3))
    }

    @Test func unmappedURLsAnswerAnEmptyResponseWithAWarningOrNotFound() {
        let lenient = simulate(flow("<Redirect>/nowhere</Redirect>"))
        #expect(lenient.events("warning").first?.string("message")?.contains("no webhooks entry") == true)
        #expect(!lenient.outcome.hadError)
        let strict = simulate(
            flow("<Redirect>/nowhere</Redirect>"), "settings: { unmapped_webhooks: not-found }")
        #expect(strict.errorCodes == [11200])
    }

    @Test func documentWarningsAreTraced() {
        let result = simulate(flow("<Say colour=\"red\">hi</Say>"))
        let warning = result.events("warning").first
        #expect(warning?.string("id") == "texml.attribute.unknown")
        #expect(warning?["line"] == .int(3))
    }
}

struct LimitTests {
    @Test func redirectLoopIsCaught() {
        let result = simulate(flow("<Redirect>/flow.xml</Redirect>"))
        #expect(result.events("error").first?.string("limit") == "max_fetches_without_progress")
        #expect(result.outcome.reason == .redirectLoop)
    }

    @Test func maxVerbs() {
        let result = simulate(flow("<Pause/><Redirect>/flow.xml</Redirect>"), "limits: { max_verbs: 50 }")
        #expect(result.events("error").first?.string("limit") == "max_verbs")
    }

    @Test func maxCallDurationEndsAnEndlessCall() {
        let result = simulate(
            flow("<Dial>+15550001111</Dial>"),
            """
            parties:
              "+15550001111": { ring: 1s }
            limits: { max_call_duration: 10m }
            """)
        #expect(result.outcome.duration == .seconds(600))
        #expect(result.events("error").first?.string("limit") == "max_call_duration")
        #expect(result.outcome.status == .completed)
    }

    @Test func fourHourLoopRunsToTheLimit() {
        let result = simulate(
            flow(
                "<Gather timeout=\"5\" action=\"/flow.xml\"><Say>Still there?</Say></Gather><Redirect>/flow.xml</Redirect>"
            ))
        #expect(result.outcome.duration == .seconds(14_400))
        #expect(result.requests("redirect").count > 2000)
    }
}

struct DeterminismTests {
    static let scenario = """
        seed: 42
        caller:
          - wait_for: beep
          - speak: 3s
          - press: "#"
        """

    @Test func sameInputsGiveAByteIdenticalTrace() {
        let flowText = flow("<Say>Leave a message</Say><Record action=\"/done\"/>")
        let first = simulate(flowText, Self.scenario).jsonLines
        let second = simulate(flowText, Self.scenario).jsonLines
        #expect(first == second)
        let reseeded = simulate(flowText, Self.scenario.replacingOccurrences(of: "42", with: "43")).jsonLines
        #expect(reseeded != first)
    }

    @Test func jsonLinesAreOneObjectPerEventInTimeOrder() {
        let result = simulate(flow("<Say>Leave a message</Say><Record action=\"/done\"/>"), Self.scenario)
        let lines = result.jsonLines.split(separator: "\n")
        #expect(lines.count == result.events.count)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"t\":") && $0.hasSuffix("}") })
        #expect(zip(result.events, result.events.dropFirst()).allSatisfy { $0.time <= $1.time })
    }
}
