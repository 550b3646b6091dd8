#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import Testing

@testable import TeXMLLive

/// Live calls against a real application (Fixtures/app.py) that judges every request with the
/// official libraries: twilio-python's RequestValidator and the telnyx SDK's Ed25519 verification.
@Suite("Live calls judged by the official libraries")
struct LiveAppTests {
    @Test func aVoicemailCallHasEveryRequestVerifiedByTwilioPython() throws {
        let app = try LiveApp()
        let result = try CLI.run(
            ["run", try app.scenario("voicemail.scenario.yaml"), "--format", "jsonl"],
            environment: ["TWILIO_AUTH_TOKEN": LiveApp.authToken])
        #expect(result.status == 0, "\(result.stderr)")
        let seen = try app.requests()
        #expect(seen.map(\.path) == ["/voice", "/voicemail", "/recording-status", "/recorded", "/status"])
        for request in seen {
            #expect(request.verified, "\(request.method) \(request.path): \(request.reason)")
            #expect(request.user_agent == "TwilioProxy/1.1")
            #expect(!request.idempotency.isEmpty)
        }
        // The <Redirect method="GET">: signed over the URL with its query.
        #expect(seen.contains { $0.method == "GET" && $0.query.hasPrefix("greeting=1&AccountSid=") })
        #expect(
            seen.filter { $0.method == "POST" }.allSatisfy {
                $0.content_type == "application/x-www-form-urlencoded; charset=UTF-8"
            })
        #expect(result.events("call.ended").first?["reason"] as? String == "hangup-verb")
        #expect(result.events("recording.completed").count == 1)
        // Every request's latency on stderr, none in the trace.
        #expect(result.stderr.components(separatedBy: "live: ").count - 1 == seen.count)
        #expect(!result.stdout.contains("latency"))
        // No credential is written.
        #expect(!result.stdout.contains(LiveApp.authToken) && !result.stderr.contains(LiveApp.authToken))
    }

    @Test func texmlCallSendsTheDefaultCallerToTheURLWithTheAuthTokenOption() throws {
        let app = try LiveApp()
        let result = try CLI.run(
            ["call", app.base + "/voice", "--auth-token", LiveApp.authToken, "--format", "jsonl"])
        // The default caller stays silent: <Record> ends on its timeout, and Twilio does not call
        // the action for an empty recording, so the call ends after the document.
        #expect(result.status == 0, "\(result.stderr)")
        let seen = try app.requests()
        #expect(seen.count >= 2)
        #expect(seen.allSatisfy { $0.verified }, "\(seen.map(\.reason))")
        #expect(!result.stdout.contains(LiveApp.authToken) && !result.stderr.contains(LiveApp.authToken))
    }

    @Test func aLiveScenariosGoldenIsTheSameOnEveryRun() throws {
        let app = try LiveApp()
        let scenario = try app.scenario("voicemail.scenario.yaml")
        let token = ["TWILIO_AUTH_TOKEN": LiveApp.authToken]
        let first = try CLI.run(["test", scenario, "--color", "never"], environment: token)
        #expect(first.stdout.contains("recorded new baseline"), "\(first.stdout)")
        // The application's latency differs from run to run; the golden must not.
        for _ in 0..<2 {
            let again = try CLI.run(["test", scenario, "--color", "never"], environment: token)
            #expect(again.status == 0, "\(again.stdout)")
            #expect(again.stdout.contains("1 passed, 0 failed"))
        }
        #expect(try app.requests().count == 15)
    }

    @Test func aProxyInTheEnvironmentIsNotUsed() throws {
        let app = try LiveApp()
        // A proxy on a loopback port nothing listens on: were it used, the call would fail to connect.
        let proxy = "http://127.0.0.1:9"
        let result = try CLI.run(
            ["call", app.base + "/voice", "--auth-token", LiveApp.authToken, "--format", "jsonl"],
            environment: ["http_proxy": proxy, "HTTP_PROXY": proxy, "https_proxy": proxy, "all_proxy": proxy])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(try app.requests().first?.path == "/voice")
    }

    @Test func aRedirectOnLoopbackIsFollowedAndSignedForItsNewURL() throws {
        let app = try LiveApp()
        let result = try CLI.run(
            ["call", app.base + "/fail/redirect-home", "--auth-token", LiveApp.authToken, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let seen = try app.requests()
        // 307 repeats the POST, with its body, at the new URL.
        #expect(
            seen.prefix(2).map { "\($0.method) \($0.path)?\($0.query)" } == [
                "POST /fail/redirect-home?", "POST /voicemail?greeting=2",
            ])
        #expect(seen.allSatisfy { $0.verified }, "\(seen.map(\.reason))")
    }

    @Test func telnyxWebhooksAndCallControlJSONPassTheTelnyxSDKsEd25519Check() throws {
        // The scenario's seed (7) gives the key pair; the application is told the public key.
        let publicKey = TelnyxSigner(seed: 7).publicKeyBase64
        let app = try LiveApp(telnyxPublicKey: publicKey)
        let result = try CLI.run(["run", try app.scenario("telnyx-call-control.scenario.yaml"), "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Telnyx webhook public key (base64): \(publicKey)"))
        let seen = try app.requests()
        #expect(seen.contains { $0.path == "/texml/voice" })
        let json = seen.filter { $0.content_type == "application/json" }
        #expect(!json.isEmpty, "no Call Control JSON webhook reached the application: \(seen.map(\.path))")
        for request in seen { #expect(request.verified, "\(request.method) \(request.path): \(request.reason)") }
    }

    @Test func theREADMEsTestCommandMakesTheVirtualEnvironment() throws {
        let readme = try String(contentsOf: PackagePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let command = try #require(
            readme.split(separator: "\n").first {
                $0.hasPrefix("apt-get update && apt-get install") && $0.hasSuffix("&& swift test --traits Live")
            })
        #expect(command.contains(" python3-venv "))
        #expect(command.contains(" && " + MissingJudge.readmeStep + " && swift test --traits Live"))
    }

    @Test func aMissingVirtualEnvironmentFailsNamingTheREADMECommand() {
        #expect {
            _ = try LiveApp.python(venv: "/nonexistent/texml-venv")
        } throws: { error in
            "\(error)".contains("python3 -m venv .venv-live")
                && "\(error)".contains("pip install -r Tests/TeXMLLiveTests/requirements.txt")
        }
    }
}

