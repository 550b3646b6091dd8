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

    // MARK: <Sip> with <Uri> children

    /// twilio-python's Sip.uri() / twilio-node's SipUri: "Multiple Uri elements can be provided, in
    /// which case they will be attempted in priority order. URIs with the same priority will be
    /// selected proportionally based on its weight." Lower priority first, as Twilio's SIP trunking
    /// origination URLs ("The lowest number represents the most important URI",
    /// https://www.twilio.com/docs/sip-trunking/api/origination-urls).
    static let uris = """
        <Dial action="/after"><Sip>
          <Uri priority="2" weight="10">sip:backup@example.com</Uri>
          <Uri priority="1" weight="1">sip:light@example.com</Uri>
          <Uri priority="1" weight="10" username="u" password="p">sip:primary@example.com</Uri>
        </Sip></Dial>
        """

    @Test func aSipWithUriChildrenDialsTheMostImportantURIFirst() {
        let result = simulate(
            flow(Self.uris),
            "parties:\n  \"sip:primary@example.com\": { ring: 2s, answer: true, script: [ hangup ] }\n"
                + Self.webhooks)
        #expect(result.errorCodes.isEmpty)
        #expect(result.events("dial.started").first?["targets"] == .strings(["sip:primary@example.com"]))
        #expect(result.events("party.answered").first?.string("party") == "sip:primary@example.com")
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "completed")
        #expect(!result.events("dial.started").contains { $0["targets"] == .strings([""]) })
    }

    @Test func aFailingURIFailsOverToTheNextInOrder() {
        let result = simulate(
            flow(Self.uris),
            """
            parties:
              "sip:primary@example.com": { fail: true }
              "sip:light@example.com": { fail: true }
              "sip:backup@example.com": { ring: 3s, answer: true, script: [ hangup ] }

            """ + Self.webhooks)
        #expect(result.errorCodes.isEmpty)
        let failed = result.events("party.failed")
        #expect(failed.map { $0.string("party") } == ["sip:primary@example.com", "sip:light@example.com"])
        #expect(failed.map { $0.string("failover") } == ["sip:light@example.com", "sip:backup@example.com"])
        #expect(result.events("dial.started").first?["targets"] == .strings(["sip:backup@example.com"]))
        #expect(result.events("party.answered").first?.string("party") == "sip:backup@example.com")
        #expect(result.events("party.answered").first?.seconds == "3.000")
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "completed")
    }

    @Test func whenEveryURIFailsTheDialFails() {
        let result = simulate(
            flow("<Dial action=\"/after\"><Sip><Uri>sip:a@example.com</Uri><Uri>sip:b@example.com</Uri></Sip></Dial>"),
            """
            parties:
              "sip:a@example.com": { fail: true }
              "sip:b@example.com": { fail: true }

            """ + Self.webhooks)
        #expect(result.events("party.failed").map { $0.string("party") } == ["sip:a@example.com", "sip:b@example.com"])
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "failed")
    }

    @Test func aMalformedUriIsSkipped() {
        let result = simulate(
            flow(
                "<Dial action=\"/after\"><Sip><Uri priority=\"1\">kate@</Uri><Uri priority=\"2\">sip:b@example.com</Uri></Sip></Dial>"
            ),
            "parties:\n  \"sip:b@example.com\": { ring: 1s, answer: true, script: [ hangup ] }\n" + Self.webhooks)
        #expect(result.errorCodes.isEmpty)
        #expect(result.events("warning").contains { $0["code"] == .int(13243) })
        #expect(result.events("dial.started").first?["targets"] == .strings(["sip:b@example.com"]))
    }
}
