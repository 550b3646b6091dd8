#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import Testing

@testable import TeXMLLive

#if canImport(Glibc)
    import Glibc
#endif

/// The platform's REST API served on loopback during a live call, driven by twilio-python's
/// `Client` from the fixture application's webhook handlers (Fixtures/rest_app.py).
@Suite("The REST API of a live call, driven by twilio-python")
struct RESTAPITests {
    /// A live call against `path` with a caller who talks for 10 s, the REST server on `port`;
    /// `statusCallback`: the call's status callback, a path of the application.
    static func call(
        _ app: LiveApp, path: String, port: Int, _ extra: [String] = [], statusCallback: String? = nil
    ) throws -> CLI.Result {
        let scenario = app.directory.appendingPathComponent("caller.yaml")
        let text = """
            version: 1
            name: rest caller
            live: true
            flow_url: \(app.base + path)
            caller: [ { speak: { duration: 10s } } ]
            \(statusCallback.map { "call: { status_callback: \(app.base + $0) }" } ?? "")

            """
        try Data(text.utf8).write(to: scenario)
        return try CLI.run(
            [
                "call", app.base + path, "--scenario", scenario.path, "--api-port", String(port), "--format", "jsonl",
            ] + extra,
            environment: ["TWILIO_AUTH_TOKEN": LiveApp.authToken])
    }

    /// The checks the application logged, by name (the last of each).
    static func checks(_ app: LiveApp) throws -> [String: Any] {
        let text = try String(contentsOf: app.directory.appendingPathComponent("rest.jsonl"), encoding: .utf8)
        var checks: [String: Any] = [:]
        for line in text.split(separator: "\n") {
            guard let entry = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let name = entry["check"] as? String
            else { continue }
            checks[name] = entry["value"]
        }
        return checks
    }

