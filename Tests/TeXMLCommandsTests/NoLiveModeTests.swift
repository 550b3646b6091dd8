import ArgumentParser
import Foundation
import TeXMLSimulator
import Testing

@testable import TeXMLCommands

/// A build without the package trait `Live`: every live request stops at ``NoLiveMode`` with one
/// line naming the fix, and offline scenarios run as ever. The suite is built with the trait (the
/// README's `swift test --traits Live`), so these tests hand the commands `NoLiveMode` through the
/// seam the no-trait binary uses; `.ci/run` checks that binary itself (the README's sample command
/// builds it) for the same line and exit status 2.
@Suite("live mode not built")
struct NoLiveModeTests {
    static let line = "texml was built without live mode: swift build -c release --traits Live"

    func load(_ relative: String) throws -> LoadedScenario {
        try RunCommand.loadScenario(CLI.root.appendingPathComponent(relative).path, color: .never)
    }

    @Test func theErrorNamesTheBuildCommand() {
        #expect(LiveModeNotBuilt().description == Self.line)
    }

    @Test func aLiveScenarioIsRefused() throws {
        var loaded = try load("Samples/live/leave-message.scenario.yaml")
        #expect(throws: LiveModeNotBuilt()) {
            _ = try NoLiveMode().start(&loaded, options: nil, out: nil, announce: false)
        }
    }

    @Test func anOfflineScenarioNeedsNoLiveMode() throws {
        var loaded = try load("Samples/voicemail/leave-message.scenario.yaml")
        #expect(try NoLiveMode().start(&loaded, options: nil, out: nil, announce: false) == nil)
    }

    /// A live option on an offline scenario asks for live mode too: refused, not ignored.
    @Test(arguments: [
        ["--auth-token", "t"], ["--allow-host", "example.com"], ["--telnyx-private-key", "a2V5"],
        ["--api-port", "5056"], ["--settle", "0.2s"], ["--pace", "realtime"],
    ])
    func aLiveOptionIsRefused(_ arguments: [String]) throws {
        var loaded = try load("Samples/voicemail/leave-message.scenario.yaml")
        let options = try LiveOptions.parse(arguments)
        #expect(throws: LiveModeNotBuilt()) {
            _ = try NoLiveMode().start(&loaded, options: options, out: nil, announce: false)
        }
    }

    @Test func theLoadModeIsRefused() throws {
        let loaded = LoadedScenario(scenario: Scenario(name: "call"))
        #expect(throws: LiveModeNotBuilt()) {
            try NoLiveMode().load(
                loaded, options: try LoadOptions.parse(["--calls", "2"]), calls: 2,
                output: try TraceOutputOptions.parse([]), live: try LiveOptions.parse([]))
        }
    }

    /// `texml run` stops before the call: no trace, no recordings folder.
    @Test func runStopsBeforeTheCall() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("texml-nolive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let loaded = try load("Samples/live/leave-message.scenario.yaml")
        #expect(throws: LiveModeNotBuilt()) {
            try RunCommand.perform(
                loaded, output: try TraceOutputOptions.parse(["--out", out.path]), repeat: 1,
                live: try LiveOptions.parse([]), liveMode: NoLiveMode())
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// `texml test`: the live case fails with the line and marks the run for exit status 2.
    @Test func aLiveGoldenFailsWithTheLine() {
        let path = CLI.root.appendingPathComponent("Samples/live/leave-message.scenario.yaml").path
        let result = GoldenRunner(liveMode: NoLiveMode()).run(path)
        #expect(result.status == .failed)
        #expect(result.needsLiveMode)
        #expect(result.detail == Self.line + "\n")
    }

    @Test func anOfflineGoldenStillPasses() {
        let path = CLI.root.appendingPathComponent("Samples/voicemail/leave-message.scenario.yaml").path
        let result = GoldenRunner(liveMode: NoLiveMode()).run(path)
        #expect(result.status == .passed, "\(result.detail)")
        #expect(!result.needsLiveMode)
    }
}
