import Foundation
import TeXMLRecorder
import TeXMLReport
import TeXMLScenarioYAML
import TeXMLSimulator
import TeXMLSupport
import Testing

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = root.appendingPathComponent("Samples")

    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("texml-report-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every sample scenario, relative to Samples/, sorted.
    static let sampleScenarios: [String] = {
        guard let enumerator = FileManager.default.enumerator(atPath: samples.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".scenario.yaml") }.sorted()
    }()
}

/// A call simulated and reported the way `texml run --report` does.
struct ReportedCall {
    var loaded: LoadedScenario
    var result: SimulationResult
    var report: CallReport
    var html: String

    /// Runs the scenario at `path`; with `out`, recordings are written there and the report
    /// (at `reportPath`) points its players at them.
    init(_ path: String, out: String? = nil, reportPath: String = "/tmp/report.html") throws {
        let bytes = try FileReading.read(path, limit: ScenarioYAML.maxBytes).get()
        let file = ScenarioYAML.load(bytes: bytes, path: path)
        loaded = try #require(file.scenario, "\(path): \(file.diagnostics.map { $0.message })")
        let capture = WaveformCapture(out.map { FileSystemRecorder(directory: $0) } ?? MeasuringRecorder())
        result = CallSimulator(loaded).run(recorder: capture)
        let builder = ReportBuilder(
            title: loaded.scenario.name, source: path, dialect: loaded.dialect.rawValue, capture: capture,
            audioPath: { file in out.map { ReportFile.relativeURL(of: $0 + "/" + file, fromReport: reportPath) } })
        report = builder.build(result)
        html = try ReportPage.html(report)
    }

    /// The sample at `relative` under Samples/.
    static func sample(_ relative: String, out: String? = nil, reportPath: String = "/tmp/report.html") throws
        -> ReportedCall
    {
        try ReportedCall(Paths.samples.appendingPathComponent(relative).path, out: out, reportPath: reportPath)
    }

    /// The JSON the page embeds, decoded back.
    static func embedded(_ html: String) throws -> CallReport {
        let open = #"<script type="application/json" id="report-data">"#
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return try JSONDecoder().decode(CallReport.self, from: Data(html[start.upperBound..<end.lowerBound].utf8))
    }
}

/// Headless Chromium, as Debian packages it.
enum Chromium {
    static let path = "/usr/bin/chromium"
    static let package = "chromium"

    /// The DOM of `file` after its scripts ran, as `chromium --headless --dump-dom` prints it.
    static func dumpDOM(_ file: String, fragment: String? = nil) throws -> String {
        try #require(
            FileManager.default.isExecutableFile(atPath: path),
            "\(path) not found: install Debian's \(package) (the README's test command does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        let profile = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: profile) }
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
            "--window-size=1400,1000", "--virtual-time-budget=5000", "--dump-dom",
            URL(fileURLWithPath: file).absoluteString + (fragment.map { "#" + $0 } ?? ""),
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }

    /// The value of `attribute` on the first `<tag` of `dom`.
    static func attribute(_ attribute: String, of tag: String, in dom: String) -> String? {
        guard let open = dom.range(of: "<" + tag + " ") else { return nil }
        let element = dom[open.lowerBound...].prefix { $0 != ">" }
        guard let name = element.range(of: " " + attribute + "=\"") else { return nil }
        return String(element[name.upperBound...].prefix { $0 != "\"" })
    }

    /// How many times `text` occurs in `dom`.
    static func count(_ text: String, in dom: String) -> Int { dom.components(separatedBy: text).count - 1 }
}
