import Foundation
import TeXMLSimulator
import Testing

@testable import TeXMLCommands

/// Every scenario under Samples/ loads cleanly and runs as its folder promises: calls in
/// `Samples/errors/` end with a platform error, every other call without one.
struct SampleScenarioTests {
    static let scenarios: [String] = {
        guard let enumerator = FileManager.default.enumerator(atPath: PackagePaths.samples.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".scenario.yaml") }.sorted()
    }()

    @Test func thereAreScenariosInEveryFolder() {
        let folders = Set(Self.scenarios.map { $0.split(separator: "/").first.map(String.init) ?? "" })
        #expect(
            folders.isSuperset(of: ["voicemail", "ivr", "dial-recording", "start-recording", "conference", "errors"]))
    }

    @Test(arguments: scenarios)
    func runsAsItsFolderPromises(_ relative: String) throws {
        let path = PackagePaths.samples.appendingPathComponent(relative).path
        let file = try ScenarioYAML.load(path)
        #expect(
            file.report.diagnostics.isEmpty, "\(file.report.diagnostics.map { "\($0.range.start): \($0.message)" })")
        let scenario = try #require(file.loaded)
        let result = CallSimulator(scenario).run()
        #expect(result.outcome.hadError == relative.hasPrefix("errors/"), "\(relative): \(result.events("error"))")
        let unexpected = result.events("warning").filter { $0.string("message")?.contains("is not simulated") != true }
        #expect(unexpected.isEmpty, "\(unexpected.map { $0.string("message") ?? "" })")
        #expect(CallSimulator(scenario).run().jsonLines == result.jsonLines)
    }
}
