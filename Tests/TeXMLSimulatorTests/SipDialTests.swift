import Testing

@testable import TeXMLSimulator

/// `<Sip>` as Twilio runs it: a URI without `sip:` is dialed (api-snippets sip-6), a malformed
/// one is warning 13243 and the call goes on without that `<Sip>`
/// (https://www.twilio.com/docs/api/errors/13243).
@Suite("<Sip> addresses")
struct SipDialTests {
    static let webhooks = """
        webhooks:
          https://app.example.com/after: { xml: "<Response/>" }
        """

    @Test func aSIPURIWithoutItsSchemeIsDialed() {
        let result = simulate(
            flow("<Dial action=\"/after\"><Sip>kate@example.com</Sip></Dial>"),
            "parties:\n  \"kate@example.com\": { ring: 2s, answer: true, script: [ hangup ] }\n" + Self.webhooks)
        #expect(result.errorCodes.isEmpty)
        #expect(result.events("dial.started").first?["targets"] == .strings(["kate@example.com"]))
        #expect(result.events("party.answered").first?.string("party") == "kate@example.com")
    }

    @Test func aMalformedSIPURIIsNotDialedAndTheTraceSaysWhy() {
        let result = simulate(
            flow("<Dial action=\"/after\"><Sip>kate@</Sip><Number>+15550001111</Number></Dial>"),
            "parties:\n  \"+15550001111\": { ring: 2s, answer: true, script: [ hangup ] }\n" + Self.webhooks)
        #expect(result.errorCodes.isEmpty)
        let warning = result.events("warning").first { $0["code"] == .int(13243) }
        #expect(warning?.string("id") == "texml.value.invalid-sip-uri")
        #expect(result.events("dial.started").first?["targets"] == .strings(["+15550001111"]))
        #expect(result.events("party.ringing").map { $0.string("party") } == ["+15550001111"])
    }

    @Test func aDialWithOnlyAMalformedSIPURIDialsNobody() {
        let result = simulate(flow("<Dial action=\"/after\"><Sip>kate@</Sip></Dial>"), Self.webhooks)
        #expect(result.errorCodes.isEmpty)
        #expect(result.events("warning").contains { $0["code"] == .int(13243) })
        #expect(result.events("dial.started").first?["targets"] == .strings([]))
        #expect(result.events("party.ringing").isEmpty)
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "failed")
    }
}
