"""The REST side of the fixture application: webhook handlers that drive texml's REST API server
with twilio-python's Client while the call is live, as an application does.

The Client is pointed at texml by an HttpClient that rewrites https://api.twilio.com to
http://127.0.0.1:TEXML_API_PORT. Every check's outcome is appended to the JSON Lines file named by
APP_REST_LOG as {"check": name, "value": ...}; the Swift tests read it.
"""

import json
import os
import threading
import time

import requests
from flask import Blueprint, Response, request
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

rest = Blueprint("rest", __name__)
TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")


def api_base():
    return "http://127.0.0.1:" + os.environ.get("TEXML_API_PORT", "0")


class LocalTwilio(TwilioHttpClient):
    """twilio-python's own HTTP client, sent to texml's server instead of api.twilio.com."""

    def request(self, method, url, *args, **kwargs):
        return super().request(method, url.replace("https://api.twilio.com", api_base()), *args, **kwargs)


def client(token=TOKEN):
    return Client(request.form["AccountSid"], token, http_client=LocalTwilio())


def record(check, value):
    with open(os.environ["APP_REST_LOG"], "a") as log:
        log.write(json.dumps({"check": check, "value": value}) + "\n")


def twiml(response):
    return Response(str(response), mimetype="text/xml")


def pause_then(seconds, path):
    response = VoiceResponse()
    response.pause(length=seconds)
    response.redirect(path, method="POST")
    return twiml(response)


def error_of(call):
    """The TwilioRestException a call raises, as (status, code), or None."""
    try:
        call()
    except TwilioRestException as error:
        return [error.status, error.code]
    return None


@rest.route("/rest/voice", methods=["POST"])
def rest_voice():
    # The call is answered once its first verb runs: recordings start from the next webhook.
    return pause_then(1, request.args.get("next", "/rest/start"))


@rest.route("/rest/start", methods=["POST"])
def rest_start():
    recording = client().calls(request.form["CallSid"]).recordings.create(
        recording_channels="dual",
        recording_status_callback=request.url_root + "rest/recording-status",
        recording_status_callback_event=["in-progress", "completed"],
    )
    record("created", {"sid": recording.sid, "status": recording.status, "channels": recording.channels})
    return pause_then(2, "/rest/pause?sid=" + recording.sid)


@rest.route("/rest/pause", methods=["POST"])
def rest_pause():
    sid = request.args["sid"]
    paused = client().calls(request.form["CallSid"]).recordings(sid).update(status="paused", pause_behavior="skip")
    record("paused", paused.status)
    return pause_then(1, "/rest/resume?sid=" + sid)


@rest.route("/rest/resume", methods=["POST"])
def rest_resume():
    sid = request.args["sid"]
    calls = client().calls(request.form["CallSid"])
    record("resumed", calls.recordings(sid).update(status="in-progress").status)
    second = calls.recordings.create()
    record("second", second.sid)
    return pause_then(2, "/rest/stop?sid=" + sid + "&second=" + second.sid)


@rest.route("/rest/stop", methods=["POST"])
def rest_stop():
    sid, second = request.args["sid"], request.args["second"]
    twilio = client()
    calls = twilio.calls(request.form["CallSid"])
    record("stopped", [calls.recordings(sid).update(status="stopped").status, calls.recordings(second).update(status="stopped").status])
    page = twilio.recordings.page(page_size=1)
    record("page", {"count": len(list(page)), "next": page.next_page_url, "previous": page.previous_page_url})
    record("listed", [r.sid for r in twilio.recordings.list(page_size=1)])
    record("call_listed", [r.sid for r in calls.recordings.list()])
    fetched = twilio.recordings(sid).fetch()
    record("fetched", {"sid": fetched.sid, "status": fetched.status, "duration": fetched.duration, "call_sid": fetched.call_sid})
    auth = (request.form["AccountSid"], TOKEN)
    media = {}
    for extension in ["", ".wav", ".mp3"]:
        answer = requests.get(fetched.media_url + extension, auth=auth, timeout=10)
        media[extension or "none"] = {"status": answer.status_code, "type": answer.headers.get("Content-Type"), "head": answer.content[:4].hex(), "bytes": len(answer.content)}
    record("media", media)
    record("deleted", twilio.recordings(second).delete())
    record("fetch_deleted", error_of(lambda: twilio.recordings(second).fetch()))
    response = VoiceResponse()
    response.hangup()
    return twiml(response)


