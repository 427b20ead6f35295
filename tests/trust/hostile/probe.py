"""A stand-in program for testing the fork server: ``python -m tests.trust.hostile.probe
WHAT``: ``raise`` (an uncaught exception), ``sleep`` (never ends), ``exit N``, ``show``
(prints its folder, HOME, arguments and standard input)."""

from __future__ import annotations

import os
import sys
import time

if __name__ == "__main__":
    what = sys.argv[1:]
    if what[:1] == ["raise"]:
        raise RuntimeError("the probe fails")
    if what[:1] == ["sleep"]:
        time.sleep(3600)
    if what[:1] == ["exit"]:
        sys.exit(int(what[1]))
    print(os.getcwd(), os.environ.get("HOME"), *what[1:], sep="\n")
    print(sys.stdin.read(), end="")
    sys.stderr.write("said on stderr\n")
