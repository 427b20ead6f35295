"""An import killed in the middle (power cut, task manager) leaves the data file as it
was: no half statement, no stray contacts, and a file that passes SQLite's own check."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_import_export import make_file
from calaccess_desktop.services.store import Store


def _counts(db: Path) -> tuple[int, int, int, str]:
    con = sqlite3.connect(db)
    try:
        return (*(con.execute(f"select count(*) from {t}").fetchone()[0]
                  for t in ("statements", "records", "contacts")),
                con.execute("pragma integrity_check").fetchone()[0])
    finally:
        con.close()


def test_killed_while_writing_leaves_nothing_half_done(tmp_path: Path) -> None:
    source = tmp_path / "big.cal"
    make_file(source, 30_000)
    db = tmp_path / "store.sqlite"
    Store.open(db).close()
    assert _counts(db) == (0, 0, 0, "ok")
    wal = Path(f"{db}-wal")
    proc = subprocess.Popen([sys.executable, "-m", "calaccess_desktop", "import", str(source),
                             "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    # Wait until the import is writing rows (the WAL grows past what opening writes).
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 1_000_000:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the import ended before it could be killed"
    assert wal.stat().st_size > 1_000_000  # rows were being written
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert _counts(db) == (0, 0, 0, "ok")
    # The file still opens and imports normally afterwards.
    store = Store.open(db)
    try:
        from calaccess_desktop.services.importer import import_file

        assert import_file(store, source).records == 30_000
    finally:
        store.close()
    assert _counts(db)[:1] == (1,)
