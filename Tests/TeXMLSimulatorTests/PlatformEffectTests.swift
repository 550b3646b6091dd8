import TeXMLGrammar
import TeXMLSyntax
import Testing

@testable import TeXMLSimulator

/// The simulator follows a diagnostic's platform effect, not its severity: a value the platform
/// ignores is an error to `texml validate` and a warning event in the call, which goes on.
@Suite struct PlatformEffectTests {
    static let unanswered = """
        parties:
          "+15551230001": { ring: 60s, answer: false }
        webhooks:
          https://app.example.com/dialed: { xml: "<Response><Hangup/></Response>" }
        """

    @Test func anIgnoredValueIsAnErrorToTheAuthorAndAWarningInTheCall() throws {
        let markup = flow(
            "<Dial record=\"always\" action=\"https://app.example.com/dialed\">+15551230001</Dial>")
        let validation = Validator(dialect: .twiml).validate(markup)
        #expect(validation.diagnostics.map(\.severity) == [.error])
        #expect(validation.diagnostics.map(\.effect) == [.ignored])
        let result = simulate(markup, Self.unanswered)
        #expect(!result.outcome.hadError)
        #expect(result.errorCodes.isEmpty)
        let warning = try #require(result.events("warning").first)
        #expect(warning["code"] == .int(13217))
        #expect(result.events("dial.started").count == 1)
        #expect(result.events("recording.started").isEmpty)
    }

    @Test func aGatherTimeoutTwilioWarnsAboutRunsWithTheDefault() throws {
        // 13313 "Gather: Invalid timeout value" is a warning on Twilio's own page: the call goes
        // on, where texml used to end it with 12200.
        let markup = flow("<Gather timeout=\"soon\" action=\"https://app.example.com/dialed\"/>")
        let result = simulate(markup, Self.unanswered)
        #expect(result.errorCodes.isEmpty)
        #expect(result.events("warning").first?["code"] == .int(13313))
        let ended = try #require(result.ended("Gather"))
        #expect(ended.time.secondsText == "5.000")
    }

    @Test func aValueOutsideTheDocumentedRangeIsUsedAsWritten() throws {
        let markup = flow("<Dial timeout=\"2\" action=\"https://app.example.com/dialed\">+15551230001</Dial>")
        let validation = Validator(dialect: .twiml).validate(markup)
        #expect(validation.diagnostics.map(\.id) == ["texml.value.outside-documented-range"])
        #expect(validation.diagnostics.map(\.severity) == [.warning])
        #expect(validation.diagnostics.map(\.effect) == [.runs])
        let result = simulate(markup, Self.unanswered)
        #expect(result.errorCodes.isEmpty)
        let started = try #require(result.events("dial.started").first)
        #expect(started["timeout"] == .int(2))
        let action = try #require(result.requests("action").first)
        #expect(action.time.secondsText == "2.000")
    }

    @Test func aFailingDiagnosticStillEndsTheCall() {
        let result = simulate(flow("<Sya>Hello</Sya>"))
        #expect(result.errorCodes == [12200])
    }
}
