#!/usr/bin/env python3
"""Generate a deterministic recordings directory for the recordings benchmark.

Writes N recordings the way the recorder stores them: NAME.json (a RecordingMetadata
document: snake_case keys, sorted, pretty-printed as JSONEncoder writes them) and, for
recordings with audio, a tiny NAME.wav or NAME.mp3 beside it (a header only: the store
never reads the audio when listing). About 8 % are `absent` (no file, error_code 16102)
and about 3 % have their audio stored elsewhere (no file, an external url).

The output is a pure function of --count and --seed.

Usage: gen_recordings.py --out DIR [--count N] [--seed N]
"""

import argparse
import email.utils
import json
import os
import random
import struct
import sys

SOURCES = ["RecordVerb", "DialVerb", "Conference", "StartCallRecordingAPI", "OutboundAPI"]
QUEUES = ["support", "sales", "billing", "onboarding", "escalations"]
BASE = 1_767_225_600  # 2026-01-01T00:00:00Z


def wav_header(channels, rate):
    # A 44-byte PCM header with no samples.
    return (b"RIFF" + struct.pack("<I", 36) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate,
            rate * channels * 2, channels * 2, 16) + b"data" + struct.pack("<I", 0))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.out):
        if name.startswith("RE") and name.endswith((".json", ".wav", ".mp3")):
            os.remove(os.path.join(args.out, name))
    created = BASE
    call = None
    for index in range(args.count):
        created += rng.choice([0, 1, 3, 7, 20, 45])
        if call is None or rng.random() < 0.4:
            call = "CA%032x" % rng.getrandbits(128)
        sid = "RE%032x" % rng.getrandbits(128)
        fmt = "mp3" if rng.random() < 0.3 else "wav"
        channels = rng.choice([1, 1, 2])
        duration_ms = rng.randint(800, 600_000)
        kind = rng.random()
        metadata = {
            "account_sid": "AC0123456789abcdef0123456789abcdef",
            "call_sid": call,
            "channels": channels,
            "created": created,
            "duration": duration_ms // 1000,
            "duration_ms": duration_ms,
            "format": fmt,
            "from": "+1555%07d" % rng.randint(0, 9_999_999),
            "labels": {"queue": rng.choice(QUEUES), "origin": "record_call"},
            "sample_rate": 8000,
            "sid": sid,
            "source": rng.choice(SOURCES),
            "start_time": email.utils.formatdate(created, usegmt=False).replace("-0000", "+0000"),
            "status": "completed",
            "to": "+1555%07d" % rng.randint(0, 9_999_999),
            "track": rng.choice(["both", "inbound", "outbound"]),
        }
        if metadata["source"] == "Conference":
            metadata["conference_sid"] = "CF%032x" % rng.getrandbits(128)
        if kind < 0.08:
            metadata.update(status="absent", error_code=16102, reason="the recording was silent",
                            duration=0, duration_ms=0)
        elif kind < 0.11:
            metadata["url"] = "https://storage.example.com/recordings/%s.%s" % (sid, fmt)
        else:
            metadata["file"] = "%s.%s" % (sid, fmt)
            metadata["url"] = "https://api.example.com/v2/recordings/%s.%s" % (sid, fmt)
            with open(os.path.join(args.out, metadata["file"]), "wb") as audio:
                audio.write(wav_header(channels, 8000) if fmt == "wav" else b"\xff\xfb\x90\x00")
        with open(os.path.join(args.out, sid + ".json"), "w") as document:
            json.dump(metadata, document, sort_keys=True, indent=2, separators=(",", " : "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
