#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import TeXMLTestSupport
import Testing

/// The package's folders, found from this file.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
}

/// The judge's environment is missing: the README's test command makes it.
struct MissingJudge: Error, CustomStringConvertible {
    /// The README test command's steps that make the environment (`.ci/run` runs them).
    static let readmeStep =
        "python3 -m venv .venv-live && .venv-live/bin/pip install -r Tests/TeXMLLiveTests/requirements.txt"

    var python: String
    var description: String {
        """
        the live tests need the official libraries in a virtual environment, and \(python) is missing. \
        Run the README's test command, whose step `\(Self.readmeStep)` installs them (or set TEXML_LIVE_VENV \
        to such an environment)
        """
    }
}

/// The fixture application (Fixtures/app.py), started on an ephemeral loopback port and stopped
/// when the value is released.
final class LiveApp {
    static let authToken = "texml-test-auth-token-3f9c"

    let process = Process()
    let port: Int
    let log: URL
    let directory: URL

    /// The venv's python: TEXML_LIVE_VENV, else .venv-live in the package.
    static func python(venv: String? = ProcessInfo.processInfo.environment["TEXML_LIVE_VENV"]) throws -> URL {
        let folder = venv.map { URL(fileURLWithPath: $0) } ?? PackagePaths.root.appendingPathComponent(".venv-live")
        let python = folder.appendingPathComponent("bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw MissingJudge(python: python.path)
        }
        return python
    }

    init(telnyxPublicKey: String = "", slowSeconds: Double = 3, environment extra: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("texml-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        log = directory.appendingPathComponent("requests.jsonl")
        let portFile = directory.appendingPathComponent("port")
        process.executableURL = try Self.python()
        process.arguments = [PackagePaths.fixtures.appendingPathComponent("app.py").path]
        var environment = ProcessInfo.processInfo.environment
        environment["TWILIO_AUTH_TOKEN"] = Self.authToken
        environment["TELNYX_PUBLIC_KEY"] = telnyxPublicKey
        environment["APP_LOG"] = log.path
        environment["APP_PORT_FILE"] = portFile.path
        environment["APP_SLOW_SECONDS"] = String(slowSeconds)
        environment["APP_REST_LOG"] = directory.appendingPathComponent("rest.jsonl").path
        for (name, value) in extra { environment[name] = value }
        process.environment = environment
        let errors = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Importing twilio and telnyx takes a second or two; 30 s allows for a loaded machine.
        let deadline = Date().addingTimeInterval(30)
        var port: Int?
        while port == nil, process.isRunning, Date() < deadline {
            port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0) }
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let port else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw AppDidNotStart(stderr: text)
        }
        self.port = port
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Kills the application (SIGKILL: a signal it cannot block or ignore) and waits for it.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    struct AppDidNotStart: Error, CustomStringConvertible {
        var stderr: String
        var description: String { "the fixture application did not start:\n\(stderr)" }
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// One logged request: what the application saw and the official library's verdict.
    struct Seen: Decodable {
        var method: String
        var path: String
        var query: String
        var verified: Bool
        var reason: String
        var user_agent: String
        var content_type: String
        var idempotency: String
        /// An upload's body: its size and first four bytes.
        var body_bytes: Int?
        var body_head: String?
    }

    func requests() throws -> [Seen] {
        guard FileManager.default.fileExists(atPath: log.path) else { return [] }
        let text = try String(contentsOf: log, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Seen.self, from: Data($0.utf8)) }
    }

    /// A fixture scenario with APP replaced by this application's address, written beside the log.
    func scenario(_ name: String) throws -> String {
        let text = try String(contentsOf: PackagePaths.fixtures.appendingPathComponent(name), encoding: .utf8)
        let path = directory.appendingPathComponent(name)
        try Data(text.replacingOccurrences(of: "APP", with: base).utf8).write(to: path)
        return path.path
    }
}

/// Runs the built `texml` binary as a user does, without the test's `TWILIO_AUTH_TOKEN`.
enum CLI {
    static var binary: URL { TexmlCLI.binary }

    typealias Result = TexmlCLI.Result

    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        var environment: [String: String?] = ["TWILIO_AUTH_TOKEN": nil]
        for (name, value) in extra { environment[name] = value }
        return try TexmlCLI.run(arguments, environment: environment)
    }
}

#endif
