#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Crypto
import Foundation
import TeXMLSimulator
import Testing

@testable import TeXMLLive

/// The signatures, against values twilio-python 9.13.0 computed (`RequestValidator('12345')
/// .compute_signature(url, params)`: Twilio's documented example request).
struct SigningTests {
    @Test func twilioSignatureOfAFormPostMatchesTwilioPython() {
        let parameters = [
            ("To", "+18005551212"), ("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"),
            ("Digits", "1234"), ("From", "+12349013030"),
        ].map { (name: $0.0, value: $0.1) }
        let signature = TwilioSignature.compute(
            url: "https://mycompany.com/myapp.php?foo=1&bar=2", parameters: parameters, authToken: "12345")
        #expect(signature == "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
    }

    /// The keyed HMAC, copied for each message, against a one-shot HMAC, across SHA-1's padding boundaries (55, 56,
    /// 63, 64 bytes and beyond) and for a token longer than a block (hashed first).
    @Test func theSignaturesHMACMatchesSwiftCrypto() {
        let tokens = ["", "12345", "bench", String(repeating: "k", count: 64), String(repeating: "é", count: 50)]
        for token in tokens {
            let key = TwilioSignature.Key(authToken: token)
            for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 300, 1000] {
                let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ length) }
                let expected = HMAC<Insecure.SHA1>.authenticationCode(
                    for: Data(message), using: SymmetricKey(data: Data(token.utf8)))
                #expect(key.authenticationCode(message) == Array(expected), "token \(token.count), length \(length)")
                #expect(TwilioSignature.base64(Array(message)) == Data(message).base64EncodedString())
            }
        }
    }

    @Test func aGetIsSignedOverItsURLWithTheQueryAndNoParameters() {
        var request = WebhookRequest(
            purpose: "voice", method: "GET", url: "http://127.0.0.1:8080/voice",
            parameters: [WebhookRequest.Parameter(name: "x", value: "1")])
        request.body = nil
        let wire = WireRequest(
            request, style: .twilio, credentials: WebhookCredentials(authToken: "12345", telnyx: TelnyxSigner(seed: 1)),
            timestamp: 0, idempotencyToken: "t")
        #expect(wire.url == "http://127.0.0.1:8080/voice?x=1")
        #expect(wire.body.isEmpty)
        #expect(wire.header("X-Twilio-Signature") == "flZspgjiBeiAI9WKPA3nj09VCe0=")
        #expect(wire.header("User-Agent") == "TwilioProxy/1.1")
        #expect(wire.header("I-Twilio-Idempotency-Token") == "t")
    }

    @Test func aPostIsFormEncodedInUTF8() {
        let request = WebhookRequest(
            purpose: "voice", method: "POST", url: "http://127.0.0.1/v",
            parameters: [WebhookRequest.Parameter(name: "Speech", value: "ça va & 1+1=2")])
        let wire = WireRequest(
            request, style: .twilio, credentials: WebhookCredentials(authToken: nil, telnyx: TelnyxSigner(seed: 1)),
            timestamp: 0, idempotencyToken: "t")
        #expect(String(decoding: wire.body, as: UTF8.self) == "Speech=%C3%A7a%20va%20%26%201%2B1%3D2")
        #expect(wire.header("Content-Type") == "application/x-www-form-urlencoded; charset=UTF-8")
        #expect(wire.header("X-Twilio-Signature") == nil)
    }

    @Test func telnyxSignsTimestampBarBodyWithEd25519() throws {
        let signer = TelnyxSigner(seed: 7)
        let body = Array(#"{"data":{}}"#.utf8)
        let headers = signer.headers(body: body, timestamp: 1_700_000_000)
        #expect(headers.first { $0.name == "telnyx-timestamp" }?.value == "1700000000")
        let text = try #require(headers.first { $0.name == "telnyx-signature-ed25519" }?.value)
        let signature = try #require(Data(base64Encoded: text))
        let signed = Data("1700000000|".utf8) + Data(body)
        #expect(signer.privateKey.publicKey.isValidSignature(signature, for: signed))
        #expect(!signer.privateKey.publicKey.isValidSignature(signature, for: Data("1700000001|".utf8) + Data(body)))
        // The same seed gives the same key: an application's configuration survives runs.
        #expect(TelnyxSigner(seed: 7).publicKeyBase64 == signer.publicKeyBase64)
        #expect(TelnyxSigner(seed: 8).publicKeyBase64 != signer.publicKeyBase64)
    }

    @Test func onlyLoopbackAndAllowedHostsAreReached() throws {
        let policy = HostPolicy(allowing: ["App.Test"])
        for url in [
            "http://127.0.0.1:5000/v", "http://127.8.9.10/", "http://localhost/x", "http://[::1]:80/",
            "https://app.test/v",
        ] {
            #expect(policy.refusal(for: try #require(URL(string: url))) == nil, "\(url)")
        }
        for (url, host) in [
            ("http://example.com/v", "example.com"), ("http://128.0.0.1/", "128.0.0.1"),
            ("http://127.0.0.1.evil.test/", "127.0.0.1.evil.test"), ("http://10.0.0.1/", "10.0.0.1"),
        ] {
            #expect(policy.refusal(for: try #require(URL(string: url))) == host, "\(url)")
        }
        #expect(policy.refusal(for: try #require(URL(string: "file:///etc/passwd"))) != nil)
    }
}

#endif
