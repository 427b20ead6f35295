"""Import progress: reading reports lines as it goes, and stopping (the user's Cancel)
leaves the store unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.bench_import_export import make_file
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.store import Store


class Stop(Exception):
    """What a cancelled progress callback raises."""


def _count(store: Store, table: type) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def test_reading_reports_lines_then_saving(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "big.cal"
    make_file(source, 12_000)
    lines = source.read_bytes().count(b"\n") + 1
    heard: list[tuple[str, int, int]] = []
    result = import_file(store, source, progress=lambda *a: heard.append(a))
    reading = [h for h in heard if h[0] == "Reading"]
    assert [d for _, d, _ in reading] == [5000, 10000]
    assert all(total == lines for _, _, total in reading)
    assert heard[-1] == ("Saving", 0, 12_000) and result.records == 12_000


@pytest.mark.parametrize("phase", ["Reading", "Saving"])
def test_stopping_leaves_the_store_unchanged(store: Store, tmp_path: Path, phase: str) -> None:
    source = tmp_path / "big.cal"
    make_file(source, 12_000)

    def cancel(what: str, done: int, total: int) -> None:
        if what == phase:
            raise Stop

    with pytest.raises(Stop):
        import_file(store, source, progress=cancel)
    assert _count(store, Statement) == 0 and _count(store, Record) == 0
