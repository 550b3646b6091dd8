import Foundation
import TeXMLRecorder
import TeXMLReport
import TeXMLSimulator
import Testing

@Suite("The report model") struct ReportModelTests {
    @Test("the voicemail call: verbs with their place, the recording and its answer")
    func voicemail() throws {
        let call = try ReportedCall.sample("voicemail/leave-message.scenario.yaml")
        let report = call.report
        let strings = report.strings
        let record = try #require(report.items.first { $0.kind == .verb && strings[$0.label] == "<Record>" })
        #expect(record.place.map { strings[$0] } == "voicemail.xml:9:5")
        #expect(record.start == 10_000 && record.end == 18_500)
        let bar = try #require(report.items.first { $0.kind == .recording && $0.end != nil })
        #expect(bar.start == 10_500 && bar.end == 18_500)
        #expect(strings[bar.label].hasSuffix("finish-key"))
        let recording = try #require(bar.recording.map { report.recordings[$0] })
        #expect(recording.stopReason == "finish-key" && recording.status == "completed")
        #expect(recording.segments.map { [$0.start, $0.end, $0.offset] } == [[10_500, 18_500, 0]])
        // Trimmed: the silence after the caller's words, before the key, is not kept.
        #expect(recording.keptEnd - recording.keptStart == 5_957 && recording.keptEnd < 8_000)
        let peaks = try #require(recording.waveform)
        #expect(peaks.channels.count == 1 && peaks.frames == 8 * 8000)
        #expect(peaks.channels[0].contains { $0 > 20 }, "the caller's speech shows in the peaks")
        let action = try #require(
            report.items.first { $0.kind == .webhook && strings[$0.label] == "POST action" })
        let parameters = stride(from: 0, to: action.parameters.count, by: 2).map {
            (strings[action.parameters[$0]], strings[action.parameters[$0 + 1]])
        }
        #expect(parameters.contains { $0 == ("Digits", "#") })
        #expect(parameters.contains { $0 == ("RecordingDuration", "8") })
        let fields = stride(from: 0, to: action.fields.count, by: 2).map {
            (strings[action.fields[$0]], strings[action.fields[$0 + 1]])
        }
        #expect(fields.contains { $0 == ("answer: status", "200") })
        #expect(fields.contains { $0.0 == "latency" })
        #expect(report.outcome.status == "completed" && !report.outcome.hadError)
    }

    @Test("an error links to the verb it concerns")
    func errorLinksToItsVerb() throws {
        let relative = try #require(Paths.sampleScenarios.first { $0.hasPrefix("errors/") })
        let report = try ReportedCall.sample(relative).report
        let error = try #require(report.problems.map { report.items[$0] }.first { $0.severity == .error })
        let verb = try #require(error.link.map { report.items[$0] })
        #expect(verb.kind == .verb)
        #expect(error.place != nil)
    }

    @Test("a waveform keeps at most the buckets asked for, min below max")
    func peaksAreDownsampled() throws {
        var audio = CallAudio()
        audio.inbound = [SoundSegment(start: 0, end: 60_000, sound: .beep)]
        let request = RecordingRequest(
            name: "long", channels: [[.inbound], [.outbound]], parts: [.audio(start: 0, end: 60_000)])
        let peaks = try WaveformPeaks.render(request, audio: audio, maxBuckets: 500)
        #expect(peaks.channels.count == 2)
        #expect(peaks.channels[0].count <= 1000 && peaks.channels[0].count >= 990)
        #expect(peaks.channels[0].enumerated().allSatisfy { $0.offset % 2 == 1 || $0.element < 0 })
        #expect(peaks.channels[1].allSatisfy { $0 == 0 }, "nothing plays on the outbound track")
    }
}

@Suite("The report page") struct ReportPageTests {
    static let hostile = #"</script><script>window.__note('injected')</script> "dq" 'sq' <!-- & é 日本 🎉 \u2028 end"#

    /// A call whose strings carry everything that could break a page: the scenario's name, the
    /// caller's words (a transcript and the `SpeechResult` parameter).
    static func hostileCall() throws -> ReportedCall {
        let directory = try Paths.temporaryDirectory()
        try """
        <Response><Gather input="speech" action="/next" timeout="3"><Say>Say something</Say></Gather></Response>
        """.write(toFile: directory + "/flow.xml", atomically: true, encoding: .utf8)
        try """
        <Response><Say>Thanks</Say></Response>
        """.write(toFile: directory + "/next.xml", atomically: true, encoding: .utf8)
        let quoted = String(decoding: try JSONEncoder().encode(hostile), as: UTF8.self)
        try """
        name: \(quoted)
        flow: flow.xml
        flow_url: https://app.example.com/flow.xml
        webhooks:
          https://app.example.com/next: { respond: next.xml }
        caller:
          - speak: { duration: 2s, says: \(quoted) }
        """.write(toFile: directory + "/hostile.scenario.yaml", atomically: true, encoding: .utf8)
        return try ReportedCall(directory + "/hostile.scenario.yaml")
    }

    @Test("hostile strings stay data: no early </script>, an ASCII page, the same model read back")
    func hostileStrings() throws {
        let call = try Self.hostileCall()
        #expect(call.report.strings.contains(Self.hostile), "the hostile text reached the report")
        // The template's own three scripts close; nothing from the call closes one.
        #expect(Chromium.count("</script>", in: call.html) == 3)
        #expect(!call.html.contains("<!--"))
        #expect(call.html.utf8.allSatisfy { $0 < 0x80 }, "non-ASCII is escaped")
        #expect(try ReportedCall.embedded(call.html) == call.report)
        #expect(call.html.contains("<title>&lt;/script&gt;&lt;script&gt;"))
    }

    @Test("a title holding the data marker is written as text")
    func markerInTitle() throws {
        var report = try ReportedCall.sample("voicemail/leave-message.scenario.yaml").report
        report.title = "/*DATA*/ and /*TITLE*/"
        let html = try ReportPage.html(report)
        #expect(try ReportedCall.embedded(html) == report)
        #expect(html.contains("<title>/*DATA*/ and /*TITLE*/ &#183; texml report</title>"))
    }

    @Test("the suite index escapes scenario names and diffs, and shows the failed report")
    func suiteIndex() {
        let html = SuiteIndexPage.html([
            .init(scenario: "a/<b>.scenario.yaml", passed: true, detail: "", report: "a/b.html"),
            .init(scenario: "c.scenario.yaml", passed: false, detail: "-old </pre>\n+new", report: "c.html"),
        ])
        #expect(html.contains("data-passed=\"1\" data-failed=\"1\""))
        #expect(html.contains("a/&lt;b&gt;.scenario.yaml"))
        #expect(html.contains("<span class=\"del\">-old &lt;/pre&gt;</span>\n<span class=\"ins\">+new</span>"))
        #expect(html.contains("<iframe src=\"c.html\""))
        #expect(Chromium.count("<iframe", in: html) == 1)
    }

    @Test("relative audio paths from the report's folder")
    func relativePaths() {
        #expect(
            ReportFile.relativeURL(of: "/tmp/x/out/recordings/RE1.wav", fromReport: "/tmp/x/call.html")
                == "out/recordings/RE1.wav")
        #expect(
            ReportFile.relativeURL(of: "/tmp/a/rec #1.wav", fromReport: "/tmp/b/c/r.html") == "../../a/rec%20%231.wav")
    }
}
