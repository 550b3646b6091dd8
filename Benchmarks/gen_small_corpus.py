#!/usr/bin/env python3
"""Generate N small, valid Twilio TwiML documents (about 1.6 KB each) for benchmarks.

Each file is a pretty-printed <Response> of a few verbs drawn from Say, Play,
Pause, Gather (with Say or Play inside), Dial with Number, and ends with
exactly one Record, Redirect or Hangup; nothing follows it. The sentences,
URLs and attribute values come from gen_corpus.py's generator, so only what
Twilio documents for these verbs is used. Sizes stay between 1.2 and 2.0 KB,
aiming at a target drawn around 1.6 KB.

The output is a pure function of --count and --seed: running it twice gives
byte-identical files, named s00001.xml, s00002.xml, ... (short names keep a
command line of 8 000 of them under Linux's 128 KiB limit for one argument,
which hyperfine's sh -c needs).

Usage: gen_small_corpus.py --count N [--out DIR] [--seed N]
"""

import argparse
import os
import sys

import random
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_corpus import FOOTER, HEADER, Gen, render, utf8_len  # noqa: E402

MIN_FILE = 1200          # smallest file, bytes
MAX_FILE = 2000          # largest file, bytes
PREFIX = "s"             # only files named s<digits>.xml are ever deleted or written


class SmallGen(Gen):
    """gen_corpus's vocabulary in documents of a few verbs, with <Record> in full."""

    def record(self, d):
        r = self.rng
        return [(d, '<Record action=%s method="POST" timeout="%d" maxLength="%d" finishOnKey="#" '
                    'playBeep="%s" trim="%s" recordingStatusCallback=%s '
                    'recordingStatusCallbackEvent="completed"/>' % (
                        quoteattr(self.url("voicemail")), r.choice([3, 5, 10]),
                        r.choice([30, 60, 120, 300]), r.choice(["true", "false"]),
                        r.choice(["trim-silence", "do-not-trim"]), quoteattr(self.url("recordings/status"))))]

    def redirect(self, d):
        return [(d, '<Redirect method="POST">%s</Redirect>' % escape(self.url()))]

    def terminal(self, d):
        c = self.rng.random()
        if c < 0.4:
            return self.record(d)
        if c < 0.7:
            return self.redirect(d)
        return [(d, "<Hangup/>")]

    def block(self):
        c = self.rng.random()
        if c < 0.30:
            return self.say(1)
        if c < 0.45:
            return self.play(1)
        if c < 0.60:
            return self.pause(1)
        if c < 0.85:
            return self.gather(1)
        return self.dial_number(1)

    def small_document(self, target):
        """A document of about `target` bytes, between MIN_FILE and MAX_FILE."""
        tail = render(self.terminal(1))
        blocks = [render(self.say(1))]
        size = sum(utf8_len(s) for s in [HEADER, FOOTER, tail] + blocks)
        misses = 0
        while size < target and misses < 20:
            b = render(self.block())
            n = utf8_len(b)
            if size + n > MAX_FILE:
                misses += 1
                continue
            blocks.append(b)
            size += n
        while size < MIN_FILE:
            b = render(self.pause(1))
            blocks.append(b)
            size += utf8_len(b)
        return HEADER + "".join(blocks) + tail + FOOTER


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of documents")
    ap.add_argument("--out", default=None,
                    help="output directory (default: $TMPDIR/texml-bench-many-COUNT)")
    ap.add_argument("--seed", type=int, default=20261202, help="random seed (default: 20261202)")
    args = ap.parse_args()
    if args.count < 1:
        ap.error("--count must be at least 1")
    out = args.out or os.path.join(os.environ.get("TMPDIR") or "/tmp", "texml-bench-many-%d" % args.count)

    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.startswith(PREFIX) and name.endswith(".xml") and name[len(PREFIX):-4].isdigit():
            os.remove(os.path.join(out, name))

    rng = random.Random(args.seed)
    gen = SmallGen(rng)
    width = max(5, len(str(args.count)))
    total = 0
    for index in range(1, args.count + 1):
        target = int(rng.triangular(1300, 1750))
        data = gen.small_document(target).encode("utf-8")
        with open(os.path.join(out, "%s%0*d.xml" % (PREFIX, width, index)), "wb") as f:
            f.write(data)
        total += len(data)

    print("gen_small_corpus: %d files, %d bytes (%.1f MB, %.2f KB each) in %s"
          % (args.count, total, total / 1048576, total / args.count / 1024, out), file=sys.stderr)


if __name__ == "__main__":
    main()
