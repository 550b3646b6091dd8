#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import Testing

/// Uploads in a live call carry the recording itself: SignalWire's `storageUrl` receives the
/// file the recorder wrote, with its media type, by the method the document names.
@Suite("Live uploads")
struct UploadTests {
    @Test func storageURLReceivesTheRecordedWAVFile() throws {
        let app = try LiveApp()
        let result = try CLI.run(
            ["run", try app.scenario("storage-upload.scenario.yaml"), "--format", "jsonl"],
            environment: ["TWILIO_AUTH_TOKEN": LiveApp.authToken])
        #expect(result.status == 0, "\(result.stderr)")
        let seen = try app.requests()
        let uploads = seen.filter { $0.path == "/upload" }
        #expect(uploads.count == 1, "\(seen.map(\.path))")
        let upload = try #require(uploads.first)
        #expect(upload.method == "PUT")
        #expect(upload.verified, "\(upload.reason)")
        #expect(upload.content_type == "audio/wav")
        #expect(upload.body_head == "RIFF")
        // The bytes the trace says were uploaded are the bytes that arrived.
        let sent = result.events("http.request").first { $0["purpose"] as? String == "storageUrl" }
        let bytes = try #require(sent?["bytes"] as? Int)
        #expect(bytes > 44)
        #expect(upload.body_bytes == bytes)
    }
}

#endif
