import ArgumentParser
import Foundation
import TeXMLSimulator
import TeXMLSupport

#if Live
    import TeXMLLive
#endif

/// `texml call`'s load mode: many calls, a bounded number at a time.
struct LoadOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Place N calls and print a summary (calls/s, requests/s, latency percentiles, failures by code) instead of a trace.",
            valueName: "n"))
    var calls: Int?

    @Option(
        help: ArgumentHelp(
            "With --calls: how many calls run at a time, each on its own thread and connection (default 1, at most \(LoadRun.maxConcurrency)).",
            valueName: "c"))
    var concurrency: Int?

    @Option(
        help: ArgumentHelp(
            "With --calls: the HTTP client for http URLs, sockets (texml's own HTTP/1.1, one keep-alive connection per thread) or urlsession (Foundation's, over libcurl); default sockets. https always uses urlsession.",
            valueName: "client"))
    var httpClient: HTTPClientKind?

    func validate() throws {
        if let calls, calls < 1 { throw ValidationError("--calls must be at least 1, not \(calls)") }
        if httpClient != nil, calls == nil {
            throw ValidationError("--http-client applies only with --calls")
        }
        if let concurrency {
            guard calls != nil else { throw ValidationError("--concurrency applies only with --calls") }
            guard (1...LoadRun.maxConcurrency).contains(concurrency) else {
                throw ValidationError("--concurrency must be from 1 to \(LoadRun.maxConcurrency), not \(concurrency)")
            }
        }
    }
}

extension HTTPClientKind: ExpressibleByArgument {}

// The load runner needs TeXMLLive; without the trait `texml call` stops in LiveMode.swift.
#if Live
/// Runs a load and reports it: the summary on standard output, progress on a terminal's stderr.
enum LoadMode {
    static func perform(
        _ loaded: LoadedScenario, options: LoadOptions, calls: Int, output: TraceOutputOptions, live: LiveOptions
    ) throws {
        guard let transport = try LiveSession.transport(for: loaded, options: live, announce: true) else { return }
        var configuration = transport.configuration
        configuration.client = options.httpClient ?? .sockets
        let run = LoadRun(
            loaded: loaded, configuration: configuration, calls: calls, concurrency: options.concurrency ?? 1)
        let traces = try output.out.map(TraceFolder.init)
        let progress = isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
        var onCall: (@Sendable (Int, SimulationResult) -> Void)?
        if let traces { onCall = { index, result in traces.write(index: index, result) } }
        var onProgress: ((LoadRun.Progress) -> Void)?
        if let progress { onProgress = { progress.show($0) } }
        let stop = LoadStop()
        let interrupt = Self.stopOnInterrupt(stop)
        let summary = run.run(stop: stop, onCall: onCall, onProgress: onProgress)
        interrupt.cancel()
        progress?.clear()
        let text: String
        switch output.format {
        case .text: text = LoadReport.text(summary, concurrency: run.concurrency)
        case .jsonl: text = LoadReport.json(summary, concurrency: run.concurrency).jsonText + "\n"
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        if let traces, traces.failures > 0 {
            printError("texml: \(traces.failures) call traces could not be written under '\(traces.directory)'")
            throw ExitCode(2)
        }
        if summary.interrupted { throw ExitCode(130) }
        if summary.failedCalls > 0 { throw ExitCode(1) }
    }

    /// The first Ctrl-C stops starting calls, so the summary still counts every call placed;
    /// a second one quits at once.
    static func stopOnInterrupt(_ stop: LoadStop) -> any DispatchSourceSignal {
        // A process started by another may inherit SIGINT blocked: unblock it, and let the
        // dispatch source, not the default action, receive it.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if stop.isRequested { terminate(130) }
            stop.request()
            printError("\ntexml: interrupted: finishing the calls under way (Ctrl-C again to quit)")
        }
        source.resume()
        return source
    }
}

/// Each call's trace, written as `DIR/call-NNNNN.jsonl` (numbered from 1) when the call ends.
final class TraceFolder: @unchecked Sendable {
    // @unchecked Sendable: `failureCount` is only touched under `lock`; writes go to distinct files.
    let directory: String
    private let lock = NSLock()
    private var failureCount = 0

