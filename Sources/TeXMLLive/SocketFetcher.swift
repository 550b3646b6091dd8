import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
    private let streamSocket = Int32(SOCK_STREAM.rawValue)
    private let closeOnExec = Int32(SOCK_CLOEXEC.rawValue)
    private let noSignal = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
    import Darwin
    private let streamSocket = SOCK_STREAM
    private let closeOnExec: Int32 = 0
    private let noSignal: Int32 = 0
#endif

// The system calls under names the connection's own methods do not shadow.
private func systemClose(_ descriptor: Int32) { _ = close(descriptor) }
private func systemSocket(_ family: Int32) -> Int32 { socket(family, streamSocket | closeOnExec, 0) }
private func systemConnect(_ descriptor: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(descriptor, address, length)
}
private func systemSend(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    send(descriptor, bytes.baseAddress, bytes.count, noSignal)
}
private func systemReceive(_ descriptor: Int32, _ bytes: UnsafeMutableRawBufferPointer) -> Int {
    recv(descriptor, bytes.baseAddress, bytes.count, 0)
}

/// Which HTTP client a live transport uses for plain `http` URLs.
public enum HTTPClientKind: String, Sendable, Hashable, CaseIterable {
    /// Foundation's URLSession (libcurl on Linux), for every URL.
    case urlSession = "urlsession"
    /// texml's own blocking HTTP/1.1 client on one POSIX socket per transport, kept open from
    /// request to request; `https` URLs still go through URLSession.
    case sockets
}

/// How a transport fetches one request: the answer, a timeout or a failure. Redirects come back
/// as answers.
protocol HTTPExchanging: AnyObject {
    /// Sends `wire` to `url` (its URL, parsed once by the caller).
    func fetch(_ wire: WireRequest, url: URL, timeout: TimeInterval) -> HTTPFetcher.Outcome
    func close()
}

extension HTTPFetcher: HTTPExchanging {
    func fetch(_ wire: WireRequest, url: URL, timeout: TimeInterval) -> Outcome {
        var request = URLRequest(url: url)
        request.httpMethod = wire.method
        for header in wire.headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        if wire.method != "GET" { request.httpBody = Data(wire.body) }
        return fetch(request, timeout: timeout)
    }
}

/// A lean blocking HTTP/1.1 client for the load mode: one connection, reused while the server
/// keeps it open (keep-alive), no thread hops, no per-request allocation beyond the buffers.
///
/// URLSession on Linux costs several thread hand-offs and libcurl's bookkeeping per request, CPU
/// that competes with the application under test on a small machine. Same contract as
/// ``HTTPFetcher``: a wall-clock deadline for the whole exchange, the body read up to
/// `maxBodyBytes`. The host check is the transport's, made before either client is asked.
final class SocketFetcher: HTTPExchanging {
    let maxBodyBytes: Int
    /// For `https`: TLS is URLSession's job.
    private let fallback: HTTPFetcher
    private var connection: Connection?
    /// Each URL's host and port, by its text: read from Foundation's `URL` once, not per request.
    private var endpoints = TextCache<Endpoint?>()

    /// Where a plain `http` URL is sent: its host, and its port as written (nil: none written).
    private struct Endpoint {
        var host: String
        var port: Int?
    }

    /// The largest status line and headers read.
    static let maxHeaderBytes = 64 * 1024

    init(maxBodyBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
        fallback = HTTPFetcher(maxBodyBytes: maxBodyBytes)
    }

    deinit { close() }

    func close() {
        connection?.close()
        connection = nil
        fallback.close()
    }

    /// Why an exchange stopped; `staleConnection` when a reused connection was already closed by
    /// the server before it answered a byte (the request is sent again on a new one).
    private enum Stop: Error {
        case timedOut
        case failed(String)
        case tooLarge
        case staleConnection
    }

