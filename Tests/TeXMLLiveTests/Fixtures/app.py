"""A tiny voicemail application that judges every request texml sends it with the official libraries.

Twilio-style requests are checked with twilio-python's RequestValidator, Telnyx's (TeXML forms and
Call Control JSON) with the telnyx SDK's Ed25519 webhook verification. Every request is appended to
the JSON Lines file named by APP_LOG as {"method", "path", "verified", "reason"}. It listens on an
ephemeral loopback port and writes that port to the file named by APP_PORT_FILE once it listens.

Environment: TWILIO_AUTH_TOKEN (Twilio's auth token), TELNYX_PUBLIC_KEY (base64), APP_LOG,
APP_PORT_FILE, APP_SLOW_SECONDS (how long /fail/slow takes).
"""

import json
import os
import signal
import sys
import threading
import time

from flask import Flask, Response, redirect, request
from twilio.request_validator import RequestValidator
from twilio.twiml.voice_response import VoiceResponse
from werkzeug.serving import make_server

from rest_app import rest

app = Flask(__name__)
validator = RequestValidator(os.environ.get("TWILIO_AUTH_TOKEN", ""))
telnyx_key = os.environ.get("TELNYX_PUBLIC_KEY", "")
log_path = os.environ["APP_LOG"]


def judge():
    """Verify the request as its platform's official library does; log the verdict."""
    if request.path.startswith("/pivot"):
        # Kazoo Pivot publishes no signature scheme: texml signs nothing (docs/live.md).
        verified, reason = True, "pivot: unsigned"
    elif "telnyx-signature-ed25519" in request.headers or request.path.startswith("/telnyx"):
        # Imported on first use: the SDK takes seconds to import, and most tests send Twilio's requests.
        from telnyx.lib.webhook_verification import WebhookVerificationError, verify_webhook_signature

        try:
            verify_webhook_signature(request.get_data(), dict(request.headers), telnyx_key)
            verified, reason = True, "telnyx ed25519"
        except WebhookVerificationError as error:
            verified, reason = False, "telnyx: " + str(error)
    else:
        signature = request.headers.get("X-Twilio-Signature", "")
        verified = validator.validate(request.url, request.form, signature)
        reason = "twilio RequestValidator" if verified else "twilio: bad signature for " + request.url
    entry = {
        "method": request.method,
        "path": request.path,
        "query": request.query_string.decode(),
        "verified": verified,
        "reason": reason,
        "user_agent": request.headers.get("User-Agent", ""),
        "content_type": request.headers.get("Content-Type", ""),
        "idempotency": request.headers.get("I-Twilio-Idempotency-Token", ""),
        "form": request.form.to_dict(),
        # An upload's audio: how many bytes arrived and the file's first four (RIFF for a WAV).
        "body_bytes": len(request.get_data()) if not request.form else 0,
        "body_head": request.get_data()[:4].decode("latin-1") if not request.form else "",
    }
    with open(log_path, "a") as log:
        log.write(json.dumps(entry) + "\n")
    return verified


def twiml(response):
    return Response(str(response), mimetype="text/xml")


@app.before_request
def check():
    if not judge():
        return Response("signature check failed", status=403)
    return None


@app.route("/voice", methods=["GET", "POST"])
def voice():
    response = VoiceResponse()
    response.redirect("/voicemail?greeting=1", method="GET")
    return twiml(response)


@app.route("/voicemail", methods=["GET", "POST"])
def voicemail():
    response = VoiceResponse()
    response.say("Please leave a message after the beep. Press the pound key when you are done.")
    response.record(
        action="/recorded",
        method="POST",
        timeout=5,
        finish_on_key="#",
        max_length=60,
        play_beep=True,
        recording_status_callback="/recording-status",
    )
    return twiml(response)


@app.route("/recorded", methods=["POST"])
def recorded():
    response = VoiceResponse()
    response.say("Thank you, goodbye.")
    response.hangup()
    return twiml(response)


@app.route("/recording-status", methods=["POST"])
@app.route("/status", methods=["POST"])
@app.route("/telnyx/webhooks", methods=["POST"])
def callback():
    return Response("", status=204)


@app.route("/cxml/voicemail", methods=["POST"])
def cxml_voicemail():
    """SignalWire's <Record storageUrl>: the finished file is sent to the application itself."""
    return twiml(
        '<?xml version="1.0" encoding="UTF-8"?><Response><Record finishOnKey="#" maxLength="30" '
        f'storageUrl="{request.url_root}upload" storageUrlMethod="PUT"/></Response>'
    )


@app.route("/upload", methods=["PUT", "POST"])
def upload():
    return Response("", status=201)


@app.route("/texml/voice", methods=["POST"])
def texml_voice():
    return twiml(
        '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello from TeXML.</Say><Pause length="3"/></Response>'
    )


# Bad answers, one route each.
@app.route("/fail/500", methods=["POST"])
def fail_500():
    return Response("boom", status=500)


every_third = {"count": 0, "lock": threading.Lock()}


@app.route("/fail/every-third", methods=["POST"])
def fail_every_third():
    # For the load tests: the 3rd, 6th, 9th… request fails, whatever order concurrent calls arrive in.
    with every_third["lock"]:
        every_third["count"] += 1
        fails = every_third["count"] % 3 == 0
    if fails:
        return Response("boom", status=500)
    response = VoiceResponse()
    response.hangup()
    return twiml(response)


@app.route("/fail/garbage", methods=["POST"])
def fail_garbage():
    return Response(bytes(range(256)) * 4, mimetype="text/xml")


@app.route("/fail/huge", methods=["POST"])
def fail_huge():
    # Streamed without a Content-Length: the client must stop reading at its cap on its own.
    def chunks():
        for _ in range(10 * 1024):
            yield b"<!-- " + b"x" * 1010 + b" -->\n"

    return Response(chunks(), mimetype="text/xml")


@app.route("/fail/cut", methods=["POST"])
def fail_cut():
    # Chunked, and the connection is closed after the first chunk: no terminating chunk ever comes.
    def chunks():
        yield b'<?xml version="1.0"?><Response><Say>Hello'
        raise ConnectionAbortedError("the application closes the connection mid-body")

    return Response(chunks(), mimetype="text/xml")


@app.route("/fail/slow", methods=["POST"])
def fail_slow():
    time.sleep(float(os.environ.get("APP_SLOW_SECONDS", "3")))
    return twiml(VoiceResponse())


@app.route("/fail/redirect-away", methods=["POST"])
def fail_redirect_away():
    return redirect("http://example.com/twiml", code=302)


@app.route("/fail/redirect-home", methods=["POST"])
def fail_redirect_home():
    return redirect("/voicemail?greeting=2", code=307)


app.register_blueprint(rest)


def main():
    # A child of the test runner inherits its blocked signals (SIGTERM among them): unblock them,
    # or the test could not stop the application.
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    server = make_server("127.0.0.1", 0, app, threaded=True)
    # Written whole, then renamed: the test never reads half a port number.
    port_file = os.environ["APP_PORT_FILE"]
    with open(port_file + ".tmp", "w") as out:
        out.write(str(server.server_port))
    os.rename(port_file + ".tmp", port_file)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
