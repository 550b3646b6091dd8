import Foundation
import TeXMLScenarioYAML
import TeXMLSimulator
import Testing

@testable import TeXMLCommands

/// Issue 16, limits that fit the machine: a call keeps its trace in memory, so the limits a
/// scenario may set are capped, and what is kept per verb and per fetch is bounded. The bound is
/// checked by counting events and trace bytes, never by timing.
@Suite("scenario limits fit the machine")
struct LimitsBudgetTests {
    /// What a call may keep, at most, whatever its limits say.
    static let budget = 512 << 20

    static let loop =
        "<Response><Pause length=\"1\"/><Redirect>https://app.example.com/flow.xml</Redirect></Response>"

    /// Loads a `<Pause>` + `<Redirect>` loop scenario with these limits.
    static func load(limits: String) throws -> ScenarioYAML.File {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("texml-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(loop.utf8).write(to: root.appendingPathComponent("loop.xml"))
        let scenario = """
            flow: loop.xml
            webhooks:
              https://app.example.com/flow.xml: { respond: loop.xml }
            limits: \(limits)
            """
        try Data(scenario.utf8).write(to: root.appendingPathComponent("loop.scenario.yaml"))
        return try ScenarioYAML.load(root.appendingPathComponent("loop.scenario.yaml").path)
    }

    static func accepts(_ key: String, _ value: Int) throws -> Bool {
        try load(limits: "{ \(key): \(value) }").loaded != nil
    }

    /// The largest value of `key` a scenario may set, found by bisection over the decoder.
    static func largestAccepted(_ key: String) throws -> Int {
        var low = 1
        var high = 1 << 40
        while low < high {
            let middle = low + (high - low + 1) / 2
            if try accepts(key, middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }

    @Test("the issue's limits are refused, each with a located message naming the cap")
    func hugeLimitsAreRefused() throws {
        let file = try Self.load(limits: "{ max_fetches: 1000000, max_verbs: 10000000, max_call_duration: 10000h }")
        #expect(file.loaded == nil)
        let messages = file.report.diagnostics.map(\.message)
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("max_verbs 10000000 is more than texml simulates in one call") })
        #expect(messages.contains { $0.hasPrefix("max_fetches 1000000 is more than texml simulates in one call") })
        #expect(messages.contains { $0.hasPrefix("max_call_duration") && $0.contains("more than texml simulates") })
        #expect(file.report.diagnostics.allSatisfy { $0.range.start.line == 4 })
    }

    @Test("what a call keeps per verb, times the largest max_verbs accepted, fits the budget")
    func memoryPerCallIsBounded() throws {
        // Two loops, 500 and 1 000 fetches: what the second keeps more is exactly 500 fetches'
        // worth, the same every fetch (no per-fetch cache or history grows beside the trace).
        func run(_ fetches: Int) throws -> (events: Int, bytes: Int, verbs: Int) {
            let loaded = try #require(try Self.load(limits: "{ max_fetches: \(fetches) }").loaded)
            let result = CallSimulator(loaded).run()
            let verbs = result.events.filter { $0.name == "verb.started" }.count
            return (result.events.count, result.jsonLines.utf8.count, verbs)
        }
        let small = try run(500)
        let large = try run(1_000)
        let eventsPerFetch = (large.events - small.events) / 500
        #expect((large.events - small.events) % 500 == 0)
        #expect(eventsPerFetch <= 8)
        let verbsPerFetch = (large.verbs - small.verbs) / 500
        #expect(verbsPerFetch == 2)
        // Trace bytes per verb in the loop (a fetch's request and response shared by its verbs).
        let bytesPerVerb = (large.bytes - small.bytes) / (large.verbs - small.verbs)
        // The events and their rendering at the end, each event larger than its JSON: 5 times
        // the trace bytes is what one verb costs (measured RSS: 497 MB for 200 000 verbs).
        let costPerVerb = 5 * bytesPerVerb
        let maxVerbs = try Self.largestAccepted("max_verbs")
        #expect(maxVerbs * costPerVerb <= Self.budget, "max_verbs \(maxVerbs) × \(costPerVerb) bytes")
        // Every fetch runs a verb, so fetches cannot outgrow the verbs.
        #expect(try Self.largestAccepted("max_fetches") <= maxVerbs)
    }
}
