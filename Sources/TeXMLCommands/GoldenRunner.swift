import Foundation
import TeXMLRecorder
import TeXMLReport
import TeXMLScenarioYAML
import TeXMLSimulator
import TeXMLSupport
import TeXMLSyntax

/// Runs scenarios and compares each one's golden text with the `.golden` file beside it.
/// `texml test` and the package's own test suite both use it: one code path.
struct GoldenRunner: Sendable {
    /// Largest golden read: a trace rendered as text, and 64 MiB is hours of call.
    static let maxGoldenBytes = 64 << 20

    enum Status: String, Sendable {
        case passed
        case failed
        /// The golden was missing and has been written.
        case recorded
        /// `--update` rewrote a golden that differed.
        case updated
    }

    struct CaseResult: Sendable {
        var scenarioPath: String
        var status: Status
        /// A diff, diagnostics or an error message.
        var detail: String
        var seconds: Double
        /// The call's HTML report, under `--report`.
        var reportFile: String? = nil
        /// A live scenario this build cannot run (``LiveModeNotBuilt``): `texml test` exits 2.
        var needsLiveMode = false
        var failed: Bool { status == .failed || status == .recorded }
    }

    var update = false
    var color = false
    /// Where `--report` writes each call's HTML report; nil writes none.
    var reportDirectory: String? = nil
    /// The voice of `<Say>` and `says:` (`--voice`).
    var speech: any SpeechVoice = SyntheticVoice()
    /// Live scenarios' calls (``LiveModes/current``, or a test's).
    var liveMode: any LiveMode = LiveModes.current

    /// Every scenario file for `paths`, folders expanded in place (sorted within each folder, see
    /// ``PathExpansion``), each path once, matching `filter`.
    static func discover(_ paths: [String], filter: String?, excludes: [Glob] = []) throws -> [FoundFile] {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw InputError(path: path, reason: "no such file or directory")
        }
        var expansion = PathExpansion(accepts: GoldenText.isScenario, excludes: excludes)
        let found: [FoundFile]
        do throws(PathExpansion.EmptyFolder) {
            found = try expansion.expand(paths)
        } catch {
            throw UsageError(
                message: "texml: no scenario file (*.scenario.yaml, .yml, .json) in folder '\(error.path)'")
        }
        var seen = Set<String>()
        let unique = found.filter { seen.insert($0.path).inserted }
        guard let filter, !filter.isEmpty else { return unique }
        return unique.filter { $0.path.contains(filter) }
    }

    /// Runs one scenario and compares (or records) its golden.
    func run(_ scenarioPath: String) -> CaseResult {
        let clock = ContinuousClock()
        var result: CaseResult?
        var reportFile: String?
        let elapsed = clock.measure { result = compare(scenarioPath, reportFile: &reportFile) }
        var final = result!
        final.reportFile = reportFile
        final.seconds = elapsed.seconds
        return final
    }

    private func compare(_ scenarioPath: String, reportFile: inout String?) -> CaseResult {
        func failure(_ detail: String) -> CaseResult {
            CaseResult(scenarioPath: scenarioPath, status: .failed, detail: detail, seconds: 0)
        }
        let file: ScenarioYAML.File
        do {
            file = try ScenarioYAML.load(scenarioPath)
        } catch {
            return failure(TerminalText.escapedLines(error.description + "\n"))
        }
        guard var loaded = file.loaded else { return failure(DiagnosticRenderer.text(file.report, color: color)) }
        // Live scenarios that pin one REST port (`live.api_port`) take turns: `--jobs` would
        // otherwise start two servers on it and the second could not listen.
        let portTurn = loaded.scenario.live?.apiPort.flatMap { $0 == 0 ? nil : FixedPortTurns.shared.lock(for: $0) }
        portTurn?.lock()
        defer { portTurn?.unlock() }
        let liveCall: (any LiveCallSession)?
        do {
            liveCall = try liveMode.start(&loaded, options: nil, out: nil, announce: false)
        } catch let error as LiveModeNotBuilt {
            var result = failure("\(error)\n")
            result.needsLiveMode = true
            return result
        } catch {
            return failure(TerminalText.escapedLines("\(error)\n"))
        }
        defer { liveCall?.finish() }
        // A live call's recordings are files, so the REST server can serve their media.
        let recorder: any RecorderBackend = liveCall?.recorder ?? MeasuringRecorder()
        let capture = reportDirectory.map { _ in WaveformCapture(recorder) }
        let simulation = CallSimulator(loaded, speech: speech).run(
            transport: liveCall?.transport, recorder: capture ?? recorder)
        if let reportDirectory, let capture {
            let path = reportDirectory + "/" + TestReportIndex.reportName(for: scenarioPath)
            do {
                try CallReportWriter.write(
                    simulation, loaded: loaded, source: scenarioPath, capture: capture, to: path, recordings: nil)
                reportFile = path
            } catch {
                return failure(TerminalText.escaped("\(error)\n"))
            }
        }
        let recorderFailures = simulation.unexpectedRecorderFailures(loaded.scenario)
        if !recorderFailures.isEmpty {
            // The golden may well pin the absent recording: a recorder failure still fails the case.
            return failure(
                TerminalText.escapedLines(
                    recorderFailures.map {
                        "recorder failure: recording \($0.recordingSid) (\($0.kind.rawValue)): \($0.message) [\(RecorderFailure.id)]\n"
                    }.joined()))
        }
        var actual = GoldenText.render(
            scenario: loaded.scenario, dialect: loaded.dialect.rawValue, result: simulation)
        if let liveCall, loaded.scenario.live?.apiPort == nil {
            // An ephemeral REST port differs from run to run; the golden names it by its setting.
            actual = actual.replacingOccurrences(of: liveCall.origin, with: ephemeralAPIOrigin)
        }
        let goldenPath = GoldenText.goldenPath(for: scenarioPath)
        let read = FileReading.read(goldenPath, limit: Self.maxGoldenBytes)
        if case .failure(let problem) = read, problem != .missing {
            return failure(TerminalText.escaped("cannot read \(goldenPath): \(problem)"))
        }
        guard case .success(let expectedData) = read else {
            do {
                try Data(actual.utf8).write(to: URL(fileURLWithPath: goldenPath), options: .atomic)
            } catch {
                return failure(TerminalText.escaped("cannot write \(goldenPath): \(error.localizedDescription)"))
            }
            return CaseResult(
                scenarioPath: scenarioPath, status: update ? .updated : .recorded,
                detail: "recorded new baseline \(goldenPath)", seconds: 0)
        }
        let expected = String(decoding: expectedData, as: UTF8.self)
        if expected == actual {
            return CaseResult(scenarioPath: scenarioPath, status: .passed, detail: "", seconds: 0)
        }
        if update {
            do {
                try Data(actual.utf8).write(to: URL(fileURLWithPath: goldenPath), options: .atomic)
            } catch {
                return failure(TerminalText.escaped("cannot write \(goldenPath): \(error.localizedDescription)"))
            }
            return CaseResult(scenarioPath: scenarioPath, status: .updated, detail: "updated \(goldenPath)", seconds: 0)
        }
        let diff = UnifiedDiff.render(
            expected: expected, actual: actual, expectedName: goldenPath, actualName: scenarioPath + " (this run)",
            color: color)
        return failure(diff)
    }

    /// Runs every scenario on `jobs` threads; results come back in the order given.
    func runAll(_ scenarios: [String], jobs: Int) -> [CaseResult] {
        parallelMap(scenarios.count, jobs: jobs) { run(scenarios[$0]) }
    }
}

