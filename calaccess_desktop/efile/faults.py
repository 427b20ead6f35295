"""Faults the practice server can be told to show (for tests and for training).

A spec is a comma-separated list of ``kind[=value][*count]``, used in order:

=============  ==============================================================
``slow=S``     every answer waits S seconds (default 2; unlimited unless *N)
``500``        the request fails with HTTP 500 before anything is stored
``503=S``      HTTP 503 "overloaded" with Retry-After S (default 1)
``drop``       an upload is stored and judged, then the connection is closed
               without an answer
``lost``       an upload is stored and judged (accepted), but the answer is
               lost: HTTP 504 from the "gateway"
``hang=S``     an upload is stored and judged, then the answer waits S seconds
               (default 30): the window in which to kill a client
``processing`` a job poll answers "processing" although the job is done
``garbled``    an upload is stored and judged, then the answer is cut off mid-way
               (unreadable JSON or XML)
``unknown``    a job poll answers that the job is unknown (404, or NetFile's -2)
``chaos=P``    each request misbehaves with probability P (0-1), picking one
               of the faults above at random (unlimited)
=============  ==============================================================

``count`` defaults to 1 (``slow`` and ``chaos``: unlimited); ``500*3`` means the
next three requests. Stage ``request`` is any /v1 request except health;
``stored`` is an upload right after it was stored; ``poll`` is a job query.

Values are plain decimal numbers of seconds from 0 to ``MAX_SECONDS`` (an hour) and
counts plain whole numbers from 1 to ``MAX_COUNT``; anything else (``inf``, ``nan``,
``-1``, ``1e9``, ``²``) is refused with a message naming the item, never clamped.
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass

DEFAULTS = {"slow": 2.0, "500": 0.0, "503": 1.0, "drop": 0.0, "lost": 0.0, "hang": 30.0,
            "processing": 0.0, "garbled": 0.0, "unknown": 0.0, "chaos": 0.2}
STAGES = {"500": "request", "503": "request", "drop": "stored", "lost": "stored",
          "hang": "stored", "garbled": "stored", "processing": "poll", "unknown": "poll"}
NO_VALUE = frozenset({"500", "drop", "lost", "processing", "garbled", "unknown"})
UNLIMITED = frozenset({"slow", "chaos"})
MAX_SECONDS = 3600.0
MAX_COUNT = 1_000_000
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+", re.ASCII)
_COUNT = re.compile(r"[0-9]{1,7}", re.ASCII)


@dataclass
class Fault:
    """One planned fault; ``remaining`` None means unlimited."""

    kind: str
    value: float
    remaining: int | None

    def text(self) -> str:
        """Back to spec form."""
        value = "" if self.kind in NO_VALUE else f"={self.value:g}"
        count = "" if self.remaining is None else f"*{self.remaining}"
        return f"{self.kind}{value}{count}"


def parse(spec: str) -> list[Fault]:
    """The faults of a spec; ValueError naming the bad item."""
    faults = []
    for item in (i.strip() for i in spec.split(",")):
        if not item:
            continue
        body, _, count_text = item.partition("*")
        kind, _, value_text = body.partition("=")
        kind = kind.strip().lower()
        if kind not in DEFAULTS:
            raise ValueError(f"unknown fault {kind!r} in {item!r}; known: "
                             f"{', '.join(DEFAULTS)}")
        value_text, count_text = value_text.strip(), count_text.strip()
        if value_text and not _NUMBER.fullmatch(value_text):
            raise ValueError(f"fault {item!r}: {value_text!r} is not {_value_words(kind)}")
        if count_text and not _COUNT.fullmatch(count_text):
            raise ValueError(f"fault {item!r}: {count_text!r} after * is not a count (a whole "
                             f"number from 1 to {MAX_COUNT})")
        value = float(value_text) if value_text else DEFAULTS[kind]
        count = int(count_text) if count_text else None
        top = 1.0 if kind == "chaos" else MAX_SECONDS
        if not 0 <= value <= top:
            raise ValueError(f"fault {item!r}: {value_text!r} is not {_value_words(kind)}")
        if count is not None and not 1 <= count <= MAX_COUNT:
            raise ValueError(f"fault {item!r}: the count must be from 1 to {MAX_COUNT}")
        if count is None and kind not in UNLIMITED:
            count = 1
        faults.append(Fault(kind, value, count))
    return faults


def _value_words(kind: str) -> str:
    if kind == "chaos":
        return "a probability from 0 to 1 (such as chaos=0.3)"
    return f"a number of seconds from 0 to {MAX_SECONDS:g} (such as {kind}=2.5)"


class Faults:
    """The faults planned for a running server (thread-safe; replaceable at run time)."""

    def __init__(self, spec: str = "", seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._faults = parse(spec)
        self._random = random.Random(seed)

    def replace(self, spec: str, seed: int | None = None) -> None:
        """Plan new faults (ValueError leaves the old ones); a seed restarts chaos."""
        faults = parse(spec)
        with self._lock:
            self._faults = faults
            if seed is not None:
                self._random.seed(seed)

    def describe(self) -> str:
        """The faults still planned, in spec form ('' when none)."""
        with self._lock:
            return ",".join(f.text() for f in self._faults)

    def delay(self) -> float:
        """Seconds every answer waits (sum of ``slow`` faults; consumes counted ones)."""
        with self._lock:
            total = 0.0
            for f in list(self._faults):
                if f.kind == "slow":
                    total += f.value
                    self._use(f)
            return total

    def take(self, stage: str) -> Fault | None:
        """The next fault for this stage, if any (it is used up)."""
        with self._lock:
            for f in list(self._faults):
                if f.kind == "chaos":
                    picked = self._chaos(f, stage)
                    if picked is not None:
                        return picked
                elif STAGES.get(f.kind) == stage:
                    self._use(f)
                    return Fault(f.kind, f.value, 0)
            return None

    def _chaos(self, f: Fault, stage: str) -> Fault | None:
        if self._random.random() >= f.value:
            return None
        kinds = [k for k, s in STAGES.items() if s == stage and k != "hang"]
        if not kinds:
            return None
        kind = self._random.choice(kinds)
        return Fault(kind, DEFAULTS[kind], 0)

    def _use(self, f: Fault) -> None:
        if f.remaining is None:
            return
        f.remaining -= 1
        if f.remaining <= 0:
            self._faults.remove(f)
