import Foundation
import Testing

@testable import TeXMLSimulator

/// `<Start><Stream>` / `<Stop><Stream>`: media streams in the flow, on both dialects. Nothing is
/// sent over a WebSocket; the stream's life is traced and reported to its `statusCallback`.
struct StreamTests {
    static let url = "wss://media.example.com/socket"

    func run(_ dialect: String, _ body: String, extra: String = "") -> SimulationResult {
        simulate(
            flow(body),
            """
            dialect: \(dialect)
            webhooks:
              https://app.example.com/streams: { status: 204 }
            \(extra)
            """)
    }

    @Test(arguments: ["twiml", "texml"])
    func startStreamRunsUntilStopStreamNamesIt(_ dialect: String) {
        // Twilio <Stream>: "name … can be used to stop the Stream" with <Stop><Stream name>;
        // track defaults to inbound_track on both platforms. <Start> goes on at once.
        let result = run(
            dialect,
            "<Start><Stream name=\"agent\" url=\"\(Self.url)\"/></Start><Pause length=\"2\"/>"
                + "<Stop><Stream name=\"agent\"/></Stop><Pause length=\"1\"/>")
        // Only the warning that no WebSocket is connected to (docs/verbs.md, URL attributes not simulated).
        #expect(
            result.events("warning").map { $0.string("element") } == ["Stream"])
        #expect(result.events("warning").first?.string("attribute") == "url")
        #expect(result.events("error").isEmpty)
        let started = result.events("stream.started").first
        #expect(started?.string("name") == "agent")
        #expect(started?.string("url") == Self.url)
        #expect(started?.string("track") == "inbound_track")
        #expect(started?.string("source") == "Stream")
        #expect(started?.seconds == "0.000")
        let stopped = result.events("stream.stopped").first
        #expect(stopped?.string("reason") == "stop-verb")
        #expect(stopped?.string("streamed") == "2.000")
        #expect(result.ended("Start")?["StreamSid"] == started?["StreamSid"])
        let sid = started?.string("StreamSid") ?? ""
        #expect(dialect == "twiml" ? sid.hasPrefix("MZ") && sid.count == 34 : sid.count == 36)
    }

    @Test(arguments: ["twiml", "texml"])
    func statusCallbackGetsStartedAndStopped(_ dialect: String) {
        // Twilio/Telnyx <Stream statusCallback>: StreamEvent stream-started / stream-stopped with
        // AccountSid, CallSid (Telnyx also CallSidLegacy), StreamSid, StreamName, Timestamp.
        let result = run(
            dialect,
            "<Start><Stream url=\"\(Self.url)\" statusCallback=\"/streams\" statusCallbackMethod=\"GET\"/></Start>"
                + "<Pause length=\"3\"/>")
        let callbacks = result.requests("streamStatusCallback")
        #expect(callbacks.map { $0.parameter("StreamEvent") } == ["stream-started", "stream-stopped"])
        #expect(callbacks.allSatisfy { $0.string("method") == "GET" })
        #expect(callbacks.allSatisfy { $0.string("url")?.hasPrefix("https://app.example.com/streams?") == true })
        let sid = result.events("stream.started").first?.string("StreamSid")
        #expect(callbacks.first?.parameter("StreamSid") == sid)
        #expect(callbacks.first?.parameter("StreamName") == sid)
        #expect(callbacks.last?.parameter("Timestamp") == "2026-01-01T00:00:03.000Z")
        #expect(callbacks.first?.parameter("CallStatus") == nil)
        #expect((callbacks.first?.parameter("CallSidLegacy") != nil) == (dialect == "texml"))
    }

    @Test func aStreamEndsWithTheCall() throws {
        // The stream runs until <Stop><Stream> or the end of the call.
        let result = run("twiml", "<Start><Stream url=\"\(Self.url)\"/></Start><Pause length=\"4\"/>")
        let names = result.names
        let ended = try #require(names.firstIndex(of: "call.ended"))
        #expect(try #require(names.firstIndex(of: "stream.stopped")) > ended)
        #expect(result.events("stream.stopped").first?.string("reason") == "call-ended")
        #expect(result.events("stream.stopped").first?.string("streamed") == "4.000")
    }

    @Test func stopStreamWithoutANameStopsEveryStartStream() {
        // Inferred, as <Stop><Recording> without a name: every stream <Start><Stream> began.
        let result = run(
            "texml",
            "<Start><Stream name=\"a\" url=\"\(Self.url)\"/><Stream name=\"b\" url=\"\(Self.url)\"/></Start>"
                + "<Pause length=\"1\"/><Stop><Stream/></Stop><Pause length=\"1\"/>")
        #expect(result.events("stream.stopped").map { $0.string("reason") } == ["stop-verb", "stop-verb"])
        #expect(result.events("stream.stopped").allSatisfy { $0.seconds == "1.000" })
    }

    @Test func whatCannotStartOrStopIsAWarningNotACrash() {
        // A second stream with a running name, a stream without url, and a stop that names no
        // running stream: each a warning, the flow goes on.
        let result = run(
            "twiml",
            "<Start><Stream name=\"a\" url=\"\(Self.url)\"/><Stream name=\"a\" url=\"\(Self.url)\"/>"
                + "<Stream name=\"c\"/></Start><Stop><Stream name=\"zz\"/></Stop><Say>next</Say>")
        // Each `<Stream url>` also has its "not simulated" warning: no WebSocket is connected to.
        let all = result.events("warning").compactMap { $0.string("message") }
        #expect(all.filter { $0.hasPrefix("<Stream url> is not simulated") }.count == 2)
        let messages = all.filter { !$0.hasPrefix("<Stream url> is not simulated") }
        #expect(messages.count == 3)
        #expect(messages[0].contains("already running"))
        #expect(messages[1].contains("no url"))
        #expect(messages[2].contains("no stream named 'zz'"))
        #expect(!messages.contains { $0.contains("not simulated") })
        #expect(result.events("stream.started").count == 1)
        #expect(result.ended("Say") != nil)
    }
}
