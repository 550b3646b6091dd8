import Foundation
import TeXMLReport
import Testing

/// Issue 19: a report of every sample scenario is generated without error.
@Suite("A report of every sample") struct AllSamplesReportTests {
    @Test func everySampleHasAReport() throws {
        let scenarios = Paths.sampleScenarios
        #expect(scenarios.count > 100)
        let clock = ContinuousClock()
        var slowest = (Duration.zero, "")
        var reported = 0
        let total = try clock.measure {
            for relative in scenarios {
                // A live scenario calls a running application: not a sample to report offline.
                let text = try String(contentsOf: Paths.samples.appendingPathComponent(relative), encoding: .utf8)
                if text.split(separator: "\n").contains(where: { $0.hasPrefix("live:") }) { continue }
                var call: ReportedCall?
                let elapsed = try clock.measure { call = try ReportedCall.sample(relative) }
                if elapsed > slowest.0 { slowest = (elapsed, relative) }
                let report = try #require(call).report
                reported += 1
                #expect(!report.items.isEmpty, "\(relative): an empty report")
                #expect(report.duration >= (report.items.map { $0.end ?? $0.start }.max() ?? 0), "\(relative)")
                // Every index the items hold points into the tables.
                for item in report.items {
                    let indices = [item.label] + (item.place.map { [$0] } ?? []) + item.fields + item.parameters
                    #expect(indices.allSatisfy { report.strings.indices.contains($0) }, "\(relative)")
                    if let link = item.link { #expect(report.items.indices.contains(link), "\(relative)") }
                    if let recording = item.recording { #expect(report.recordings.indices.contains(recording)) }
                }
                #expect(report.problems.allSatisfy { report.items[$0].severity != nil }, "\(relative)")
                #expect(try ReportedCall.embedded(call!.html) == report, "\(relative): the page's JSON differs")
            }
        }
        #expect(reported >= 119)
        print("reports of \(reported) samples in \(total), slowest \(slowest.0) (\(slowest.1))")
    }
}
