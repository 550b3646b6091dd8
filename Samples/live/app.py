"""A small voicemail application written with twilio-python, the way a Twilio customer writes one.

Run it, then point texml at it (Samples/live/README.md):

    .venv-live/bin/flask --app Samples/live/app.py run --port 5055

- Every request is checked with twilio-python's RequestValidator; one that fails gets 403.
- /voice offers a menu: 1 puts the caller through to sales (<Dial>), and the application starts a
  recording of that conversation through the REST API (client.calls(sid).recordings.create);
  anything else, or nothing, goes to voicemail (<Record>).
- When a recording is `completed`, /recording-status downloads it from the RecordingUrl it was told
  about (as .wav, with the account's credentials) into RECORDINGS_DIR.

Environment: TWILIO_AUTH_TOKEN (the auth token; texml signs with the same one), TWILIO_API_BASE (where
the REST API is: texml's --api-port server, e.g. http://127.0.0.1:5056; default https://api.twilio.com),
RECORDINGS_DIR (where downloads go; default a temporary folder), APP_LOG (optional: one JSON line per
request with its verdict and what the application did).
"""

import json
import os
import tempfile
import urllib.parse
from functools import wraps

import requests
from flask import Flask, Response, abort, request
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

app = Flask(__name__)
AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
API_BASE = os.environ.get("TWILIO_API_BASE", "https://api.twilio.com").rstrip("/")
RECORDINGS_DIR = os.environ.get("RECORDINGS_DIR") or tempfile.mkdtemp(prefix="voicemail-")
SALES_NUMBER = "+15550001111"
validator = RequestValidator(AUTH_TOKEN)


class LocalPlatformHttpClient(TwilioHttpClient):
    """Sends the REST client's requests to TWILIO_API_BASE instead of api.twilio.com."""

    def request(self, method, url, *args, **kwargs):
        if url.startswith("https://api.twilio.com"):
            url = API_BASE + url[len("https://api.twilio.com") :]
        return super().request(method, url, *args, **kwargs)


def log(**entry):
    path = os.environ.get("APP_LOG")
    if path:
        with open(path, "a") as file:
            file.write(json.dumps(entry) + "\n")


def validated(view):
    """Reject any request whose X-Twilio-Signature twilio-python does not accept."""

    @wraps(view)
    def checked(*args, **kwargs):
        signature = request.headers.get("X-Twilio-Signature", "")
        verified = validator.validate(request.url, request.form, signature)
        log(event="request", method=request.method, path=request.path, verified=verified)
        if not verified:
            abort(403)
        return view(*args, **kwargs)

    return checked


def twiml(response):
    return Response(str(response), mimetype="text/xml")


def rest_client():
    """A REST client for the account that placed this call (its AccountSid is in every webhook)."""
    return Client(request.values["AccountSid"], AUTH_TOKEN, http_client=LocalPlatformHttpClient())


@app.post("/voice")
@validated
def voice():
    response = VoiceResponse()
    gather = response.gather(num_digits=1, action="/menu", timeout=5)
    gather.say("Thanks for calling. Press 1 for sales, or stay on the line to leave a message.")
    response.redirect("/voicemail")
    return twiml(response)


@app.post("/menu")
@validated
def menu():
    if request.form.get("Digits") != "1":
        response = VoiceResponse()
        response.redirect("/voicemail")
        return twiml(response)
    try:
        recording = rest_client().calls(request.form["CallSid"]).recordings.create(
            recording_status_callback=request.url_root + "recording-status",
            recording_status_callback_event=["in-progress", "completed"],
            recording_channels="dual",
        )
        log(event="rest-recording", sid=recording.sid, status=recording.status)
    except TwilioRestException as error:
        log(event="rest-recording-failed", status=error.status, message=error.msg)
    response = VoiceResponse()
    response.say("Connecting you to sales.")
    response.dial(SALES_NUMBER, action="/dial-done", timeout=20)
    return twiml(response)


@app.post("/dial-done")
@validated
def dial_done():
    response = VoiceResponse()
    if request.form.get("DialCallStatus") != "completed":
        response.say("Sales is busy right now.")
        response.redirect("/voicemail")
    else:
        response.hangup()
    return twiml(response)


@app.post("/voicemail")
@validated
def voicemail():
    response = VoiceResponse()
    response.say("Please leave a message after the beep. Press the pound key when you are done.")
    response.record(
        action="/recorded",
        timeout=5,
        finish_on_key="#",
        max_length=120,
        recording_status_callback="/recording-status",
    )
    response.say("We did not get a message. Goodbye.")
    return twiml(response)


@app.post("/recorded")
@validated
def recorded():
    response = VoiceResponse()
    response.say("Thank you, goodbye.")
    response.hangup()
    return twiml(response)


@app.post("/recording-status")
@validated
def recording_status():
    """Download a finished recording from the URL the callback names, as the platform documents."""
    if request.form.get("RecordingStatus") == "completed":
        sid = request.form["RecordingSid"]
        media = requests.get(
            request.form["RecordingUrl"] + ".wav", auth=(request.form["AccountSid"], AUTH_TOKEN), timeout=10
        )
        path = os.path.join(RECORDINGS_DIR, sid + ".wav")
        if media.ok:
            with open(path, "wb") as file:
                file.write(media.content)
        log(
            event="download",
            sid=sid,
            status=media.status_code,
            content_type=media.headers.get("Content-Type", ""),
            bytes=len(media.content),
            riff=media.content[:4] == b"RIFF",
            host=urllib.parse.urlsplit(request.form["RecordingUrl"]).netloc,
        )
    return Response("", status=204)


@app.post("/status")
@validated
def status():
    return Response("", status=204)
