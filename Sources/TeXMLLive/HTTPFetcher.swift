import Foundation
import TeXMLSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP request at a time over Foundation's `URLSession`, waited for synchronously, bounded
/// in time and in the size of the answer; redirects come back as answers, for the caller to check
/// and follow (``LiveTransport``), never followed here.
final class HTTPFetcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // @unchecked Sendable: `exchanges` is only touched under `lock`; URLSession calls the delegate
    // on its own queue while `fetch` waits on the caller's thread.
    private let lock = NSLock()
    private var exchanges: [Int: Exchange] = [:]
    private var session: URLSession?
    let maxBodyBytes: Int

    /// What one request brought back.
    enum Outcome {
        case answered(status: Int, headers: [String: String], body: [UInt8])
        case timedOut
        case failed(TransportFailure)
    }

    /// The state of one request, filled by the delegate.
    private final class Exchange: @unchecked Sendable {
        // @unchecked Sendable: written by the delegate queue before `done` is signalled, read after.
        var body: [UInt8] = []
        var tooLarge = false
        var error: (any Error)?
        var response: HTTPURLResponse?
        let done = DispatchSemaphore(value: 0)
    }

    init(maxBodyBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        // More than one: a REST command the application sends while handling a webhook can set off
        // another webhook (a recording's status callback) before the first is answered.
        configuration.httpMaximumConnectionsPerHost = 4
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    /// Ends the session: URLSession keeps its delegate until then.
    func close() {
        session?.invalidateAndCancel()
        session = nil
    }

    /// Sends `request` and waits for its answer up to `timeout`: `wait` blocks on the answer's
    /// semaphore until the deadline (a live transport with a REST server serves its commands meanwhile).
    func fetch(
        _ request: URLRequest, timeout: TimeInterval,
        wait: (DispatchSemaphore, DispatchTime) -> Bool = { $0.wait(timeout: $1) == .success }
    ) -> Outcome {
        guard let session else { return .failed(.connection("the HTTP session is closed")) }
        var request = request
        // The wait below enforces `timeout`; URLSession's own (whole seconds on Linux: 0.9 s became
        // an immediate time-out) is only a backstop.
        request.timeoutInterval = timeout.rounded(.up) + 1
        let task = session.dataTask(with: request)
        let exchange = Exchange()
        lock.withLock { exchanges[task.taskIdentifier] = exchange }
        task.resume()
        let finished = wait(exchange.done, .now() + timeout)
        lock.withLock { exchanges[task.taskIdentifier] = nil }
        guard finished else {
            task.cancel()
            return .timedOut
        }
        if exchange.tooLarge { return .failed(.tooLarge(limit: maxBodyBytes)) }
        if let error = exchange.error {
            if let urlError = error as? URLError, urlError.code == .timedOut { return .timedOut }
            return .failed(.connection(Self.message(of: error)))
        }
        guard let response = exchange.response else {
            return .failed(.connection("no HTTP response"))
        }
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return .answered(status: response.statusCode, headers: headers, body: exchange.body)
    }

    /// The system's words for a failed connection, with Foundation's when they differ.
    /// libcurl's timing ("after 0 ms") is left out: the message goes into the trace, which must
    /// not change from run to run.
    static func message(of error: any Error) -> String {
        let error = error as NSError
        var parts = [error.localizedDescription]
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            parts.append(underlying.localizedDescription)
        }
        var seen = Set<String>()
        let text = parts.filter { seen.insert($0).inserted }.joined(separator: ": ")
        return text.replacingOccurrences(of: #" after [0-9]+ ms"#, with: "", options: .regularExpression)
    }

    private func exchange(_ task: URLSessionTask) -> Exchange? {
        lock.withLock { exchanges[task.taskIdentifier] }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        // A declared length over the cap is refused before its body is read.
        if response.expectedContentLength > Int64(maxBodyBytes), let exchange = exchange(dataTask) {
            exchange.tooLarge = true
            completionHandler(.cancel)
            exchange.done.signal()
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let exchange = exchange(dataTask), !exchange.tooLarge else { return }
        if exchange.body.count + data.count > maxBodyBytes {
            exchange.tooLarge = true
            dataTask.cancel()
            exchange.done.signal()
            return
        }
        exchange.body.append(contentsOf: data)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        // The transport follows redirects itself: it checks each target's host first.
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let exchange = exchange(task), !exchange.tooLarge else { return }
        exchange.error = error
        exchange.response = task.response as? HTTPURLResponse
        exchange.done.signal()
    }
}

extension HTTPFetcher {
    /// Sends `wire` to `url`; `wait` blocks on the answer's semaphore until the deadline (a live
    /// transport with a REST server serves the application's commands meanwhile).
    func fetch(
        _ wire: WireRequest, url: URL, timeout: TimeInterval, wait: (DispatchSemaphore, DispatchTime) -> Bool
    ) -> Outcome {
        var request = URLRequest(url: url)
        request.httpMethod = wire.method
        for header in wire.headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        if wire.method != "GET" { request.httpBody = Data(wire.body) }
        return fetch(request, timeout: timeout, wait: wait)
    }
}
