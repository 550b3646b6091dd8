import Foundation

/// Runs the built `texml` binary as a user does (a subprocess) and captures what it prints:
/// the one runner the test targets share.
public enum TexmlCLI {
    /// The `texml` executable beside the test bundle.
    public static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("texml"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("texml"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("texml"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// What a run printed and how it exited.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        /// The trace's events (with `--format jsonl`), as dictionaries.
        public var events: [[String: Any]] {
            stdout.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
            }
        }

        public func events(_ name: String) -> [[String: Any]] { events.filter { $0["event"] as? String == name } }
    }

    /// Runs `texml arguments` in `directory` (nil: the test's own) with the test's environment
    /// changed by `environment` (a nil value removes the variable), `stdin` as standard input
    /// (nil: empty), and waits for it to exit.
    public static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String?] = [:], directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("texml-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Files, not pipes: no stream can fill up and stall the process while another is read.
        let input = scratch.appendingPathComponent("in")
        let out = scratch.appendingPathComponent("out")
        let err = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: input.path, contents: Data((stdin ?? "").utf8))
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
