#!/usr/bin/env python3
"""Generate a deterministic corpus of valid Twilio TwiML documents for benchmarks.

Every file is a pretty-printed <Response> holding a realistic mix of call-flow
verbs (Say, Play, Pause, Gather, Dial with Number or Conference, Start/Recording)
and ends with exactly one Record, Redirect or Hangup; nothing follows it.
Only attributes and values that Twilio documents for these verbs are used.

The output is a pure function of --seed, --size-mb and the file-size bounds:
running it twice gives byte-identical files.

Usage: gen_corpus.py [--out DIR] [--size-mb N] [--seed N]
"""

import argparse
import os
import random
import sys
from xml.sax.saxutils import escape, quoteattr

MIB = 1024 * 1024
MIN_FILE = 1 * 1024      # smallest file, bytes
MAX_FILE = 40 * 1024     # largest file, bytes
INDENT = "  "
PREFIX = "twiml-"        # only files named PREFIX*.xml are ever deleted or written

HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n'
FOOTER = "</Response>\n"

COMPANIES = [
    "Acme Dental", "Northwind Traders", "Blue Harbor Insurance", "Smith & Sons Plumbing",
    "Riverside Clinic", "Café Lumière", "Summit Credit Union", "Green Valley Veterinary",
    "Metro Cab", "Brightline Energy", "Oak & Ivy Realty", "Pioneer Auto Repair",
]
NAMES = ["Maria", "James", "José", "Aisha", "Chen", "Olivia", "Liam", "Zoë", "Noah", "Priya",
         "Mateo", "Emma", "Kenji", "Fatima", "Lucas", "Sofia"]
