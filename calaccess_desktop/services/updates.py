"""Is a newer version out? Read the project's release feed, never install anything.

The feed is one small JSON file the release workflow attaches to every GitHub release
(``.github/workflows/release.yml``; its shape in ``installers/README.md``)::

    {"feed": 1, "version": "0.2.0", "released": "2027-01-20",
     "url": "https://github.com/.../releases/tag/v0.2.0",
     "notes": "Spanish for the Form 460 editor; faster import."}

``FEED_URL`` names the newest release's copy (``$CALACCESS_RELEASE_FEED`` replaces it,
for a practice feed on this computer). The check runs only when the user turned it on
(``Settings.check_for_updates``), and says nothing in the last ``QUIET_DAYS`` days before
anything a committee in the data file must file (the one filing calendar:
``services/filing_calendar``): a treasurer on deadline is not told to update. Every
failure (offline, a garbage feed) is an ``UpdateCheck`` in words, never an exception.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop import __version__

FEED_URL = ("https://github.com/calaccess-desktop/calaccess-desktop/releases/latest/download/"
            "release-feed.json")
FEED_ENV = "CALACCESS_RELEASE_FEED"
FEED_SCHEMA = 1
QUIET_DAYS = 7  # no notice this many days before (and on) a filing deadline
MAX_FEED = 64 * 1024  # bytes: the feed is a few hundred
TIMEOUT = (5.0, 10.0)  # connect, answer (seconds); it runs in the background
MAX_REDIRECTS = 3  # GitHub answers "latest/download" with a redirect to the file
_VERSION = re.compile(r"(\d{1,6})\.(\d{1,6})\.(\d{1,6})")

State = Literal["newer", "current", "off", "quiet", "unreachable", "unreadable"]


@dataclass(frozen=True)
class UpdateCheck:
    """What the check found, in words the status bar and About box can show."""

    state: State
    words: str
    version: str = ""  # the feed's version (newer, current)
    url: str = ""  # where to read about and download it (newer)

    @property
    def newer(self) -> bool:
        return self.state == "newer"


OFF = UpdateCheck("off", "Checking for a newer version is off (Settings).")


def parse_version(text: object) -> tuple[int, int, int] | None:
    """``"0.2.0"`` -> (0, 2, 0); None for anything else (pre-releases are not offered)."""
    if not isinstance(text, str):
        return None
    m = _VERSION.fullmatch(text.strip())
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def feed_url() -> str:
    """The feed's address: ``$CALACCESS_RELEASE_FEED`` or ``FEED_URL``."""
    return os.environ.get(FEED_ENV, "").strip() or FEED_URL


class FeedProblem(Exception):
    """The feed could not be read or understood; the message says why, in words."""

    def __init__(self, state: State, message: str) -> None:
        super().__init__(message)
        self.state = state


