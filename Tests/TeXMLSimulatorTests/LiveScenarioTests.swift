import TeXMLSimulator
import Testing

/// `live:` in a scenario (issue 18): the call's requests go to a real application at `flow_url`.
struct LiveScenarioTests {
    @Test func liveTrueNeedsNoFlowFile() throws {
        let (loaded, diagnostics) = loadScenario("live: true\nflow_url: http://127.0.0.1:5000/voice\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let scenario = try #require(loaded).scenario
        #expect(scenario.live == LiveSettings())
        #expect(scenario.flow == nil)
        #expect(scenario.flowURL == "http://127.0.0.1:5000/voice")
    }

    @Test func liveTakesAnAuthTokenAndAllowedHosts() throws {
        let (loaded, diagnostics) = loadScenario(
            "live: { auth_token: abc, allow_hosts: [app.test, 10.0.0.5] }\nflow_url: http://app.test/voice\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(
            try #require(loaded).scenario.live
                == LiveSettings(authToken: "abc", allowedHosts: ["app.test", "10.0.0.5"]))
    }

    @Test func liveFalseIsAnOrdinaryScenarioThatNeedsItsFlow() {
        let (_, diagnostics) = loadScenario("live: false\nflow_url: http://127.0.0.1/voice\n")
        #expect(diagnostics.contains { $0.message.contains("has no 'flow'") })
    }

    @Test func badLiveValuesAreLocatedDiagnostics() {
        let (_, notBool) = loadScenario("live: maybe\nflow_url: http://127.0.0.1/voice\n")
        // Not a live run, so also the missing flow.
        #expect(notBool.contains { $0.range.start.line == 1 && $0.message.contains("live") })
        let (_, notList) = loadScenario("live: { allow_hosts: app.test }\nflow_url: http://127.0.0.1/voice\n")
        #expect(notList.contains { $0.message.contains("live.allow_hosts must be a list") })
        let (_, unknown) = loadScenario("live: { auth_tokn: x }\nflow_url: http://127.0.0.1/voice\n")
        #expect(unknown.contains { $0.message.contains("auth_tokn") })
    }
}
