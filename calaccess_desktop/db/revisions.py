"""The schema revisions this version knows, by its migration files (named
``<revision>_<what>.py`` with increasing numeric revisions)."""

from __future__ import annotations

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
