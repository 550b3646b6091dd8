import Foundation
import TeXMLReport
import Testing

/// Reports loaded in headless Chromium: they render without a console error, draw one element per
/// timeline item and one path per recorded channel, and point their players at the files.
@Suite("Reports in headless Chromium", .serialized) struct BrowserTests {
    static let samples = [
        "voicemail/leave-message.scenario.yaml",
        "dial-recording/every-mode-answered.scenario.yaml",
        "errors/action-answers-500.scenario.yaml",
        "start-recording/forwarded-call-recorded-texml.scenario.yaml",
    ]

    @Test("renders", arguments: samples)
    func renders(_ relative: String) throws {
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let page = directory + "/call.html"
        let call = try ReportedCall.sample(relative, out: directory + "/out/recordings", reportPath: page)
        try call.html.write(toFile: page, atomically: true, encoding: .utf8)
        let dom = try Chromium.dumpDOM(page)
        try check(dom, call: call, directory: directory)
    }

    @Test("hostile strings are shown, not run")
    func hostile() throws {
        let call = try ReportPageTests.hostileCall()
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try call.html.write(toFile: directory + "/call.html", atomically: true, encoding: .utf8)
        let dom = try Chromium.dumpDOM(directory + "/call.html")
        try check(dom, call: call, directory: directory)
        #expect(dom.contains("data-kind=\"callerSpeech\""))
    }

    @Test("the four-hour call: under 5 MB, aggregated, rendered in under 2 s")
    func fourHourCall() throws {
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let call = try ReportedCall(Paths.root.path + "/Benchmarks/simulate-flows/loop.scenario.yaml")
        #expect(call.html.utf8.count < 5_000_000)
        try call.html.write(toFile: directory + "/call.html", atomically: true, encoding: .utf8)
        let dom = try Chromium.dumpDOM(directory + "/call.html")
        #expect(Chromium.attribute("data-status", of: "body", in: dom) == "rendered")
        #expect(Chromium.attribute("data-errors", of: "body", in: dom) == "0")
        let drawn = try #require(Chromium.attribute("data-drawn", of: "svg", in: dom).flatMap { Int($0) })
        let aggregated = try #require(Chromium.attribute("data-aggregated", of: "svg", in: dom).flatMap { Int($0) })
        // Thousands of webhooks are drawn as counts, not one element each.
        #expect(call.report.items.count > 8000 && aggregated > 8000 && drawn < 100)
        #expect(drawn + aggregated == call.report.items.count)
        #expect(Chromium.count("<g class=\"item", in: dom) == drawn)
        let milliseconds = try #require(
            Chromium.attribute("data-render-ms", of: "body", in: dom).flatMap { Double($0) })
        #expect(milliseconds < 2000)
    }

    @Test("a webhook opened (#item=N) shows its method, URL, every parameter, the answer and its latency")
    func webhookDetails() throws {
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let call = try ReportedCall.sample("voicemail/leave-message.scenario.yaml")
        let strings = call.report.strings
        let index = try #require(
            call.report.items.firstIndex { $0.kind == .webhook && strings[$0.label] == "POST action" })
        try call.html.write(toFile: directory + "/call.html", atomically: true, encoding: .utf8)
        let dom = try Chromium.dumpDOM(directory + "/call.html", fragment: "item=\(index)")
        let details = try #require(dom.range(of: "id=\"details\"")).upperBound
        let panel = String(dom[details...])
        for text in [
            "POST action", "<td>method</td>", "https://app.example.com/voice/voicemail/done", "Parameters (",
            "<td>RecordingDuration</td>", "<td>answer: status</td>", "<td>latency</td>",
        ] {
            #expect(panel.contains(text), "the details lack \(text)")
        }
        #expect(Chromium.count("<g class=\"item selected\"", in: dom) == 1)
        // The recording's trimmed end is drawn, hatched.
        #expect(Chromium.count("class=\"trimmed\"", in: dom) >= 1)
    }

    func check(_ dom: String, call: ReportedCall, directory: String) throws {
        #expect(Chromium.attribute("data-status", of: "body", in: dom) == "rendered", "the renderer did not finish")
        #expect(Chromium.attribute("data-errors", of: "body", in: dom) == "0", "console errors: \(consoleErrors(dom))")
        #expect(Chromium.attribute("data-items", of: "body", in: dom) == String(call.report.items.count))
        // A short call fits the window: every item drawn on its own, none aggregated.
        #expect(Chromium.count("<g class=\"item", in: dom) == call.report.items.count)
        #expect(Chromium.attribute("data-aggregated", of: "svg", in: dom) == "0")
        let channels = call.report.recordings.compactMap(\.waveform).reduce(0) { $0 + $1.channels.count }
        #expect(Chromium.count("class=\"wave\"", in: dom) == channels)
        #expect(Chromium.attribute("data-waves", of: "body", in: dom) == String(channels))
        let written = call.report.recordings.filter { $0.audio != nil }
        #expect(Chromium.count("<audio ", in: dom) == written.count)
        // Each problem listed, with its link to the verb it concerns.
        #expect(Chromium.count("class=\"mono problem-link\"", in: dom) == call.report.problems.count)
        for recording in written {
            let source = try #require(recording.audio)
            #expect(dom.contains("src=\"\(source)\""), "no player for \(recording.sid)")
            #expect(FileManager.default.fileExists(atPath: directory + "/" + source.removingPercentEncoding!))
        }
    }

    func consoleErrors(_ dom: String) -> String {
        guard let start = dom.range(of: "id=\"console-errors\"") else { return "" }
        return String(dom[start.upperBound...].prefix(400))
    }
}
