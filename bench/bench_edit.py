"""Saving one edit in a 100,000-transaction Form 460: the row is written, its Tran_ID
assigned, undo recorded and the summary (SMRY records) recomputed in one transaction.

Floor, measured in the same run on the same data: raw ``sqlite3`` inserting one row and
recomputing per-schedule totals with one ``SUM ... GROUP BY`` over the statement.

Usage: python bench/bench_edit.py [--rows N]
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

from calaccess_desktop.services import editing  # noqa: E402
from calaccess_desktop.services.importer import import_file  # noqa: E402
from calaccess_desktop.services.late_reports import late_reports_owed  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402

FIELDS = {"Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
          "Ctrib_ZIP4": "95811", "Rcpt_Date": "20260301", "Amount": "25.00"}


def floor(db: Path, statement_id: int) -> float:
    con = sqlite3.connect(db)
    start = time.perf_counter()
    con.execute("insert into records(statement_id, seq, rec_type, form_type, entity_cd, "
                "memo, bakref_tid, itemize, \"values\") values (?, 1, 'RCPT', 'A', 'IND', 0, "
                "'', 'auto', '[]')", (statement_id,))
    con.execute("select rec_type, form_type, sum(amount_cents) from records "
                "where statement_id = ? group by rec_type, form_type", (statement_id,)).fetchall()
    con.rollback()
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.cal"
        make_file(src, args.rows)
        db = Path(tmp) / "app.sqlite"
        store = Store.open(db)
        sid = import_file(store, src).statement_id
        ours = []
        for _ in range(5):
            start = time.perf_counter()
            with store.transaction() as s:
                editing.add_transaction(s, sid, "RCPT", "A", FIELDS)
            ours.append(time.perf_counter() - start)
        late = []
        for _ in range(5):  # what the window's late-report banner runs after each save
            start = time.perf_counter()
            with store.read() as s:
                late_reports_owed(s, sid)
            late.append(time.perf_counter() - start)
        store.close()
        floors = [floor(db, sid) for _ in range(5)]
    ours_m, floor_m = statistics.median(ours), statistics.median(floors)
    print(f"rows: {args.rows}")
    print(f"save one entry (median of 5): {ours_m * 1000:7.1f} ms")
    print(f"floor (insert + GROUP BY):    {floor_m * 1000:7.1f} ms   ratio {ours_m / floor_m:.1f}x")
    late_m = statistics.median(late)
    print(f"late reports check after it:  {late_m * 1000:7.1f} ms   ratio {late_m / floor_m:.1f}x")


if __name__ == "__main__":
    main()
