import Foundation
import TeXMLSimulator
import TeXMLSupport
import TeXMLSyntax
import Testing

@testable import TeXMLScenarioYAML

/// Every scenario under Samples/ loads cleanly and runs as its folder promises: calls in
/// `Samples/errors/` end with a platform error, every other call without one; a call shows the
/// warnings its scenario lists under `expected_warnings` and no others.
struct SampleScenarioTests {
    static let scenarios: [String] = {
        guard let enumerator = FileManager.default.enumerator(atPath: PackagePaths.samples.path) else { return [] }
        // live/ holds scenarios against a running application (TeXMLLiveTests runs them with it).
        return enumerator.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".scenario.yaml") && !$0.hasPrefix("live/") }.sorted()
    }()

    @Test func thereAreScenariosInEveryFolder() {
        let folders = Set(Self.scenarios.map { $0.split(separator: "/").first.map(String.init) ?? "" })
        #expect(
            folders.isSuperset(of: ["voicemail", "ivr", "dial-recording", "start-recording", "conference", "errors"]))
    }

    @Test(arguments: scenarios)
    func runsAsItsFolderPromises(_ relative: String) throws {
        let path = PackagePaths.samples.appendingPathComponent(relative).path
        let file = ScenarioYAML.load(bytes: try FileReading.read(path, limit: ScenarioYAML.maxBytes).get(), path: path)
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics.map { "\($0.range.start): \($0.message)" })")
        let scenario = try #require(file.scenario)
        let result = CallSimulator(scenario).run()
        #expect(result.outcome.hadError == relative.hasPrefix("errors/"), "\(relative): \(result.events("error"))")
        // A warning is a sample's point only when the scenario says so (`expected_warnings`).
        let expected = Set(scenario.scenario.expectedWarnings)
        func matches(_ warning: TraceEvent, _ entry: String) -> Bool {
            if case .int(let code)? = warning["code"], String(code) == entry { return true }
            return warning.string("id") == entry || warning.string("message")?.contains(entry) == true
        }
        let warnings = result.events("warning")
        let unexpected = warnings.filter { warning in
            warning.string("message")?.contains("is not simulated") != true
                && !expected.contains { matches(warning, $0) }
        }
        #expect(unexpected.isEmpty, "\(unexpected.map { $0.string("message") ?? "" })")
        let missing = expected.filter { entry in !warnings.contains { matches($0, entry) } }
        #expect(missing.isEmpty, "expected warnings not shown: \(missing)")
        #expect(CallSimulator(scenario).run().jsonLines == result.jsonLines)
    }
}
