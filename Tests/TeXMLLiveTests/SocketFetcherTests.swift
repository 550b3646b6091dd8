#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import Testing

/// The load mode's HTTP client against a server that bends HTTP/1.1 the ways real ones do.
@Suite("Load mode's HTTP client")
struct SocketFetcherTests {
    /// A raw server: `/close` answers with a Content-Length and then closes the connection without
    /// saying so (the client must notice on its next request and send it again on a new one);
    /// `/chunked` answers in chunks with a trailer.
    static let server = #"""
        import os, socket, sys, threading
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        with open(sys.argv[1] + ".tmp", "w") as out:
            out.write(str(listener.getsockname()[1]))
        os.rename(sys.argv[1] + ".tmp", sys.argv[1])
        DOCUMENT = b'<?xml version="1.0"?><Response><Say>Hello.</Say><Hangup/></Response>'
        def serve(connection):
            data = b""
            while True:
                while b"\r\n\r\n" not in data:
                    more = connection.recv(65536)
                    if not more:
                        return connection.close()
                    data += more
                head, data = data.split(b"\r\n\r\n", 1)
                length = [int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
                while len(data) < (length[0] if length else 0):
                    data += connection.recv(65536)
                data = data[(length[0] if length else 0):]
                if b" /chunked" in head.split(b"\r\n")[0]:
                    half = len(DOCUMENT) // 2
                    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + b"%x;ext=1\r\n" % half + DOCUMENT[:half] + b"\r\n"
                        + b"%X\r\n" % (len(DOCUMENT) - half) + DOCUMENT[half:] + b"\r\n0\r\nX-Trailer: yes\r\n\r\n")
                else:
                    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: %d\r\n\r\n" % len(DOCUMENT) + DOCUMENT)
                    return connection.close()
        while True:
            connection, _ = listener.accept()
            threading.Thread(target=serve, args=(connection,), daemon=True).start()
        """#

    /// Starts the server and gives its base URL; stopped when `body` returns.
    static func withServer(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("texml-raw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("server.py")
        try Data(server.utf8).write(to: script)
        let portFile = directory.appendingPathComponent("port")
        let process = Process()
        process.executableURL = try LiveApp.python()
        process.arguments = [script.path, portFile.path]
        try process.run()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        var port: Int?
        for _ in 0..<200 where port == nil {
            port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0) }
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        try body("http://127.0.0.1:\(try #require(port))")
    }

    @Test(arguments: ["/close", "/chunked"])
    func everyCallSucceeds(_ path: String) throws {
        try Self.withServer { base in
            let result = try CLI.run(["call", base + path, "--calls", "6", "--concurrency", "2", "--format", "jsonl"])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            let summary = try LoadTests.summary(result)
            #expect(summary["failed_calls"] as? Int == 0)
            #expect(summary["requests"] as? Int == 6)
        }
    }
}

#endif