    init(_ directory: String) throws {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            printError("texml: cannot write to '\(directory)': \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    func write(index: Int, _ result: SimulationResult) {
        let path = directory + "/" + String(format: "call-%05d.jsonl", index + 1)
        do {
            try Data(result.jsonLines.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            lock.withLock { failureCount += 1 }
        }
    }

    var failures: Int { lock.withLock { failureCount } }
}

/// The carriage-return progress line on a terminal's standard error.
struct ProgressLine {
    func show(_ progress: LoadRun.Progress) {
        let seconds = progress.elapsed.seconds
        let rate = Double(progress.done) / max(seconds, 1e-9)
        let text =
            "\rtexml: \(progress.done)/\(progress.total) calls, \(progress.failed) failed, "
            + String(format: "%.0f calls/s", rate) + "\u{1B}[K"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// The load summary as text and as one JSON object.
enum LoadReport {
    static func milliseconds(_ seconds: Double?) -> String {
        seconds.map { String(format: "%.1f ms", $0 * 1000) } ?? "-"
    }

    static func text(_ summary: LoadSummary, concurrency: Int) -> String {
        let seconds = summary.elapsedSeconds
        var lines = [
            (summary.interrupted ? "interrupted: \(summary.calls) of \(summary.planned) calls placed\n" : "")
                + "calls: \(summary.calls) in " + String(format: "%.3f s", seconds) + ", concurrency "
                + "\(min(concurrency, summary.calls)): " + String(format: "%.1f calls/s", summary.callsPerSecond)
                + "; \(summary.calls - summary.failedCalls) succeeded, \(summary.failedCalls) failed",
            "requests: \(summary.requests) live: " + String(format: "%.1f requests/s", summary.requestsPerSecond),
            "latency (\(summary.latencies.count) answered requests, wall clock): p50 "
                + milliseconds(summary.latency(percentile: 50)) + ", p95 "
                + milliseconds(summary.latency(percentile: 95)) + ", p99 "
                + milliseconds(summary.latency(percentile: 99)) + ", max "
                + milliseconds(summary.latencies.last),
        ]
        let failures = summary.failuresByCount
        if failures.isEmpty {
            lines.append("failures: none")
        } else {
            lines.append("failures (count, kind):")
            for (failure, count) in failures {
                lines.append(String(repeating: " ", count: max(1, 8 - String(count).count)) + "\(count)  \(failure)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ summary: LoadSummary, concurrency: Int) -> JSONValue {
        func number(_ value: Double?) -> JSONValue {
            value.map { .number(String(format: "%.3f", $0)) } ?? .null
        }
        func ms(_ seconds: Double?) -> JSONValue { number(seconds.map { $0 * 1000 }) }
        let seconds = summary.elapsedSeconds
        let failures: [JSONValue] = summary.failuresByCount.map { failure, count in
            var fields: [JSONMember] = []
            switch failure {
            case .platformError(let code, let message):
                fields = [
                    JSONMember("kind", "error"), JSONMember("code", code.map { .number(String($0)) } ?? .null),
                    JSONMember("message", .string(message)),
                ]
            case .httpStatus(let status, let purpose):
                fields = [
                    JSONMember("kind", "http"), JSONMember("status", .number(String(status))),
                    JSONMember("purpose", .string(purpose)),
                ]
            case .transport(let reason, let purpose):
                fields = [
                    JSONMember("kind", "transport"), JSONMember("reason", .string(reason)),
                    JSONMember("purpose", .string(purpose)),
                ]
            case .timeout(let purpose):
                fields = [JSONMember("kind", "timeout"), JSONMember("purpose", .string(purpose))]
            }
            return .object(fields + [JSONMember("count", .number(String(count)))])
        }
        return .object([
            JSONMember("calls", .number(String(summary.calls))),
            JSONMember("failed_calls", .number(String(summary.failedCalls))),
            JSONMember("planned_calls", .number(String(summary.planned))),
            JSONMember("interrupted", .bool(summary.interrupted)),
            JSONMember("concurrency", .number(String(min(concurrency, summary.calls)))),
            JSONMember("requests", .number(String(summary.requests))),
            JSONMember("seconds", number(seconds)),
            JSONMember("calls_per_second", number(summary.callsPerSecond)),
            JSONMember("requests_per_second", number(summary.requestsPerSecond)),
            JSONMember(
                "latency_ms",
                .object([
                    JSONMember("answered", .number(String(summary.latencies.count))),
                    JSONMember("p50", ms(summary.latency(percentile: 50))),
                    JSONMember("p95", ms(summary.latency(percentile: 95))),
                    JSONMember("p99", ms(summary.latency(percentile: 99))),
                    JSONMember("max", ms(summary.latencies.last)),
                ])),
            JSONMember("failures", .array(failures)),
        ])
    }
}
#endif