/// JUnit XML for CI systems: one test suite, one test case per scenario.
enum JUnitReport {
    static func render(_ results: [GoldenRunner.CaseResult]) -> String {
        let failures = results.filter(\.failed).count
        let total = results.reduce(0) { $0 + $1.seconds }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites tests=\"\(results.count)\" failures=\"\(failures)\">\n"
        xml +=
            "  <testsuite name=\"texml\" tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\""
        xml += " time=\"\(String(format: "%.3f", total))\">\n"
        for result in results {
            let folder = (result.scenarioPath as NSString).deletingLastPathComponent
            xml += "    <testcase classname=\"\(escape(folder))\" name=\"\(escape(result.scenarioPath))\""
            xml += " time=\"\(String(format: "%.3f", result.seconds))\""
            if result.failed {
                let message = result.status == .recorded ? "recorded new baseline" : "golden mismatch"
                xml += ">\n      <failure message=\"\(message)\">\(escape(stripANSI(result.detail)))</failure>\n"
                xml += "    </testcase>\n"
            } else {
                xml += "/>\n"
            }
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n", "\t", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: result += "?"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func stripANSI(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
}

/// One lock per fixed REST port, for the live scenarios of a `texml test` run that pin the same one.
final class FixedPortTurns: @unchecked Sendable {
    static let shared = FixedPortTurns()
    // Guards `locks`; each lock it hands out is held for one live call.
    private let guardLock = NSLock()
    private var locks: [Int: NSLock] = [:]

    func lock(for port: Int) -> NSLock {
        guardLock.lock()
        defer { guardLock.unlock() }
        if let lock = locks[port] { return lock }
        let lock = NSLock()
        locks[port] = lock
        return lock
    }
}