    func fetch(_ wire: WireRequest, url: URL, timeout: TimeInterval) -> HTTPFetcher.Outcome {
        // `url` is `wire.url` parsed (the caller's contract), so the text is the key.
        let endpoint = endpoints.value(for: wire.url) { _ in
            guard url.scheme?.lowercased() == "http", let host = url.host else { return nil }
            return Endpoint(host: host, port: url.port)
        }
        guard let endpoint else {
            return fallback.fetch(wire, url: url, timeout: timeout)
        }
        let host = endpoint.host
        let port = endpoint.port ?? 80
        let deadline = ContinuousClock.now + .milliseconds(Int64((timeout * 1000).rounded(.up)))
        let bytes = Self.requestBytes(wire, host: host, port: endpoint.port)
        for attempt in 0..<2 {
            do {
                if let open = connection, open.host != host || open.port != port {
                    open.close()
                    connection = nil
                }
                let reused = connection != nil
                let current = try connection ?? Connection(host: host, port: port, deadline: deadline)
                connection = current
                do {
                    let answer = try current.exchange(
                        bytes, method: wire.method, deadline: deadline, maxBody: maxBodyBytes)
                    if !answer.keepAlive {
                        current.close()
                        connection = nil
                    }
                    return .answered(status: answer.status, headers: answer.headers, body: answer.body)
                } catch Stop.staleConnection where reused && attempt == 0 {
                    current.close()
                    connection = nil
                    continue
                } catch {
                    current.close()
                    connection = nil
                    throw error
                }
            } catch Stop.timedOut {
                return .timedOut
            } catch Stop.tooLarge {
                return .failed(.tooLarge(limit: maxBodyBytes))
            } catch Stop.failed(let message) {
                return .failed(.connection(message))
            } catch {
                return .failed(.connection("the connection closed before the answer"))
            }
        }
        return .failed(.connection("the connection closed before the answer"))
    }

    /// The request as it goes on the wire: request line, Host, the request's headers, the body.
    /// The target is the URL's path and query as written (already percent-encoded).
    static func requestBytes(_ wire: WireRequest, host: String, port: Int?) -> [UInt8] {
        let target = requestTarget(wire.url)
        let hasBody = wire.method != "GET"
        // Appended as bytes into one array sized for the body, not concatenated as a string and
        // copied: this runs for every request of the load mode.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 + wire.url.utf8.count + wire.headers.count * 64 + wire.body.count)
        bytes += wire.method.utf8
        bytes.append(UInt8(ascii: " "))
        if target.utf8.first != UInt8(ascii: "/") { bytes.append(UInt8(ascii: "/")) }
        bytes += target.utf8
        bytes += " HTTP/1.1\r\nHost: ".utf8
        if host.utf8.contains(UInt8(ascii: ":")) {
            bytes.append(UInt8(ascii: "["))
            bytes += host.utf8
            bytes.append(UInt8(ascii: "]"))
        } else {
            bytes += host.utf8
        }
        if let port {
            bytes.append(UInt8(ascii: ":"))
            bytes += String(port).utf8
        }
        bytes += "\r\nAccept: */*\r\n".utf8
        for header in wire.headers {
            bytes += header.name.utf8
            bytes += ": ".utf8
            bytes += header.value.utf8
            bytes += "\r\n".utf8
        }
        if hasBody {
            bytes += "Content-Length: ".utf8
            bytes += String(wire.body.count).utf8
            bytes += "\r\n".utf8
        }
        bytes += "\r\n".utf8
        if hasBody { bytes += wire.body }
        return bytes
    }

