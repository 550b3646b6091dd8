import ArgumentParser
import Foundation
import TeXMLRecorder
import TeXMLReport
import TeXMLSimulator

/// `texml run --report FILE`: the call as one HTML page ([docs/report.md](docs/report.md)).
struct RunReportOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Also write the call as a self-contained HTML report (timeline, waveforms, players) to FILE.",
            valueName: "file"))
    var report: String?

    /// The report asked for, as a plain value `perform` can take (an option group is only
    /// usable once parsed, and `texml call` has none).
    var request: ReportRequest? { report.map(ReportRequest.init) }
}

/// A report to write of one call, at `path`.
struct ReportRequest {
    var path: String

    /// `recorder`, wrapped to keep what the report draws.
    func capture(_ recorder: any RecorderBackend) -> WaveformCapture { WaveformCapture(recorder) }

    /// Writes the report of `result`; the players point at `out`'s recordings when given.
    func write(_ result: SimulationResult, loaded: LoadedScenario, capture: WaveformCapture, out: String?) throws {
        do {
            try CallReportWriter.write(
                result, loaded: loaded, source: loaded.scenario.flow ?? loaded.scenario.flowURL, capture: capture,
                to: path, recordings: out.map { $0 + "/recordings" })
        } catch {
            printError("texml: \(error)")
            throw ExitCode(2)
        }
    }
}

/// `texml test --report DIR`: a report per scenario and an index page.
struct TestReportOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Also write an HTML report of every scenario's call, and index.html listing them, to DIR.",
            valueName: "dir"))
    var report: String?
}

/// Builds and writes one call's report.
enum CallReportWriter {
    static func write(
        _ result: SimulationResult, loaded: LoadedScenario, source: String, capture: WaveformCapture,
        to path: String, recordings: String?
    ) throws {
        let builder = ReportBuilder(
            title: loaded.scenario.name.isEmpty ? source : loaded.scenario.name, source: source,
            dialect: loaded.dialect.rawValue, capture: capture,
            audioPath: { file in recordings.map { ReportFile.relativeURL(of: $0 + "/" + file, fromReport: path) } })
        try ReportFile.write(try ReportPage.html(builder.build(result)), to: path)
    }
}

extension TestReportOptions {
    /// Writes DIR/index.html for `results` when `--report` was given.
    func writeIndex(_ results: [GoldenRunner.CaseResult]) throws {
        guard let report else { return }
        let index = report + "/index.html"
        let entries = results.map { result in
            SuiteIndexPage.Entry(
                scenario: result.scenarioPath, passed: !result.failed, detail: JUnitReport.stripANSI(result.detail),
                report: result.reportFile.map { ReportFile.relativeURL(of: $0, fromReport: index) })
        }
        do {
            try ReportFile.write(SuiteIndexPage.html(entries), to: index)
        } catch {
            printError("texml: \(error)")
            throw ExitCode(2)
        }
    }
}

/// Where `texml test --report DIR` puts a scenario's report: its path under DIR, `.html`
/// instead of `.scenario.yaml`, with no way out of DIR.
enum TestReportIndex {
    static func reportName(for scenarioPath: String) -> String {
        var parts = scenarioPath.split(separator: "/").map { $0 == ".." || $0 == "." ? "_" : String($0) }
        if var last = parts.popLast() {
            for suffix in [".scenario.yaml", ".scenario.yml", ".scenario.json", ".yaml", ".yml", ".json"]
            where last.hasSuffix(suffix) {
                last.removeLast(suffix.count)
                break
            }
            parts.append(last + ".html")
        }
        return parts.joined(separator: "/")
    }
}
