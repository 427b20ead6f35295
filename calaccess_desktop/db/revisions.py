"""The schema revisions this version knows, by its migration files (named
``<revision>_<what>.py`` with increasing numeric revisions)."""

from __future__ import annotations

import re
from importlib import resources

VERSIONS = resources.files("calaccess_desktop.db") / "migrations" / "versions"


def head_revision() -> str:
    """The newest schema revision this app knows (a test checks it against Alembic's own
    idea of head, which is slower to load)."""
    return max(known_revisions())


def known_revisions() -> frozenset[str]:
    """Every schema revision this app can open (and upgrade from)."""
    return frozenset(p.name.split("_", 1)[0] for p in VERSIONS.iterdir()
                     if p.name[:1].isdigit())


def is_newer(rev: str) -> bool:
    """Whether an unknown revision is a newer version's (its number is higher)."""
    digits = re.match(r"\d+", rev)
    return digits is not None and int(digits.group()) > int(head_revision())


def unknown_revision_words(rev: str) -> str:
    """Why a file's schema revision this version does not know cannot be opened: a newer
    version's (a higher number), else one no version writes (damaged, or changed by
    another program)."""
    if is_newer(rev):
        return (f"was written by a newer version of calaccess-desktop (file version {rev}); "
                "install it to open this file")
    return (f"holds a version record no version of calaccess-desktop writes ({rev[:40]!r}): "
            "it is damaged, or another program changed it")
