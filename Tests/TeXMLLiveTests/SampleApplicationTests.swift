#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import Testing

/// Samples/live/: the Flask voicemail application a newcomer runs from the README, started as the README
/// says (`flask --app Samples/live/app.py run --port 5055`), and `texml test Samples/live` against it:
/// every call matches its golden, every request passed twilio-python's RequestValidator, and every
/// recording the application was told about was downloaded from texml's server as a WAV file.
@Suite("Samples/live against its application", .serialized)
struct SampleApplicationTests {
    /// The ports the sample's scenarios name (`flow_url`, `live.api_port`).
    static let appPort = 5055
    static let apiPort = 5056

    @Test func theSampleFolderPassesItsGoldensWithEveryRequestVerified() throws {
        let app = try SampleApp()
        let result = try CLI.run(
            ["test", PackagePaths.root.appendingPathComponent("Samples/live").path, "--color", "never"])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("2 passed"), "\(result.stdout)")
        let log = try app.log()
        let requests = log.filter { $0["event"] as? String == "request" }
        #expect(requests.count >= 10, "\(log)")
        for request in requests {
            #expect(request["verified"] as? Bool == true, "\(request)")
        }
        // The sales call's REST recording was created by twilio-python's Client on texml's server.
        let created = log.filter { $0["event"] as? String == "rest-recording" }
        #expect(created.count == 1 && created.first?["status"] as? String == "in-progress", "\(log)")
        // Both recordings (the voicemail, the REST one) were downloaded from texml, as WAV files.
        let downloads = log.filter { $0["event"] as? String == "download" }
        #expect(downloads.count == 2, "\(log)")
        for download in downloads {
            #expect(download["status"] as? Int == 200, "\(download)")
            #expect(download["riff"] as? Bool == true, "\(download)")
            #expect(download["host"] as? String == "127.0.0.1:\(Self.apiPort)", "\(download)")
        }
        #expect(try app.downloadedFiles().count == 2)
    }
}

/// Samples/live/app.py under `flask run`, on the sample's fixed port, stopped when released.
final class SampleApp {
    let process = Process()
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("texml-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("recordings"), withIntermediateDirectories: true)
        let flask = try LiveApp.python().deletingLastPathComponent().appendingPathComponent("flask")
        process.executableURL = flask
        process.arguments = [
            "--app", PackagePaths.root.appendingPathComponent("Samples/live/app.py").path, "run",
            "--host", "127.0.0.1", "--port", String(SampleApplicationTests.appPort),
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["TWILIO_AUTH_TOKEN"] = "texml-sample-auth-token"
        environment["TWILIO_API_BASE"] = "http://127.0.0.1:\(SampleApplicationTests.apiPort)"
        environment["RECORDINGS_DIR"] = directory.appendingPathComponent("recordings").path
        environment["APP_LOG"] = directory.appendingPathComponent("app.jsonl").path
        process.environment = environment
        let errors = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Flask prints "Running on …" once it listens; a loaded machine takes a few seconds to import twilio.
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline {
            let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            if text.contains("Running on") { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        throw LiveApp.AppDidNotStart(stderr: (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    /// What the application logged: each request's verdict and what it did.
    func log() throws -> [[String: Any]] {
        let text = try String(contentsOf: directory.appendingPathComponent("app.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    func downloadedFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("recordings").path)
    }
}

#endif
