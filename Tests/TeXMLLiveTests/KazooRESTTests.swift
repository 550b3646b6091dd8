#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import TeXMLLive
import TeXMLLiveServer
import TeXMLSimulator
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Kazoo's crossbar recordings API on the live REST server, over real HTTP: the call's
/// recordings folder listed, fetched, downloaded and deleted with `X-Auth-Token`.
@Suite("Kazoo's recordings API on the live REST server")
struct KazooRESTTests {
    static let account = "4b31dd1d32ce6d249897c06332375d65"
    static let token = "kazoo-token"
    static let sid = "REkazoo0000000000000000000000001"

    /// A server over a folder holding one WAV recording of 1 s (mono, 16-bit, 8 kHz).
    final class Fixture {
        let folder: URL
        let server: APIServer

        init() async throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("texml-kazoo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Self.wav(samples: 8000).write(to: folder.appendingPathComponent("\(sid).wav"))
            let metadata = """
                {"sid":"\(sid)","account_sid":"\(account)","call_sid":"CAkazoo","source":"record_call",\
                "status":"completed","channels":1,"track":"both","format":"wav","start_time":"2026-01-01T00:00:00Z",\
                "created":1767225600,"duration":1,"duration_ms":1000,"sample_rate":8000,"file":"\(sid).wav",\
                "from":"+15550001","to":"+15550002","labels":{}}
                """
            try Data(metadata.utf8).write(to: folder.appendingPathComponent("\(sid).json"))
            // No retry: the server runs on threads of its own, however busy the cooperative pool is.
            server = try APIServer(
                APIServer.Configuration(accountSid: account, authToken: token, recordings: folder.path),
                inbox: APIInbox(settle: .milliseconds(50)))
        }

        deinit {
            server.stop()
            try? FileManager.default.removeItem(at: folder)
        }

        /// A RIFF WAV of a 440 Hz tone.
        static func wav(samples: Int) -> Data {
            var data = Data()
            func append<T: FixedWidthInteger>(_ value: T) {
                withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
            }
            data.append(contentsOf: Array("RIFF".utf8))
            append(UInt32(36 + samples * 2))
            data.append(contentsOf: Array("WAVEfmt ".utf8))
            append(UInt32(16))
            append(UInt16(1))
            append(UInt16(1))
            append(UInt32(8000))
            append(UInt32(16000))
            append(UInt16(2))
            append(UInt16(16))
            data.append(contentsOf: Array("data".utf8))
            append(UInt32(samples * 2))
            for index in 0..<samples {
                append(Int16(8000 * sin(Double(index) * 2 * .pi * 440 / 8000)))
            }
            return data
        }

        func request(
            _ method: String, _ path: String, token: String? = KazooRESTTests.token, accept: String? = nil
        ) async throws -> (status: Int, type: String?, body: Data) {
            var request = URLRequest(url: URL(string: server.origin + path)!)
            request.httpMethod = method
            if let token { request.setValue(token, forHTTPHeaderField: "X-Auth-Token") }
            if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
            let (body, response) = try await URLSession.shared.data(for: request)
            let http = response as? HTTPURLResponse
            return (http?.statusCode ?? 0, http?.value(forHTTPHeaderField: "Content-Type"), body)
        }

