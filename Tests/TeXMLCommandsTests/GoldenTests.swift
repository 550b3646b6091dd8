import Foundation
import Testing

@testable import TeXMLCommands

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Our own suite runs the Samples corpus through the same code path as `texml test`.
@Suite("golden corpus")
struct GoldenCorpusTests {
    /// Samples/live/ is left out: its scenarios need their application running, and
    /// TeXMLLiveTests' `SampleApplicationTests` runs them with it.
    static let scenarios =
        ((try? GoldenRunner.discover([CLI.root.appendingPathComponent("Samples").path], filter: nil).map(\.path)) ?? [])
        .filter { !$0.contains("/Samples/live/") }

    @Test func corpusIsNotEmpty() {
        #expect(Self.scenarios.count >= 25)
    }

    /// Fails when a golden drifts; re-record with `swift run texml test --update` after checking the diff.
    @Test(arguments: scenarios)
    func sampleMatchesItsGolden(_ path: String) {
        let result = GoldenRunner().run(path)
        #expect(result.status == .passed, "\(path)\n\(result.detail)")
    }
}

/// The runner can fail: mutated goldens, mutated flows and missing goldens are all reported.
@Suite("texml test")
struct GoldenRunnerTests {
    /// A copy of Samples/voicemail in a temporary directory.
    func copyOfVoicemail() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "texml-golden-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Samples/voicemail"), to: directory)
        return directory
    }

    func replace(_ old: String, _ new: String, in url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func mutatedGoldenFailsWithADiffOfThatLine() throws {
        let directory = try copyOfVoicemail()
        let golden = directory.appendingPathComponent("leave-message.golden")
        try replace("RecordingDuration  8", "RecordingDuration  9", in: golden)
        let result = GoldenRunner().run(directory.appendingPathComponent("leave-message.scenario.yaml").path)
        #expect(result.status == .failed)
        #expect(result.detail.contains("-                             RecordingDuration  9"))
        #expect(result.detail.contains("+                             RecordingDuration  8"))
    }

    @Test func mutatedFlowFailsWithADiffNamingTheAttribute() throws {
        let directory = try copyOfVoicemail()
        try replace("maxLength=\"120\"", "maxLength=\"6\"", in: directory.appendingPathComponent("voicemail.xml"))
        let result = GoldenRunner().run(directory.appendingPathComponent("leave-message.scenario.yaml").path)
        #expect(result.status == .failed)
        #expect(result.detail.contains("-                             maxLength=120"))
        #expect(result.detail.contains("+                             maxLength=6"))
        #expect(result.detail.contains("reason=max-length"))
    }

    @Test func missingGoldenIsRecordedAndFailsUnlessUpdating() throws {
        let directory = try copyOfVoicemail()
        let golden = directory.appendingPathComponent("leave-message.golden")
        try FileManager.default.removeItem(at: golden)
        let scenario = directory.appendingPathComponent("leave-message.scenario.yaml").path
        let first = GoldenRunner().run(scenario)
        #expect(first.status == .recorded && first.failed)
        #expect(first.detail.contains("recorded new baseline"))
        #expect(GoldenRunner().run(scenario).status == .passed)
        try replace("RecordingDuration  8", "RecordingDuration  9", in: golden)
        #expect(GoldenRunner(update: true).run(scenario).status == .updated)
        #expect(GoldenRunner().run(scenario).status == .passed)
    }

    @Test func commandReportsTheClosingLineAndWritesValidJUnit() throws {
        let directory = try copyOfVoicemail()
        try replace(
            "RecordingDuration  8", "RecordingDuration  9", in: directory.appendingPathComponent("leave-message.golden")
        )
        let junit = directory.appendingPathComponent("report.xml").path
        let result = try CLI.run(["test", directory.path, "--junit", junit, "--jobs", "2", "--color", "never"])
        #expect(result.status == 1)
        let scenarios = try GoldenRunner.discover([directory.path], filter: nil).count
        #expect(result.stdout.hasSuffix("\(scenarios - 1) passed, 1 failed\n"))
        #expect(result.stdout.contains("--- \(directory.path)/leave-message.golden"))
        let data = try Data(contentsOf: URL(fileURLWithPath: junit))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "JUnit report is not well-formed XML")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("failures=\"1\""))
        #expect(text.contains("<failure message=\"golden mismatch\">"))

        let filtered = try CLI.run(["test", directory.path, "--filter", "caller-stays-silent", "--color", "never"])
        #expect(filtered.status == 0)
        #expect(filtered.stdout.hasSuffix("1 passed, 0 failed\n"))
    }

    @Test func diffOfIdenticalTextIsEmptyAndHunksHaveContext() {
        #expect(
            UnifiedDiff.render(expected: "a\nb", actual: "a\nb", expectedName: "x", actualName: "y", color: false) == ""
        )
        let old = (1...20).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "10", with: "ten")
        let diff = UnifiedDiff.render(expected: old, actual: new, expectedName: "x", actualName: "y", color: false)
        #expect(diff == "--- x\n+++ y\n@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13\n")
    }

    @Test func nearbyChangesShareAHunkAndDistantOnesDoNot() {
        let old = (1...30).map(String.init)
        func diff(changing lines: [Int]) -> String {
            var new = old
            for line in lines { new[line - 1] = "x\(line)" }
            return UnifiedDiff.render(
                expected: old.joined(separator: "\n"), actual: new.joined(separator: "\n"), expectedName: "a",
                actualName: "b", color: false)
        }
        // Six unchanged lines between two changes: one hunk (three lines of context each side).
        #expect(diff(changing: [5, 12]).components(separatedBy: "@@ -").count == 2)
        #expect(diff(changing: [5, 12]).contains("@@ -2,14 +2,14 @@"))
        // Seven or more: two hunks.
        #expect(diff(changing: [5, 13]).components(separatedBy: "@@ -").count == 3)
    }
}
