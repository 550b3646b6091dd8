import Foundation
import Testing

/// Paths a user or a scenario names are untrusted (issue 16): texml reads regular files only,
/// says what anything else is, and never blocks on a FIFO or reads a device forever.
@Suite("hostile files and paths")
struct HostileFilesTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("texml-hostile-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("validate refuses a FIFO and a device with what they are")
    func validateRefusesFIFOsAndDevices() throws {
        let folder = try Self.folder()
        #expect(mkfifo(folder + "/flow.xml", 0o644) == 0)
        let fifo = try CLI.run(["validate", folder + "/flow.xml"])
        #expect(fifo.status == 2)
        #expect(fifo.stderr.contains("is a FIFO, not a file"))
        let zero = try CLI.run(["validate", "/dev/zero"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("cannot read '/dev/zero': is a device or socket, not a regular file"))
    }

    @Test("run refuses a FIFO as the scenario and as a file it names")
    func runRefusesFIFOs() throws {
        let folder = try Self.folder()
        #expect(mkfifo(folder + "/call.scenario.yaml", 0o644) == 0)
        let scenario = try CLI.run(["run", folder + "/call.scenario.yaml"])
        #expect(scenario.status == 2)
        #expect(scenario.stderr.contains("is a FIFO"))

        #expect(mkfifo(folder + "/flow.xml", 0o644) == 0)
        try "version: 1\nflow: flow.xml\n".write(
            toFile: folder + "/named.scenario.yaml", atomically: true, encoding: .utf8)
        let named = try CLI.run(["run", folder + "/named.scenario.yaml"])
        #expect(named.status != 0)
        #expect(named.stderr.contains("cannot read 'flow.xml'") && named.stderr.contains("is a FIFO"))
    }

    @Test("a NUL in a path a scenario names is an error, not a shorter path")
    func nulInAPathIsAnError() throws {
        let folder = try Self.folder()
        try "<Response><Hangup/></Response>".write(toFile: folder + "/flow.xml", atomically: true, encoding: .utf8)
        try "version: 1\nflow: \"flow.xml\\0../../etc/passwd\"\n".write(
            toFile: folder + "/nul.scenario.yaml", atomically: true, encoding: .utf8)
        let result = try CLI.run(["run", folder + "/nul.scenario.yaml"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the path contains a NUL byte"))
        #expect(!result.stderr.contains("= platform:"))
    }
}