    /// The request target of `url`: from its path (or query) to its fragment, scheme and
    /// authority dropped; empty when it has neither path nor query. An ASCII URL (every URL the
    /// simulator builds) is searched byte by byte, where bytes and characters are the same;
    /// walking it by characters cost more than the rest of the request's bytes.
    static func requestTarget(_ url: String) -> Substring {
        let text = Substring(url)
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return requestTargetByCharacters(text) }
        let start = schemeEnd(text) ?? utf8.startIndex
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "#")) ?? utf8.endIndex
        guard
            let path = utf8[start..<end].firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") })
        else { return "" }
        return text[path..<end]
    }

    /// The same by characters: a URL with other than ASCII in it.
    static func requestTargetByCharacters(_ url: Substring) -> Substring {
        var target = url
        if let scheme = schemeEnd(target) { target = target[scheme...] }
        if let fragment = target.firstIndex(of: "#") { target = target[..<fragment] }
        guard let path = target.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "" }
        return target[path...]
    }

    /// Where `://` ends in `url`, as `url.range(of: "://")?.upperBound` finds it. An ASCII URL
    /// (every URL the simulator builds) is searched byte by byte, where bytes and characters are
    /// the same: Foundation's search bridges to NSString, and did so for every request.
    static func schemeEnd(_ url: Substring) -> Substring.Index? {
        let bytes = url.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return url.range(of: "://")?.upperBound }
        var index = bytes.startIndex
        var matched = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if matched == 0 {
                if byte == UInt8(ascii: ":") { matched = 1 }
            } else if byte == UInt8(ascii: "/") {
                matched += 1
                if matched == 3 { return bytes.index(after: index) }
            } else {
                matched = byte == UInt8(ascii: ":") ? 1 : 0
            }
            index = bytes.index(after: index)
        }
        return nil
    }

    /// A response read off the wire.
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var keepAlive: Bool
    }

    /// One open TCP connection: non-blocking, every wait bounded by the exchange's deadline.
    private final class Connection {
        let host: String
        let port: Int
        private var descriptor: Int32
        /// Bytes received and not consumed yet.
        private var buffer: [UInt8] = []
        private var start = 0
        /// Bytes received since the current request was sent.
        private var received = 0
        private var chunk = [UInt8](repeating: 0, count: 16 * 1024)

        init(host: String, port: Int, deadline: ContinuousClock.Instant) throws(Stop) {
            self.host = host
            self.port = port
            descriptor = try Self.connect(host: host, port: port, deadline: deadline)
        }

        func close() {
            if descriptor >= 0 { systemClose(descriptor) }
            descriptor = -1
        }

        private static func failure(_ host: String, _ port: Int, _ code: Int32) -> Stop {
            .failed("Failed to connect to \(host) port \(port): \(String(cString: strerror(code)))")
        }

        private static func connect(host: String, port: Int, deadline: ContinuousClock.Instant) throws(Stop) -> Int32 {
            var hints = addrinfo()
            hints.ai_socktype = streamSocket
            hints.ai_family = AF_UNSPEC
            var list: UnsafeMutablePointer<addrinfo>?
            let status = getaddrinfo(host, String(port), &hints, &list)
            guard status == 0, let first = list else {
                throw .failed("Could not resolve host: \(host): \(String(cString: gai_strerror(status)))")
            }
            defer { freeaddrinfo(first) }
            var lastError: Int32 = ECONNREFUSED
            var entry: UnsafeMutablePointer<addrinfo>? = first
            while let address = entry {
                entry = address.pointee.ai_next
                let socket = systemSocket(address.pointee.ai_family)
                guard socket >= 0 else {
                    lastError = errno
                    continue
                }
                _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
                var one: Int32 = 1
                _ = setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                if systemConnect(socket, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 {
                    return socket
                }
                lastError = errno
                if lastError == EINPROGRESS {
                    do {
                        try wait(socket, for: Int16(POLLOUT), until: deadline)
                    } catch {
                        systemClose(socket)
                        throw error
                    }
                    var code: Int32 = 0
                    var length = socklen_t(MemoryLayout<Int32>.size)
                    _ = getsockopt(socket, SOL_SOCKET, SO_ERROR, &code, &length)
                    if code == 0 { return socket }
                    lastError = code
                }
                systemClose(socket)
            }
            throw failure(host, port, lastError)
        }

        /// Waits until `socket` is ready for `events` or the deadline passes.
        private static func wait(_ socket: Int32, for events: Int16, until deadline: ContinuousClock.Instant)
            throws(Stop)
        {
            while true {
                let left = deadline - ContinuousClock.now
                guard left > .zero else { throw .timedOut }
                let milliseconds = Int32(
                    clamping: left.components.seconds * 1000 + (left.components.attoseconds + 999_999_999_999_999)
                        / 1_000_000_000_000_000)
                var entry = pollfd(fd: socket, events: events, revents: 0)
                let ready = poll(&entry, 1, milliseconds)
                if ready > 0 { return }
                if ready < 0, errno != EINTR { throw .failed("poll failed: \(String(cString: strerror(errno)))") }
            }
        }

        /// Sends `request` and reads one answer.
        func exchange(_ request: [UInt8], method: String, deadline: ContinuousClock.Instant, maxBody: Int)
            throws(Stop) -> Answer
        {
            received = 0
            try send(request, deadline: deadline)
            var answered = false
            while true {
                let head: [UInt8]
                do {
                    head = try readHead(deadline: deadline)
                } catch .staleConnection where answered {
                    throw .failed("the connection closed before the answer's headers")
                }
                answered = true
                guard let parsed = Self.parseHead(head) else {
                    throw .failed("the answer is not HTTP")
                }
                // An interim answer (100 Continue, 103 Early Hints): the real one follows.
                if (100..<200).contains(parsed.status), parsed.status != 101 { continue }
                let body = try readBody(parsed, method: method, deadline: deadline, maxBody: maxBody)
                return Answer(
                    status: parsed.status, headers: parsed.headers, body: body.bytes,
                    keepAlive: parsed.keepAlive && body.delimited)
            }
        }

        private func send(_ bytes: [UInt8], deadline: ContinuousClock.Instant) throws(Stop) {
            var offset = 0
            while offset < bytes.count {
                let sent = bytes.withUnsafeBytes {
                    systemSend(descriptor, UnsafeRawBufferPointer(rebasing: $0[offset...]))
                }
                if sent > 0 {
                    offset += sent
                } else if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR {
                    try Self.wait(descriptor, for: Int16(POLLOUT), until: deadline)
                } else if errno == EPIPE || errno == ECONNRESET {
                    throw .staleConnection
                } else {
                    throw .failed("send failed: \(String(cString: strerror(errno)))")
                }
            }
        }

        /// Reads more bytes into the buffer; false at the end of the stream.
        private func fill(deadline: ContinuousClock.Instant) throws(Stop) -> Bool {
            if start > 0, start == buffer.count {
                buffer.removeAll(keepingCapacity: true)
                start = 0
            } else if start > 64 * 1024 {
                buffer.removeFirst(start)
                start = 0
            }
            while true {
                let count = chunk.withUnsafeMutableBytes { systemReceive(descriptor, $0) }
                if count > 0 {
                    buffer.append(contentsOf: chunk[0..<count])
                    received += count
                    return true
                }
                if count == 0 { return false }
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR {
                    try Self.wait(descriptor, for: Int16(POLLIN), until: deadline)
                } else if errno == ECONNRESET {
                    // Only a reset before any byte of the answer may mean an idle connection the
                    // server had dropped (and the request is sent again); after one, it is a failure.
                    throw received == 0 ? .staleConnection : .failed("the connection was reset during the answer")
                } else {
                    throw .failed("recv failed: \(String(cString: strerror(errno)))")
                }
            }
        }

        /// The status line and headers, through the blank line.
        private func readHead(deadline: ContinuousClock.Instant) throws(Stop) -> [UInt8] {
            // How far past `start` the blank line was looked for (relative: `fill` may move the buffer).
            var scanned = 0
            while true {
                var index = start + max(0, scanned - 3)
                while index + 3 < buffer.count {
                    if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 {
                        let head = Array(buffer[start..<index])
                        start = index + 4
                        return head
                    }
                    index += 1
                }
                scanned = buffer.count - start
                if buffer.count - start > SocketFetcher.maxHeaderBytes {
                    throw .failed("the answer's headers are larger than \(SocketFetcher.maxHeaderBytes) bytes")
                }
                guard try fill(deadline: deadline) else {
                    // Closed before a byte of the answer: on a reused connection, the server had
                    // closed it while idle.
                    if buffer.count == start { throw .staleConnection }
                    throw .failed("the connection closed before the answer's headers")
                }
            }
        }

        struct Head {
            var status: Int
            var headers: [String: String]
            var keepAlive: Bool
        }

        /// The status line and headers, parsed on bytes (Foundation's string functions cost more
        /// than the rest of the exchange).
        static func parseHead(_ head: [UInt8]) -> Head? {
            var lines: [ArraySlice<UInt8>] = []
            var lineStart = 0
            for index in head.indices where head[index] == 10 {
                lines.append(head[lineStart..<(index > lineStart && head[index - 1] == 13 ? index - 1 : index)])
                lineStart = index + 1
            }
            lines.append(head[lineStart...])
            let statusLine = Array(lines.removeFirst())
            // "HTTP/1.x SSS reason"
            guard statusLine.count >= 12, statusLine.starts(with: Array("HTTP/1.".utf8)),
                statusLine[9...11].allSatisfy({ (48...57).contains($0) }),
                statusLine[8] == 32
            else { return nil }
            let status = statusLine[9...11].reduce(0) { $0 * 10 + Int($1 - 48) }
            let isSpace = { (byte: UInt8) in byte == 32 || byte == 9 }
            var headers: [String: String] = [:]
            for line in lines {
                guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
                let name = String(decoding: line[..<colon].map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
                var value = line[(colon + 1)...]
                while let first = value.first, isSpace(first) { value = value.dropFirst() }
                while let last = value.last, isSpace(last) { value = value.dropLast() }
                let text = String(decoding: value, as: UTF8.self)
                headers[name] = headers[name].map { $0 + ", " + text } ?? text
            }
            let connection = headers["connection"]?.lowercased() ?? ""
            let keepAlive =
                statusLine[7] == UInt8(ascii: "1") ? !connection.contains("close") : connection.contains("keep-alive")
            return Head(status: status, headers: headers, keepAlive: keepAlive)
        }

        /// The body as its headers delimit it; `delimited` is false when it ran to the end of
        /// the stream (the connection cannot carry another request).
        private func readBody(_ head: Head, method: String, deadline: ContinuousClock.Instant, maxBody: Int)
            throws(Stop) -> (bytes: [UInt8], delimited: Bool)
        {
            if method == "HEAD" || head.status == 204 || head.status == 304 { return ([], true) }
            if head.headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
                return (try readChunked(deadline: deadline, maxBody: maxBody), true)
            }
            if let text = head.headers["content-length"] {
                guard let length = Int(text), length >= 0 else { throw .failed("a bad Content-Length: \(text)") }
                if length > maxBody { throw .tooLarge }
                return (try take(length, deadline: deadline), true)
            }
            while try fill(deadline: deadline) {
                if buffer.count - start > maxBody { throw .tooLarge }
            }
            defer { start = buffer.count }
            return (Array(buffer[start...]), false)
        }

        /// Exactly `count` bytes, waiting for them.
        private func take(_ count: Int, deadline: ContinuousClock.Instant) throws(Stop) -> [UInt8] {
            while buffer.count - start < count {
                guard try fill(deadline: deadline) else {
                    throw .failed("the connection closed before the answer's end")
                }
            }
            defer { start += count }
            return Array(buffer[start..<start + count])
        }

        /// One CRLF-terminated line, without its CRLF.
        private func line(deadline: ContinuousClock.Instant) throws(Stop) -> [UInt8] {
            while true {
                if let end = buffer[start...].firstIndex(of: 10), end > start, buffer[end - 1] == 13 {
                    defer { start = end + 1 }
                    return Array(buffer[start..<end - 1])
                }
                if buffer.count - start > SocketFetcher.maxHeaderBytes { throw .failed("a chunk line is too long") }
                guard try fill(deadline: deadline) else {
                    throw .failed("the connection closed before the answer's end")
                }
            }
        }

        private func readChunked(deadline: ContinuousClock.Instant, maxBody: Int) throws(Stop) -> [UInt8] {
            var body: [UInt8] = []
            while true {
                let sizeLine = String(decoding: try line(deadline: deadline), as: UTF8.self)
                let digits = sizeLine.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
                guard let size = Int(digits.trimmingCharacters(in: .whitespaces), radix: 16), size >= 0 else {
                    throw .failed("a bad chunk size: \(sizeLine)")
                }
                if size == 0 {
                    while !(try line(deadline: deadline)).isEmpty {}  // trailers
                    return body
                }
                if body.count + size > maxBody { throw .tooLarge }
                body += try take(size, deadline: deadline)
                guard try line(deadline: deadline).isEmpty else { throw .failed("a chunk without its CRLF") }
            }
        }
    }
}