/// The application answers badly, or not at all: each a clear error event, the call ends, nothing crashes.
@Suite("Live calls: bad answers")
struct LiveBadAnswerTests {
    enum Bad: String, CaseIterable, CustomTestStringConvertible {
        case status500, status404, garbage, overTheCap, closedMidBody, timeout, connectionRefused
        case redirectToAnotherHost
        var testDescription: String { rawValue }

        var path: String {
            switch self {
            case .status500: "/fail/500"
            case .status404: "/fail/no-such-route"
            case .garbage: "/fail/garbage"
            case .overTheCap: "/fail/huge"
            case .closedMidBody: "/fail/cut"
            case .timeout: "/fail/slow"
            case .connectionRefused: "/voice"
            case .redirectToAnotherHost: "/fail/redirect-away"
            }
        }

        /// Where the call goes: the application, or for `connectionRefused` a port nothing listens
        /// on (the application's own, once it has stopped).
        func base(of app: LiveApp) -> String {
            if self == .connectionRefused { app.stop() }
            return app.base
        }

        /// The error event's code and a piece of its message.
        var expected: (code: Int, message: String) {
            switch self {
            case .status500: (11200, "answered 500")
            case .status404: (11200, "answered 404")
            case .garbage: (12100, "document parse failure")
            case .overTheCap: (11200, "larger than 1048576 bytes")
            case .closedMidBody: (11200, "closed")
            case .timeout: (11200, "did not answer within 1s")
            case .connectionRefused: (11200, "connect")
            case .redirectToAnotherHost: (11200, "host 'example.com' is not allowed")
            }
        }
    }

    @Test(arguments: Bad.allCases) func aBadAnswerIsAClearErrorAndTheCallEnds(_ bad: Bad) throws {
        let app = try LiveApp(slowSeconds: 4)
        let base = bad.base(of: app)
        let scenario = app.directory.appendingPathComponent("bad.scenario.yaml")
        try Data(
            """
            version: 1
            name: bad answer
            live: true
            flow_url: \(base + bad.path)
            settings: { http_timeout: 1s }
            """.utf8
        ).write(to: scenario)
        let clock = ContinuousClock()
        let start = clock.now
        let result = try CLI.run(
            ["run", scenario.path, "--format", "jsonl"], environment: ["TWILIO_AUTH_TOKEN": LiveApp.authToken])
        #expect(clock.now - start < .seconds(20))
        #expect(result.status == 1, "\(result.stderr)")
        let errors = result.events("error")
        #expect(errors.count == 1, "\(result.stdout)")
        #expect(errors.first?["code"] as? Int == bad.expected.code)
        let message = errors.first?["message"] as? String ?? ""
        #expect(message.contains(bad.expected.message), "\(message)")
        #expect(result.events("call.ended").first?["reason"] as? String == "error")
        if bad == .redirectToAnotherHost {
            #expect(result.events("warning").contains { $0["host"] as? String == "example.com" })
        }
        if bad == .connectionRefused {
            #expect(result.events("http.response").first?["status"] as? String == "failed")
        } else {
            #expect(try app.requests().allSatisfy { $0.verified })
        }
    }
}

#endif
