import TeXMLSyntax
import Testing

@testable import TeXMLGrammar

/// The `sip-uri` type as Twilio documents `<Sip>`: its own examples write the URI without `sip:`
/// (TwilioDevEd/api-snippets twiml/voice/sip/sip-6, sip-7: `<Sip>kate@example.com</Sip>`), and
/// a URI it cannot read is warning 13243 "Dial->SIP: Invalid SIP URI"
/// (https://www.twilio.com/docs/api/errors/13243), after which the call goes on without it.
@Suite("SIP URIs")
struct SIPURITests {
    /// RFC 3261 19.1 `sip:user@host:port;params?headers`, the scheme optional as Twilio takes it.
    static let valid = [
        "kate@example.com", "sip:kate@example.com", "SIP:kate@example.com", "sips:kate@example.com",
        "kate@example.com:5060", "sip:kate@example.com;transport=tls", "kate@example.com;transport=udp",
        "sip:kate@example.com?x-mycustomheader=foo&x-myotherheader=bar",
        "sip:AgentA@xyz.sip.us1.twilio.com?User-to-User=123456789%3Bencoding%3Dhex&X-Name=Agent%2C+A",
        "username@yoursipdomain.sip.us1.twilio.com", "sip:alice:secret@example.com", "sip:example.com",
        "sip:2001@10.0.0.1:5080", "sip:alice@[2001:db8::1]:5060", "  kate@example.com  ",
    ]

    static let invalid = [
        "kate", "example.com", "kate@", "@example.com", "sip:", "sip:kate@", "sip:@example.com", "kate@example.com:",
        "kate@example.com:99999", "kate@example.com:50a0", "kate@exa mple.com", "sip:a b@example.com",
        "kate@@example.com", "kate@example.com@other.com", "tel:+15551230001", "kate@exa<mple.com",
        "kate@[2001:db8::1", "kate@ex\u{e9}mple.com", "sip:kate@example.com;", "kate@example.com?",
    ]

    @Test("accepted with or without sip:", arguments: valid)
    func accepts(_ value: String) {
        #expect(ValueChecker.check(value, as: .sipURI) == nil, "'\(value)'")
    }

    @Test("rejected", arguments: invalid)
    func rejects(_ value: String) {
        #expect(ValueChecker.check(value, as: .sipURI) == .invalidSIPURI, "'\(value)'")
    }

    @Test("the byte fast path says fine exactly where the String check does")
    func fastPathAgrees() {
        let check = ByteCheck(.sipURI, allowsEmpty: false)
        for value in Self.valid + Self.invalid {
            let fine = Array(value.utf8).withUnsafeBufferPointer { check.isCertainlyFine($0) }
            #expect(fine == (ValueChecker.check(value, as: .sipURI) == nil), "'\(value)'")
        }
    }

    @Test("a malformed <Sip> or <Uri> is Twilio's 13243, which Twilio ignores")
    func twilioCode() throws {
        for body in ["<Sip>kate@</Sip>", "<Sip><Uri>kate@</Uri></Sip>"] {
            let result = Validator(dialect: .twiml).validate("<Response><Dial>\(body)</Dial></Response>")
            let diagnostic = try #require(result.diagnostics.first)
            #expect(result.diagnostics.count == 1)
            #expect(diagnostic.id == "texml.value.invalid-sip-uri")
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.platformCode == 13243)
            #expect(diagnostic.effect == .ignored)
            // The platform runs the call: the document is built, without the URI.
            #expect(result.document != nil)
        }
    }

    @Test("platforms that publish no such code keep the schema error")
    func otherDialects() throws {
        let result = Validator(dialect: .texml).validate("<Response><Dial><Sip>kate@</Sip></Dial></Response>")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.platformCode == 12200)
        #expect(diagnostic.effect == .failsCall)
    }
}