        func json(_ body: Data) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        }
    }

    static var recordings: String { "/v2/accounts/\(account)/recordings" }

    @Test func listsFetchesDownloadsAndDeletesInCrossbarsEnvelope() async throws {
        let fixture = try await Fixture()
        let list = try await fixture.request("GET", Self.recordings)
        #expect(list.status == 200)
        let listed = try fixture.json(list.body)
        #expect(listed["status"] as? String == "success")
        #expect(listed["auth_token"] as? String == Self.token)
        #expect((listed["request_id"] as? String)?.isEmpty == false)
        #expect(listed["revision"] != nil)
        #expect(listed["page_size"] as? Int == 1)
        #expect((listed["data"] as? [[String: Any]])?.map { $0["sid"] as? String } == [Self.sid])

        let fetched = try await fixture.request("GET", Self.recordings + "/\(Self.sid)")
        #expect(fetched.status == 200)
        let document = try fixture.json(fetched.body)
        #expect((document["data"] as? [String: Any])?["call_sid"] as? String == "CAkazoo")
        #expect(document["status"] as? String == "success")

        let wav = try await fixture.request("GET", Self.recordings + "/\(Self.sid)", accept: "audio/x-wav")
        #expect(wav.status == 200)
        #expect(wav.type == "audio/x-wav")
        #expect(wav.body.prefix(4) == Data("RIFF".utf8))
        #expect(wav.body.count == 44 + 8000 * 2)

        let mp3 = try await fixture.request("GET", Self.recordings + "/\(Self.sid)", accept: "audio/mpeg")
        #expect(mp3.status == 200)
        #expect(mp3.type == "audio/mpeg")
        // An MPEG audio frame sync (11 set bits) or an ID3 tag.
        let head = [UInt8](mp3.body.prefix(3))
        #expect(head.count == 3 && ((head[0] == 0xFF && head[1] & 0xE0 == 0xE0) || head == Array("ID3".utf8)))
        #expect(mp3.body.count > 500)

        let deleted = try await fixture.request("DELETE", Self.recordings + "/\(Self.sid)")
        #expect(deleted.status == 200)
        #expect(((try fixture.json(deleted.body))["data"] as? [String: Any])?["sid"] as? String == Self.sid)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("\(Self.sid).wav").path))
        let gone = try await fixture.request("GET", Self.recordings + "/\(Self.sid)")
        #expect(gone.status == 404)
        let after = try fixture.json((try await fixture.request("GET", Self.recordings)).body)
        #expect((after["data"] as? [Any])?.isEmpty == true)
    }

    @Test func aWrongOrMissingTokenIsCrossbarsInvalidCredentials() async throws {
        let fixture = try await Fixture()
        for token in ["wrong", nil] {
            let answer = try await fixture.request("GET", Self.recordings, token: token)
            #expect(answer.status == 401)
            let body = try fixture.json(answer.body)
            #expect(body["error"] as? String == "401")
            #expect(body["message"] as? String == "invalid_credentials")
            #expect(body["status"] as? String == "error")
            #expect((body["data"] as? [String: Any])?["message"] as? String == "invalid credentials")
        }
    }

    @Test func anUnknownRecordingOrAccountIsBadIdentifier() async throws {
        let fixture = try await Fixture()
        let answer = try await fixture.request("GET", Self.recordings + "/REnothing")
        #expect(answer.status == 404)
        let body = try fixture.json(answer.body)
        #expect(body["error"] as? String == "404")
        #expect(body["message"] as? String == "bad_identifier")
        #expect((body["data"] as? [String: Any])?["cause"] as? String == "REnothing")
        let account = try await fixture.request("GET", "/v2/accounts/other/recordings")
        #expect(account.status == 404)
        let delete = try await fixture.request("DELETE", Self.recordings + "/REnothing")
        #expect(delete.status == 404)
        let page = try await fixture.request("GET", Self.recordings + "?page_size=0")
        #expect(page.status == 400)
        #expect(try fixture.json(page.body)["status"] as? String == "error")
    }

    /// A Pivot call's `<Record>` against the fixture application: the MP3 is PUT below its
    /// `recordingUrl`, and the action handler lists the account's recordings and downloads the
    /// new one from the live server, as a Kazoo application does through crossbar.
    @Test func aLivePivotCallsRecordingIsListedAndDownloadedAsMP3() throws {
        let port = try FreePort.find()
        let app = try LiveApp(environment: ["TEXML_API_PORT": String(port)])
        let result = try CLI.run(
            [
                "run", try app.scenario("pivot-recordings.scenario.yaml"), "--api-port", String(port), "--format",
                "jsonl",
            ],
            environment: ["TWILIO_AUTH_TOKEN": LiveApp.authToken])
        #expect(result.status == 0, "\(result.stderr)")
        let checks = try RESTAPITests.checks(app)
        let upload = try #require(checks["pivot_upload"] as? [String: Any])
        let done = try #require(checks["pivot_done"] as? [String: Any])
        // The bytes the trace says were stored are the bytes that arrived, and those crossbar serves.
        let stored = result.events("http.request").first { $0["purpose"] as? String == "storageUrl" }
        let bytes = try #require(stored?["bytes"] as? Int)
        #expect(bytes > 1000)
        #expect(upload["bytes"] as? Int == bytes)
        #expect(upload["type"] as? String == "audio/mpeg")
        #expect(done["status"] as? Int == 200)
        let ids = try #require(done["ids"] as? [String])
        #expect(ids.count == 1)
        let document = done["document"] as? [Any]
        #expect(document?.first as? Int == 200)
        #expect(((document?.last as? [String: Any])?["call_sid"] as? String)?.isEmpty == false)
        let media = try #require(done["media"] as? [String: Any])
        #expect(media["status"] as? Int == 200)
        #expect(media["type"] as? String == "audio/mpeg")
        #expect(media["bytes"] as? Int == bytes)
        // An MPEG audio frame sync (11 set bits) or an ID3 tag.
        let head = (media["head"] as? String) ?? ""
        #expect(head.hasPrefix("fff") || head.hasPrefix("ffe") || head == "494433", "\(head)")
        // The action names the stored file: RecordingUrl below recordingUrl.
        let action = done["action"] as? [String: String]
        #expect(action?["RecordingUrl"]?.hasPrefix(app.base + "/pivot/upload/") == true)
        #expect(result.events("call.ended").count == 1)
    }

    @Test func aLiveKazooCallsRecordingURLPointsAtTheServer() {
        var behaviour = PlatformBehaviour.of(.pivot)
        #expect(behaviour.recordingURL(account: "A", recording: "R").hasPrefix("https://kazoo.example.com:8443/v2/"))
        behaviour.serveAPI(at: "http://127.0.0.1:5056")
        #expect(
            behaviour.recordingURL(account: "A", recording: "R") == "http://127.0.0.1:5056/v2/accounts/A/recordings/R")
    }
}

#endif
