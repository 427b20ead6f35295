"""docs/SECURITY.md names the tests that prove each point: every one must exist."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NAMED = re.compile(r"`(tests/[\w/]+\.py)(?:::(test_\w+))?`")
FOLLOW_ON = re.compile(r"`::(test_\w+)`")


def test_every_test_the_security_review_names_exists() -> None:
    text = (REPO / "docs" / "SECURITY.md").read_text(encoding="utf-8")
    named: list[tuple[str, str | None]] = []
    last: str | None = None  # a `::test_x` after a path belongs to that path's file
    for match in re.finditer(rf"{NAMED.pattern}|{FOLLOW_ON.pattern}", text):
        if match.group(1):
            last = match.group(1)
            named.append((last, match.group(2)))
        elif last is not None:
            named.append((last, match.group(3)))
    assert len(named) > 20
    for path, test in named:
        source = REPO / path
        assert source.is_file(), path
        if test is not None:
            assert re.search(rf"def {test}\(", source.read_text(encoding="utf-8")), \
                f"{path}::{test}"
