import TeXMLSimulator
import TeXMLSupport

/// Why a call of a load run, or one of its requests, failed: the key failures are counted by.
public enum LoadFailure: Sendable, Hashable, CustomStringConvertible {
    /// The platform reported an error (an `error` event: 11200, 12100, …); the call failed.
    case platformError(code: Int?, message: String)
    /// The application answered with an HTTP status of 400 or more.
    case httpStatus(Int, purpose: String)
    /// No answer: refused, reset, too large, a host not allowed, a redirect not followed.
    case transport(String, purpose: String)
    /// No answer within the platform's timeout.
    case timeout(purpose: String)

    /// The failures of one request, if it failed: a status of 400 or more, or no answer.
    public init?(_ exchange: LiveTransport.Exchange) {
        if let status = exchange.status {
            guard status >= 400 else { return nil }
            self = .httpStatus(status, purpose: exchange.purpose)
        } else if let failure = exchange.failure {
            self = .transport(failure.description, purpose: exchange.purpose)
        } else {
            self = .timeout(purpose: exchange.purpose)
        }
    }

    public var description: String {
        switch self {
        case .platformError(let code, let message): "error \(code.map(String.init) ?? "-"): \(message)"
        case .httpStatus(let status, let purpose): "HTTP \(status) (\(purpose))"
        case .transport(let reason, let purpose): "no answer (\(purpose)): \(reason)"
        case .timeout(let purpose): "timeout (\(purpose))"
        }
    }
}

/// What one call of a load run brought back.
public struct LoadCallReport: Sendable {
    /// The call's `error` events and its requests that failed, in order.
    public var failures: [LoadFailure]
    /// The wall-clock latency of each live request that was answered (any status).
    public var latencies: [Duration]
    /// Live requests sent, answered or not.
    public var requests: Int

    /// A call fails when the platform reported an error or any of its live requests failed.
    public var failed: Bool { !failures.isEmpty }

    public init(result: SimulationResult, exchanges: [LiveTransport.Exchange]) {
        var failures: [LoadFailure] = []
        for event in result.events {
            if case .error(let error) = event.payload {
                failures.append(.platformError(code: error.code, message: error.message))
            }
        }
        failures += exchanges.compactMap(LoadFailure.init)
        self.failures = failures
        latencies = exchanges.compactMap { $0.status == nil ? nil : $0.latency }
        requests = exchanges.count
    }
}

/// The totals of a load run: counts, rates, latency percentiles and every failure by kind.
public struct LoadSummary: Sendable {
    public var calls = 0
    /// The calls asked for: more than `calls` when the run was stopped early.
    public var planned = 0
    public var failedCalls = 0
    public var requests = 0
    /// Wall-clock time from the first call's start to the last call's end.
    public var elapsed = Duration.zero
    /// Every answered request's latency, in seconds, sorted once the run is over.
    public private(set) var latencies: [Double] = []
    /// How many times each failure occurred, over all calls.
    public var failures: [LoadFailure: Int] = [:]

    public init() {}

    mutating func add(_ report: LoadCallReport) {
        calls += 1
        if report.failed { failedCalls += 1 }
        requests += report.requests
        for latency in report.latencies { latencies.append(latency.seconds) }
        for failure in report.failures { failures[failure, default: 0] += 1 }
    }

    /// Whether the run stopped before placing every call.
    public var interrupted: Bool { calls < planned }

    mutating func finish(elapsed: Duration, planned: Int) {
        self.elapsed = elapsed
        self.planned = planned
        latencies.sort()
    }

    public var elapsedSeconds: Double { elapsed.seconds }
    public var callsPerSecond: Double { Double(calls) / max(elapsed.seconds, 1e-9) }
    public var requestsPerSecond: Double { Double(requests) / max(elapsed.seconds, 1e-9) }

    /// The `percent` percentile of the answered requests' latency, in seconds; nil without any.
    public func latency(percentile percent: Double) -> Double? {
        Self.percentile(percent, ofSorted: latencies)
    }

    /// The failures, most frequent first (ties in a fixed order), so the report is stable.
    public var failuresByCount: [(failure: LoadFailure, count: Int)] {
        failures.map { (failure: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.failure.description < $1.failure.description
        }
    }

    /// The nearest-rank percentile of ascending `values`: the smallest value with at least
    /// `percent` % of the values at or below it. nil for no values.
    public static func percentile(_ percent: Double, ofSorted values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let rank = Int((percent / 100 * Double(values.count)).rounded(.up))
        return values[min(max(rank, 1), values.count) - 1]
    }
}