    @Test func twilioPythonsClientCreatesUpdatesListsFetchesAndDownloadsRecordings() throws {
        let port = try FreePort.find()
        let app = try LiveApp(environment: ["TEXML_API_PORT": String(port)])
        let result = try Self.call(app, path: "/rest/voice", port: port)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("texml: REST API on http://127.0.0.1:\(port)"))
        let checks = try Self.checks(app)
        let created = checks["created"] as? [String: Any]
        #expect(created?["status"] as? String == "in-progress")
        #expect(created?["channels"] as? Int == 2)
        #expect(checks["paused"] as? String == "paused")
        #expect(checks["resumed"] as? String == "in-progress")
        #expect(checks["stopped"] as? [String] == ["stopped", "stopped"])
        // Two recordings, a page of one: twilio-python follows next_page_uri to the second.
        let page = checks["page"] as? [String: Any]
        #expect(page?["count"] as? Int == 1)
        #expect((page?["next"] as? String)?.contains("Recordings.json?PageSize=1&Page=1&PageToken=PA") == true)
        let second = checks["second"] as? String
        let sid = created?["sid"] as? String
        #expect(checks["listed"] as? [String] == [second ?? "", sid ?? ""])
        #expect(checks["call_listed"] as? [String] == [second ?? "", sid ?? ""])
        let fetched = checks["fetched"] as? [String: Any]
        #expect(fetched?["status"] as? String == "completed")
        // Recorded from 1 s to 6 s, paused (skip) from 3 s to 4 s: 4 s.
        #expect(fetched?["duration"] as? String == "4")
        // The media: a RIFF WAV of 4 s, two channels of 16-bit 8 kHz (+ 44 bytes of header); an MP3.
        let media = checks["media"] as? [String: [String: Any]]
        for name in ["none", ".wav"] {
            #expect(media?[name]?["status"] as? Int == 200)
            #expect(media?[name]?["head"] as? String == "52494646")
            #expect(media?[name]?["type"] as? String == "audio/x-wav")
            #expect(media?[name]?["bytes"] as? Int == 4 * 8000 * 2 * 2 + 44)
        }
        #expect(media?[".mp3"]?["type"] as? String == "audio/mpeg")
        #expect((media?[".mp3"]?["head"] as? String)?.hasPrefix("ff") == true)
        #expect(checks["deleted"] as? Bool == true)
        #expect(checks["fetch_deleted"] as? [Int] == [404, 20404])
        // The completed callback's RecordingUrl points at the server, and the file downloads there.
        let callback = checks["callback"] as? [String: Any]
        #expect((callback?["url"] as? String)?.hasPrefix("http://127.0.0.1:\(port)/2010-04-01/Accounts/") == true)
        #expect(callback?["download"] as? [AnyHashable] == [200, "52494646", 128_044])
        // Each command is stamped at the virtual time its webhook is answered at.
        let times = result.events("api.request").compactMap { $0["t"] as? Double }
        #expect(times.first == 1.0)
        #expect(result.events("api.request").count == result.events("api.response").count)
        // The same application gives the same trace.
        let again = try Self.call(app, path: "/rest/voice", port: port)
        #expect(again.stdout == result.stdout)
    }

    @Test func badRESTInputGetsTwiliosErrorAndTheCallGoesOn() throws {
        let port = try FreePort.find()
        let app = try LiveApp(environment: ["TEXML_API_PORT": String(port)])
        let result = try Self.call(app, path: "/rest/voice?next=/rest/bad", port: port)
        #expect(result.status == 0, "\(result.stderr)")
        let checks = try Self.checks(app)
        #expect(checks["wrong_token"] as? [Int] == [401, 20003])
        #expect(checks["unknown_call"] as? [Int] == [404, 20404])
        #expect(checks["unknown_recording"] as? [Int] == [404, 20404])
        for (name, status) in [("malformed_form", 400), ("json_body", 400), ("huge_parameter", 413)] {
            let answer = checks[name] as? [Any]
            #expect(answer?.first as? Int == status, "\(name)")
            let body = answer?.last as? [String: Any]
            #expect(body?["status"] as? Int == status, "\(name)")
            #expect((body?["message"] as? String)?.isEmpty == false, "\(name)")
        }
        // The server and the call went on: a recording starts after the bad requests.
        #expect(checks["after_bad"] as? String == "in-progress")
        #expect(result.events("call.ended").first?["reason"] as? String == "document-end")
    }

    @Test func callsUpdateRedirectsToAURLRunsTwimlAndHangsUp() throws {
        let port = try FreePort.find()
        let app = try LiveApp(environment: ["TEXML_API_PORT": String(port)])
        let result = try Self.call(app, path: "/rest/voice?next=/rest/calls", port: port)
        #expect(result.status == 0, "\(result.stderr)")
        let checks = try Self.checks(app)
        #expect((checks["call_updated"] as? [String: Any])?["status"] as? String == "in-progress")
        #expect(checks["call_hung_up"] as? String == "in-progress")
        // Twilio answers 21220 once the call is over; here the hang-up is applied as the webhook
        // answers, so the second request still finds the call in progress and is taken again.
        #expect(checks["after_hangup"] == nil || checks["after_hangup"] is NSNull)
        // The answers' <Pause length="5"> never run: each update replaces them.
        let requests = result.events("http.request").compactMap { $0["url"] as? String }
        #expect(
            requests.contains { $0.hasSuffix("/rest/calls-2") } && requests.contains { $0.hasSuffix("/rest/calls-3") })
        #expect(!requests.contains { $0.hasSuffix("/rest/never") })
        let redirect = result.events("http.request").first {
            ($0["url"] as? String)?.hasSuffix("/rest/calls-3") == true
        }
        #expect(redirect?["t"] as? Double == 3.0)
        let ended = result.events("call.ended").first
        #expect(ended?["reason"] as? String == "api-hangup")
        #expect(ended?["t"] as? Double == 3.0)
    }

    @Test func requestsAboutAnEndedCallAre21220AndItsResourcesStayReadable() throws {
        let port = try FreePort.find()
        let app = try LiveApp(environment: ["TEXML_API_PORT": String(port)])
        let result = try Self.call(app, path: "/rest/ended-voice", port: port, statusCallback: "/rest/ended")
        #expect(result.status == 0, "\(result.stderr)")
        let checks = try Self.checks(app)
        // twilio.com/docs/api/errors/21220 "Invalid call state": "You attempted a realtime operation
        // on a Call that was not in-progress. Calls that have completed cannot be recorded or
        // redirected." HTTP 400.
        for name in ["ended_redirect", "ended_twiml"] {
            let answer = checks[name] as? [AnyHashable]
            #expect(answer?.prefix(2) == [400, 21220], "\(name)")
            // twilio-python prefixes the body's message ("Unable to update record: …").
            #expect(
                (answer?.last as? String)?.hasSuffix("Call is not in-progress. Cannot redirect.") == true, "\(name)")
        }
        #expect((checks["ended_hangup"] as? [AnyHashable])?.prefix(2) == [400, 21220])
        #expect((checks["ended_create"] as? [AnyHashable])?.prefix(2) == [400, 21220])
        let sid = result.events("call.started").first?["CallSid"] as? String
        let fetched = checks["ended_fetch"] as? [String: Any]
        #expect(fetched?["status"] as? String == "completed")
        #expect(fetched?["sid"] as? String == sid)
        let recordings = checks["ended_recordings"] as? [[String: Any]]
        #expect(recordings?.map { $0["sid"] as? String } == [checks["ended_recording"] as? String])
        #expect(recordings?.first?["status"] as? String == "completed")
        // None of the refused requests changed the call: it ended once, by the document.
        #expect(result.events("call.ended").map { $0["reason"] as? String } == ["hangup-verb"])
        #expect(result.events("recording.started").count == 1)
    }

    @Test func telnyxActionsOnAnEndedCallAre422With90018() throws {
        let port = try FreePort.find()
        let app = try LiveApp(
            telnyxPublicKey: TelnyxSigner(seed: 0).publicKeyBase64, environment: ["TEXML_API_PORT": String(port)])
        let result = try Self.call(
            app, path: "/telnyx/ended-voice", port: port, ["--dialect", "texml"], statusCallback: "/telnyx/ended")
        #expect(result.status == 0, "\(result.stderr)")
        let answers = try #require(try Self.checks(app)["telnyx_ended"] as? [String: [Any]])
        #expect(answers.keys.sorted() == ["record_start", "record_stop", "streaming_start", "texml_create"])
        for (name, answer) in answers {
            #expect(answer.first as? Int == 422, "\(name)")
            let errors = (answer.last as? [String: Any])?["errors"] as? [[String: Any]]
            let error = errors?.first
            #expect(errors?.count == 1, "\(name)")
            #expect(error?["code"] as? String == "90018", "\(name)")
            #expect(error?["title"] as? String == "Call has already ended", "\(name)")
            #expect((error?["detail"] as? String)?.isEmpty == false, "\(name)")
            // One error object for the simulator and the live server: meta.url, no source here.
            #expect(
                (error?["meta"] as? [String: Any])?["url"] as? String
                    == "https://developers.telnyx.com/docs/overview/errors/90018", "\(name)")
            #expect(error?["source"] == nil, "\(name)")
        }
        #expect(result.events("recording.started").isEmpty)
    }

    @Test func aCommandSentJustAfterTheAnswerIsStampedAtTheAnswersTime() throws {
        let port = try FreePort.find()
        let app = try LiveApp(environment: ["TEXML_API_PORT": String(port)])
        // The application answers at 1 s, then creates a recording 200 ms (wall) later: inside the
        // settle window, so the clock has not moved and the <Pause> has not begun.
        let result = try Self.call(app, path: "/rest/voice?next=/rest/late", port: port, ["--settle", "1s"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.checks(app)["late"] as? String == "in-progress")
        let started = result.events("recording.started").first
        #expect(started?["t"] as? Double == 1.0)
        #expect(result.events("api.request").first?["t"] as? Double == 1.0)
    }

    @Test func telnyxTeXMLRESTAndCallControlActionsTakeABearerKey() throws {
        let port = try FreePort.find()
        let app = try LiveApp(
            telnyxPublicKey: TelnyxSigner(seed: 0).publicKeyBase64, environment: ["TEXML_API_PORT": String(port)])
        let result = try Self.call(app, path: "/telnyx/rest-voice", port: port, ["--dialect", "texml"])
        #expect(result.status == 0, "\(result.stderr)")
        let checks = try Self.checks(app)
        #expect(checks["telnyx_texml_create"] as? [AnyHashable] == [200, "in-progress"])
        #expect(checks["telnyx_wrong_key"] as? [AnyHashable] == [401, "10009"])
        // The server's own refusals carry the simulator's error object (APIReply.telnyxError).
        let refusal = checks["telnyx_wrong_key_error"] as? [String: Any]
        #expect(refusal.map { $0.keys.sorted() } == ["code", "detail", "meta", "title"])
        #expect(
            (refusal?["meta"] as? [String: Any])?["url"] as? String
                == "https://developers.telnyx.com/docs/overview/errors/10009")
        #expect((checks["telnyx_record_start"] as? [Any])?.first as? Int == 200)
        #expect(checks["telnyx_bad_json"] as? [AnyHashable] == [400, "10015"])
        #expect(checks["telnyx_unknown_call"] as? Int == 422 || checks["telnyx_unknown_call"] as? Int == 404)
        #expect(result.events("recording.started").count == 2)
    }

    @Test func telapiRecordingsTakeBasicCredentialsAndAnswerInTelapisErrorShape() throws {
        let port = try FreePort.find()
        let app = try LiveApp(environment: ["TEXML_API_PORT": String(port)])
        let result = try Self.call(app, path: "/telapi/rest-voice", port: port)
        #expect(result.status == 0, "\(result.stderr)")
        let checks = try Self.checks(app)
        let created = checks["telapi_create"] as? [Any]
        #expect(created?.first as? Int == 200)
        #expect(((created?.last as? [String: Any])?["sid"] as? String)?.hasPrefix("RE") == true)
        let wrong = checks["telapi_wrong_password"] as? [Any]
        #expect(wrong?.first as? Int == 401)
        #expect((wrong?[1] as? [String: Any])?["code"] as? Int == 20003)
        #expect((wrong?[1] as? [String: Any])?["status"] as? Int == 401)
        #expect(wrong?.last as? String == "Basic realm=\"TelAPI\"")
        let unknown = checks["telapi_unknown_call"] as? [Any]
        #expect(unknown?.first as? Int == 404)
        #expect((unknown?.last as? [String: Any])?["code"] as? Int == 20404)
        #expect(
            ((unknown?.last as? [String: Any])?["more_info"] as? String)?.hasPrefix("http://www.telapi.com/docs/")
                == true)
        let bad = checks["telapi_bad_parameter"] as? [Any]
        #expect(bad?.first as? Int == 400)
        #expect((bad?.last as? [String: Any])?["code"] as? Int == 20001)
        let path = checks["telapi_unknown_path"] as? [Any]
        #expect(path?.first as? Int == 404)
        #expect((path?.last as? [String: Any])?["code"] as? Int == 20404)
        // One recording started (1 s in), at the webhook's virtual time.
        #expect(result.events("recording.started").count == 1)
        #expect(result.events("recording.started").first?["t"] as? Double == 1.0)
    }

    @Test func aPortInUseIsAClearErrorBeforeAnyRequest() throws {
        let (port, descriptor) = try FreePort.occupy()
        defer { close(descriptor) }
        let result = try CLI.run(["call", "http://127.0.0.1:9/voice", "--api-port", String(port)])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot listen on 127.0.0.1:\(port) for the REST API"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aThousandConcurrentRequestsAreAllAnswered() throws {
        let port = try FreePort.find()
        let app = try LiveApp(environment: ["TEXML_API_PORT": String(port)])
        let result = try Self.call(app, path: "/rest/voice?next=/rest/flood", port: port)
        #expect(result.status == 0, "\(result.stderr)")
        let flood = try Self.checks(app)["flood"] as? [String: Any]
        #expect(flood?["ok"] as? Int == 1000, "\(flood ?? [:])")
        #expect(result.events("api.request").count == 1000)
        print("1 000 concurrent REST requests answered in \(flood?["seconds"] ?? "?") s")
    }
}

/// A loopback port free now (bound to 0 and released), for a server the test starts next.
enum FreePort {
    struct Failed: Error {}

    static func find() throws -> Int {
        let (port, descriptor) = try bound()
        close(descriptor)
        return port
    }

    /// A loopback port with a socket listening on it, held until the descriptor is closed.
    static func occupy() throws -> (port: Int, descriptor: Int32) {
        let (port, descriptor) = try bound()
        guard listen(descriptor, 1) == 0 else {
            close(descriptor)
            throw Failed()
        }
        return (port, descriptor)
    }

    private static func bound() throws -> (port: Int, descriptor: Int32) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failed() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw Failed()
        }
        return (Int(UInt16(bigEndian: address.sin_port)), descriptor)
    }
}

#endif