DEPARTMENTS = ["sales", "support", "billing", "scheduling", "the front desk", "claims",
               "technical support", "returns", "pharmacy refills", "an operator"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PROMPTS = ["welcome", "main-menu", "hold-music", "after-hours", "survey-intro", "goodbye",
           "please-wait", "transfer", "voicemail-greeting", "queue-position", "promo-spring"]
HOSTS = ["app.example.com", "ivr.example.org", "api.example.net"]
MEDIA_HOSTS = ["media.example.com", "cdn.example.net", "static.example.org"]
PATHS = ["menu", "route", "billing/lookup", "support/ticket", "appointments/confirm",
         "survey/answer", "queue/status", "callback/schedule", "voicemail", "transfer"]
STEPS = ["main", "billing", "support", "confirm", "retry", "survey"]


class Gen:
    def __init__(self, rng):
        self.rng = rng

    # --- values -------------------------------------------------------------

    def phone(self):
        return "+1555" + "".join(self.rng.choice("0123456789") for _ in range(7))

    def url(self, path=None):
        r = self.rng
        u = "https://%s/%s" % (r.choice(HOSTS), path or r.choice(PATHS))
        roll = r.random()
        if roll < 0.3:
            u += "?step=%s&lang=en" % r.choice(STEPS)
        elif roll < 0.45:
            u += "?caller=%s" % self.phone().replace("+", "%2B")
        return u

    def media_url(self):
        r = self.rng
        return "https://%s/audio/%s-%d.mp3" % (r.choice(MEDIA_HOSTS), r.choice(PROMPTS),
                                               r.randint(1, 40))

    def time_of_day(self):
        r = self.rng
        return "%d:%02d %s" % (r.randint(1, 12), r.choice([0, 15, 30, 45]), r.choice(["AM", "PM"]))

    def sentence(self):
        r = self.rng
        c = r.randrange(12)
        if c == 0:
            return "Thank you for calling %s." % r.choice(COMPANIES)
        if c == 1:
            n = r.randint(2, 5)
            deps = r.sample(DEPARTMENTS, n)
            return " ".join("For %s, press %d." % (d, i + 1) for i, d in enumerate(deps))
        if c == 2:
            return "Your current balance is %d dollars and %d cents." % (r.randint(0, 4999),
                                                                         r.randint(0, 99))
        if c == 3:
            return "Hello %s, your appointment is on %s, %s %d at %s." % (
                r.choice(NAMES), r.choice(WEEKDAYS), r.choice(MONTHS), r.randint(1, 28),
                self.time_of_day())
        if c == 4:
            return "Please hold while we connect you to %s." % r.choice(DEPARTMENTS)
        if c == 5:
            return "Your estimated wait time is %d minutes. You are caller number %d in line." % (
                r.randint(1, 30), r.randint(1, 15))
        if c == 6:
            return "Our office hours are %s through %s, %s to %s." % (
                r.choice(WEEKDAYS[:2]), r.choice(WEEKDAYS[4:]), self.time_of_day(),
                self.time_of_day())
        if c == 7:
            return "This call may be recorded for quality and training purposes."
        if c == 8:
            return "To repeat this menu, press the star key. To return to the main menu, press 0."
        if c == 9:
            return "Your order number %d shipped on %s %d and should arrive within %d business days." % (
                r.randint(100000, 999999), r.choice(MONTHS), r.randint(1, 28), r.randint(2, 7))
        if c == 10:
            return "Please enter your %d digit account number, followed by the pound sign." % (
                r.choice([4, 6, 8]))
        return "Sorry, I did not get that. Please try again, or stay on the line for %s." % (
            r.choice(DEPARTMENTS))

    def text(self, lo=1, hi=4):
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    # --- elements (each returns a list of (depth, line) pairs) ---------------

    def say(self, d):
        return [(d, '<Say voice="alice" language="en-US">%s</Say>' % escape(self.text()))]

    def play(self, d):
        loop = self.rng.choice(["1", "1", "1", "2"])
        return [(d, '<Play loop="%s">%s</Play>' % (loop, escape(self.media_url())))]

    def pause(self, d):
        return [(d, '<Pause length="%d"/>' % self.rng.randint(1, 5))]

    def gather(self, d):
        r = self.rng
        lines = [(d, '<Gather input="dtmf" numDigits="1" timeout="%d" action=%s method="POST">' % (
            r.choice([3, 5, 5, 7, 10]), quoteattr(self.url(r.choice(["menu", "route", "survey/answer"])))))]
        for _ in range(r.randint(1, 4)):
            lines += (self.say if r.random() < 0.7 else self.play)(d + 1)
        lines.append((d, "</Gather>"))
        return lines

    def dial_number(self, d):
        r = self.rng
        lines = [(d, '<Dial record="record-from-answer-dual" recordingStatusCallback=%s '
                     'recordingStatusCallbackEvent="in-progress completed absent" timeout="%d" '
                     'action=%s>' % (quoteattr(self.url("recordings/status")),
                                     r.choice([15, 20, 20, 25, 30]),
                                     quoteattr(self.url("dial/complete"))))]
        for _ in range(r.choice([1, 1, 1, 2])):
            lines.append((d + 1, "<Number>%s</Number>" % self.phone()))
        lines.append((d, "</Dial>"))
        return lines

    def start_recording(self, d):
        return [(d, "<Start>"),
                (d + 1, '<Recording recordingStatusCallback=%s channels="dual" track="both"/>' %
                 quoteattr(self.url("recordings/status"))),
                (d, "</Start>")]

    def dial_conference(self, d):
        return [(d, "<Dial>"),
                (d + 1, '<Conference record="record-from-start" trim="trim-silence">room-%d</Conference>' %
                 self.rng.randint(1, 9999)),
                (d, "</Dial>")]

    def terminal(self, d):
        r = self.rng
        c = r.random()
        if c < 0.4:
            return [(d, '<Record action="https://app.example.com/done" method="POST" timeout="5" '
                        'maxLength="120" finishOnKey="#" playBeep="true" trim="trim-silence" '
                        'recordingStatusCallback="https://app.example.com/rec" '
                        'recordingStatusCallbackEvent="completed"/>')]
        if c < 0.7:
            return [(d, '<Redirect method="POST">%s</Redirect>' % escape(self.url()))]
        return [(d, "<Hangup/>")]

    # --- documents ------------------------------------------------------------

    def block(self):
        r = self.rng
        c = r.random()
        if c < 0.30:
            return self.say(1)
        if c < 0.45:
            return self.play(1)
        if c < 0.55:
            return self.pause(1)
        if c < 0.80:
            return self.gather(1)
        if c < 0.92:
            return self.dial_number(1)
        return self.dial_conference(1)

    def document(self, target):
        """A document of about `target` bytes (never above MAX_FILE)."""
        r = self.rng
        blocks = []
        if r.random() < 0.35:
            blocks.append(render(self.start_recording(1)))
        blocks.append(render(self.say(1)))
        tail = render(self.terminal(1))
        size = sum(utf8_len(s) for s in [HEADER, FOOTER, tail] + blocks)
        while size < target:
            b = render(self.block())
            n = utf8_len(b)
            if size + n > MAX_FILE:
                break
            blocks.append(b)
            size += n
        body = "".join(blocks)
        return HEADER + body + tail + FOOTER


def utf8_len(s):
    return len(s.encode("utf-8"))


def render(lines):
    return "".join(INDENT * d + s + "\n" for d, s in lines)


def target_size(rng):
    """File sizes from about 1 KB to 40 KB, skewed towards small and medium files."""
    c = rng.random()
    if c < 0.40:
        return rng.randint(MIN_FILE, 8 * 1024)
    if c < 0.75:
        return rng.randint(8 * 1024, 24 * 1024)
    return rng.randint(24 * 1024, MAX_FILE - 2 * 1024)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(os.environ.get("TMPDIR") or "/tmp",
                                                  "texml-bench-corpus"),
                    help="output directory (default: $TMPDIR/texml-bench-corpus)")
    ap.add_argument("--size-mb", type=float, default=6.0,
                    help="minimum total corpus size in MiB (default: 6)")
    ap.add_argument("--seed", type=int, default=20240601, help="random seed (default: 20240601)")
    args = ap.parse_args()
    if args.size_mb <= 0:
        ap.error("--size-mb must be positive")

    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.out):
        if name.startswith(PREFIX) and name.endswith(".xml"):
            os.remove(os.path.join(args.out, name))

    rng = random.Random(args.seed)
    gen = Gen(rng)
    goal = int(args.size_mb * MIB)
    total = count = 0
    while total < goal:
        count += 1
        data = gen.document(target_size(rng)).encode("utf-8")
        with open(os.path.join(args.out, "%s%05d.xml" % (PREFIX, count)), "wb") as f:
            f.write(data)
        total += len(data)

    print("gen_corpus: %d files, %d bytes (%.1f MB) in %s" % (count, total, total / MIB, args.out),
          file=sys.stderr)


if __name__ == "__main__":
    main()
