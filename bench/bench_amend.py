"""Amending a filed 100,000-transaction Form 460, and listing what the amendment changes.

Floors, measured in the same run on the same data:
- amend: raw ``sqlite3`` copying the statement's rows with one INSERT ... SELECT;
- changes: raw ``sqlite3`` reading both statements' values and comparing them by
  Tran_ID in a dict.

The filed statement has its summary lines, as a filed Form 460 has (computed once before
it is marked filed: the generated file carries no SMRY records).

Usage: python bench/bench_amend.py [--rows N]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_export import make_file  # noqa: E402

from calaccess_desktop.db.orm import Record, Statement  # noqa: E402
from calaccess_desktop.services import editing  # noqa: E402
from calaccess_desktop.services.amendments import changes_since_filed  # noqa: E402
from calaccess_desktop.services.importer import import_file  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.services.totals.incremental import recompute  # noqa: E402

COLUMNS = ("seq, rec_type, form_type, tran_id, entity_cd, contact_id, amount_cents, "
           "tran_date, memo, bakref_tid, itemize, \"values\"")


def floor_amend(db: Path, sid: int) -> float:
    con = sqlite3.connect(db)
    start = time.perf_counter()
    new = con.execute("insert into statements(committee_id, form_type, stmt_type, report_num,"
                      " original_filing_id, amendment_reason, status, filing_id, locked, cover,"
                      " source_file, carry_in, created_at, updated_at) select committee_id,"
                      " form_type, stmt_type, 1, '', 'x', 'draft', '', 0, cover, source_file,"
                      " carry_in, created_at, updated_at from statements where id = ?",
                      (sid,)).lastrowid
    con.execute(f"insert into records(statement_id, {COLUMNS}) select ?, {COLUMNS} "
                "from records where statement_id = ?", (new, sid))
    con.rollback()
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def floor_changes(db: Path, old: int, new: int) -> float:
    con = sqlite3.connect(db)
    start = time.perf_counter()
    before = dict(con.execute("select tran_id, \"values\" from records where statement_id = ?",
                              (old,)))
    after = dict(con.execute("select tran_id, \"values\" from records where statement_id = ?",
                             (new,)))
    changed = [t for t, v in after.items() if before.get(t) != v]  # the work measured
    del changed
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
        with store.transaction() as s:
            # A filed statement carries its summary lines (the generated file has no SMRY
            # records; the app keeps a statement's lines current in statement_totals).
            recompute(s, sid)
            stmt = s.get(Statement, sid)
            stmt.status, stmt.locked, stmt.filing_id = "filed", True, "2501234"
        f_amend = floor_amend(db, sid)
        start = time.perf_counter()
        with store.transaction() as s:
            amendment = editing.amend_statement(s, sid, "Corrected an amount")
        t_amend = time.perf_counter() - start
        with store.transaction() as s:
            first = s.query(Record.id).filter(Record.statement_id == amendment,
                                              Record.rec_type == "RCPT").first()
            assert first is not None
            editing.update_transaction(s, first[0], {"Amount": "1234.56"})
        f_changes = floor_changes(db, sid, amendment)
        start = time.perf_counter()
        with store.read() as s:
            changes = changes_since_filed(s, amendment)
        t_changes = time.perf_counter() - start
        store.close()
    print(f"rows: {args.rows}  (records changed: {changes.count('changed')})")
    print(f"amend:   {t_amend:6.2f} s   floor {f_amend:5.2f} s   ratio {t_amend / f_amend:5.1f}x")
    print(f"changes: {t_changes:6.2f} s   floor {f_changes:5.2f} s   "
          f"ratio {t_changes / f_changes:5.1f}x")


if __name__ == "__main__":
    main()
