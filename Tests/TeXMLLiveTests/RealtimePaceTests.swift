#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import Testing

/// `--pace realtime`: the clock runs at wall speed and the application's REST commands land at
/// the moment they arrive, not only while a webhook waits.
@Suite("A live call at wall speed")
struct RealtimePaceTests {
    @Test func theApplicationStopsARecordMidwayAtTheWallDelay() throws {
        let port = try FreePort.find()
        let app = try LiveApp(environment: ["TEXML_API_PORT": String(port)])
        // A 1 s <Pause>, then <Record maxLength="20">: the application ends the call 1.5 s (wall)
        // after answering it, from another thread, while no webhook waits.
        let result = try RESTAPITests.call(
            app, path: "/rest/voice?next=/rest/record-stop", port: port, ["--pace", "realtime"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try RESTAPITests.checks(app)["stop_sent"] as? String == "in-progress")
        let completed = result.events("recording.completed").first
        let text = completed?["duration"] as? String
        let duration = try #require(text.flatMap { Double($0) })
        // Recorded from after the beep until the command arrived: about 1.5 s less the beep, far
        // from the 20 s maxLength. Generous bounds for a loaded machine.
        #expect(duration > 0.2 && duration < 8, "\(duration)")
        let ended = result.events("call.ended").first
        #expect(ended?["reason"] as? String == "api-hangup")
        let endedAt = try #require(ended?["t"] as? Double)
        #expect(endedAt > 2 && endedAt < 12, "\(endedAt)")
        // The <Record>'s action is not requested: the update replaced it.
        #expect(!result.events("http.request").contains { $0["purpose"] as? String == "action" })
    }

    @Test func realtimeIsRefusedWhereThereIsNoLiveCallToPace() throws {
        let offline = PackagePaths.root.appendingPathComponent(
            "Samples/voicemail/silent-message-not-stored.scenario.yaml")
        let run = try CLI.run(["run", offline.path, "--pace", "realtime"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--pace realtime applies to a live call"), "\(run.stderr)")
        let load = try CLI.run(["call", "http://127.0.0.1:9/voice", "--calls", "2", "--pace", "realtime"])
        #expect(load.status != 0)
        #expect(load.stderr.contains("--pace realtime does not apply with --calls"), "\(load.stderr)")
        let bad = try CLI.run(["call", "http://127.0.0.1:9/voice", "--pace", "fast"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("fast"), "\(bad.stderr)")
    }
}

#endif
