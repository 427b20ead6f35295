"""Backing up a 100,000-transaction data file (File > Back up data file, ``backup -o``).

Ours: ``services.backup.backup_store`` (SQLite's online backup into a private partial
file, ``PRAGMA integrity_check`` of the copy, renamed into place, remembered as a backup).
Floor, measured in the same run on the same file: raw ``sqlite3`` doing the copy and the
check (``Connection.backup`` into a new file, then ``PRAGMA integrity_check``).

Usage: python bench/bench_backup.py [--rows N] [--repeat N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_export import make_file  # noqa: E402

from calaccess_desktop.services.backup import backup_store  # noqa: E402
from calaccess_desktop.services.importer import import_file  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402


def floor_backup(db: Path, out: Path) -> float:
    """Raw sqlite3: the online backup and the copy's integrity check."""
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    src = sqlite3.connect(db)
    copy = sqlite3.connect(out)
    src.backup(copy)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    src.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of floor and ours, interleaved; medians are reported")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        src = d / "big.cal"
        make_file(src, args.rows)
        db = d / "app.sqlite"
        store = Store.open(db)
        import_file(store, src)
        ours: list[float] = []
        floor: list[float] = []
        size = 0
        for n in range(args.repeat):
            floor.append(floor_backup(db, d / f"floor{n}.sqlite"))
            start = time.perf_counter()
            result = backup_store(store, d / f"backup{n}.sqlite")
            ours.append(time.perf_counter() - start)
            size = result.size
        store.close()
    o, f = statistics.median(ours), statistics.median(floor)
    print(f"rows: {args.rows}  (backup {size:,} bytes, checked); median of {args.repeat} rounds")
    print(f"backup: {o:6.3f} s   floor {f:6.3f} s   ratio {o / f:4.2f}x")


if __name__ == "__main__":
    main()
