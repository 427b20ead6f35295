"""The summary of a 100,000-transaction Form 460 (``summary STATEMENT``, the Summary tab).

Ours: ``services.summaries.summary_of`` in one read session (the statement's snapshot with
receipts and payments summed in SQL, then the form's summary computation).
Floor, measured in the same run on the same file: raw ``sqlite3`` reading every record's
type and amount in cents and adding them up per record type in Python.

Measured twice: as imported from the .CAL file (every itemize choice kept, as filed: each
schedule summed over the statement at once), and with every record's itemization left to
its contributor's total (itemize "auto", as a spreadsheet import makes them: summed per
contact).

Usage: python bench/bench_summary.py [--rows N] [--repeat N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_export import make_file  # noqa: E402
from sqlalchemy import update  # noqa: E402

from calaccess_desktop.db.orm import Record  # noqa: E402
from calaccess_desktop.services.importer import import_file  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.services.summaries import summary_of  # noqa: E402


def floor_summary(db: Path, sid: int) -> float:
    """Raw sqlite3: every record's type and amount, summed per type in Python."""
    start = time.perf_counter()
    con = sqlite3.connect(db)
    sums: Counter[str] = Counter()
    for rec_type, cents in con.execute(
            "select rec_type, amount_cents from records where statement_id = ?", (sid,)):
        sums[rec_type] += cents or 0
    con.close()
    assert sums
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
        sid = import_file(store, src).statement_id
        kept, lines = rounds(store, db, sid, args.repeat)
        with store.transaction() as session:  # as a spreadsheet import writes them
            session.execute(update(Record).where(Record.statement_id == sid)
                            .values(itemize="auto"))
        auto, _ = rounds(store, db, sid, args.repeat)
        store.close()
    print(f"rows: {args.rows}  (summary lines: {lines}); median of {args.repeat} rounds")
    o, f = kept
    print(f"summary: {o:6.3f} s   floor {f:6.3f} s   ratio {o / f:4.2f}x")
    o, f = auto
    print(f"summary (itemize auto, a spreadsheet import): {o:6.3f} s   floor {f:6.3f} s   "
          f"ratio {o / f:4.2f}x")


def rounds(store: Store, db: Path, sid: int, repeat: int) -> tuple[tuple[float, float], int]:
    """Medians of ours and the floor over ``repeat`` interleaved rounds, and how many
    summary lines ours gave."""
    ours: list[float] = []
    floor: list[float] = []
    lines = 0
    for _ in range(repeat):
        floor.append(floor_summary(db, sid))
        start = time.perf_counter()
        with store.read() as session:
            summary = summary_of(session, sid)
        ours.append(time.perf_counter() - start)
        lines = len(summary.lines)
    return (statistics.median(ours), statistics.median(floor)), lines


if __name__ == "__main__":
    main()
