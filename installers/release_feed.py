"""Write the release feed (release-feed.json) that running apps read to learn of a newer
version (calaccess_desktop/services/updates.py; its shape in installers/README.md).

    python installers/release_feed.py --version 0.2.0 \\
        --url https://github.com/OWNER/calaccess-desktop/releases/tag/v0.2.0 \\
        --notes "Spanish for the Form 460 editor." [--released 2027-01-20] -o release-feed.json

The release workflow runs it for each tag and attaches the file to the GitHub release,
so ``releases/latest/download/release-feed.json`` (updates.FEED_URL) is always the newest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calaccess_desktop.services.updates import FEED_SCHEMA, parse_version  # noqa: E402


def feed(version: str, url: str, notes: str = "",
         released: dt.date | None = None) -> dict[str, Any]:
    """The feed's JSON object; ValueError for a version or page the app would not offer."""
    if parse_version(version) is None:
        raise ValueError(f"{version!r} is not a release version (MAJOR.MINOR.PATCH)")
    if not url.startswith("https://"):
        raise ValueError(f"{url!r}: the download page must be an https address")
    return {"feed": FEED_SCHEMA, "version": version,
            "released": (released or dt.date.today()).isoformat(),
            "url": url, "notes": " ".join(notes.split())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True)
    parser.add_argument("--url", required=True, help="the release's page (https)")
    parser.add_argument("--notes", default="", help="one or two sentences for treasurers")
    parser.add_argument("--released", type=dt.date.fromisoformat, default=None)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        doc = feed(args.version, args.url, args.notes, args.released)
    except ValueError as exc:
        parser.error(str(exc))
    args.output.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