@rest.route("/rest/recording-status", methods=["POST"])
def rest_recording_status():
    """The recording's status callback: downloads the file its RecordingUrl names."""
    entry = {"status": request.form.get("RecordingStatus"), "url": request.form.get("RecordingUrl")}
    if request.form.get("RecordingStatus") == "completed":
        answer = requests.get(request.form["RecordingUrl"] + ".wav", auth=(request.form["AccountSid"], TOKEN), timeout=10)
        entry["download"] = [answer.status_code, answer.content[:4].hex(), len(answer.content)]
    record("callback", entry)
    return Response("", status=204)


@rest.route("/rest/bad", methods=["POST"])
def rest_bad():
    """Bad REST input while the call is live: each gets a clear answer and the call goes on."""
    account, call_sid = request.form["AccountSid"], request.form["CallSid"]
    base = api_base() + "/2010-04-01/Accounts/" + account
    auth = (account, TOKEN)
    record("wrong_token", error_of(lambda: client("not-the-token").calls(call_sid).recordings.create()))
    record("unknown_call", error_of(lambda: client().calls("CA" + "0" * 32).recordings.create()))
    record("unknown_recording", error_of(lambda: client().recordings("RE" + "0" * 32).fetch()))
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    answer = requests.post(base + "/Calls/" + call_sid + "/Recordings.json", data="Status=%ZZ", headers=headers, auth=auth, timeout=10)
    record("malformed_form", [answer.status_code, answer.json()])
    answer = requests.post(base + "/Calls/" + call_sid + "/Recordings.json", data='{"Status": ', headers={"Content-Type": "application/json"}, auth=auth, timeout=10)
    record("json_body", [answer.status_code, answer.json()])
    answer = requests.post(base + "/Calls/" + call_sid + "/Recordings.json", data={"RecordingStatusCallback": "x" * (1 << 20)}, auth=auth, timeout=30)
    record("huge_parameter", [answer.status_code, answer.json()])
    record("after_bad", client().calls(call_sid).recordings.create().status)
    return pause_then(1, "/rest/done")