def read_feed(data: bytes, current: str = __version__) -> UpdateCheck:
    """Compare a feed's bytes with the running version."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise FeedProblem("unreadable", "the release feed is not a JSON file") from None
    if not isinstance(doc, dict):
        raise FeedProblem("unreadable", "the release feed is not a JSON object")
    if doc.get("feed") != FEED_SCHEMA:
        raise FeedProblem("unreadable", f"the release feed is not version {FEED_SCHEMA} of "
                          "the feed format (a newer app may read it)")
    latest, mine = parse_version(doc.get("version")), parse_version(current)
    if latest is None:
        raise FeedProblem("unreadable", "the release feed names no version number (such as "
                          "0.2.0)")
    version = ".".join(map(str, latest))
    if mine is not None and latest <= mine:
        return UpdateCheck("current", f"calaccess-desktop {current} is the newest version.",
                           version)
    url = doc.get("url")
    url = url.strip() if isinstance(url, str) and url.strip().startswith("https://") else ""
    notes = doc.get("notes")
    notes = " ".join(notes.split())[:200] if isinstance(notes, str) else ""
    released = _released(doc.get("released"))
    parts = [f"calaccess-desktop {version} is available{released} (you have {current})."]
    if notes:
        parts.append(notes if notes.endswith((".", "!", "?")) else notes + ".")
    parts.append("Nothing changes until you install it yourself.")
    if url:
        parts.append(f"Download page: {url}")
    return UpdateCheck("newer", " ".join(parts), version, url)


def _released(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        return ""
    return f" since {day:%B} {day.day}, {day.year}"


def fetch(url: str) -> bytes:
    """The feed's bytes (following at most ``MAX_REDIRECTS`` redirects, each address
    checked like the first: https, or plain http on this computer); ``FeedProblem``."""
    from urllib.parse import urljoin, urlsplit

    import requests

    from calaccess_desktop.efile.protocol import EndpointError, check_endpoint

    with requests.Session() as http:
        http.trust_env = False  # no proxy settings or netrc passwords from the environment
        for _ in range(MAX_REDIRECTS + 1):
            try:
                check_endpoint(url)
            except EndpointError as exc:
                raise FeedProblem("unreadable", f"the release feed's address: {exc}") from None
            host = urlsplit(url).hostname or url
            try:
                with http.get(url, timeout=TIMEOUT, stream=True, allow_redirects=False,
                              headers={"Accept": "application/json"}) as resp:
                    if resp.is_redirect and resp.headers.get("Location"):
                        url = urljoin(url, resp.headers["Location"])
                        continue
                    if resp.status_code != 200:
                        raise FeedProblem("unreachable", f"{host} answered "
                                          f"{resp.status_code} {resp.reason or ''}".rstrip())
                    return _read_limited(resp)
            except requests.exceptions.SSLError:
                raise FeedProblem("unreachable", f"the certificate of {host} could not be "
                                  "verified") from None
            except requests.exceptions.Timeout:
                raise FeedProblem("unreachable", f"{host} did not answer in time") from None
            except requests.exceptions.RequestException:
                raise FeedProblem("unreachable", f"this computer could not reach {host} "
                                  "(is it online?)") from None
    raise FeedProblem("unreachable", "the release feed's address redirects too often")


def _read_limited(resp: Any) -> bytes:
    chunks, size = [], 0
    for chunk in resp.iter_content(chunk_size=16 * 1024):
        size += len(chunk)
        if size > MAX_FEED:
            raise FeedProblem("unreadable", f"the release feed is larger than {MAX_FEED} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def deadline_near(session: Session, today: dt.date, days: int = QUIET_DAYS) -> str | None:
    """Words naming the first deadline of any committee from ``today`` to ``days`` days
    ahead that is not filed yet, or None (the one filing calendar says the dates)."""
    from calaccess_desktop.db.orm import Committee, Statement
    from calaccess_desktop.services.filing_calendar import DATED_KINDS, committee_year

    done = {"filed", "accepted", "amended", "sent"}
    last = today + dt.timedelta(days=days)
    found: list[tuple[dt.date, str]] = []
    for cid, name in session.execute(select(Committee.id, Committee.name)):
        for year in {today.year - 1, today.year}:
            if not 1 <= year <= 9999:
                continue
            for planned in committee_year(session, cid, year).planned:
                item = planned.item
                if item.kind not in DATED_KINDS or item.due is None:
                    continue
                if not today <= item.due <= last:
                    continue
                if planned.statement_id is not None:
                    status = session.scalar(select(Statement.status).where(
                        Statement.id == planned.statement_id))
                    if status in done:
                        continue
                found.append((item.due, f"{name}: {item.words}"))
    if not found:
        return None
    due, what = min(found)
    return f"{what}, due {due:%B} {due.day}, {due.year}"


def quiet(session: Session, today: dt.date) -> UpdateCheck | None:
    """The "quiet" answer when a filing is due within ``QUIET_DAYS`` days, else None
    (a committee the calendar cannot plan is no reason to keep quiet)."""
    from calaccess_desktop.errors import UserError

    try:
        near = deadline_near(session, today)
    except UserError:
        return None
    if near is None:
        return None
    return UpdateCheck("quiet", "Not checking for a newer version while a filing is due "
                       f"within {QUIET_DAYS} days ({near}).")


def from_feed(url: str | None = None, current: str = __version__) -> UpdateCheck:
    """What the feed says about ``current`` (a problem in words, never an exception)."""
    try:
        return read_feed(fetch(url or feed_url()), current)
    except FeedProblem as exc:
        return UpdateCheck(exc.state, f"Could not check for a newer version: {exc}.")


def check(session: Session | None, *, enabled: bool, today: dt.date | None = None,
          url: str | None = None, current: str = __version__) -> UpdateCheck:
    """The whole check: off, quiet before a deadline (``session`` None skips that), or
    what the feed says. A window runs ``quiet`` in a short read and ``from_feed`` after
    it, so no session is held during the network request."""
    if not enabled:
        return OFF
    if session is not None:
        hold = quiet(session, today or dt.date.today())
        if hold is not None:
            return hold
    return from_feed(url, current)
