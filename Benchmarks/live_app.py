"""A minimal voicemail application for Benchmarks/live: answers TwiML as fast as Python can.

Standard library only. One listening socket on 127.0.0.1, shared by --workers forked processes
(default: the number of cores), each a ThreadingHTTPServer: threads so that every keep-alive
connection is served at once, processes so that the GIL does not cap it at one core. Each answer
is written in one send with TCP_NODELAY (no Nagle/delayed-ACK stalls on keep-alive).

With --capture FILE, every request is appended to FILE as a JSON line {method, path, headers,
body}: the script builds wrk's requests from it. It writes its port to --port-file once it listens.
With --work-us N, each request first spends N microseconds of CPU (a busy loop, the GIL held), standing
in for what a real handler does: parse the form, check the signature, build TwiML, touch a database.
"""

import argparse
import json
import os
import signal
import socket
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

VOICE = (
    b'<?xml version="1.0" encoding="UTF-8"?><Response>'
    b"<Say>Please leave a message after the beep. Press the pound key when you are done.</Say>"
    b'<Record action="/recorded" method="POST" timeout="5" finishOnKey="#" maxLength="60" '
    b'playBeep="true" recordingStatusCallback="/recording-status"/></Response>'
)
RECORDED = b'<?xml version="1.0" encoding="UTF-8"?><Response><Say>Thank you, goodbye.</Say><Hangup/></Response>'
ROUTES = {"/voice": VOICE, "/recorded": RECORDED}

capture = None
work_seconds = 0.0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format, *args):
        pass

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0]
        if work_seconds:
            end = time.perf_counter() + work_seconds
            while time.perf_counter() < end:
                pass
        if capture is not None:
            entry = {
                "method": self.command,
                "path": self.path,
                "headers": {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")},
                "body": body.decode("utf-8", "replace"),
            }
            # One write per line on an O_APPEND file: lines from several processes never interleave.
            os.write(capture, (json.dumps(entry) + "\n").encode())
        document = ROUTES.get(path)
        if document is not None:
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: %d\r\n\r\n" % len(document)
            self.wfile.write(head + document)
        elif path in ("/status", "/recording-status"):
            self.wfile.write(b"HTTP/1.1 204 No Content\r\n\r\n")
        else:
            self.wfile.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")

    do_GET = answer
    do_POST = answer


def main():
    global capture, work_seconds
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--capture")
    parser.add_argument("--work-us", type=int, default=0)
    args = parser.parse_args()
    work_seconds = args.work_us / 1e6
    if args.capture:
        capture = os.open(args.capture, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    ThreadingHTTPServer.request_queue_size = 1024
    # wrk resets its connections when its time is up: not worth a traceback.
    ThreadingHTTPServer.handle_error = lambda self, request, address: None
    ThreadingHTTPServer.daemon_threads = True
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    children = []
    for _ in range(max(1, args.workers) - 1):
        pid = os.fork()
        if pid == 0:
            server.serve_forever()
            os._exit(0)
        children.append(pid)

    def stop(*_):
        for pid in children:
            os.kill(pid, signal.SIGTERM)
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    with open(args.port_file + ".tmp", "w") as out:
        out.write(str(server.server_port))
    os.rename(args.port_file + ".tmp", args.port_file)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
