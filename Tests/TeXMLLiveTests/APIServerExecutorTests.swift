#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import TeXMLLive
import TeXMLLiveServer
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The REST server runs on threads of its own: a program that holds every thread of Swift's
/// cooperative pool (tests blocked on `texml` subprocesses) still gets it started and answering.
@Suite("The REST server's own threads")
struct APIServerExecutorTests {
    /// Holds `count` threads of the cooperative pool until released.
    final class PoolHold: @unchecked Sendable {
        // @unchecked Sendable: `held` and `released` are only touched under `condition`.
        private let condition = NSCondition()
        private var held = 0
        private var released = false

        init(_ count: Int) {
            // At the caller's priority, as the server's task would be without its own executor.
            for _ in 0..<count { Task { self.hold() } }
        }

        private func hold() {
            condition.withLock {
                held += 1
                condition.broadcast()
                while !released { condition.wait() }
            }
        }

        /// Waits until `count` tasks hold their threads (10 s at most).
        func wait(for count: Int) -> Bool {
            let deadline = Date(timeIntervalSinceNow: 10)
            return condition.withLock {
                while held < count, condition.wait(until: deadline) {}
                return held >= count
            }
        }

        func release() {
            condition.withLock {
                released = true
                condition.broadcast()
            }
        }
    }

    /// The status of `GET path` on 127.0.0.1:`port`, over a blocking socket on this thread (URLSession
    /// would wait for Dispatch's threads, which the pool shares on Linux); nil: no answer in 10 s.
    static func status(port: Int, path: String) -> Int? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(descriptor, $0.baseAddress, $0.count, 0) }) == request.count else {
            return nil
        }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 12 else { return nil }
        // "HTTP/1.1 401 …"
        return Int(String(decoding: buffer[9..<12], as: UTF8.self))
    }

    @Test func theServerStartsAndAnswersWhileEveryPoolThreadIsBlocked() throws {
        // This synchronous test holds one pool thread itself; tasks hold the others (the pool is
        // as wide as the machine has cores; the tasks beyond its width wait their turn).
        let width = ProcessInfo.processInfo.activeProcessorCount
        let hold = PoolHold(8 * width)
        defer { hold.release() }
        // Threads other tests block (their `texml` runs) count too: the wait is only for the pool to fill.
        _ = hold.wait(for: width - 1)
        let server = try APIServer(
            APIServer.Configuration(accountSid: "AC00000000000000000000000000000001", authToken: "token"),
            inbox: APIInbox(settle: .milliseconds(50)))
        defer { server.stop() }
        // No credentials: Twilio's 401, answered by the server's handler alone.
        #expect(
            Self.status(
                port: server.port, path: "/2010-04-01/Accounts/AC00000000000000000000000000000001/Recordings.json")
                == 401)
    }
}

#endif