@rest.route("/rest/flood", methods=["POST"])
def rest_flood():
    """1 000 REST requests at once, while the call is live."""
    account = request.form["AccountSid"]
    url = api_base() + "/2010-04-01/Accounts/" + account + "/Recordings.json"
    statuses = [None] * 1000
    start = threading.Barrier(len(statuses))

    def one(index):
        start.wait()
        try:
            statuses[index] = requests.get(url, auth=(account, TOKEN), timeout=60).status_code
        except requests.RequestException as error:
            statuses[index] = str(error)

    began = time.monotonic()
    threads = [threading.Thread(target=one, args=(index,)) for index in range(len(statuses))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    record("flood", {"statuses": sorted(set(map(str, statuses))), "ok": statuses.count(200), "seconds": time.monotonic() - began})
    return pause_then(1, "/rest/done")


@rest.route("/rest/done", methods=["POST"])
def rest_done():
    response = VoiceResponse()
    response.say("Done.")
    return twiml(response)


@rest.route("/rest/calls", methods=["POST"])
def rest_calls():
    """Calls/{CallSid}.json: a Url redirect, then Twiml, then Status=completed, each while its webhook waits."""
    call = client().calls(request.form["CallSid"]).update(url=request.url_root + "rest/calls-2", method="POST")
    record("call_updated", {"sid": call.sid, "status": call.status})
    return pause_then(5, "/rest/never")


@rest.route("/rest/calls-2", methods=["POST"])
def rest_calls_2():
    client().calls(request.form["CallSid"]).update(
        twiml='<Response><Pause length="2"/><Redirect method="POST">/rest/calls-3</Redirect></Response>'
    )
    return pause_then(5, "/rest/never")


@rest.route("/rest/calls-3", methods=["POST"])
def rest_calls_3():
    record("call_hung_up", client().calls(request.form["CallSid"]).update(status="completed").status)
    record("after_hangup", error_of(lambda: client().calls(request.form["CallSid"]).update(status="completed")))
    return pause_then(5, "/rest/never")


@rest.route("/rest/late", methods=["POST"])
def rest_late():
    """Answers first and starts a recording 200 ms later, from another thread: inside a 1 s settle window."""
    calls = client().calls(request.form["CallSid"])

    def later():
        time.sleep(0.2)
        record("late", calls.recordings.create().status)

    threading.Thread(target=later).start()
    return pause_then(2, "/rest/done")


@rest.route("/rest/record-stop", methods=["POST"])
def rest_record_stop():
    """A <Record maxLength="20">; 1.5 s (wall) after answering, another thread ends the call with
    Calls/{CallSid}.json Status=completed: under --pace realtime the recording stops there."""
    calls = client().calls(request.form["CallSid"])

    def later():
        time.sleep(1.5)
        record("stop_sent", calls.update(status="completed").status)

    threading.Thread(target=later).start()
    response = VoiceResponse()
    response.record(max_length=20, trim="do-not-trim", action="/rest/done")
    return twiml(response)


@rest.route("/telnyx/rest-voice", methods=["POST"])
def telnyx_rest_voice():
    return twiml('<?xml version="1.0" encoding="UTF-8"?><Response><Pause length="1"/><Redirect method="POST">/telnyx/rest-start</Redirect></Response>')


@rest.route("/telnyx/rest-start", methods=["POST"])
def telnyx_rest_start():
    """Telnyx's TeXML REST (JSON) and Call Control actions, with a Bearer API key."""
    account, call_sid = request.form["AccountSid"], request.form["CallSid"]
    bearer = {"Authorization": "Bearer " + TOKEN}
    texml = api_base() + "/v2/texml/Accounts/" + account + "/Calls/" + call_sid + "/Recordings.json"
    answer = requests.post(texml, json={"RecordingChannels": "single"}, headers=bearer, timeout=10)
    record("telnyx_texml_create", [answer.status_code, answer.json().get("status")])
    answer = requests.post(texml, json={}, headers={"Authorization": "Bearer wrong"}, timeout=10)
    record("telnyx_wrong_key", [answer.status_code, answer.json()["errors"][0]["code"]])
    record("telnyx_wrong_key_error", answer.json()["errors"][0])
    actions = api_base() + "/v2/calls/" + call_sid + "/actions/"
    answer = requests.post(actions + "record_start", json={"format": "wav", "channels": "single"}, headers=bearer, timeout=10)
    record("telnyx_record_start", [answer.status_code, answer.json()])
    answer = requests.post(actions + "record_start", data="{not json", headers=dict(bearer, **{"Content-Type": "application/json"}), timeout=10)
    record("telnyx_bad_json", [answer.status_code, answer.json()["errors"][0]["code"]])
    answer = requests.post(api_base() + "/v2/calls/v3:unknown/actions/record_stop", json={}, headers=bearer, timeout=10)
    record("telnyx_unknown_call", answer.status_code)
    return twiml('<?xml version="1.0" encoding="UTF-8"?><Response><Pause length="2"/></Response>')


@rest.route("/telapi/rest-voice", methods=["POST"])
def telapi_rest_voice():
    return twiml('<?xml version="1.0" encoding="UTF-8"?><Response><Pause length="1"/><Redirect method="POST">/telapi/rest-start</Redirect></Response>')


@rest.route("/telapi/rest-start", methods=["POST"])
def telapi_rest_start():
    """TelAPI's Calls/{CallSid}/Recordings with HTTP Basic AccountSid:AuthToken, as telapi-ruby posts it."""
    account, call_sid = request.form["AccountSid"], request.form["CallSid"]
    base = api_base() + "/v1/Accounts/" + account + "/Calls/"
    answer = requests.post(base + call_sid + "/Recordings.json", data={"Record": "true", "FileFormat": "wav"},
                           auth=(account, TOKEN), timeout=10)
    record("telapi_create", [answer.status_code, answer.json()])
    answer = requests.post(base + call_sid + "/Recordings.json", data={"Record": "true"}, auth=(account, "wrong"), timeout=10)
    record("telapi_wrong_password", [answer.status_code, answer.json(), answer.headers.get("WWW-Authenticate")])
    answer = requests.post(base + "CAunknown/Recordings.json", data={"Record": "true"}, auth=(account, TOKEN), timeout=10)
    record("telapi_unknown_call", [answer.status_code, answer.json()])
    answer = requests.post(base + call_sid + "/Recordings.json", data={"Record": "maybe"}, auth=(account, TOKEN), timeout=10)
    record("telapi_bad_parameter", [answer.status_code, answer.json()])
    answer = requests.post(api_base() + "/v1/Accounts/" + account + "/Nothing.json", data={}, auth=(account, TOKEN), timeout=10)
    record("telapi_unknown_path", [answer.status_code, answer.json()])
    return twiml('<?xml version="1.0" encoding="UTF-8"?><Response><Pause length="2"/></Response>')


def twilio_error(call):
    """The TwilioRestException a call raises, as [status, code, message], or None."""
    try:
        call()
    except TwilioRestException as error:
        return [error.status, error.code, error.msg]
    return None


@rest.route("/rest/ended-voice", methods=["POST"])
def rest_ended_voice():
    """Records from 1 s and hangs up at 3 s; the call's status callback (/rest/ended) asks about it."""
    return pause_then(1, "/rest/ended-record")


@rest.route("/rest/ended-record", methods=["POST"])
def rest_ended_record():
    record("ended_recording", client().calls(request.form["CallSid"]).recordings.create().sid)
    response = VoiceResponse()
    response.pause(length=2)
    response.hangup()
    return twiml(response)


@rest.route("/rest/ended", methods=["POST"])
def rest_ended():
    """The completed status callback: the call is over, its resources stay readable."""
    call = client().calls(request.form["CallSid"])
    record("ended_redirect", twilio_error(lambda: call.update(url=request.url_root + "rest/never", method="POST")))
    record("ended_twiml", twilio_error(lambda: call.update(twiml="<Response><Hangup/></Response>")))
    record("ended_hangup", twilio_error(lambda: call.update(status="completed")))
    record("ended_create", twilio_error(lambda: call.recordings.create()))
    fetched = call.fetch()
    record("ended_fetch", {"sid": fetched.sid, "status": fetched.status})
    record("ended_recordings", [{"sid": r.sid, "status": r.status} for r in call.recordings.list()])
    return Response("", status=204)


@rest.route("/telnyx/ended-voice", methods=["POST"])
def telnyx_ended_voice():
    return twiml('<?xml version="1.0" encoding="UTF-8"?><Response><Pause length="1"/><Hangup/></Response>')


@rest.route("/telnyx/ended", methods=["POST"])
def telnyx_ended():
    """A TeXML call's completed status callback: Call Control actions and TeXML REST on the ended call."""
    account, call_sid = request.form["AccountSid"], request.form["CallSid"]
    bearer = {"Authorization": "Bearer " + TOKEN}
    actions = api_base() + "/v2/calls/" + call_sid + "/actions/"
    answers = {}
    for action, body in [("record_start", {"format": "mp3", "channels": "single"}), ("record_stop", {}), ("streaming_start", {"stream_url": "wss://example.com/s"})]:
        answer = requests.post(actions + action, json=body, headers=bearer, timeout=10)
        answers[action] = [answer.status_code, answer.json()]
    texml = api_base() + "/v2/texml/Accounts/" + account + "/Calls/" + call_sid + "/Recordings.json"
    answer = requests.post(texml, json={}, headers=bearer, timeout=10)
    answers["texml_create"] = [answer.status_code, answer.json()]
    record("telnyx_ended", answers)
    return Response("", status=204)


@rest.route("/pivot/voice", methods=["POST"])
def pivot_voice():
    """Kazoo Pivot's <Record>: the MP3 is PUT below recordingUrl, then the action runs."""
    return twiml(
        '<?xml version="1.0" encoding="UTF-8"?><Response><Record action="/pivot/done" method="POST" timeout="4" '
        f'finishOnKey="*" maxLength="30" playBeep="true" recordingUrl="{request.url_root}pivot/upload"/></Response>'
    )


@rest.route("/pivot/upload/<name>", methods=["PUT", "POST"])
def pivot_upload(name):
    body = request.get_data()
    record("pivot_upload", {"name": name, "type": request.headers.get("Content-Type"), "bytes": len(body), "head": body[:3].hex()})
    return Response("", status=201)


@rest.route("/pivot/done", methods=["POST"])
def pivot_done():
    """The action: lists the account's recordings on crossbar and downloads the new one as MP3."""
    recordings = api_base() + "/v2/accounts/" + request.form["AccountSid"] + "/recordings"
    token = {"X-Auth-Token": TOKEN}
    listed = requests.get(recordings, headers=token, timeout=10)
    ids = [document.get("id") or document.get("sid") for document in listed.json().get("data", [])]
    entry = {"status": listed.status_code, "ids": ids, "action": request.form.to_dict()}
    if ids:
        document = requests.get(recordings + "/" + ids[0], headers=token, timeout=10)
        entry["document"] = [document.status_code, document.json().get("data")]
        media = requests.get(recordings + "/" + ids[0], headers=dict(token, Accept="audio/mpeg"), timeout=10)
        entry["media"] = {"status": media.status_code, "type": media.headers.get("Content-Type"), "bytes": len(media.content), "head": media.content[:3].hex()}
    record("pivot_done", entry)
    return twiml('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>')
